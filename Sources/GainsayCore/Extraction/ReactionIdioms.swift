/// Answers to a report in idioms of spoken English, read from a statement's content: "we know
/// nothing about it", "don't know where that rumour came from", "if there were talks, I would
/// have known", "the champion called it fake news", "the recording does not reflect the views
/// of the company", "Get serious", "could not be further from the truth", "we disagree with that
/// statement", "utterly innocent of the suggestions". Each names the thing it answers or the
/// speaker's own knowledge outright, so none needs the article's context.
/// `DismissalMarkers.rejects` asks them; their opening words are in `StanceTriggers.rejects`.
enum ReactionIdioms {
    static let aboutWord = wordHash("about")
    static let anythingWord = wordHash("anything"), whereWord = DismissalMarkers.whereWord, fromWord = wordHash("from")
    static let wouldWord = wordHash("would"), haveWord = wordHash("have"), ifWord = wordHash("if")
    static let knowForms = Lexicon.hashes("know knows knew")
    /// After "would (have) (been)": "known", "be aware", "have heard".
    static let knowingWords = Lexicon.hashes("know known aware heard informed told")
    static let beWords = Lexicon.hashes("be been")
    /// A rumour or a report whose origin is disowned: "where that rumour came from".
    static let originNouns = Lexicon.hashes("rumor rumors rumour rumours story stories report reports claim claims speculation idea")

    /// The words on which a rule below can hold (`StanceTriggers.rejects` holds them too).
    static let openingWords = WordSet.union([CueWords.labelVerbs, furtherWords, disagreeForms, acceptForms, defendForms, ownSpeechVerbs],
                                            extra: [W.nothing, anythingWord, whereWord, wouldWord, reflectWord, innocentWord, senseWord, factWord, actuallyWord])
    static let factWord = wordHash("fact"), actuallyWord = wordHash("actually")
    /// What others believed or said, before "but in fact": "They believe it is flames".
    static let beliefVerbs = Lexicon.hashes("""
    believe believes believed think thinks thought assume assumes assumed say says said claim claims claimed
    reported suggested alleged
    """)
    /// What one knows nothing about when a report is answered: "it", "this", "any such", "the plan".
    static let aboutWhatWasSaid = Lexicon.hashes("it this that these those any such plan plans deal deals move talks meeting quote quotes comments remarks interview")
    /// What a speaker denies having said: "I didn't say he was leaving", "I was not implying".
    static let ownSpeechVerbs = Lexicon.hashes("say said suggest suggested suggesting imply implied implying mean meant claim claimed")
    /// Words after such a verb that withhold instead: "I did not say whether".
    static let askedWords = Lexicon.hashes("whether if when how why where who what")
    /// "will not accept any accusation", "does not tolerate such claims".
    static let acceptForms = Lexicon.hashes("accept accepts accepted tolerate tolerates tolerated")
    /// "defending their captain from allegations", "defended him against the claims".
    static let defendForms = Lexicon.hashes("defend defends defended defending")
    /// What is said against someone: what accepting or defending answers.
    static let accusationNouns = Lexicon.hashes("""
    accusation accusations allegation allegations claim claims charge charges suggestion suggestions
    implication implications insinuation insinuations rumour rumours rumor rumors report reports
    """)
    static let senseWord = wordHash("sense"), makeForms = FalseReportMarkers.makeForms, againstWord = wordHash("against"), norWord = wordHash("nor")

