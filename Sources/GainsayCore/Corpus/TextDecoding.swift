/// Turns the bytes of a file into text, whatever encoding a user's file happens to have.
///
/// UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded as such; bytes that are not
/// valid UTF-8 are read as Windows-1252, the usual encoding of older saved web pages, so no input
/// is refused for its encoding alone.
public enum TextDecoding {
    /// The encodings the decoder tells apart.
    public enum Encoding: String, Sendable { case utf8, utf16LE, utf16BE, windows1252 }

    /// Decodes `bytes`; returns the text and the encoding it was read as.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> (text: String, encoding: Encoding)
    where Bytes.Element == UInt8 {
        let array = Array(bytes)
        if array.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: array.dropFirst(3), as: UTF8.self), .utf8)
        }
        if array.starts(with: [0xFF, 0xFE]) { return (decodeUTF16(array.dropFirst(2), bigEndian: false), .utf16LE) }
        if array.starts(with: [0xFE, 0xFF]) { return (decodeUTF16(array.dropFirst(2), bigEndian: true), .utf16BE) }
        if let text = String(validating: array, as: UTF8.self) { return (text, .utf8) }
        return (decodeWindows1252(array), .windows1252)
    }

    /// True when the bytes look like a binary file rather than text: a NUL byte (outside UTF-16),
    /// or many other control bytes, in the first 8 KiB.
    public static func looksBinary<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        let head = Array(bytes.prefix(8192))
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        if head.contains(0) { return true }
        let controls = head.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        return head.count > 0 && controls * 10 > head.count
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
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

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80..<0xA0).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
