/// Minimal JSON string writing: every string is sanitised first, so no control character or
/// escape sequence can reach a terminal even through an export.
enum JSONText {
    static func string(_ s: String) -> String {
        let clean = TextSanitizer.clean(s, keepNewlines: false)
        var out = "\""
        out.reserveCapacity(clean.utf8.count + 2)
        for scalar in clean.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
    static func array(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ",") + "]" }
    static func number(_ d: Double) -> String {
        let rounded = (d * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
