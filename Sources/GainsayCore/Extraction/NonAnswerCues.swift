/// Non-answers that carry no reporting verb: "Esquire did not immediately return a request for
/// comment", "A spokeswoman had no immediate comment", "Several calls to the shop went
/// unanswered", "Attempts to reach the director were unsuccessful".
///
/// Why: news on a contested report records who was asked and did not answer; the reader wants
/// that party listed beside the claims, with a neutral stance. The speaker is the one who did
/// not answer, not the reporter who called. Asked only when the sentence holds no other cue.
extension AttributionFinder {
    static let answerVerbs = Lexicon.hashes("return returned answer answered reply replied")
    static let left = wordHash("left")
    static let requestNouns = Lexicon.hashes("request requests call calls message messages email emails inquiry inquiries query queries")
    static let attemptNouns = Lexicon.hashes("calls call attempts attempt efforts effort requests request messages message emails email inquiries")
    static let contactVerbs = Lexicon.hashes("reach contact reaching contacting")
    static let failureWords = Lexicon.hashes("unanswered unsuccessful failed unreturned")
    static let commentQualifiers = Lexicon.hashes("immediate further official")
    /// What a party asked gives or withholds: "no immediate response from X".
    static let responseNouns = Lexicon.hashes("response comment reply reaction")
    /// Words that end the party called: "calls to X to confirm", "attempts to reach X for comment".
    static let purposeWords = Lexicon.hashes("to for on about regarding after over")
    static let verifyVerbs = Lexicon.hashes("verify verified")
    static let haveForms = Lexicon.hashes("had has have")
    static let wishVerbs = Lexicon.hashes("wish wished want wanted")
    static let telling = Lexicon.hashes("comment speculate elaborate discuss talk")
    static let provideVerbs = Lexicon.hashes("provide give offer make")
    static let personObjects = Lexicon.hashes("him her them")
    /// "could not be reached for comment", "was not available for comment".
    static let unreachableWords = Lexicon.hashes("reached available contacted")

    /// The sentence's non-answers, at most one per party, in sentence order.
    func nonAnswers(in range: Range<Int>) -> [Attribution] {
        // Every shape needs a negation or an attempt noun: one look-up per token rules
        // most sentences out before the shapes are tried.
        let triggers = Self.triggers  // read once, not per token
        guard range.contains(where: { mayStartNonAnswer($0, triggers) }) else { return [] }
        var found: [Attribution] = []
        var start = range.lowerBound
        while start < range.upperBound, let a = nonAnswer(in: start..<range.upperBound, sentence: range) {
            if !found.contains(where: { $0.speaker.name == a.speaker.name }) { found.append(a) }
            start = a.cueIndex + 1
        }
        return found
    }

    /// Words that every non-answer shape holds one of (besides a word ending in "n't").
    static let triggers = WordSet.union([Lexicon.negations, attemptNouns], extra: W.declinedTo)

    /// True when token `k` may open a non-answer: a trigger word or a "n't" / "n’t" contraction.
    private func mayStartNonAnswer(_ k: Int, _ triggers: WordSet) -> Bool {
        let tok = view.tokens[k]
        guard tok.isWord else { return false }
        if triggers.contains(tok.hash) { return true }
        let last = view.bytes[tok.end - 1] | 0x20
        return last == 116 && (view.endsWith(k, "n't") || view.endsWith(k, "n’t"))
    }

