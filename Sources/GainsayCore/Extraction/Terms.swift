import Foundation

/// Content terms for grouping: lower-cased, stemmed, generic words removed.
enum Terms {
    struct Term {
        var stem: String
        var surface: String
        var isName: Bool
        /// The stem's hash: vectors and counts are keyed by it.
        var key: UInt64
    }

    static let generic: Set<String> = Lexicon.set("""
    the a an and or but of to in on at for from with by about as into over under than then that this
    these those there their they them its it is are was were be been being has have had do does did
    will would can could may might should shall must not no nor so if also only just very more most
    such other any some all both each few many much own same too what which who whom whose when where
    why how while after before since until because although though however i we you he she his her
    our your my me us him said says say told tell stated reported according claimed noted added
    year years time times day days week weeks month months today yesterday monday tuesday wednesday
    thursday friday saturday sunday one two three new last first next now still even already again
    people thing things way lot well like get got make made take took go went come came see seen
    know known think thought want wanted need needed use used including include part according
    per cent percent mr mrs ms dr statement statements report reports information news comment
    source sources official officials side sides question issue matter fact situation case point
    story stories rumor rumors rumour rumours claim claims allegation allegations article articles piece media
    during between among against without within through across toward towards despite amid whether via upon onto also
    cannot never not none anything nothing something everything anyone someone nobody clear clearly possible likely really actually currently recently ago later earlier around
    """)

    static let genericHashes = WordSet(generic.map { wordHash($0) })

    /// The content terms of `text`, read with the extraction tokenizer (bytes, no Characters).
    static func of(_ text: String) -> [Term] { analyse(text).terms }

    /// Content terms, and the hashes of the first six words (for back-reference tests).
    static func analyse(_ text: String) -> (terms: [Term], leading: [UInt64]) {
        // The first 800 bytes say what a statement is about; a run-on "sentence" of thousands of
        // words (text without punctuation) must not cost more.
        var limited = text
        if text.utf8.count > 800 {
            var end = text.utf8.index(text.utf8.startIndex, offsetBy: 800)
            while end > text.utf8.startIndex && text.utf8[end] & 0xC0 == 0x80 { end = text.utf8.index(before: end) }
            limited = String(text[..<end])
        }
        let view = TextView(limited)
        var terms: [Term] = []
        var leading: [UInt64] = []
        var atSentenceStart = true
        for (i, tok) in view.tokens.enumerated() {
            if !tok.isWord {
                if tok.kind == .punct && (tok.first == 46 || tok.first == 33 || tok.first == 63) { atSentenceStart = true }
                continue
            }
            if leading.count < 6 { leading.append(tok.hash) }
            defer { atSentenceStart = false }
            guard tok.kind == .word, tok.end - tok.start >= 3, tok.hash != W.possessive, !genericHashes.contains(tok.hash) else { continue }
            let surface = view.word(i)
            let lower = tok.capitalized || surface.utf8.contains(where: { $0 >= 0x80 }) ? surface.lowercased() : surface
            let stemmed = stem(lower)
            let finalStem = synonyms[stemmed] ?? stemmed
            terms.append(Term(stem: finalStem, surface: tok.capitalized ? surface : lower, isName: tok.capitalized && !atSentenceStart, key: wordHash(finalStem)))
        }
        return (terms, leading)
    }

    /// Stems that news uses interchangeably for one thing ("talks", "negotiations", "discussions").
    static let synonyms: [String: String] = [
        "negoti": "talk", "discus": "talk", "dialog": "talk", "truce": "ceasef", "incurs": "attack",
        "offens": "attack", "strike": "attack", "derail": "disrup", "halt": "stop", "suspen": "suspen",
        "killed": "kill", "deceas": "dead", "died": "dead", "death": "dead",
    ]

    /// A light stemmer: plural and verb endings off, then the first six letters.
    static let suffixes: [[UInt8]] = ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"].map { Array($0.utf8) }

    /// Works on bytes: one suffix off, then the first six bytes (whole characters).
    static func stem(_ w: String) -> String {
        var bytes = Array(w.utf8)
        for suffix in suffixes where bytes.count > suffix.count + 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            bytes.removeLast(suffix.count)
            break
        }
        if bytes.count > 6 {
            var end = 6
            while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            bytes.removeSubrange(end...)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let backReferenceWords: Set<String> = ["report", "reports", "information", "rumor", "rumors", "rumour", "rumours",
        "claim", "claims", "allegation", "allegations", "story", "such", "speculation", "it", "this", "that", "them", "these"]

    /// True when a statement only points back at what it answers: a denial whose content names
    /// the report or rumor it rejects, or says too little to stand on its own.
    static let backReferenceHashes = WordSet(backReferenceWords.map { wordHash($0) })
    static let weakBackReferences = WordSet(["it", "that"].map { wordHash($0) })

    static func pointsBack(_ s: Statement, termCount: Int, leading: [UInt64]) -> Bool {
        if leading.prefix(3).contains(where: { backReferenceHashes.contains($0) && !weakBackReferences.contains($0) }) { return true }
        guard s.stance == .denial else { return termCount < 2 }
        if termCount < 4 { return true }
        return leading.contains { backReferenceHashes.contains($0) }
    }

    /// How well a term names what a proposition is about: names (places, actors) and plain nouns
    /// say it best; participles, gerunds and adverbs ("disrupted", "holding", "often") say how,
    /// not what, so they only make the label when nothing better is there.
    static func labelWeight(_ term: Term) -> Double {
        if term.isName { return 1 }
        let bytes = term.surface.utf8
        for ending in ["ed", "ing", "ly"] where bytes.count > ending.utf8.count + 2 && term.surface.hasSuffix(ending) {
            return 0.45
        }
        return 1
    }

    /// A short label: the group's most distinctive terms, names capitalised as written.
    static func label(_ lists: [[Term]], idf: (UInt64) -> Double) -> String {
        // Score each stem once per statement; ties keep the order of first appearance.
        var score: [String: (value: Double, order: Int)] = [:]
        for list in lists {
            var seen = Set<String>()
            for term in list where seen.insert(term.stem).inserted {
                let weight = idf(term.key) * labelWeight(term)
                if let existing = score[term.stem] {
                    score[term.stem] = (existing.value + weight * weight, existing.order)
                } else {
                    score[term.stem] = (weight * weight, score.count)
                }
            }
        }
        var top: [(stem: String, value: Double, order: Int)] = []
        for (stem, entry) in score {
            top.append((stem, entry.value, entry.order))
            top.sort { $0.value != $1.value ? $0.value > $1.value : $0.order < $1.order }
            if top.count > 3 { top.removeLast() }
        }
        let words = top.map { entry -> String in
            // The most frequent spelling of the stem in the group.
            var forms: [String: Int] = [:]
            for list in lists { for term in list where term.stem == entry.stem { forms[term.surface, default: 0] += 1 } }
            return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? entry.stem
        }
        return words.isEmpty ? "(no content)" : words.joined(separator: " · ")
    }
}
