import Foundation

/// Name normalisation: slugs for ids, and a phonetic key that joins transliteration variants
/// of one surname (Zakharova / Sacharova, Zelensky / Zelenskyy) without any list of names.
enum Names {
    static let particles: Set<String> = ["bin", "ibn", "al", "el", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da", "di", "du", "dos", "das", "abu", "bint", "ben", "st"]

    /// Lower-case ASCII slug: "The Washington Post" -> "washington-post".
    static func slug(_ name: String) -> String {
        // ASCII fast path: letters and digits kept lower-cased, runs of anything else become "-".
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            var dash = false
            for b in name.utf8 {
                let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if dash && !out.isEmpty { out.append(45) }
                    dash = false
                    out.append(lower)
                } else if b != 39 {
                    dash = true
                }
            }
            if out.starts(with: Array("the-".utf8)) { out.removeFirst(4) }
            return out.isEmpty ? "unknown" : String(decoding: out, as: UTF8.self)
        }
        let folded = name.utf8.allSatisfy({ $0 < 0x80 }) ? name.lowercased()
            : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                dash = true
            }
        }
        if out.hasPrefix("the-") { out.removeFirst(4) }
        return out.isEmpty ? "unknown" : out
    }

    /// The words of a person's name, lower-cased, without titles or a possessive.
    static func nameWords(_ name: String) -> [String] {
        slug(name).split(separator: "-").map(String.init).filter { !Lexicon.titles.contains($0) && !particles.contains($0) }
    }

    /// The surname's phonetic key: letters folded so spellings from different transliterations
    /// meet (z/s, kh/ch/h, w/v, y/i/j, ph/f, c/k/q, doubled letters, "al-" prefixes).
    static func phoneticKey(_ word: String) -> String {
        var w = slug(word).replacingOccurrences(of: "-", with: "")
        for prefix in ["al", "el"] where w.hasPrefix(prefix) && w.count > 5 && slug(word).hasPrefix(prefix + "-") { w.removeFirst(2) }
        let replacements: [(String, String)] = [
            ("sch", "s"), ("tsch", "ch"), ("zh", "j"), ("kh", "h"), ("ch", "h"), ("sh", "s"), ("ph", "f"),
            ("ck", "k"), ("ts", "s"), ("tz", "s"), ("dsch", "j"), ("dzh", "j"), ("dj", "j"), ("x", "ks"),
            ("z", "s"), ("w", "v"), ("y", "i"), ("j", "i"), ("c", "k"), ("q", "k"), ("ou", "u"), ("ee", "i"),
        ]
        for (from, to) in replacements { w = w.replacingOccurrences(of: from, with: to) }
        var out = ""
        var previous: Character? = nil
        for c in w where c != previous { out.append(c); previous = c }
        // Final vowels vary most between transliterations ("-iy", "-i", "-yy").
        return out
    }

    /// True when two surnames are spellings of one name.
    static func surnamesMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let ka = phoneticKey(a), kb = phoneticKey(b)
        if ka == kb { return true }
        let shorter = min(ka.count, kb.count)
        guard shorter >= 5 else { return false }
        return editDistance(ka, kb, limit: 1) <= 1
    }

    /// Levenshtein distance, stopping early once past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