    /// The first non-answer whose cue lies in `scan`; subjects are read within `sentence`.
    func nonAnswer(in scan: Range<Int>, sentence range: Range<Int>) -> Attribution? {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let declinedTo = W.declinedTo
        let t = view.tokens
        let lo = range.lowerBound, hi = range.upperBound
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = NonAnswerLists.shared
        let auxiliaries = lists.auxiliaries; let determiners = lists.determiners; let answerVerbs = lists.answerVerbs; let attemptNouns = lists.attemptNouns
        let commentQualifiers = lists.commentQualifiers; let failureWords = lists.failureWords; let haveForms = lists.haveForms; let personObjects = lists.personObjects
        let provideVerbs = lists.provideVerbs; let purposeWords = lists.purposeWords; let requestNouns = lists.requestNouns; let telling = lists.telling
        let verifyVerbs = lists.verifyVerbs; let wishVerbs = lists.wishVerbs; let responseNouns = lists.responseNouns
        for k in scan where t[k].isWord && (!t[k].capitalized || k == lo) {
            let h = t[k].hash
            // Every shape below opens on a negation, "no" (one of them), a refusal ("declined") or
            // an attempt noun, all in `triggers`: any other word is passed over with one bit test
            // (a word's `TokenClass.nonAnswer` bit: in `triggers`, or negating).
            guard t[k].wordClass & TokenClass.nonAnswer != 0 else { continue }
            // "X cannot independently verify the recording", "could not verify".
            if StanceCues.isNegation(k, view) && h != W.no {
                var v = k + 1
                while v < hi && t[v].isWord && view.endsWith(v, "ly") && !verifyVerbs.contains(t[v].hash) { v += 1 }
                if v < hi, t[v].isWord, verifyVerbs.contains(t[v].hash), k > lo,
                   let a = subjectNonAnswer(before: k, cueIndex: v, cue: view.text(k, v), lo: lo, hi: hi) { return a }
            }
            // "The agent could not be reached for comment", "was not immediately available for
            // comment", "was not available to comment".
            if StanceCues.isNegation(k, view) && h != W.no {
                var v = k + 1
                while v < hi && t[v].isWord && view.endsWith(v, "ly") { v += 1 }
                if v < hi && t[v].isWord && t[v].hash == CueWords.be { v += 1 }
                while v < hi && t[v].isWord && view.endsWith(v, "ly") { v += 1 }
                if v + 2 < hi, t[v].isWord, Self.unreachableWords.contains(t[v].hash), t[v + 1].hash == W.for || t[v + 1].hash == W.to, t[v + 2].isWord, t[v + 2].hash == W.comment {
                    let first = k > lo && t[k - 1].isWord && (auxiliaries.contains(t[k - 1].hash) || Lexicon.beForms.contains(t[k - 1].hash)) ? k - 1 : k
                    if let a = subjectNonAnswer(before: first, cueIndex: v + 2, cue: view.text(first, v + 2), lo: lo, hi: hi) { return a }
                }
            }
            // "Commerzbank did not wish to comment", "did not want to speculate".
            if StanceCues.isNegation(k, view) && h != W.no, k + 3 < hi, t[k + 1].isWord, wishVerbs.contains(t[k + 1].hash),
               t[k + 2].hash == W.to, t[k + 3].isWord, telling.contains(t[k + 3].hash) {
                let first = k > lo && t[k - 1].isWord && auxiliaries.contains(t[k - 1].hash) ? k - 1 : k
                if let a = subjectNonAnswer(before: first, cueIndex: k + 3, cue: view.text(first, k + 3), lo: lo, hi: hi) { return a }
            }
            // "X did not (immediately) return a request for comment".
            if StanceCues.isNegation(k, view) && h != W.no {
                var v = k + 1
                while v < hi && t[v].isWord && (auxiliaries.contains(t[v].hash) || view.endsWith(v, "ly")) && !answerVerbs.contains(t[v].hash) { v += 1 }
                guard v < hi, t[v].isWord, answerVerbs.contains(t[v].hash),
                      ((v + 1)..<min(hi, v + 5)).contains(where: { t[$0].isWord && requestNouns.contains(t[$0].hash) }) else { continue }
                let first = k > lo && t[k - 1].isWord && auxiliaries.contains(t[k - 1].hash) ? k - 1 : k
                if let a = subjectNonAnswer(before: first, cueIndex: v, cue: view.text(first, v), lo: lo, hi: hi) { return a }
            }
            // "Deutsche Bank declined to provide comment", "declined to give any further comment".
            if declinedTo.contains(h), k > lo, k + 3 < hi, t[k + 1].hash == W.to, t[k + 2].isWord, provideVerbs.contains(t[k + 2].hash),
               let c = ((k + 3)..<min(hi, k + 6)).first(where: { t[$0].isWord && t[$0].hash == W.comment }),
               ((k + 3)..<c).allSatisfy({ t[$0].isWord && (commentQualifiers.contains(t[$0].hash) || t[$0].hash == W.any || t[$0].hash == W.a) }) {
                if let a = subjectNonAnswer(before: k, cueIndex: c, cue: view.text(k, c), lo: lo, hi: hi) { return a }
            }
            // "X had no (immediate) comment".
            if h == W.no, k > lo, haveForms.contains(t[k - 1].hash) {
                var c = k + 1
                if c < hi && t[c].isWord && commentQualifiers.contains(t[c].hash) { c += 1 }
                guard c < hi, t[c].isWord, t[c].hash == W.comment else { continue }
                if let a = subjectNonAnswer(before: k - 1, cueIndex: c, cue: view.text(k - 1, c), lo: lo, hi: hi) { return a }
            }
            // "There was no immediate response from the magazine", "no comment from the club".
            if h == W.no {
                var c = k + 1
                if c < hi && t[c].isWord && commentQualifiers.contains(t[c].hash) { c += 1 }
                if c + 2 < hi, t[c].isWord, responseNouns.contains(t[c].hash), t[c + 1].isWord, t[c + 1].hash == W.from,
                   t[c + 2].capitalized || determiners.contains(t[c + 2].hash),
                   let r = reader.phraseStarting(at: c + 2, upperBound: hi), let p = reader.classify(r), p.kind != .pronoun {
                    return Attribution(cueIndex: c, cue: view.text(k, c), speaker: p, via: [], content: lo..<hi,
                                       stanceCue: declinedCue(hi), contentIsQuote: false, confidence: 0.7)
                }
            }
            // "Several calls to X (to confirm ...) went unanswered", "attempts to reach X ... failed".
            if attemptNouns.contains(h), let party = partyAfterAttempt(k, hi: hi) {
                let s = party
                // ("Attempts to contact him for comment were unsuccessful": the pronoun is resolved
                // like any speaker's.)
                let pronoun = s < hi && t[s].isWord && personObjects.contains(t[s].hash)
                guard s < hi, t[s].capitalized || determiners.contains(t[s].hash) || pronoun,
                      let failure = (s..<hi).first(where: { t[$0].isWord && (failureWords.contains(t[$0].hash) || isNegatedAnswer($0, lo: s)) }),
                      case let end = (s..<failure).first(where: { t[$0].isWord && !t[$0].capitalized && purposeWords.contains(t[$0].hash) }) ?? failure,
                      var r = reader.phraseStarting(at: s, upperBound: end), let p0 = reader.classify(r), p0.kind != .pronoun || pronoun else { continue }
                // "Harbour Bait & Tackle": an ampersand joins one name.
                while r.upperBound + 1 < end, t[r.upperBound].kind == .punct, t[r.upperBound].first == 38, t[r.upperBound + 1].capitalized,
                      let more = reader.phraseStarting(at: r.upperBound + 1, upperBound: end) { r = r.lowerBound..<more.upperBound }
                guard let p = reader.classify(r) else { continue }
                return Attribution(cueIndex: failure, cue: view.lower(failure), speaker: p, via: [], content: lo..<hi,
                                   stanceCue: declinedCue(hi), contentIsQuote: false, confidence: 0.7)
            }
        }
        return nil
    }

