/// Stance markers beyond the verb and the content's first clause: withholding ("not aware of",
/// "not able to verify"), rejection of a report ("no credible evidence to suggest", "nothing to
/// indicate", "a full retraction", "probably not credible"), and a negated fact set against a
/// report or claim ("was not flying missions, after reports indicated he would").
///
/// Why a separate pass: these markers hold wherever they sit in the content (a denial often comes
/// after a concession: "there are a few sympathisers, but we have seen nothing to indicate ..."),
/// while the first-clause rules of `StanceClassifier` must stop at subordinate clauses.
enum StanceCues {
    static let story = wordHash("story"), wrong = wordHash("wrong")
    static let addVerbs = Lexicon.hashes("add say comment report")
    /// Of `addVerbs`, those that withhold even after "there is nothing to": "add", "comment".
    static let withholdingAddVerbs = Lexicon.hashes("add comment")
    static let received = wordHash("received")
    static let noticeNouns = Lexicon.hashes("notice notification word information request confirmation")
    static let informedWords = Lexicon.hashes("informed notified briefed")
    static let aware = wordHash("aware"), able = wordHash("able"), possible = wordHash("possible")
    static let reached = wordHash("reached"), reach = wordHash("reach"), say = wordHash("say")
    static let doubt = wordHash("doubt"), question = wordHash("question")
    static let instead = wordHash("instead"), rather = wordHash("rather"), however = wordHash("however")
    static let after = wordHash("after"), despite = wordHash("despite"), contrary = wordHash("contrary")
    static let had = wordHash("had"), have = wordHash("have"), has = wordHash("has")
    static let toWord = wordHash("to"), part = wordHash("part"), place = wordHash("place")
    /// Words of the next sentence that call what was just negated a rumour.
    static let rumourWords = Lexicon.hashes("rumor rumour rumors rumours hoax myth speculation fabrication")
    static let lieNouns = Lexicon.hashes("lie fabrication hoax myth fantasy fiction falsehood smear")
    static let knowledge = wordHash("knowledge")
    /// Negated, these leave the question open: "not yet determined", "not established".
    /// "the reported address", "the alleged meeting", "the rumoured deal": what a report said.
    static let reportedAdjectives = Lexicon.hashes("reported alleged rumoured rumored supposed purported claimed")
    static let sure = wordHash("sure"), certain = wordHash("certain"), yet = wordHash("yet")
    static let whWords = Lexicon.hashes("what whether if how why who when where which")
    static let undeterminedVerbs = Lexicon.hashes("determined established ascertained identified clear known"), atWord = wordHash("at"), allWord = wordHash("all"), certainly = wordHash("certainly")
    static let without = wordHash("without"), wide = wordHash("wide"), mark = wordHash("mark")
    static let unable = wordHash("unable"), early = wordHash("early"), too = wordHash("too")
    /// "without foundation", "without basis".
    static let groundNouns = Lexicon.hashes("foundation basis merit substance evidence")
    /// What follows "no foundation" when it judges a report: "to", "in", "for", "whatsoever".
    static let groundLinks = Lexicon.hashes("to in for at"), evidenceWord = wordHash("evidence"), whatsoeverWord = wordHash("whatsoever")
    static let groundPointers = Lexicon.hashes("the this these that those it them such any fact truth reality")
    /// "pure speculation", "mere guesswork".
    static let merelyWords = Lexicon.hashes("pure mere merely wild idle just complete total")
    static let guessNouns = Lexicon.hashes("speculation guesswork fiction fantasy invention conjecture rumour rumor rumours rumors gossip")
    /// "too early to say": what cannot be told yet.
    static let tellVerbs = Lexicon.hashes("say tell determine know speculate comment confirm judge")
    static let takeVerbs = Lexicon.hashes("take took taken taking")
    /// Modals of a decision or a prospect ("would not take part", "will not attend").
    static let modalWords = Lexicon.hashes("would will shall could can might may")
    static let wontForms = Lexicon.hashes("won't wouldn't won’t wouldn’t")
    /// "falsely attributed", "falsely reported": the report itself called untrue.
    static let falsely = wordHash("falsely")

