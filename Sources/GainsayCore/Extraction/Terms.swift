import Foundation

/// Content terms for grouping: lower-cased, stemmed, generic words removed.
enum Terms {
    struct Term { var stem: String; var surface: String; var isName: Bool }

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
    never not none anything nothing something everything anyone someone nobody clear clearly possible likely really actually currently recently ago later earlier around
    """)

    static func of(_ text: String) -> [Term] {
        var terms: [Term] = []
        var word = ""
        var capital = false
        var atSentenceStart = true
        func flush() {
            defer { word = ""; capital = false }
            guard word.count >= 3 else { return }
            var lower = word.lowercased()
            if lower.hasSuffix("'s") || lower.hasSuffix("’s") { lower = String(lower.dropLast(2)) }
            guard !generic.contains(lower), lower.count >= 3, !(lower.first?.isNumber ?? false) else { return }
            let stemmed = stem(lower)
            terms.append(Term(stem: synonyms[stemmed] ?? stemmed, surface: capital ? word : lower, isName: capital && !atSentenceStart))
        }
        for ch in text {
            if ch.isLetter || ch.isNumber || ch == "'" || ch == "’" || (ch == "-" && !word.isEmpty) {
                if word.isEmpty { capital = ch.isUppercase }
                word.append(ch)
            } else {
                if !word.isEmpty { flush(); atSentenceStart = false }
                if ch == "." || ch == "!" || ch == "?" { atSentenceStart = true }
            }
        }
        if !word.isEmpty { flush() }
        return terms
    }

    /// Stems that news uses interchangeably for one thing ("talks", "negotiations", "discussions").
    static let synonyms: [String: String] = [
        "negoti": "talk", "discus": "talk", "dialog": "talk", "truce": "ceasef", "incurs": "attack",
        "offens": "attack", "strike": "attack", "derail": "disrup", "halt": "stop", "suspen": "suspen",
        "killed": "kill", "deceas": "dead", "died": "dead", "death": "dead",
    ]

    /// A light stemmer: plural and verb endings off, then the first six letters.
    static func stem(_ w: String) -> String {
        var s = w
        for suffix in ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"] where s.count > suffix.count + 3 && s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count))
            break
        }
        return String(s.prefix(6))
    }

    static let backReferenceWords: Set<String> = ["report", "reports", "information", "rumor", "rumors", "rumour", "rumours",
        "claim", "claims", "allegation", "allegations", "story", "such", "speculation", "it", "this", "that", "them", "these"]

    /// True when a statement only points back at what it answers: a denial whose content names
    /// the report or rumor it rejects, or says too little to stand on its own.
    static func pointsBack(_ s: Statement, termCount: Int) -> Bool {
        let words = s.content.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(6).map(String.init)
        if words.prefix(3).contains(where: { backReferenceWords.contains($0) && $0 != "it" && $0 != "that" }) { return true }
        guard s.stance == .denial else { return termCount < 2 }
        if termCount < 4 { return true }
        return words.contains { backReferenceWords.contains($0) }
    }

    /// A short label: the group's most distinctive terms, names capitalised as written.
    static func label(_ lists: [[Term]], idf: (String) -> Double) -> String {
        var score: [String: Double] = [:]
        var surfaces: [String: [String: Int]] = [:]
        for list in lists {
            for term in Set(list.map(\.stem)) { score[term, default: 0] += idf(term) * idf(term) }
            for term in list { surfaces[term.stem, default: [:]][term.surface, default: 0] += 1 }
        }
        // Ties keep the order in which the terms first appear.
        var firstSeen: [String: Int] = [:]
        for list in lists { for term in list where firstSeen[term.stem] == nil { firstSeen[term.stem] = firstSeen.count } }
        let top = score.sorted { $0.value != $1.value ? $0.value > $1.value : (firstSeen[$0.key] ?? 0) < (firstSeen[$1.key] ?? 0) }.prefix(3)
        let words = top.map { entry -> String in
            let forms = surfaces[entry.key] ?? [:]
            return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? entry.key
        }
        return words.isEmpty ? "(no content)" : words.joined(separator: " · ")
    }
}