    /// True when the content's words `w` answer a report in one of these idioms.
    static func rejects(_ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        let n = w.count
        if isRetort(w, view) { return true }
        // (The set read once per call: each read of a static goes through swift_once.)
        let openingWords = Self.openingWords
        for p in 0..<n where openingWords.contains(t[w[p]].hash) {
            let h = t[w[p]].hash
            let next = p + 1 < n ? t[w[p + 1]].hash : 0
            // "we know nothing about it", "the company knew nothing about the plan".
            // ("Abramovich knows nothing about football" judges a third party: the speaker's own
            // knowing, or of what was said or planned, answers a report.)
            if h == W.nothing && next == aboutWord && p > 0 && knowForms.contains(t[w[p - 1]].hash),
               (max(0, p - 4)..<(p - 1)).contains(where: { Lexicon.firstPersonPronouns.contains(t[w[$0]].hash) })
                || (p + 2..<min(n, p + 5)).contains(where: { aboutWhatWasSaid.contains(t[w[$0]].hash) || Lexicon.propositionNouns.contains(t[w[$0]].hash) }) { return true }
            // "I don't know anything about a medical check".
            if h == anythingWord && next == aboutWord && p > 0 && knowForms.contains(t[w[p - 1]].hash) && negated(before: p - 1, w, view) { return true }
            // "Don't know where that rumor came from", "I have no idea where that came from".
            if h == whereWord && disownsOrigin(at: p, w, view) { return true }
            // "The recording does not reflect the views of the company".
            if h == reflectWord && negated(before: p, w, view) && (p + 1..<min(n, p + 4)).contains(where: { viewNouns.contains(t[w[$0]].hash) }) { return true }
            // "if there were discussions, he and I would be well aware of them", "I would have
            // known if he was in the country": knowledge the speaker would have had.
            if h == wouldWord && wouldKnow(after: p, w, view) && (max(0, p - 3)..<p).contains(where: { Lexicon.firstPersonPronouns.contains(t[w[$0]].hash) })
                && (0..<n).contains(where: { t[w[$0]].hash == ifWord }) { return true }
            // "could not be further from the truth", "farther from the truth".
            if furtherWords.contains(h) && next == fromWord && (p + 2..<min(n, p + 4)).contains(where: { t[w[$0]].hash == DismissalMarkers.truthWord }) { return true }
            // "I didn't say he was leaving", "I was not implying any of the things said", "we
            // never suggested it": the speaker disowns words put in their mouth ("I did not say
            // whether" withholds, "I won't say names" and "I can't say more" refuse, "I don't mean
            // to be rude" excuses, "he did not say" reports another).
            if ownSpeechVerbs.contains(h) && p >= 2 && (negated(before: p, w, view) || p >= 3 && StanceCues.isNegation(w[p - 2], view) && Lexicon.beForms.contains(t[w[p - 1]].hash)),
               (max(0, p - 4)..<(p - 1)).contains(where: { t[w[$0]].hash == W.i || t[w[$0]].hash == W.we }),
               !(p + 1 < n && (askedWords.contains(next) || next == W.to)),
               !(max(0, p - 2)..<p).contains(where: { DenialContinuation.modals.contains(t[w[$0]].hash) || DenialContinuation.modalContractions.contains(t[w[$0]].hash) || t[w[$0]].hash == W.cannot }) { return true }
            // "They believe it is flames, but in fact it was sparks", "reports said so, but
            // actually ...": a belief or a report set right.
            if h == factWord && p >= 2 && t[w[p - 1]].hash == W.in && t[w[p - 2]].hash == W.but
                && (0..<(p - 2)).contains(where: { beliefVerbs.contains(t[w[$0]].hash) }) { return true }
            if h == actuallyWord && p >= 1 && t[w[p - 1]].hash == W.but
                && (0..<(p - 1)).contains(where: { beliefVerbs.contains(t[w[$0]].hash) }) { return true }
            // "he will not accept nor tolerate any accusation that ...": an accusation refused.
            if acceptForms.contains(h) && (negated(before: p, w, view) || p >= 3 && StanceCues.isNegation(w[p - 3], view) && t[w[p - 1]].hash == norWord),
               (p + 1..<min(n, p + 5)).contains(where: { accusationNouns.contains(t[w[$0]].hash) }) { return true }
            // "defending their captain from allegations that ...": the speaker's side answered.
            if defendsAgainstAccusation(at: p, w, view) { return true }
            // "these stupid articles that make no sense at all": a report called senseless.
            if h == senseWord && p >= 2 && t[w[p - 1]].hash == W.no && makeForms.contains(t[w[p - 2]].hash),
               (max(0, p - 7)..<(p - 2)).contains(where: { Lexicon.propositionNouns.contains(t[w[$0]].hash) }) { return true }
            // "We disagree with that statement", "disagreed with the contention of the union that
            // ...": a disagreement with what was said, not with a decision.
            if disagreeForms.contains(h) && next == W.with && !negated(before: p, w, view),
               (p + 2..<min(n, p + 6)).contains(where: { Lexicon.propositionNouns.contains(t[w[$0]].hash) || disputedNouns.contains(t[w[$0]].hash) }) { return true }
            // "declared himself utterly innocent of the suggestions", "I am innocent of any wrongdoing".
            if h == innocentWord && next == W.of && !negated(before: p, w, view) { return true }
            // "the champion actually called it fake news", "branded the story a lie".
            if CueWords.labelVerbs.contains(h) && p + 1 < n && DismissalMarkers.pointerWords.contains(next),
               (p + 2..<min(n, p + 5)).contains(where: { Lexicon.falsityWords.contains(t[w[$0]].hash) || StanceMarkers.propagandaNouns.contains(t[w[$0]].hash) }) { return true }
        }
        return false
    }