    /// Verbs of checking that, negated, withhold judgement: "not able to verify".
    static let checkVerbs = Lexicon.hashes("""
    verify verified confirm confirmed substantiate substantiated corroborate corroborated
    independently immediately reach reached
    """)
    /// Nouns that, negated, withhold judgement: "we don't have any information".
    static let withheldNouns = Lexicon.hashes("information details detail reporting comment knowledge")
    /// "nothing to indicate", "no evidence to suggest": the verbs after "to".
    static let indicateVerbs = Lexicon.hashes("indicate suggest show support corroborate back prove")
    /// Nouns of evidence after "no" (with up to two modifiers): "no specific intelligence".
    static let evidenceNouns = Lexicon.hashes("evidence intelligence indication indications sign signs proof truth basis information")
    /// Words of retraction: the speaker takes back what was said.
    static let retractionWords = Lexicon.hashes("retraction retract retracted retracting recant recanted recanting retractions fabricating")
    /// Predicates of doubt about a report: "probably not credible", "very unlikely".
    static let doubtPredicates = Lexicon.hashes("unlikely impossible implausible improbable rubbish nonsense unsubstantiated unsourced bogus lies speculative unbelievable far-fetched farfetched")
    /// Predicates that, negated, reject a report: "not credible", "not based on any facts".
    static let negatedSupport = Lexicon.hashes("credible based supported backed reliable")
    /// Verbs that say a report or claim was made: "as officials had claimed", "after reports indicated".
    static let reportedVerbs = Lexicon.hashes("claimed said reported suggested indicated alleged stated speculated")
    /// Nouns of a report or rumour that a negated fact answers.
    static let reportHeads = Lexicon.hashes("reports report rumours rumors claims claim speculation allegations suggestions")
    /// Verbs that contradict: "and contradicted the minister's statement".
    /// Whom one tries to reach for comment: "could not reach him", "reach the club for comment".
    static let reachedObjects = Lexicon.hashes("him her them us me it for out")
    static let foundWords = Lexicon.hashes("found uncovered discovered")
    static let contradictVerbs = Lexicon.hashes("contradicted contradicting contradicts contradict corrected correcting")

    /// The content's words, at most 60.
    static func words(_ content: Range<Int>, _ view: TextView) -> [Int] {
        var words: [Int] = []
        words.reserveCapacity(min(60, content.count))
        for k in content where view.tokens[k].isWord { words.append(k); if words.count >= 60 { break } }
        return words
    }

    static func isNegation(_ k: Int, _ view: TextView) -> Bool { view.tokens[k].negation }

    /// Whether the token with `hash` and UTF-8 `bytes` negates: what `isNegation` reads, set
    /// on every token by the tokenizer. `negations` is `Lexicon.negations`, passed in so the
    /// tokenizer reads it once.
    @inline(__always) static func negates(hash h: UInt64, bytes: UnsafeBufferPointer<UInt8>, negations: WordSet) -> Bool {
        // ("not", "never", "cannot" and "n't" are negations too: one look-up answers for them.)
        if negations.contains(h) { return h != W.nothing && h != W.none }
        // Only a word ending in "t" can end in "n't" or "n’t": most words stop here.
        guard let last = bytes.last, last == 116 || last == 84 else { return false }
        return endsWithNegativeContraction(bytes)
    }

    /// True when the bytes end in "n't" or "n’t", ignoring case.
    static func endsWithNegativeContraction(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
        if n >= 3 && lower(bytes[n - 3]) == 110 && bytes[n - 2] == 39 && lower(bytes[n - 1]) == 116 { return true }
        return n >= 5 && lower(bytes[n - 5]) == 110 && bytes[n - 4] == 0xE2 && bytes[n - 3] == 0x80 && bytes[n - 2] == 0x99 && lower(bytes[n - 1]) == 116
    }

    /// "not aware of", "not (immediately) able to verify", "have not been able to substantiate",
    /// "could not be reached", "would not say", "don't have any information", "no comment".
    static func withholds(_ content: Range<Int>, view: TextView) -> Bool {
        withholds(content, words: words(content, view), view: view)
    }

