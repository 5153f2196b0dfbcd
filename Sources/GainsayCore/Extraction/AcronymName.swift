/// "the Civil Aviation Authority (CAA)": a name followed by its acronym in parentheses.
///
/// Bodies are often introduced once with their acronym and named by it alone afterwards; the
/// speaker is shown as "Civil Aviation Authority (CAA)" so that either form names it, and a
/// later bare "CAA" resolves to the same speaker.
enum AcronymName {
    /// Lower-case words that may sit inside a spelled-out name ("Coordinator of Government
    /// Activities in the Territories").
    static let connectors = Lexicon.hashes("of in the for and on at to de du des la le")

    /// The acronym's letters when `open` is "(" followed by one all-capital word and ")".
    static func acronym(open: Int, view: TextView) -> String? {
        let t = view.tokens
        guard open + 2 < t.count, t[open].kind == .punct, t[open].first == 40,
              t[open + 1].kind == .word, t[open + 2].kind == .punct, t[open + 2].first == 41 else { return nil }
        let bytes = view.bytes[t[open + 1].start..<t[open + 1].end]
        guard bytes.count >= 2, bytes.count <= 8, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The spelled-out name that ends right before `open` and whose word initials hold the
    /// acronym's letters in order, starting with its first: the longest such run of capitalised
    /// words and connectors.
    static func expansion(before open: Int, acronym: String, lowerBound lo: Int, view: TextView) -> Range<Int>? {
        let t = view.tokens
        let letters = Array(acronym.utf8)
        guard let firstLetter = letters.first, open - 1 >= lo else { return nil }
        var j = open - 1
        while j >= lo && open - j <= 14 && t[j].kind == .word && (t[j].capitalized || connectors.contains(t[j].hash)) && t[j].hash != W.possessive { j -= 1 }
        var s = j + 1
        while s < open {
            if t[s].capitalized && initial(s, view) == firstLetter && matches(letters, s..<open, view: view) { return s..<open }
            s += 1
        }
        return nil
    }

    /// The upper-cased first letter of token `k`.
    private static func initial(_ k: Int, _ view: TextView) -> UInt8 {
        let b = view.bytes[view.tokens[k].start]
        return b >= 97 && b <= 122 ? b - 32 : b
    }

    /// True when the acronym's letters occur in order among the initials of the words in `range`,
    /// and the name has at least two capitalised words.
    private static func matches(_ letters: [UInt8], _ range: Range<Int>, view: TextView) -> Bool {
        guard range.filter({ view.tokens[$0].capitalized }).count >= 2 else { return false }
        var i = 0
        for k in range where i < letters.count && initial(k, view) == letters[i] { i += 1 }
        return i == letters.count
    }
}