    /// True when some "where" of the content's words `w` asks after a report's origin the
    /// speaker disowns (`disownsOrigin(at:)`): what a withholding content may still deny.
    static func disownsOrigin(_ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        return w.indices.contains { t[w[$0]].hash == whereWord && disownsOrigin(at: $0, w, view) }
    }

    /// True when "where" at `p` asks after a report's origin the speaker disowns: "don't know
    /// where that rumour came from", "no idea where that came from".
    static func disownsOrigin(at p: Int, _ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        let n = w.count
        guard p > 0, knowForms.contains(t[w[p - 1]].hash) && negated(before: p - 1, w, view) || t[w[p - 1]].hash == ideaWord && p > 1 && t[w[p - 2]].hash == W.no,
              p + 1 < n else { return false }
        // "where that came from": a bare pointer, then the coming ("where they got the money
        // from" asks a fact).
        if pointerPronouns.contains(t[w[p + 1]].hash) && p + 3 < n && comeForms.contains(t[w[p + 2]].hash) && t[w[p + 3]].hash == fromWord { return true }
        // "I don't know where the newspapers are getting that", "no idea where he heard it": a
        // bare pointer gotten, from a source the speaker does not know.
        if let g = (p + 1..<min(n, p + 5)).first(where: { DismissalMarkers.getForms.contains(t[w[$0]].hash) }), g + 1 < n, pointerPronouns.contains(t[w[g + 1]].hash) { return true }
        guard let noun = (p + 1..<min(n, p + 4)).first(where: { originNouns.contains(t[w[$0]].hash) }) else { return false }
        return (noun + 1..<min(n, noun + 4)).contains(where: { t[w[$0]].hash == fromWord })
    }

    /// "Get serious", "Give me a break": a retort that waves the question away, as the whole answer.
    static let retorts: [[UInt64]] = [["get", "serious"], ["be", "serious"], ["give", "me", "a", "break"], ["you", "must", "be", "joking"]].map { $0.map(wordHash) }

    /// The first words of `retorts` (in `StanceTriggers.rejects`).
    static let retortFirsts = WordSet(retorts.compactMap { $0.first })

    /// True when the content's words are one of `retorts`.
    static func isRetort(_ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        guard w.count <= 4 else { return false }
        let t = view.tokenBuffer
        return retorts.contains { r in r.count == w.count && zip(r, w).allSatisfy { $0 == t[$1].hash } }
    }

    /// True when a form of "defend" at `p` (or, with `p` nil, the cue verb before the words)
    /// goes on, within six words, to "from" or "against" and an accusation: "defending their
    /// captain from allegations", "the coach against claims that ..." ("defended the title
    /// against all comers" answers none).
    static func defendsAgainstAccusation(at p: Int?, _ w: UnsafeBufferPointer<Int>, _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        if let p, !defendForms.contains(t[w[p]].hash) { return false }
        let from = (p ?? -1) + 1
        guard let q = (from..<min(w.count, from + 6)).first(where: { t[w[$0]].hash == fromWord || t[w[$0]].hash == againstWord }) else { return false }
        return (q + 1..<min(w.count, q + 4)).contains(where: { accusationNouns.contains(t[w[$0]].hash) })
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
    static let furtherWords = Lexicon.hashes("further farther")
    static let disagreeForms = Lexicon.hashes("disagree disagrees disagreed disagreeing")
    /// What one may disagree with besides a report or a claim (`Lexicon.propositionNouns`): what
    /// someone contended or concluded ("the decision" is no such thing).
    static let disputedNouns = Lexicon.hashes("contention contentions characterisation characterization assessment conclusion conclusions portrayal findings interpretation")
    static let innocentWord = wordHash("innocent")
    static let wellWord = wordHash("well"), ideaWord = wordHash("idea"), reflectWord = wordHash("reflect")
    static let pointerPronouns = Lexicon.hashes("it this that"), comeForms = Lexicon.hashes("came comes come")
    /// What a recording or a report may fail to reflect: "the views of the company", "what we said".
    static let viewNouns = Lexicon.hashes("view views position opinion opinions what")
}
