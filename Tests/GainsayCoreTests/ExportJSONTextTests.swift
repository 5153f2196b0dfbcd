import Foundation
import Testing
@testable import GainsayCore

/// The byte-level JSON string writer gives what escaping scalar by scalar gives, and its output
/// parses back to the sanitised text.
@Suite struct ExportJSONTextTests {
    /// The straightforward writer the byte-level one replaced.
    static func reference(_ s: String) -> String {
        let clean = TextSanitizer.clean(s, keepNewlines: false)
        var out = "\""
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

    static let pieces: [String] = ["a", "Ä", "\"", "\\", "\u{2028}", "\u{2029}", "\u{2027}", "\u{2030}", "\u{85}", "\u{9F}", "\u{A0}",
                                   "\u{7F}", "\u{1}", "\t", "\n", "\u{1B}[31m", "€", "–", "😀", "日本", " ", "said", "\u{E2}"]

    @Test func matchesTheScalarWriterOnMixedText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(JSONText.string(text) == Self.reference(text), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func outputParsesBackToTheCleanText() throws {
        let text = "He said \"no\" \\ \u{2028} – 😀 \u{85} end"
        let json = "[" + JSONText.string(text) + "]"
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed?.first == TextSanitizer.clean(text, keepNewlines: false))
    }
}