    /// `withholds` on the content's words `w` (`words(content, view)`).
    static func withholds(_ content: Range<Int>, words w: [Int], view: TextView) -> Bool {
        let t = view.tokens
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = WithholdsLists.shared
        let able = lists.able; let addVerbs = lists.addVerbs; let withholdingAddVerbs = lists.withholdingAddVerbs; let aware = lists.aware; let certain = lists.certain
        let checkVerbs = lists.checkVerbs; let early = lists.early; let have = lists.have; let informedWords = lists.informedWords
        let knowledge = lists.knowledge; let noticeNouns = lists.noticeNouns; let possible = lists.possible; let reach = lists.reach
        let reached = lists.reached; let reachedObjects = lists.reachedObjects; let received = lists.received; let say = lists.say
        let sure = lists.sure; let tellVerbs = lists.tellVerbs; let toWord = lists.toWord; let too = lists.too
        let unable = lists.unable; let undeterminedVerbs = lists.undeterminedVerbs; let whWords = lists.whWords; let withheldNouns = lists.withheldNouns
        let yet = lists.yet; let futureModals = lists.futureModals
        for (p, k) in w.enumerated() {
            let h = t[k].hash
            // "nothing to add", "nothing further to say".
            // ("There is nothing to report" says there is no news: a dismissal; "there is nothing
            // to add" still withholds.)
            if h == W.nothing, let to = w[(p + 1)..<min(w.count, p + 3)].first(where: { t[$0].hash == toWord }), let after = w.firstIndex(of: to),
               after + 1 < w.count, addVerbs.contains(t[w[after + 1]].hash),
               !(p >= 2 && t[w[p - 2]].hash == W.there) || withholdingAddVerbs.contains(t[w[after + 1]].hash) { return true }
            // "were unable to confirm", "it is too early to say".
            if h == unable, w[(p + 1)..<min(w.count, p + 4)].contains(where: { checkVerbs.contains(t[$0].hash) || tellVerbs.contains(t[$0].hash) }) { return true }
            if h == too, p + 3 < w.count, t[w[p + 1]].hash == early, t[w[p + 2]].hash == toWord, tellVerbs.contains(t[w[p + 3]].hash) { return true }
        }
        for (p, k) in w.enumerated() where isNegation(k, view) {
            let window = w[(p + 1)..<min(w.count, p + 6)]
            if t[k].hash == W.no {
                // "no comment", "we have no information about that".
                if p + 1 < w.count && (t[w[p + 1]].hash == W.comment || (withheldNouns.contains(t[w[p + 1]].hash) && t[w[p + 1]].hash != knowledge)) { return true }
                continue
            }
            for (offset, q) in window.enumerated() {
                let h = t[q].hash
                if h == aware && offset <= 2 { return true }
                // "We are not sure what the cause is", "not yet certain whether": the question open.
                if (h == sure || h == certain) && offset <= 1 {
                    let after = w.firstIndex(of: q).map { $0 + 1 } ?? w.count
                    if after >= w.count || whWords.contains(t[w[after]].hash) || t[w[after]].hash == yet { return true }
                }
                // "had not been informed of any positive test", "was not notified".
                if informedWords.contains(h) && offset <= 2 { return true }
                // "had not received any notice of a withdrawal": nothing came to the speaker.
                if h == received && offset <= 1, window.dropFirst(offset + 1).prefix(2).contains(where: { noticeNouns.contains(t[$0].hash) }) { return true }
                // "not able to verify", "not able to comment on it", "not possible to say".
                if (h == able || h == possible) && window.contains(where: { checkVerbs.contains(t[$0].hash) || tellVerbs.contains(t[$0].hash) }) { return true }
                // "could not be reached", "did not reach him for comment"; not "when the team don't
                // reach the right results".
                if h == reached || (h == reach && offset <= 3 && (window.last == q || reachedObjects.contains(t[w[min(w.count - 1, (w.firstIndex(of: q) ?? 0) + 1)]].hash))) { return true }
                // "has not yet determined the cause", "have not established".
                if offset <= 1 && undeterminedVerbs.contains(h) { return true }
                if h == say && offset == 0 && p > 0 && futureModals.contains(t[w[p - 1]].hash) { return true }
                if withheldNouns.contains(h) && window.prefix(offset).contains(where: { t[$0].hash == have || t[$0].hash == W.any }) { return true }
            }
        }
        return false
    }

