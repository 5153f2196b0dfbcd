/// Word-class bits every token carries (`Token.wordClass`): the tokenizer looks each token's
/// hash up once in one table, and the hottest list tests of the rules become bit tests
/// instead of a hash probe each (with a lazily initialised static read for each list).
enum TokenClass {
    /// `AttributionFinder.mayHold`'s three tests, token by token, with `CuePrefilter.sentenceFlags`'s
    /// bit values: a clause cue (a word of `CuePrefilter.words`, any kind of token); a word that
    /// may open a non-answer (in `AttributionFinder.triggers`, or negating); a lower-case word of
    /// `CuePrefilter.correctionHeads`.
    static let cue: UInt8 = 1, nonAnswer: UInt8 = 2, correction: UInt8 = 4
    /// A word of `CuePrefilter.clauseHeads`.
    static let clauseHead: UInt8 = 8
    /// A word of `AttributionFinder.Lists.reportClaimHeads` (the nouns `namedReportClaim` opens on).
    static let reportClaimHead: UInt8 = 16
    /// A word of `StanceTriggers.classify`.
    static let classifyTrigger: UInt8 = 32
    /// A word of `StanceTriggers.rejects`.
    static let rejectTrigger: UInt8 = 64
    /// For the tokenizer only: a negation an ASCII word can be (`Tokenizer.scanTables`).
    static let asciiNegation: UInt8 = 0x80

    /// The classes of every word hash in one table.
    /// (An ASCII negation carries `nonAnswer` too: it is what the bit holds for a word that
    /// negates, so the tokenizer's fast path need not add it.)
    static func makeTable(asciiNegations: [UInt64]) -> WordFlags {
        WordFlags([(CuePrefilter.words, cue), (AttributionFinder.triggers, nonAnswer), (CuePrefilter.correctionHeads, correction),
                   (CuePrefilter.clauseHeads, clauseHead), (AttributionFinder.Lists.shared.reportClaimHeads, reportClaimHead),
                   (StanceTriggers.classify, classifyTrigger), (StanceTriggers.rejects, rejectTrigger),
                   (WordSet(asciiNegations), asciiNegation | nonAnswer)])
    }

    /// A token's bits from its hash's `classes`: the two prefilter bits that hold only for some
    /// tokens are cleared for the others.
    /// `of` for a word the tokenizer's fast path reads, whose `classes` carry `nonAnswer`
    /// already when it negates (`makeTable`).
    @inline(__always) static func ofASCIIWord(_ classes: UInt8, capitalized: Bool) -> UInt8 {
        classes & (capitalized ? ~correction : 0xFF)
    }

    @inline(__always) static func of(_ classes: UInt8, isWord: Bool, capitalized: Bool, negation: Bool) -> UInt8 {
        guard isWord else { return classes & ~(nonAnswer | correction) }
        var c = classes
        if negation { c |= nonAnswer }
        if capitalized { c &= ~correction }
        return c
    }
}
