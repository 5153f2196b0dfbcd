/// Minimal JSON string writing: every string is sanitised first, so no control character or
/// escape sequence can reach a terminal even through an export.
enum JSONText {
    /// Works on the UTF-8 bytes: an export writes every field of every statement through here,
    /// and appending scalar by scalar cost more than the extraction of the statement.
    static func string(_ s: String) -> String {
        let clean = TextSanitizer.clean(s, keepNewlines: false)
        let utf8 = clean.utf8
        // Most strings need no escape: one scan, then one copy.
        if !utf8.contains(where: needsScan) { return "\"" + clean + "\"" }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        out.append(quote)
        // The bytes after a lead byte are continuation bytes, which never need an escape, so
        // they are copied as they come.
        var bytes = utf8.makeIterator()
        while let b = bytes.next() {
            switch b {
            case quote, backslash:
                out.append(backslash)
                out.append(b)
            case 0..<0x20, 0x7F:
                appendEscape(UInt32(b), to: &out)
            case 0xC2:
                // U+0080...U+009F (C1 controls) are C2 80...C2 9F.
                guard let next = bytes.next() else { out.append(b); continue }
                if (0x80...0x9F).contains(next) { appendEscape(UInt32(next), to: &out) } else { out.append(contentsOf: [b, next]) }
            case 0xE2:
                // U+2028 and U+2029 (line and paragraph separators) are E2 80 A8 and E2 80 A9.
                guard let second = bytes.next() else { out.append(b); continue }
                guard second == 0x80, let third = bytes.next() else { out.append(contentsOf: [b, second]); continue }
                if third == 0xA8 || third == 0xA9 { appendEscape(third == 0xA8 ? 0x2028 : 0x2029, to: &out) } else { out.append(contentsOf: [b, second, third]) }
            default:
                out.append(b)
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    private static let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Bytes that may start something to escape.
    private static func needsScan(_ b: UInt8) -> Bool {
        b < 0x20 || b == quote || b == backslash || b == 0x7F || b == 0xC2 || b == 0xE2
    }

    /// `\u` and four lower-case hex digits.
    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        out.append(backslash)
        out.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
    static func array(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ",") + "]" }
    static func number(_ d: Double) -> String {
        let rounded = (d * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
