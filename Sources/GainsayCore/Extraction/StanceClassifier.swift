/// Decides claim, denial or neutral from the cue and the content's denial markers.
///
/// Scope matters: a negation makes a denial only when it denies that something happened or
/// exists ("there were no talks", "did not engage in any", "had not discussed") or calls the
/// proposition false; "these attacks do not change Kyiv's position" stays a claim.
enum StanceClassifier {
    struct Cue {
        var verb: UInt64?
        var negated: Bool
        var declined: Bool
        var isQuestionVerb: Bool
        /// First tokens after the verb (its object), for "rejected the demands".
        var objectRange: Range<Int>
    }

    static func classify(cue: Cue, content: Range<Int>, view: TextView, sentence: Range<Int>? = nil, next: Range<Int>? = nil) -> Stance {
        if cue.declined || cue.negated { return .neutral }
        let t = view.tokens
        // A question.
        if let lastContent = content.last, content.count > 0 {
            var k = lastContent
            while k > content.lowerBound && (t[k].isQuote || (t[k].kind == .punct && t[k].first != 63)) { k -= 1 }
            if t[k].kind == .punct && t[k].first == 63 { return .neutral }
        }
        if cue.isQuestionVerb { return .neutral }
        if let verb = cue.verb, Lexicon.denialVerbs.contains(verb) {
            // The object's head: the first noun before "of" ("the existence of any talks" is a
            // denial, "future talks" a refusal).
            for k in cue.objectRange.prefix(4) where t[k].isWord {
                if t[k].hash == W.of { break }
                // "rejected suggestions that ..." denies a proposition; "rejected the suggestions" a proposal.
                let clause = k + 1 < view.tokens.count && t[k + 1].isWord && t[k + 1].hash == W.that
                if (Lexicon.demandNouns.contains(t[k].hash) || Lexicon.refusalNouns.contains(t[k].hash)) && !clause { return .claim }
            }
            return .denial
        }
        if StanceMarkers.withholds(content, view: view) { return .neutral }
        if StanceCues.rejectsReport(content, view: view) { return .denial }
        if contentWithholds(content, view: view) || StanceCues.withholds(content, view: view) { return .neutral }
        if StanceMarkers.rejects(content, view: view) { return .denial }
        if let sentence, StanceMarkers.introducesCorrection(content, sentence: sentence, view: view) { return .denial }
        if contentDenies(content, view: view) { return .denial }
        if let sentence, StanceCues.contradictsReport(content, sentence: sentence, view: view, cueIndex: cue.verb == nil ? nil : cue.objectRange.lowerBound - 1, next: next) { return .denial }
        return .claim
    }

    /// "we have nothing to confirm", "there has been no confirmation", "haven't confirmed".
    static func contentWithholds(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var words: [Int] = []
        for k in content where t[k].isWord { words.append(k); if words.count >= 40 { break } }
        for (p, k) in words.enumerated() where Lexicon.negations.contains(t[k].hash) || view.endsWith(k, "n’t") {
            for q in words[(p + 1)..<min(words.count, p + 4)] where Lexicon.confirmWords.contains(t[q].hash) { return true }
        }
        return false
    }

    /// A falsity word used as a predicate ("were false", "dismissed as absurd", "completely
    /// false", or ending the clause), not as a modifier ("a false report").
    static func isPredicate(_ position: Int, _ words: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        var p = position - 1
        while p >= 0 && (Lexicon.degreeAdverbs.contains(t[words[p]].hash) || t[words[p]].hash == W.and) { p -= 1 }
        if p >= 0 && (Lexicon.beForms.contains(t[words[p]].hash) || t[words[p]].hash == W.as || t[words[p]].hash == W.possessive) { return true }
        if p < 0 { return true }
        // Followed by the end of the content or a conjunction: "... are unfounded and absurd".
        if position + 1 >= words.count { return true }
        let next = t[words[position + 1]]
        // "erroneous reports", "false claims": the reports themselves are called false.
        // ("every erroneous charge" on a bill counts charges; it rejects nothing.)
        if Lexicon.propositionNouns.contains(next.hash) { return p < 0 || !CueWords.quantifiers.contains(t[words[p]].hash) && !StanceMarkers.countingWords.contains(t[words[p]].hash) }
        return next.hash == W.and || next.kind == .punct
    }

