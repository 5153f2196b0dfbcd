/// The words without which no stance rule can fire, in one set per pass: most contents hold
/// none of them, and one look-up per token (plus the "n't" test) rules them out before the
/// dozen set look-ups per word that the rules themselves make.
///
/// Each set is a superset of every word its rules test on the content, so a content without
/// any of them gets the answer the rules would give (a claim, or no opposition). When a rule
/// learns a new trigger word it must be added here too; the stance tests would catch a miss.
enum StanceTriggers {
    /// Everything `StanceCues.rejectsReport`, `StanceClassifier.contentWithholds`,
    /// `StanceCues.withholds`, `StanceClassifier.contentDenies` and `StanceCues.contradictsReport`
    /// need to see in the content before they can return anything but "no".
    static let classify = WordSet.union(
        [Lexicon.negations, Lexicon.falsityWords, Lexicon.denialVerbs,
         StanceCues.retractionWords, StanceCues.rumourWords, StanceCues.merelyWords, StanceCues.doubtPredicates, StanceCues.lieNouns],
        extra: [W.not, W.no, W.never, W.cannot, W.nt, W.nothing, W.none, W.nobody, W.neither, W.only,
                StanceCues.unable, StanceCues.falsely, StanceCues.too, StanceCues.without, StanceCues.wide, StanceCues.instead, StanceCues.rather, StanceCues.wrong])

    /// Everything `DisputeStance.withholds` and `DisputeStance.opposition` need to see in a
    /// claim's content (besides a sentence opening with "Instead"). `mayHold` tests it on raw
    /// bytes first, so its members are words of ASCII letters only (and "n't").
    static let dispute = WordSet.union(
        [DisputeStance.wellBeingWords, StanceMarkers.authenticWords, DisputeStance.fullWords, DisputeStance.remainWords, DisputeStance.ordinaryWords],
        extra: [W.nothing, W.no, W.not, W.nt, W.never, DisputeStance.good, DisputeStance.instead,
                StanceMarkers.actually, StanceMarkers.fact, StanceMarkers.elseWord, StanceMarkers.otherWord, W.cannot, DisputeStance.unable, DisputeStance.can, DisputeStance.still, DisputeStance.normally, DisputeStance.safely])

    /// Everything `StanceMarkers.rejects` and the `DismissalMarkers.rejects` it asks need to see
    /// in the content besides a negation (`Token.negation`) before they can return true: each of
    /// their rules names one of these words (or a negation) outright.
    static let rejects = WordSet.union(
        [Lexicon.denialVerbs, StanceMarkers.hoaxSubjects, StanceMarkers.correctionWords, StanceMarkers.errorNouns, StanceMarkers.spoofWords,
         StanceMarkers.reportSubjects, StanceMarkers.propagandaNouns, StanceMarkers.doubtVerdicts, DismissalMarkers.misrepresentVerbs,
         DismissalMarkers.strongWords, DismissalMarkers.hardWords, DismissalMarkers.correctingParticiples, DismissalMarkers.deniedParticiples,
         DismissalMarkers.spreadVerbs, FalseReportMarkers.falseAdjectives, FalseReportMarkers.falsehoodNouns, DismissalMarkers.dispelVerbs,
         DismissalMarkers.saltMeasures, FalseReportMarkers.inventVerbs, DismissalMarkers.riddledWords, FalseReportMarkers.exhibitNouns, DismissalMarkers.dignifyWords,
         DismissalMarkers.fictionWords, StanceCues.rumourWords, SurpriseAtReport.surpriseWords, ReactionIdioms.openingWords, ReactionIdioms.retortFirsts],
        extra: [W.not, W.no, W.never, W.nothing, W.none, StanceMarkers.earlier, StanceMarkers.version, DismissalMarkers.truthWord,
                DismissalMarkers.offWord, DismissalMarkers.markWord, StanceMarkers.upWord, DismissalMarkers.fullWord, DismissalMarkers.gotWord,
                StanceCues.wrong, StanceCues.contrary, FalseReportMarkers.ownWord, DismissalMarkers.whereWord, FalseReportMarkers.soWord, FalseReportMarkers.soCalledWord, DismissalMarkers.contextWord] + DismissalMarkers.dismissivePairs.flatMap { [$0.0, $0.1] })

    /// Everything `StanceMarkers.withholds` needs to see in the content besides a negation.
    static let withholds = WordSet.union([StanceMarkers.inquiryObjects, StanceMarkers.noOneWords, StanceMarkers.answerNouns], extra: [StanceMarkers.unaware, StanceMarkers.allWord])

    /// True when a word of `range` negates (`Token.negation`) or is in `set`.
    @inline(__always) static func anyOrNegation(_ range: Range<Int>, in set: WordSet, view: TextView) -> Bool {
        let t = view.tokens
        for k in range where t[k].isWord && (t[k].negation || set.contains(t[k].hash)) { return true }
        return false
    }

    /// `anyOrNegation` on a set the tokenizer marks in each token (`TokenClass`): `bit` is the
    /// set's (`TokenClass.rejectTrigger` for `rejects`), read with no look-up.
    ///
    /// For `classify` (`TokenClass.classifyTrigger`) it is also `any`: a word that ends in "n't"
    /// or "n’t" negates (`StanceCues.negates`), and a word that negates is in
    /// `Lexicon.negations`, which `classify` holds, or ends so.
    @inline(__always) static func anyOrNegation(_ range: Range<Int>, bit: UInt8, view: TextView) -> Bool {
        let t = view.tokenBuffer
        for k in range where t[k].isWord && (t[k].negation || t[k].wordClass & bit != 0) { return true }
        return false
    }

    /// True when a token of `range` is in `set` or ends in "n't" / "n’t".
    static func any(_ range: Range<Int>, in set: WordSet, view: TextView) -> Bool {
        let t = view.tokens
        for k in range where t[k].isWord {
            if set.contains(t[k].hash) { return true }
            // "n't" and "n’t" both end in "t" (or "T"): most words end otherwise.
            guard view.bytes[t[k].end - 1] | 0x20 == 116 else { continue }
            if view.endsWith(k, "n't") || view.endsWith(k, "n’t") { return true }
        }
        return false
    }
}
