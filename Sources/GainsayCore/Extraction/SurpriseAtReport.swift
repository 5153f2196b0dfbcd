/// Dismay at a report, said by the one it is about: "we are baffled by today's story", "I am
/// shocked to hear this media report", "he was surprised by media reports that he had quit",
/// "we are surprised that this rumour emanated from the agency". In news, a speaker who answers
/// a report with surprise disowns it; surprise at an event ("shocked by the news of his death",
/// "surprised by the result") or denied surprise ("not surprised by the allegations") does not.
enum SurpriseAtReport {
    /// The words of surprise that open the rule (also in `StanceTriggers.rejects` and the
    /// position keys of `DismissalMarkers.rejects`).
    static let surpriseWords = Lexicon.hashes("surprised shocked astonished amazed stunned baffled bemused puzzled perplexed")
    /// What a speaker may be surprised by: a report, not news as such ("shocked by the news").
    static let reportNouns = Lexicon.hashes("""
    report reports story stories rumor rumors rumour rumours claim claims allegation allegations
    accusation accusations article articles speculation suggestion suggestions
    """)
    /// "shocked to hear / to read / to see / to learn of ...".
    static let perceiveVerbs = Lexicon.hashes("hear read see learn find")
    static let byWords = Lexicon.hashes("by at over that")

    /// True when the surprise word at position `p` of the content's words `w` is taken at a
    /// report named within a few words.
    static func holds(at p: Int, _ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        // "not surprised", "wasn't at all shocked": surprise denied.
        for q in w[max(0, p - 3)..<p] where StanceCues.isNegation(q, view) { return false }
        var q = p + 1
        guard q < w.count else { return false }
        if t[w[q]].hash == W.to {
            q += 1
            guard q < w.count, perceiveVerbs.contains(t[w[q]].hash) else { return false }
        } else if !byWords.contains(t[w[q]].hash) {
            return false
        }
        // The report's noun, past a determiner and a modifier or two: "by today's story",
        // "that this rumour", "to hear this media report".
        for r in w[(q + 1)..<min(w.count, q + 5)] {
            if reportNouns.contains(t[r].hash) { return !t[r].capitalized }
            if Lexicon.beForms.contains(t[r].hash) || Lexicon.auxiliaries.contains(t[r].hash) { return false }
        }
        return false
    }

    /// "surprise", "shock" as nouns: "expressed surprise over the reports and said ...".
    static let surpriseNouns = Lexicon.hashes("surprise shock disbelief astonishment bewilderment dismay")
    static let overWords = Lexicon.hashes("at over about by")

    /// True when the noun of surprise at token `k` is taken at a report within `lead` (the
    /// sentence before a statement's content): "expressed surprise over the aviation reports".
    static func expressed(at k: Int, in lead: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        guard surpriseNouns.contains(t[k].hash), k + 2 < lead.upperBound, t[k + 1].isWord, overWords.contains(t[k + 1].hash) else { return false }
        for r in (k + 2)..<min(lead.upperBound, k + 6) where t[r].isWord {
            if reportNouns.contains(t[r].hash) { return !t[r].capitalized }
            if Lexicon.beForms.contains(t[r].hash) || Lexicon.auxiliaries.contains(t[r].hash) || W.and == t[r].hash { return false }
        }
        return false
    }
}