    /// The content rejects a report anywhere in it: "no credible intelligence to suggest",
    /// "nothing to indicate", "there is no truth to", "a full retraction", "not based on any
    /// facts", "probably not credible", "very unlikely", "rubbish".
    static func rejectsReport(_ content: Range<Int>, view: TextView) -> Bool {
        rejectsReport(content, words: words(content, view), view: view)
    }

    /// `rejectsReport` on the content's words `w` (`words(content, view)`).
    static func rejectsReport(_ content: Range<Int>, words w: [Int], view: TextView) -> Bool {
        let t = view.tokens
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = RejectsReportLists.shared
        let allWord = lists.allWord; let atWord = lists.atWord; let certainly = lists.certainly; let doubtPredicates = lists.doubtPredicates
        let evidenceNouns = lists.evidenceNouns; let falsely = lists.falsely; let foundWords = lists.foundWords; let groundNouns = lists.groundNouns
        let guessNouns = lists.guessNouns; let indicateVerbs = lists.indicateVerbs; let lieNouns = lists.lieNouns; let mark = lists.mark
        let merelyWords = lists.merelyWords; let modalWords = lists.modalWords; let negatedSupport = lists.negatedSupport; let part = lists.part
        let place = lists.place; let reportedAdjectives = lists.reportedAdjectives; let retractionWords = lists.retractionWords; let rumourWords = lists.rumourWords
        let takeVerbs = lists.takeVerbs; let toWord = lists.toWord; let wide = lists.wide; let without = lists.without
        let wontForms = lists.wontForms; let beForms = lists.beForms; let degreeAdverbs = lists.degreeAdverbs; let determiners = lists.determiners
        // A bare answer: "Absolutely not.", "No.", "Not at all."
        if w.count <= 3, w.contains(where: { t[$0].hash == W.not || t[$0].hash == W.no }),
           w.allSatisfy({ t[$0].hash == W.not || t[$0].hash == W.no || degreeAdverbs.contains(t[$0].hash) || t[$0].hash == atWord || t[$0].hash == allWord || t[$0].hash == certainly }) {
            return true
        }
        let positionKeys = lists.positionKeys
        for (p, k) in w.enumerated() {
            let h = t[k].hash
            if t[k].capitalized && p > 0 { continue }
            // Every rule below holds only on a word of `positionKeys` or a negation: most words are neither.
            guard t[k].negation || positionKeys.contains(h) else { continue }
            if retractionWords.contains(h) { return true }
            // "was falsely attributed to him", "had been falsely doctored".
            if h == falsely, p + 1 < w.count, view.endsWith(w[p + 1], "ed") { return true }
            // "without foundation", "wide of the mark", "pure speculation".
            if h == without, p + 1 < w.count, groundNouns.contains(t[w[p + 1]].hash) { return true }
            if h == wide, p + 3 < w.count, t[w[p + 1]].hash == W.of, t[w[p + 3]].hash == mark { return true }
            if merelyWords.contains(h), p + 1 < w.count, guessNouns.contains(t[w[p + 1]].hash) { return true }
            // "these are only rumours": "only" right after the copula ("the only rumours I
            // heard" names some).
            if h == W.only, p >= 1, p + 1 < w.count, StanceMarkers.isCopula(w[p - 1], view), guessNouns.contains(t[w[p + 1]].hash) { return true }
            // "is just a rumor", "was merely a fantasy".
            if merelyWords.contains(h), p + 2 < w.count, t[w[p + 1]].hash == W.a || t[w[p + 1]].hash == W.an, guessNouns.contains(t[w[p + 2]].hash) { return true }
            if doubtPredicates.contains(h) && StanceClassifier.isPredicate(p, w, view) { return true }
            // "it's a lie", "this is a fabrication": a predicate noun after "a".
            if lieNouns.contains(h), p >= 2, t[w[p - 1]].hash == W.a, StanceMarkers.isCopula(w[p - 2], view) { return true }
            // "it's a rumor", "that was just a rumour"; not "there is a rumour that ...".
            if rumourWords.contains(h), p >= 2, t[w[p - 1]].hash == W.a, p + 1 >= w.count || t[w[p + 1]].hash != W.that,
               t[w[0]].hash != W.there, StanceMarkers.isCopula(w[p - 2], view) { return true }
            if h == W.nothing || h == W.no {
                // "nothing to indicate", "no (specific) evidence (or intelligence) to suggest".
                let window = w[(p + 1)..<min(w.count, p + 6)]
                if h == W.nothing, p + 2 < w.count, t[w[p + 1]].hash == toWord, indicateVerbs.contains(t[w[p + 2]].hash) { return true }
                if h == W.no, window.prefix(3).contains(where: { evidenceNouns.contains(t[$0].hash) }),
                   let to = w[(p + 1)..<min(w.count, p + 8)].firstIndex(where: { t[$0].hash == toWord }), to + 1 < w.count, indicateVerbs.contains(t[w[to + 1]].hash) {
                    return true
                }
                if h == W.no, p + 1 < w.count, t[w[p + 1]].hash == wordHash("truth") { return true }
                // "There's no foundation to the rumour", "no substance in it", "no basis whatsoever".
                // ("no basis for an appeal" judges no report: the link must point at one.)
                if h == W.no, p + 1 < w.count, groundNouns.contains(t[w[p + 1]].hash), t[w[p + 1]].hash != evidenceWord,
                   p + 2 >= w.count || t[w[p + 2]].hash == whatsoeverWord
                    || groundLinks.contains(t[w[p + 2]].hash) && (p + 3 >= w.count || groundPointers.contains(t[w[p + 3]].hash)) { return true }
                // "found no evidence of a breach", "no evidence of foul play was found".
                if h == W.no, p + 1 < w.count, evidenceNouns.contains(t[w[p + 1]].hash),
                   p > 0 && foundWords.contains(t[w[p - 1]].hash) || w[(p + 2)..<min(w.count, p + 10)].enumerated().contains(where: { i, q in
                       foundWords.contains(t[q].hash) && beForms.contains(t[w[p + 1 + i]].hash) }) { return true }
            }
            if isNegation(k, view) && h != W.no {
                // "doesn't even live at the reported address", "was not at the alleged meeting":
                // a negation that meets what was reported.
                if w[(p + 1)..<min(w.count, p + 8)].contains(where: { q in
                    reportedAdjectives.contains(t[q].hash) && q > content.lowerBound && determiners.contains(t[q - 1].hash) && t[q - 1].hash != W.a && t[q - 1].hash != W.an
                }) { return true }
                // "not credible", "not based on any facts", "not supported by any intelligence".
                for q in w[(p + 1)..<min(w.count, p + 3)] where negatedSupport.contains(t[q].hash) { return true }
                // "did not take part", "has not taken part in any": a denied participation; "would
                // not take part" announces a decision, a claim about what will be.
                let window = w[(p + 1)..<min(w.count, p + 4)]
                let announcesDecision = p > 0 && modalWords.contains(t[w[p - 1]].hash) || wontForms.contains(h)
                if !announcesDecision, let q = window.firstIndex(where: { takeVerbs.contains(t[$0].hash) }), q + 1 < w.count, t[w[q + 1]].hash == part || t[w[q + 1]].hash == place { return true }
            }
        }
        return false
    }

