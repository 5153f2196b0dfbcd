/// The words without which a sentence cannot hold an attribution, in one set: most sentences
/// hold none of them, and one look-up per token rules them out before the full analysis.
enum CuePrefilter {
    /// Reporting verbs, denial nouns, and the heads of "according to", "citing", "from the
    /// perspective of".
    static let words = WordSet.union([Lexicon.reportingVerbs, Lexicon.denialNounCues],
                                     extra: [W.according, W.citing, W.perspective, AttributionFinder.quotedWord])
}

extension CuePrefilter {
    /// Every word that can open one of the clause scanner's patterns (the head each branch of
    /// `AttributionFinder.attributionsInClauses` tests first): one look-up skips the other
    /// tokens of a sentence instead of a dozen set tests each.
    static let clauseHeads = WordSet.union(
        [Lexicon.reportingVerbs, Lexicon.denialNounCues, Lexicon.citeVerbs,
         CueWords.messageNouns, CueWords.carriedVerbs, CueWords.contactVerbs, CueWords.airedVerbs, CueWords.sentToVerbs],
        extra: [W.according, W.citing, CueWords.quoting, CueWords.telling, W.perspective, W.view, W.opinion,
                W.interview, W.appearance, W.speaking])
}

extension CuePrefilter {
    /// The verbs that open a correction act ("set the record straight", "posted a correction",
    /// "corrected its story"): a sentence with none of them holds none.
    static let correctionHeads = WordSet.union([AttributionFinder.setForms, AttributionFinder.publishVerbs, AttributionFinder.correctVerbs])
}

extension CuePrefilter {
    /// The bits of `sentenceFlags`: a clause cue (`words`), a non-answer trigger
    /// (`AttributionFinder.triggers`), the verb of a correction act (`correctionHeads`).
    static let cueBit: UInt8 = 1, nonAnswerBit: UInt8 = 2, correctionBit: UInt8 = 4

    /// The three sentence prefilters in one table: each token of a sentence is looked up once.
    static let sentenceFlags = WordFlags([(words, cueBit), (AttributionFinder.triggers, nonAnswerBit), (correctionHeads, correctionBit)])
}