    /// Where the party called starts after an attempt noun at `k`: "calls to X", "attempts to
    /// reach X", "messages left with X", "a request for comment from X".
    private func partyAfterAttempt(_ k: Int, hi: Int) -> Int? {
        let t = view.tokens
        guard k + 2 < hi, t[k + 1].isWord else { return nil }
        let next = t[k + 1].hash
        if next == W.to { return t[k + 2].isWord && Self.contactVerbs.contains(t[k + 2].hash) ? k + 3 : k + 2 }
        if next == Self.left, k + 3 < hi, t[k + 2].isWord, t[k + 2].hash == W.with || t[k + 2].hash == W.for { return k + 3 }
        if next == W.for, k + 4 < hi, t[k + 2].hash == W.comment, t[k + 3].isWord, t[k + 3].hash == W.from || t[k + 3].hash == W.to { return k + 4 }
        return nil
    }

    /// "were not returned", "was not immediately answered": a failure spelt with a negation.
    private func isNegatedAnswer(_ k: Int, lo: Int) -> Bool {
        let t = view.tokens
        guard Self.answerVerbs.contains(t[k].hash), k - 1 >= lo else { return false }
        var n = k - 1
        if view.endsWith(n, "ly") && n - 1 >= lo { n -= 1 }
        return StanceCues.isNegation(n, view) && t[n].hash != W.no
    }

    /// The subject right before the non-answer's auxiliary at `end` (inclusive of nothing after).
    private func subjectNonAnswer(before end: Int, cueIndex: Int, cue: String, lo: Int, hi: Int) -> Attribution? {
        let t = view.tokens
        var e = end - 1
        while e >= lo && t[e].isWord && !t[e].capitalized && (Lexicon.auxiliaries.contains(t[e].hash) || Self.haveForms.contains(t[e].hash)) { e -= 1 }
        guard e >= lo else { return nil }
        // "X has obtained the recording but cannot verify it": the subject of the first clause.
        let joined = t[e].isWord && (t[e].hash == W.but || t[e].hash == W.and)
        guard let r = joined ? sentenceSubject(in: lo..<e) : reader.phraseEnding(at: e, lowerBound: lo), let p = reader.classify(r) else { return nil }
        return Attribution(cueIndex: cueIndex, cue: cue.lowercased(), speaker: p, via: [], content: (cueIndex + 1)..<max(cueIndex + 1, hi),
                           stanceCue: declinedCue(hi), contentIsQuote: false, confidence: 0.75)
    }

    private func declinedCue(_ at: Int) -> StanceClassifier.Cue {
        .init(verb: nil, negated: true, declined: true, isQuestionVerb: false, objectRange: at..<at)
    }
}
