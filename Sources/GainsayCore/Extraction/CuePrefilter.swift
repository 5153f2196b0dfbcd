/// The words without which a sentence cannot hold an attribution, in one set: most sentences
/// hold none of them, and one look-up per token rules them out before the full analysis.
enum CuePrefilter {
    /// Reporting verbs, denial nouns, and the heads of "according to", "citing", "from the
    /// perspective of".
    static let words = WordSet.union([Lexicon.reportingVerbs, Lexicon.denialNounCues],
                                     extra: [W.according, W.citing, W.perspective])
}