    /// True when the content's first clause negates a fact ("was not flying", "is not his
    /// wife", "did not take part") and the sentence sets it against a report or claim
    /// ("after reports indicated", "as officials had claimed", "however", "contradicted"), or
    /// the content opens with a correction ("Instead, she is ...").
    static func contradictsReport(_ content: Range<Int>, sentence: Range<Int>, view: TextView, cueIndex: Int? = nil, next: Range<Int>? = nil,
                                  contentWords: [Int]? = nil) -> Bool {
        let t = view.tokens
        // The report itself (", as officials had claimed") is not its own contradiction.
        if let v = cueIndex, v >= content.upperBound, v < sentence.upperBound, Self.reportedVerbs.contains(t[v].hash),
           (content.upperBound..<v).contains(where: { t[$0].isWord && t[$0].hash == W.as }) { return false }
        // (`contentWords`, when given, is `words(content, view)`, built once by the classifier.)
        let w = contentWords ?? words(content, view)
        guard let first = w.first else { return false }
        if t[first].hash == Self.instead || (t[first].hash == rather && w.count > 1 && view.isComma(first + 1)) { return true }
        // A negation in the content's first clause, not a refusal ("will not").
        var negated = false
        for (p, k) in w.prefix(12).enumerated() {
            let h = t[k].hash
            if p > 0 && !t[k].capitalized && (h == W.if_ || h == W.unless || h == W.because || h == W.which || h == W.who || h == W.when || h == W.that) { break }
            if isNegation(k, view) && h != W.no && h != W.wont {
                if p > 0 && Lexicon.futureModals.contains(t[w[p - 1]].hash) { continue }
                negated = true
                break
            }
        }
        guard negated else { return false }
        // (Word lists read once here: each read of a static goes through swift_once.)
        let however = Self.however; let instead = Self.instead; let contrary = Self.contrary; let contradictVerbs = Self.contradictVerbs
        let after = Self.after; let despite = Self.despite; let reportedVerbs = Self.reportedVerbs
        // The next sentence calls it a rumour or a hoax ("... is not worth $72 million. The
        // source believes it's a rumor started by his friends.").
        if let next, words(next, view).prefix(12).contains(where: { rumourWords.contains(t[$0].hash) && !t[$0].capitalized }) { return true }
        // A contrast or report cue anywhere in the sentence.
        let sw = words(sentence, view)
        for (p, k) in sw.enumerated() {
            let h = t[k].hash
            if h == however || h == instead || h == contrary || contradictVerbs.contains(h) { return true }
            // "after/despite reports (that|indicated)", "contrary to claims".
            if (h == after || h == despite) && sw[(p + 1)..<min(sw.count, p + 4)].contains(where: { reportHeads.contains(t[$0].hash) }) { return true }
            // "as X had claimed", "as reported".
            if h == W.as, p + 1 < sw.count {
                let window = sw[(p + 1)..<min(sw.count, p + 6)]
                if reportedVerbs.contains(t[sw[p + 1]].hash) { return true }
                if let v = window.firstIndex(where: { reportedVerbs.contains(t[$0].hash) }), sw[(p + 1)..<v].contains(where: { t[$0].hash == had || t[$0].hash == have || t[$0].hash == has }) { return true }
            }
        }
        return false
    }

    /// "no doubt", "no question": an affirmation, not a denial; "no other reason", "no need",
    /// "no alternative": a judgement, which denies no event either.
    static func isAffirmingNo(_ k: Int, in w: [Int], at p: Int, view: TextView) -> Bool {
        guard view.tokens[k].hash == W.no, p + 1 < w.count else { return false }
        let next = view.tokens[w[p + 1]].hash
        return next == doubt || next == question || judgementNouns.contains(next)
    }
    static let judgementNouns = Lexicon.hashes("other reason need alternative choice option")

    /// Verbs of knowing whose "that" clause, after "we"/"I", is the speaker's own assertion.
    static let knowingVerbs = Lexicon.hashes("understand understood believe know think confirm say")

    /// "we understand that ...", "I can confirm that ...": the clause after "that" is asserted.
    static func isFirstPersonKnowing(_ position: Int, _ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        guard position >= 2, knowingVerbs.contains(t[w[position - 1]].hash) else { return false }
        return w[max(0, position - 4)..<(position - 1)].contains { Lexicon.firstPersonPronouns.contains(t[$0].hash) }
    }
}
