/// Turns the bytes of a file into text, whatever encoding a user's file happens to have.
///
/// UTF-8 (with or without a BOM) and UTF-16 with a BOM (or, without one, with the tell-tale NUL
/// in every other byte) are decoded as such; bytes that are not valid UTF-8 are read as
/// Windows-1252, the usual encoding of older saved web pages (and a superset of Latin-1's printable
/// range), so no input is refused for its encoding alone. An HTML page's declared `<meta charset>`
/// is honoured by `HTMLCharset`.
public enum TextDecoding {
    /// The encodings the decoder tells apart.
    public enum Encoding: String, Sendable { case utf8, utf16LE, utf16BE, windows1252 }

    /// Decodes `bytes`; returns the text and the encoding it was read as.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> (text: String, encoding: Encoding)
    where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ decode(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { decode($0) }
    }

    /// Decodes a contiguous buffer without copying it first.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> (text: String, encoding: Encoding) {
        let buffer = bytes.bindMemory(to: UInt8.self)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = UnsafeBufferPointer(rebasing: buffer[3...])
            if let text = String(validating: rest, as: UTF8.self) { return (text, .utf8) }
            return (decodeWindows1252(rest), .windows1252)
        }
        if let bigEndian = utf16Order(buffer) {
            let hasBOM = buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF])
            let body = UnsafeBufferPointer(rebasing: buffer[(hasBOM ? 2 : 0)...])
            return (decodeUTF16(body, bigEndian: bigEndian), bigEndian ? .utf16BE : .utf16LE)
        }
        if let text = String(validating: buffer, as: UTF8.self) { return (text, .utf8) }
        return (decodeWindows1252(buffer), .windows1252)
    }

    /// Decodes bytes known to be in `encoding`.
    static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: Encoding) -> String {
        let buffer = bytes.bindMemory(to: UInt8.self)
        switch encoding {
        case .utf8:
            let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        case .utf16LE, .utf16BE:
            let start = (buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF])) ? 2 : 0
            return decodeUTF16(UnsafeBufferPointer(rebasing: buffer[start...]), bigEndian: encoding == .utf16BE)
        case .windows1252:
            return decodeWindows1252(buffer)
        }
    }

    /// The byte order when the bytes are UTF-16: a BOM, or (without one) NUL bytes that all sit at
    /// even or all at odd offsets in the first 4 KiB and make up a good share of them, as in
    /// mostly-ASCII text saved as UTF-16.
    static func utf16Order(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.starts(with: [0xFF, 0xFE]) { return false }
        if bytes.starts(with: [0xFE, 0xFF]) { return true }
        let count = min(bytes.count, 4096) & ~1
        guard count >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in 0..<count where bytes[i] == 0 {
            if i & 1 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = count / 2
        if oddZeros * 10 >= pairs * 3 && evenZeros == 0 { return false }
        if evenZeros * 10 >= pairs * 3 && oddZeros == 0 { return true }
        return nil
    }

    /// True when the bytes look like a binary file rather than text.
    public static func looksBinary<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        let head = Array(bytes.prefix(8192))
        return head.withUnsafeBytes { binaryKind($0) } != nil
    }

    /// What kind of binary file the bytes are, or nil when they look like text: a known file
    /// signature, a NUL byte (outside UTF-16), or many other control bytes in the first 8 KiB.
    public static func binaryKind(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self).prefix(8192))
        for (signature, kind) in signatures where head.starts(with: signature) { return kind }
        if utf16Order(head) != nil { return nil }
        if head.contains(0) { return "binary file" }
        var controls = 0
        for byte in head where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
            controls += 1
        }
        return head.count > 0 && controls * 10 > head.count ? "binary file" : nil
    }

    private static let signatures: [([UInt8], String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or an office document)"),
        ([0x1F, 0x8B], "gzip-compressed file"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "executable (ELF)"),
        ([0x42, 0x5A, 0x68], "bzip2-compressed file"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed file"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed file"),
        ([0xD0, 0xCF, 0x11, 0xE0], "old Microsoft Office document"),
    ]

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 differs from Latin-1 in 0x80...0x9F, where it has typographic characters.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80..<0xA0).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
