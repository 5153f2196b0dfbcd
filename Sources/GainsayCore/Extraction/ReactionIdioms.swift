/// Answers to a report in idioms of spoken English, read from a statement's content: "we know
/// nothing about it", "don't know where that rumour came from", "if
/// there were talks, I would have known", "Manny called it fake news". Each names the thing it
/// answers or the speaker's own knowledge outright, so none needs the article's context.
/// `DismissalMarkers.rejects` asks them; their opening words are in `StanceTriggers.rejects`.
enum ReactionIdioms {
    static let aboutWord = wordHash("about")
    static let anythingWord = wordHash("anything"), whereWord = wordHash("where"), fromWord = wordHash("from")
    static let wouldWord = wordHash("would"), haveWord = wordHash("have"), ifWord = wordHash("if")
    static let knowForms = Lexicon.hashes("know knows knew")
    /// After "would (have) (been)": "known", "be aware", "have heard".
    static let knowingWords = Lexicon.hashes("know known aware heard informed told")
    static let beWords = Lexicon.hashes("be been")
    /// A rumour or a report whose origin is disowned: "where that rumour came from".
    static let originNouns = Lexicon.hashes("rumor rumors rumour rumours story stories report reports claim claims speculation idea")

    /// The words on which a rule below can hold (`StanceTriggers.rejects` holds them too).
    static let openingWords = WordSet.union([CueWords.labelVerbs], extra: [W.nothing, anythingWord, whereWord, wouldWord])

    /// True when the content's words `w` answer a report in one of these idioms.
    static func rejects(_ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        let n = w.count
        for p in 0..<n where openingWords.contains(t[w[p]].hash) {
            let h = t[w[p]].hash
            let next = p + 1 < n ? t[w[p + 1]].hash : 0
            // "we know nothing about it", "the company knew nothing about the plan".
            if h == W.nothing && next == aboutWord && p > 0 && knowForms.contains(t[w[p - 1]].hash) { return true }
            // "I don't know anything about a medical check".
            if h == anythingWord && next == aboutWord && p > 0 && knowForms.contains(t[w[p - 1]].hash) && negated(before: p - 1, w, view) { return true }
            // "Don't know where that rumor came from".
            if h == whereWord && p > 0 && knowForms.contains(t[w[p - 1]].hash) && negated(before: p - 1, w, view),
               let noun = (p + 1..<min(n, p + 4)).first(where: { originNouns.contains(t[w[$0]].hash) }),
               (noun + 1..<min(n, noun + 4)).contains(where: { t[w[$0]].hash == fromWord }) { return true }
            // "if there were discussions, he and I would be well aware of them", "I would have
            // known if he was in the country": knowledge the speaker would have had.
            if h == wouldWord && wouldKnow(after: p, w, view) && (max(0, p - 3)..<p).contains(where: { Lexicon.firstPersonPronouns.contains(t[w[$0]].hash) })
                && (0..<n).contains(where: { t[w[$0]].hash == ifWord }) { return true }
            // "Manny actually called it fake news", "branded the story a lie".
            if CueWords.labelVerbs.contains(h) && p + 1 < n && DismissalMarkers.pointerWords.contains(next),
               (p + 2..<min(n, p + 5)).contains(where: { Lexicon.falsityWords.contains(t[w[$0]].hash) || StanceMarkers.propagandaNouns.contains(t[w[$0]].hash) }) { return true }
        }
        return false
    }

    /// True when one of the two words before position `p` negates ("don't know", "do not know").
    static func negated(before p: Int, _ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        (max(0, p - 2)..<p).contains { StanceCues.isNegation(w[$0], view) }
    }

    /// True when "would" at `p` goes on to knowing: "would know", "would have known", "would be
    /// (well) aware", "would have heard".
    static func wouldKnow(after p: Int, _ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        var q = p + 1
        if q < w.count && t[w[q]].hash == haveWord { q += 1 }
        if q < w.count && beWords.contains(t[w[q]].hash) { q += 1 }
        if q < w.count && (view.endsWith(w[q], "ly") || Lexicon.degreeAdverbs.contains(t[w[q]].hash) || t[w[q]].hash == wellWord) { q += 1 }
        return q < w.count && knowingWords.contains(t[w[q]].hash)
    }
    static let wellWord = wordHash("well")
}