    /// True when the content itself rejects a proposition.
    static func contentDenies(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var words: [Int] = []
        for k in content where t[k].isWord { words.append(k); if words.count >= 40 { break } }
        guard let first = words.first else { return false }
        let h0 = t[first].hash
        let h1 = words.count > 1 ? t[words[1]].hash : 0
        let h2 = words.count > 2 ? t[words[2]].hash : 0
        // "no one ...", "nobody ...", "nothing ...", "no talks took place".
        if h0 == W.nobody || h0 == W.nothing || h0 == W.none || h0 == W.neither || h0 == W.never { return true }
        // "no doubt", "no question": an affirmation.
        let affirming = words.prefix(4).enumerated().contains { p, k in StanceCues.isAffirmingNo(k, in: words, at: p, view: view) }
        if h0 == W.no && !affirming { return true }
        // "there were no ...", "there have been no ...".
        if h0 == W.there && !affirming && (h1 == W.no || h2 == W.no || Lexicon.negations.contains(h1) || Lexicon.negations.contains(h2)) { return true }
        // Partial denial: "the only talks are about ...".
        if h0 == W.the && h1 == W.only { return true }
        // Predicates on the whole proposition hold across clauses: "claims that X were false",
        // "rumors that X are not true", "none of the information was accurate".
        for (position, k) in words.enumerated() where position < 40 {
            let h = t[k].hash
            // "knew that X was false": a verb's clause is out of scope; "claims that X were
            // false" (a noun's clause) is not.
            if h == W.that && position > 0 && !Lexicon.propositionNouns.contains(t[words[position - 1]].hash)
                && !Lexicon.beForms.contains(t[words[position - 1]].hash) && !StanceCues.isFirstPersonKnowing(position, words, view)
                && !StanceMarkers.isImpersonalThat(position, words, view) { break }
            if Lexicon.falsityWords.contains(h) && !t[k].capitalized && isPredicate(position, words, view) { return true }
            if Lexicon.negations.contains(h) || h == W.not || h == W.nt || (view.endsWith(k, "n't") || view.endsWith(k, "n’t")) {
                for q in words[(position + 1)..<min(words.count, position + 8)] where Lexicon.truthPredicates.contains(t[q].hash) { return true }
            }
        }
        for (position, k) in words.enumerated() {
            let h = t[k].hash
            // A negation in a subordinate clause ("if", "unless", "until") is out of scope.
            if !t[k].capitalized && (h == W.if_ || h == W.unless || h == W.until || h == W.because || h == W.which || h == W.when
                                     || (position > 0 && (h == W.who || (h == W.that && !StanceCues.isFirstPersonKnowing(position, words, view)
                                         && !StanceMarkers.isImpersonalThat(position, words, view))))) { break }
            if h == W.no && position + 1 < words.count && Lexicon.denialNounsAfterNo.contains(t[words[position + 1]].hash) { return true }
            // "We categorically deny these allegations."
            if Lexicon.denialVerbs.contains(h) && !t[k].capitalized && position < 8 && !Lexicon.rejectVerbs.contains(h)
                && position > 0 && (words[max(0, position - 2)...(position - 1)].contains { Lexicon.firstPersonPronouns.contains(t[$0].hash) }) { return true }
            if h == W.not || h == W.never || h == W.cannot || h == W.nt || (Lexicon.negations.contains(h) && h != W.no) || view.endsWith(k, "n’t") {
                // A refusal ("will not negotiate") is a position, not a denial of a fact.
                if position > 0 && Lexicon.futureModals.contains(t[words[position - 1]].hash) { continue }
                if t[k].hash == W.wont { continue }
                // "did not engage", "had not discussed", "does not and cannot engage in any".
                let window = words[(position + 1)..<min(words.count, position + 5)]
                if window.contains(where: { Lexicon.eventVerbs.contains(t[$0].hash) }) { return true }
                // "it was not Ebola", "she is not the minister's wife": a negated identity.
                if position > 0 && Lexicon.beForms.contains(t[words[position - 1]].hash) && position + 1 < words.count {
                    var q = position + 1
                    if q + 1 < words.count && (t[words[q]].hash == W.a || t[words[q]].hash == W.an) { q += 1 }
                    if t[words[q]].capitalized { return true }
                }
                // "are not true", "was not accurate".
                if position + 1 < words.count, Lexicon.truthWords.contains(t[words[position + 1]].hash) { return true }
                // "have not deployed": a participle right after the negation (not "be trusted").
                let afterAuxiliary = h == W.nt || (view.endsWith(k, "n't") || view.endsWith(k, "n’t")) || (position > 0 && (Lexicon.auxiliaries.contains(t[words[position - 1]].hash) || Lexicon.beForms.contains(t[words[position - 1]].hash)))
                if afterAuxiliary && position + 1 < words.count {
                    let next = words[position + 1]
                    if !Lexicon.beForms.contains(t[next].hash) && view.endsWith(next, "ed") && !view.endsWith(next, "eed") { return true }
                }
            }
        }
        return false
    }
}
