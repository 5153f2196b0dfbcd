/// Finds the character encoding an HTML page declares in its first bytes:
/// `<meta charset="...">` or `<meta http-equiv="Content-Type" content="text/html; charset=...">`
/// (and an XML declaration's `encoding="..."` for XHTML).
enum HTMLCharset {
    /// How the bytes of a page should be read.
    enum Choice: Equatable {
        /// One of the encodings `TextDecoding` handles itself.
        case known(TextDecoding.Encoding)
        /// Another encoding, by the name the page gives; libxml2 converts it (through iconv).
        case other(String)
    }

    /// The declared charset in lower case, or nil when none is declared in the first 4 KiB.
    static func declared(in bytes: UnsafeRawBufferPointer) -> String? {
        let head = Array(bytes.prefix(4096)).map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while let found = find(needle, in: head, from: i) {
            i = found + needle.count
            // Only inside a tag: the last '<' before it must be a meta (or the XML declaration).
            guard let open = head[..<found].lastIndex(of: UInt8(ascii: "<")),
                  !head[open..<found].contains(UInt8(ascii: ">")),
                  head[open...].starts(with: Array("<meta".utf8)) else { continue }
            var j = i
            while j < head.count, head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x0A || head[j] == 0x0D { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
            var name: [UInt8] = []
            while j < head.count, isNameByte(head[j]), name.count < 40 { name.append(head[j]); j += 1 }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        if head.starts(with: Array("<?xml".utf8)), let found = find(Array("encoding".utf8), in: head, from: 0),
           let quote = head[found...].firstIndex(where: { $0 == 0x22 || $0 == 0x27 }) {
            let name = head[(quote + 1)...].prefix(while: isNameByte)
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    /// How to read a page that declares `name`.
    static func choice(for name: String) -> Choice {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .known(.utf8)
        // Browsers read all of these as Windows-1252 (WHATWG Encoding Standard).
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
             "iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100":
            return .known(.windows1252)
        // A page served as UTF-16 but saved without a BOM is rare; its bytes decide.
        case "utf-16", "utf-16le", "utf-16be": return .known(.utf8)
        default: return .other(name)
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
