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
            // ("How many times can you publish complete lies?": a wh-question that calls it lies is
            // rhetorical; "It's a hoax, right?" still asks.)
            let opensWithWh = content.first(where: { t[$0].isWord }).map { StanceCues.whWords.contains(t[$0].hash) } ?? false
            if t[k].kind == .punct && t[k].first == 63,
               !(opensWithWh && content.contains(where: { t[$0].isWord && (StanceMarkers.propagandaNouns.contains(t[$0].hash) || Lexicon.falsityWords.contains(t[$0].hash)) })) { return .neutral }
        }
        if cue.isQuestionVerb { return .neutral }
        if let verb = cue.verb, Lexicon.denialVerbs.contains(verb) {
            // The object's head: the first noun before "of" ("the existence of any talks" is a
            // denial, "future talks" a refusal).
            for k in cue.objectRange.prefix(4) where t[k].isWord {
                if t[k].hash == W.of { break }
                // A denial of what exists, whatever follows:
                // "denied any such plans", "denied plans to sell" (to deny plans is to deny they
                // exist; "denied the request" still refuses it); "denies 5-game ultimatum" (to deny
                // anything but a request denies it exists); "denied suggestions he's thinking of
                // resigning", "hit back at the suggestion" (a noun that may name a proposal or a
                // proposition names a proposition unless the verb turns proposals down: "rejected
                // the suggestion to delay").
                let h = t[k].hash
                // ("denied merger talks with its rival": to deny talks is to deny they took place;
                // "ruled out talks" still turns them down.)
                if denyForms.contains(verb) && (existenceDeterminers.contains(h) || planNouns.contains(h) || Lexicon.demandNouns.contains(h) && !grantNouns.contains(h)
                                                || Lexicon.refusalNouns.contains(h))
                    || Lexicon.propositionNouns.contains(h) && !refusalVerbs.contains(verb) { break }
                // "denied that any talks had taken place": a clause, whatever its subject;
                // "denied ever meeting", "denied having met": a gerund clause.
                if (t[k].hash == W.that || t[k].hash == Self.ever || t[k].hash == Self.having) && !t[k].capitalized { break }
                if k == cue.objectRange.lowerBound && view.endsWith(k, "ing") { break }
                // "rejected suggestions that ..." denies a proposition; "rejected the suggestions" a proposal.
                // ("rejected suggestions of a fire": a noun of what was said, with "of" and what it
                // says; "the suggestions of the committee" names their author, and "ruled out the
                // idea of a referendum" turns a proposal down.)
                let ofWhatWasSaid = k + 2 < view.tokens.count && t[k + 1].isWord && t[k + 1].hash == W.of && FalseReportMarkers.reportNouns.contains(t[k].hash)
                    && t[k + 2].isWord && !t[k + 2].capitalized && (t[k + 2].hash == W.a || t[k + 2].hash == W.an || !Lexicon.determiners.contains(t[k + 2].hash))
                let clause = k + 1 < view.tokens.count && (t[k + 1].isWord && t[k + 1].hash == W.that || view.isComma(k + 1) && commaClause(after: k + 1, content: content, view: view)
                                                           || ofWhatWasSaid)
                // ("distanced itself from the resignation story": the noun names the story's subject.)
                let modifiesReport = k + 1 < view.tokens.count && t[k + 1].isWord && Lexicon.propositionNouns.contains(t[k + 1].hash)
                if (Lexicon.demandNouns.contains(t[k].hash) || Lexicon.refusalNouns.contains(t[k].hash)) && !clause && !modifiesReport { return .claim }
                // "played down expectations for orders", "downplayed the significance of": a
                // forecast or a weight lowered, no report denied.
                if outlookNouns.contains(t[k].hash) { return .claim }
            }
            return .denial
        }
        // "reiterated his administration's denial of the report", "repeated its rejection of the
        // claims": a denial said again (the noun within the object's first words, before any clause).
        if let verb = cue.verb, restateVerbs.contains(verb),
           content.prefix(5).prefix(while: { t[$0].isWord && t[$0].hash != W.that }).contains(where: { !t[$0].capitalized && Lexicon.denialNounCues.contains(t[$0].hash) }) {
            return .denial
        }
        // The content's words (`StanceCues.words`), built once, when a pass first needs them,
        // for every pass below that reads the whole content.
        var builtWords: [Int]? = nil
        func contentWords() -> [Int] {
            if let w = builtWords { return w }
            let w = StanceCues.words(content, view)
            builtWords = w
            return w
        }
        if StanceMarkers.mayWithhold(content, view: view), StanceMarkers.withholds(content, words: contentWords(), view: view) {
            // ("I have no idea where that came from": the origin of a report, disowned.)
            let disowns = contentWords().withUnsafeBufferPointer { ReactionIdioms.disownsOrigin($0, view) }
            return disowns || otherClauseDenies(content, view: view) ? .denial : .neutral
        }
        // "accused the agents of lying to reporters", "accuses the paper of fabricating quotes":
        // the speaker says the source's account is false.
        if let verb = cue.verb, accuseForms.contains(verb), accusesOfDeceit(content, view: view) { return .denial }
        // "16 crew were sick, contrary to initial claims from the airline that over 20 were": the
        // speaker's account set against the claims.
        if setAgainstClaims(content, view: view) { return .denial }
        // "Contrary to reports, the club said the coach would stay": the whole sentence is set
        // against the reports.
        if let sentence, opensAgainstClaims(sentence, before: content.lowerBound, view: view) { return .denial }
        // "The club defended the coach against claims that he had bullied players".
        if let verb = cue.verb, ReactionIdioms.defendForms.contains(verb),
           contentWords().withUnsafeBufferPointer({ ReactionIdioms.defendsAgainstAccusation(at: nil, $0, view) }) { return .denial }
        // The older rules need one of a few words in the content, and most contents hold none;
        // the marker rules test their own word lists, so they run whatever the shortcut says.
        let triggered = StanceTriggers.anyOrNegation(content, bit: TokenClass.classifyTrigger, view: view)
        if triggered && StanceCues.rejectsReport(content, words: contentWords(), view: view) { return .denial }
        if triggered && (contentWithholds(content, words: contentWords().prefix(40), view: view) || StanceCues.withholds(content, words: contentWords(), view: view)) {
            return otherClauseDenies(content, view: view) ? .denial : .neutral
        }
        if StanceMarkers.mayReject(content, view: view), StanceMarkers.rejects(content, words: contentWords(), view: view) { return .denial }
        if let sentence, StanceMarkers.introducesCorrection(content, sentence: sentence, view: view) { return .denial }
        guard triggered else { return .claim }
        let w = contentWords()
        if contentDenies(content, words: w.count <= 40 ? w : Array(w.prefix(40)), view: view) { return .denial }
        // "but I guarantee you that it is absolutely false": the clause a first-person frame vouches for.
        if let rest = afterPerformative(content, view: view), contentDenies(rest, view: view) || StanceMarkers.rejects(rest, view: view) { return .denial }
        // "admitted that an agent had called but denied any contact": the speaker's own second
        // verb, a denial.
        if coordinatedDenial(content, view: view) { return .denial }
        // "that, contrary to media reports, no troops had crossed": a denial after the contrast.
        // "Other than for maintenance, no plane has been grounded": a denial after the exception.
        if let rest = afterFrontedContrast(content, view: view) ?? afterFrontedException(content, view: view) ?? afterFrontedAdverbial(content, view: view),
           contentDenies(rest, view: view) { return .denial }
        // "while he did speak to the reporter, the quote was fabricated": the main clause after a concession.
        if let rest = afterConcession(content, view: view), contentDenies(rest, view: view) || StanceMarkers.rejects(rest, view: view) { return .denial }
        if let sentence, StanceCues.contradictsReport(content, sentence: sentence, view: view, cueIndex: cue.verb == nil ? nil : cue.objectRange.lowerBound - 1, next: next,
                                                                    contentWords: contentWords()) { return .denial }
        // "insisted that he is not close to leaving", "reiterated that it does not make such
        // statements": a negation the speaker insists on answers what was said.
        if let verb = cue.verb, insistVerbs.contains(verb), insistsOnNegatedFact(content, view: view) { return .denial }
        return .claim
    }

    /// Words that join a clause to the one before: ", so just rumours", ", but it is untrue".
    static let clauseJoiners = Lexicon.hashes("so but and yet")

    /// True when a clause after a comma or "because" of a withholding content denies: "I am
    /// unaware of that, I have not handed in my notice", "We didn't confirm any of that, so just
    /// rumours", "will not investigate the report because it is not credible". A
    /// speaker who withholds and then denies has denied.
    static func laterClauseDenies(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var commas = 0
        // (After "because" too: "did not plan to investigate the report because it was not credible".)
        for c in content where view.isComma(c) || (t[c].isWord && t[c].hash == W.because) {
            commas += 1
            if commas > 3 { break }
            var k = c + 1
            while k < content.upperBound && (!t[k].isWord || clauseJoiners.contains(t[k].hash)) { k += 1 }
            guard k + 1 < content.upperBound else { break }
            let rest = k..<content.upperBound
            // (A clause that withholds too is passed over.)
            if clauseDenies(rest, words: StanceCues.words(rest, view), view: view) == true { return true }
        }
        return false
    }

    /// `laterClauseDenies` or `earlierClauseDenies`: a withholding content that denies in
    /// another of its clauses.
    static func otherClauseDenies(_ content: Range<Int>, view: TextView) -> Bool {
        laterClauseDenies(content, view: view) || earlierClauseDenies(content, view: view)
    }

    /// What one clause of a withholding content says, read on its words `words`: nil when it
    /// withholds too, true when it denies (`contentDenies`, `StanceMarkers.rejects` or
    /// `StanceCues.rejectsReport`), false otherwise.
    static func clauseDenies(_ clause: Range<Int>, words: [Int], view: TextView) -> Bool? {
        if StanceMarkers.withholds(clause, words: words, view: view) || contentWithholds(clause, words: words.prefix(40), view: view)
            || StanceCues.withholds(clause, words: words, view: view) { return nil }
        // (The words already read serve every pass: `contentDenies` reads the first 40.)
        return contentDenies(clause, words: words.count <= 40 ? words : Array(words.prefix(40)), view: view)
            || StanceMarkers.rejects(clause, words: words, view: view) || StanceCues.rejectsReport(clause, words: words, view: view)
    }

    /// True when a clause before "and", "but", ";" or a comma of a withholding content denies:
    /// "This report is baseless and we are not aware of any incident". A speaker who denies and
    /// then says they know of nothing has denied.
    static func earlierClauseDenies(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var joins = 0, words = 0
        for c in content {
            let joinsClauses = view.isComma(c) || (t[c].kind == .punct && t[c].first == 59) || (t[c].isWord && clauseJoiners.contains(t[c].hash))
            if t[c].isWord && !joinsClauses { words += 1; continue }
            guard joinsClauses else { continue }
            joins += 1
            if joins > 3 { break }
            // (A clause of three words or more: "No, and ..." is another shape.)
            guard words >= 3 else { continue }
            let before = content.lowerBound..<c
            let w = StanceCues.words(before, view)
            // Only a verdict: a negated clause ("We haven't seen the contract and nor do we know
            // ...") withholds with the rest, and a clause opening "whether" or "if" asks.
            if w.contains(where: { StanceCues.isNegation($0, view) }) { return false }
            if let first = w.first, t[first].hash == W.if_ || t[first].hash == whetherWord { return false }
            guard let denies = clauseDenies(before, words: w, view: view) else { return false }
            if denies { return true }
        }
        return false
    }

    static let whetherWord = wordHash("whether")
    static let accuseForms = Lexicon.hashes("accuse accuses accused accusing")
    /// What a source is accused of when its account is called false: "of lying", "of fabricating".
    static let deceitGerunds = Lexicon.hashes("lying fabricating inventing misleading distorting misrepresenting peddling")
    static let spreadGerunds = Lexicon.hashes("spreading twisting")
    static let spreadObjects = Lexicon.hashes("myths myth facts truth rumours rumors falsehoods untruths")

    /// True when the sentence opens with "Contrary to" and claims or reports within four words,
    /// closed by a comma before `start` (where the content begins).
    static func opensAgainstClaims(_ sentence: Range<Int>, before start: Int, view: TextView) -> Bool {
        let t = view.tokens
        guard let k = sentence.first(where: { t[$0].isWord }), k + 2 < start,
              let comma = ((k + 2)..<min(start, k + 8)).first(where: { view.isComma($0) }) else { return false }
        return contraryToClaims(at: k, end: comma, view: view)
    }

    /// True when "contrary to" after a comma inside the content faces claims or reports within
    /// its next four words: "X, contrary to initial claims from the airline that ...".
    static func setAgainstClaims(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        for k in content where t[k].hash == StanceCues.contrary && k > content.lowerBound + 1 && k + 2 < content.upperBound && !t[k].capitalized && view.isComma(k - 1)
            && contraryToClaims(at: k, end: min(content.upperBound, k + 6), view: view) { return true }
        return false
    }

    /// True when the words at `k` are "contrary to" and a claim, report or rumour noun stands
    /// between `k + 2` and `end`: the test both contrast rules above make.
    static func contraryToClaims(at k: Int, end: Int, view: TextView) -> Bool {
        let t = view.tokens
        guard k + 2 <= end, t[k].isWord, t[k].hash == StanceCues.contrary, t[k + 1].isWord, t[k + 1].hash == W.to else { return false }
        return ((k + 2)..<end).contains { t[$0].isWord && (Lexicon.propositionNouns.contains(t[$0].hash) || StanceCues.rumourWords.contains(t[$0].hash)) }
    }

    /// True when the first words of an accusation's content say "of" and a deceit: "the agents of
    /// lying to undercover reporters".
    static func accusesOfDeceit(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var previous: UInt64 = 0, seen = 0
        for k in content where t[k].isWord {
            if previous == W.of && deceitGerunds.contains(t[k].hash) { return true }
            // "of spreading myths and lies", "of twisting facts" (not "of spreading the virus").
            if previous == W.of && spreadGerunds.contains(t[k].hash),
               ((k + 1)..<min(content.upperBound, k + 4)).contains(where: { t[$0].isWord && (StanceMarkers.propagandaNouns.contains(t[$0].hash) || spreadObjects.contains(t[$0].hash)) }) { return true }
            previous = t[k].hash
            seen += 1
            if seen > 14 { break }
        }
        return false
    }

    /// True when the content holds a negation of a fact: not a position ("would not
    /// negotiate") nor a verdict ("cannot be trusted").
    static func insistsOnNegatedFact(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var previous: UInt64 = 0
        for k in content where t[k].isWord {
            defer { previous = t[k].hash }
            guard t[k].negation, !Lexicon.futureModals.contains(previous), t[k].hash != W.wont else { continue }
            if let next = (k + 1..<content.upperBound).first(where: { t[$0].isWord }), t[next].hash == CueWords.be { continue }
            return true
        }
        return false
    }

    static let concessionWords = Lexicon.hashes("while whilst although though")

    /// The main clause after a fronted concession closed by a comma ("while Pitt did speak to
    /// the reporter, the quote was fabricated"), or nil.
    static func afterConcession(_ content: Range<Int>, view: TextView) -> Range<Int>? {
        let t = view.tokens
        guard let first = content.first(where: { t[$0].isWord }), concessionWords.contains(t[first].hash),
              let comma = (first..<min(content.upperBound, first + 25)).first(where: { view.isComma($0) }), comma + 2 < content.upperBound else { return nil }
        return (comma + 1)..<content.upperBound
    }

    static let realityWords = Lexicon.hashes("reality fact truth")
    static let inTalksNouns = Lexicon.hashes("talks negotiations discussions contact")
    static let insistVerbs = Lexicon.hashes("insist insists insisted insisting reiterate reiterates reiterated reiterating reaffirm reaffirms reaffirmed reaffirming")
    static let denyForms = Lexicon.hashes("deny denies denied denying")
    static let existenceDeterminers = Lexicon.hashes("any such")
    static let planNouns = Lexicon.hashes("plan plans")
    /// What a denial verb may lower without denying a report: "played down expectations".
    static let outlookNouns = Lexicon.hashes("expectations expectation hopes chances significance importance impact prospects")
    /// What "deny" refuses rather than denies: "denied the request".
    /// Verbs that say again what was said before: "reiterated its denial".
    static let restateVerbs = Lexicon.hashes("reiterated reiterates reiterating repeated repeats repeating restated restates renewed renews")
    /// What a denial withholds rather than disputes: "denied its rival access", "denied him bail".
    static let withheldNouns = Lexicon.hashes("access entry bail visa visas passage asylum admission parole boarding")
    static let grantNouns = Lexicon.hashes("request requests appeal appeals bid bids application applications permission motion invitation invitations")
    /// Verbs that turn a proposal down as readily as they deny a proposition.
    static let refusalVerbs = WordSet.union([Lexicon.rejectVerbs, Lexicon.hashes("ruled rules shot shoots threw throws")])

    /// True when the noun's parenthesis, opened by the comma at `comma`, closes on a comma and
    /// "that": "rejected the suggestion, by a party leader, that the army would intervene".
    static func commaClause(after comma: Int, content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var k = comma + 1
        while k + 1 < content.upperBound && k - comma < 20 {
            if view.isComma(k) || (t[k].isQuote && k + 1 < content.upperBound && view.isComma(k + 1)) {
                let next = view.isComma(k) ? k + 1 : k + 2
                return next < content.upperBound && t[next].isWord && t[next].hash == W.that
            }
            k += 1
        }
        return false
    }

    static let needWord = wordHash("need")
    static let wishWords = Lexicon.hashes("would want wish")
    static let gladWords = Lexicon.hashes("happy glad pleased"), clarifyVerbs = Lexicon.hashes("clarify confirm")
    static let putWord = wordHash("put"), makeWord = wordHash("make"), clearWord = wordHash("clear")
    static let vouchVerbs = Lexicon.hashes("guarantee assure promise swear tell say state stress reiterate emphasise emphasize insist")

    /// The clause after "I guarantee you that", "we can assure you", "I promise", or nil.
    static func afterPerformative(_ content: Range<Int>, view: TextView) -> Range<Int>? {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let you = DisputeStance.you
        let t = view.tokens
        var k = content.lowerBound
        // "Happy to clarify that none of these rumours are true": a frame with no subject.
        while k < content.upperBound && !t[k].isWord { k += 1 }
        if k + 3 < content.upperBound, gladWords.contains(t[k].hash), t[k + 1].hash == W.to, vouchVerbs.contains(t[k + 2].hash) || clarifyVerbs.contains(t[k + 2].hash),
           let that = (k + 3..<min(content.upperBound, k + 6)).first(where: { t[$0].isWord && t[$0].hash == W.that }), that + 1 < content.upperBound {
            return (that + 1)..<content.upperBound
        }
        // "The authority would like to clarify to the public that ...", "X wishes to make it
        // clear that ...": whoever the subject, the clause the frame sets right.
        k = content.lowerBound
        var seen = 0
        while k + 2 < content.upperBound && seen < 12 {
            defer { k += 1 }
            guard t[k].isWord else { continue }
            seen += 1
            guard t[k].hash == W.to, t[k + 1].isWord else { continue }
            var v = k + 1
            if clarifyVerbs.contains(t[v].hash) { v += 1 }
            else if t[v].hash == makeWord, v + 2 < content.upperBound, t[v + 1].hash == W.it, t[v + 2].hash == clearWord { v += 3 }
            else { continue }
            if let that = (v..<min(content.upperBound, v + 5)).first(where: { t[$0].isWord && t[$0].hash == W.that }),
               (v..<that).allSatisfy({ t[$0].isWord && !t[$0].capitalized }), that + 1 < content.upperBound {
                return (that + 1)..<content.upperBound
            }
        }
        k = content.lowerBound
        while k + 1 < content.upperBound {
            if t[k].isWord, t[k].hash == W.i || t[k].hash == W.we || t[k].hash == you {
                var v = k + 1
                if v < content.upperBound, t[v].isWord, t[v].hash == DisputeStance.can { v += 1 }
                // "we would like to assure", "I want to tell".
                if v + 2 < content.upperBound, t[v].isWord, wishWords.contains(t[v].hash) {
                    if t[v + 1].hash == W.to { v += 2 } else if v + 3 < content.upperBound, t[v + 2].hash == W.to { v += 3 }
                }
                // "I would like to strongly state that": the adverb that weights the act.
                if v + 1 < content.upperBound, CueWords.isMannerAdverb(v, view: view) { v += 1 }
                // "Of course you know that that's not true".
                // "I would like to put it on record that": the record the speaker sets.
                if v + 3 < content.upperBound, t[v].isWord, t[v].hash == putWord, t[v + 1].hash == W.it, t[v + 2].hash == W.on,
                   let that = (v + 3..<min(content.upperBound, v + 6)).first(where: { t[$0].isWord && t[$0].hash == W.that }), that + 1 < content.upperBound {
                    return (that + 1)..<content.upperBound
                }
                if v < content.upperBound, t[v].isWord, vouchVerbs.contains(t[v].hash) || (t[k].hash == you && StanceMarkers.knowWords.contains(t[v].hash)) {
                    var r = v + 1
                    if r < content.upperBound, t[r].isWord, t[r].hash == you { r += 1 }
                    // "assure our people that", "tell the public that": the hearers, then "that".
                    else if let that = (r..<min(content.upperBound, r + 4)).first(where: { t[$0].isWord && t[$0].hash == W.that }),
                            (r..<that).allSatisfy({ t[$0].isWord && !t[$0].capitalized }) { r = that }
                    if r < content.upperBound, t[r].isWord, t[r].hash == W.that { r += 1 }
                    return r < content.upperBound ? r..<content.upperBound : nil
                }
            }
            k += 1
        }
        return nil
    }

    /// True when "but" (or ", and") is followed by a denial verb in the past or present tense:
    /// the subject of the reporting verb goes on to deny something.
    static func coordinatedDenial(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var k = content.lowerBound
        while k + 1 < content.upperBound {
            if t[k].isWord, t[k].hash == W.but || t[k].hash == W.and, t[k + 1].isWord, !t[k + 1].capitalized, Lexicon.denialVerbs.contains(t[k + 1].hash),
               !view.endsWith(k + 1, "ing") {
                // "discussed the cuts but rejected them": a proposal turned down, not a denial.
                if Lexicon.rejectVerbs.contains(t[k + 1].hash),
                   !(k + 2..<min(content.upperBound, k + 6)).contains(where: { t[$0].isWord && (Lexicon.propositionNouns.contains(t[$0].hash) || t[$0].hash == W.that) }) { k += 1; continue }
                // "and ruled out the theory": a particle verb needs its particle.
                guard let particles = Lexicon.particleVerbs[t[k + 1].hash] else { return true }
                if k + 2 < content.upperBound, particles.contains(t[k + 2].hash) { return true }
                // "and ruled it out as a problem": the object between verb and particle.
                if k + 3 < content.upperBound, CueWords.objectPronouns.contains(t[k + 2].hash) || t[k + 2].hash == W.it, particles.contains(t[k + 3].hash) { return true }
            }
            k += 1
        }
        return false
    }

    /// Irregular past participles of events ("has not withdrawn", "had not sold").
    static let irregularParticiples = Lexicon.hashes("withdrawn taken given broken chosen thrown shown sold won lost left made sent held kept met quit spoken written stolen hidden sought told brought bought caught fought paid found seen done gone flown begun")

    static let ever = wordHash("ever"), having = wordHash("having"), been = wordHash("been")
    /// Changes a report may say are under way, in the progressive: "is not leaving".
    static let progressiveChanges = Lexicon.hashes("""
    leaving quitting resigning retiring divorcing separating splitting selling buying closing moving joining
    planning planing considering seeking negotiating signing merging cutting sacking firing dropping
    """)
    /// "did not" as one or two words.
    static let didNotForms = Lexicon.hashes("didn't didn’t")
    static let didWord = wordHash("did"), yetWord = wordHash("yet")
    /// Adverbs between "did not" and its verb: "didn't even vote".
    static let deedAdverbs = Lexicon.hashes("even ever actually also really")
    /// Verbs that, after "did not", tell no deed denied: what one thought, felt, saw, had or
    /// got, or an answer withheld ("did not comment", "did not disclose").
    static let undeniedDeeds = Lexicon.hashes("""
    want expect think know believe feel see hear notice mean intend need like care mind seem
    have get make give take comment respond reply return confirm say elaborate disclose reveal specify
    decide rule appear help work matter count stop
    """)

    /// True when the negation at `k` (the content's word `position`) is "did not" or "didn't".
    static func didNot(_ k: Int, _ position: Int, _ words: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        if didNotForms.contains(t[k].hash) { return true }
        return t[k].hash == W.not && position > 0 && t[words[position - 1]].hash == didWord
    }
    /// Things done to someone that a report may claim: "has not been recalled/sacked/arrested".
    static let passiveEvents = Lexicon.hashes("recalled arrested sacked fired suspended cancelled canceled stolen sold killed detained charged banned kidnapped abducted hacked replaced dropped released injured hurt")

    /// Verbs of belief and feeling: "nobody believes", "nobody cares".
    static let cognitionVerbs = Lexicon.hashes("believes believed trusts trusted cares cared likes liked wants wanted thinks thought expects expected understands understood")

    /// Participles that describe how someone feels: negated, they deny nothing.
    static let stateOfMind = Lexicon.hashes("surprised concerned worried interested pleased impressed bothered convinced satisfied disappointed amused fazed shocked scared frightened troubled distracted discouraged deterred")

    /// "an inaccurate piece of journalism": what a paper printed, called false.
    static let journalismNouns = Lexicon.hashes("piece journalism reporting coverage")
    static let focusWords = Lexicon.hashes("focused focussed thinking care cares")

    static let addingWords = Lexicon.hashes("adding saying insisting stressing noting arguing")
    static let telling = wordHash("telling")

    /// The clause of ", adding that ..." / ", saying ..." right after `content`, or nil.
    static func addedClause(after content: Range<Int>, cue: Int, sentence: Range<Int>, view: TextView) -> Range<Int>? {
        let t = view.tokens
        var k = content.upperBound
        // "..., the airline said later in the day when refuting a newspaper report", "..., said
        // the spokesman further refuting that ...": a denial made in the same breath, with no
        // comma before it.
        if cue >= content.upperBound,
           let w = (cue + 1..<min(sentence.upperBound, cue + 10)).first(where: { t[$0].kind == .punct || t[$0].isQuote
               || t[$0].isWord && !t[$0].capitalized && Lexicon.denialVerbs.contains(t[$0].hash) && view.endsWith($0, "ing") }),
           t[w].isWord, w + 1 < sentence.upperBound {
            return w..<sentence.upperBound
        }
        // A closing attribution ("X, the owner said, rejecting ..."): the phrase after the cue.
        if cue >= content.upperBound, let comma = (cue..<min(sentence.upperBound, cue + 8)).first(where: { view.isComma($0) }) { k = comma }
        guard k + 2 < sentence.upperBound, view.isComma(k) || (t[k].kind == .punct && t[k].first == 45) else { return nil }
        k += 1
        // ", rejecting a report that ...": the participle itself denies; its clause is returned
        // whole so that the denial verb at its head decides.
        if t[k].isWord, !t[k].capitalized, Lexicon.denialVerbs.contains(t[k].hash), view.endsWith(k, "ing"),
           (k + 1..<min(sentence.upperBound, k + 4)).contains(where: { t[$0].isWord && Lexicon.propositionNouns.contains(t[$0].hash) }) {
            return k..<sentence.upperBound
        }
        // ", calling them rumours and slander": the label denies what was named before.
        if t[k].isWord, !t[k].capitalized, CueWords.labelParticiples.contains(t[k].hash),
           (k + 1..<min(sentence.upperBound, k + 8)).contains(where: { t[$0].isWord && (Lexicon.falsityWords.contains(t[$0].hash)
                || StanceMarkers.propagandaNouns.contains(t[$0].hash) || StanceCues.rumourWords.contains(t[$0].hash)) }) {
            return k..<sentence.upperBound
        }
        // ", telling the Daily Ledger: \"We're not splitting.\"": the words told, after the listener.
        if t[k].isWord, !t[k].capitalized, t[k].hash == Self.telling,
           let open = (k + 1..<min(sentence.upperBound, k + 8)).first(where: { view.isPunct($0, 58) || t[$0].kind == .openQuote || t[$0].kind == .ambiguousQuote }),
           open + 1 < sentence.upperBound {
            return (open + 1)..<sentence.upperBound
        }
        guard t[k].isWord, !t[k].capitalized, addingWords.contains(t[k].hash) else { return nil }
        k += 1
        if t[k].isWord && t[k].hash == W.that { k += 1 }
        return k < sentence.upperBound ? k..<sentence.upperBound : nil
    }

    /// The content after a fronted "contrary to reports," or "despite claims,", or nil.
    static func afterFrontedContrast(_ content: Range<Int>, view: TextView) -> Range<Int>? {
        let t = view.tokens
        var k = content.lowerBound
        while k < content.upperBound && !t[k].isWord { k += 1 }
        // "to make it clear that, contrary to media speculation, we have not ...": the contrast
        // may open a clause inside the content, after a comma.
        if k < content.upperBound, t[k].hash != StanceCues.contrary,
           let inner = (k..<content.upperBound).first(where: { t[$0].isWord && t[$0].hash == StanceCues.contrary && $0 > content.lowerBound && view.isComma($0 - 1) }) { k = inner }
        guard k + 2 < content.upperBound, t[k].hash == StanceCues.contrary || t[k].hash == StanceCues.despite,
              let comma = (k..<min(content.upperBound, k + 8)).first(where: { view.isComma($0) }),
              (k..<comma).contains(where: { StanceCues.reportHeads.contains(t[$0].hash) }) else { return nil }
        return (comma + 1)..<content.upperBound
    }

    /// "other than", "apart from", "aside from", "except for": the pairs that open an exception.
    static let exceptionPairs: [(UInt64, UInt64)] = [("other", "than"), ("apart", "from"), ("aside", "from"), ("except", "for")].map { (wordHash($0.0), wordHash($0.1)) }

    /// The main clause after a fronted exception, or nil: "Other than for maintenance, no plane
    /// has been grounded", "Apart from the usual checks, there has been no inspection".
    static func afterFrontedException(_ content: Range<Int>, view: TextView) -> Range<Int>? {
        let t = view.tokens
        var k = content.lowerBound
        while k < content.upperBound && !t[k].isWord { k += 1 }
        guard k + 3 < content.upperBound, t[k + 1].isWord,
              exceptionPairs.contains(where: { $0.0 == t[k].hash && $0.1 == t[k + 1].hash }),
              let comma = (k + 2..<min(content.upperBound, k + 12)).first(where: { view.isComma($0) }), comma + 1 < content.upperBound else { return nil }
        return (comma + 1)..<content.upperBound
    }

    /// The main clause after a short fronted adverbial, or nil: "For the time being, no
    /// procedure has been initiated", "At this stage, there are no talks". The adverbial opens
    /// with a preposition, a time word or an "-ly" adverb and holds at most six words. ("So
    /// far, nothing has materialised" hedges in time: no denial.)
    static func afterFrontedAdverbial(_ content: Range<Int>, view: TextView) -> Range<Int>? {
        let t = view.tokens
        var k = content.lowerBound
        while k < content.upperBound && !t[k].isWord { k += 1 }
        guard k + 2 < content.upperBound, !t[k].capitalized || k == content.lowerBound || t[k - 1].isQuote,
              Lexicon.prepositions.contains(t[k].hash) || Lexicon.timeWords.contains(t[k].hash) || view.endsWith(k, "ly"),
              let comma = (k + 1..<min(content.upperBound, k + 7)).first(where: { view.isComma($0) }),
              (k..<comma).allSatisfy({ t[$0].isWord }), comma + 2 < content.upperBound else { return nil }
        return (comma + 1)..<content.upperBound
    }
    static let matterWord = wordHash("matter")

    /// "we have nothing to confirm", "there has been no confirmation", "haven't confirmed".
    static func contentWithholds(_ content: Range<Int>, view: TextView) -> Bool {
        contentWithholds(content, words: StanceCues.words(content, view).prefix(40), view: view)
    }

    /// `contentWithholds` on the content's first 40 words (`StanceCues.words(content, view).prefix(40)`:
    /// a slice from 0, so its positions are the array's).
    static func contentWithholds(_ content: Range<Int>, words: ArraySlice<Int>, view: TextView) -> Bool {
        let t = view.tokens
        for (p, k) in words.enumerated() where Lexicon.negations.contains(t[k].hash) || view.endsWith(k, "n’t") {
            // ("there is nothing to announce" says there is no news: a dismissal, read elsewhere.)
            let noNews = t[k].hash == W.nothing && p >= 2 && t[words[p - 2]].hash == W.there
            // "you don't have to verify anything": an obligation denied, not a confirmation withheld.
            if p + 2 < words.count, DisputeStance.haveForms.contains(t[words[p + 1]].hash) || t[words[p + 1]].hash == needWord, t[words[p + 2]].hash == W.to { continue }
            for q in words[(p + 1)..<min(words.count, p + 4)] where Lexicon.confirmWords.contains(t[q].hash) && !(noNews && DismissalMarkers.newsVerbs.contains(t[q].hash)) { return true }
        }
        return false
    }

    /// A falsity word used as a predicate ("were false", "dismissed as absurd", "completely
    /// false", or ending the clause), not as a modifier ("a false report").
    static let news = wordHash("news")

    static func isPredicate(_ position: Int, _ words: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        var p = position - 1
        while p >= 0 && (Lexicon.degreeAdverbs.contains(t[words[p]].hash) || t[words[p]].hash == W.and) { p -= 1 }
        // "fake news" names a kind of story ("flag fake news stories", "the false news label",
        // "report them as fake news"); it judges a report only when predicated ("this is fake
        // news") or given as a label ("dismissed it as fake news").
        if position + 1 < words.count && t[words[position + 1]].hash == Self.news {
            guard p >= 0 else { return position + 2 >= words.count }
            let before = t[words[p]].hash
            if before == W.as { return words[max(0, p - 6)..<p].contains { CueWords.labelVerbs.contains(t[$0].hash) || Lexicon.denialVerbs.contains(t[$0].hash) } }
            return Lexicon.beForms.contains(before) || before == W.possessive
        }
        if p >= 0 && (Lexicon.beForms.contains(t[words[p]].hash) || t[words[p]].hash == W.as || t[words[p]].hash == W.possessive) { return true }
        if p < 0 { return true }
        // Followed by the end of the content or a conjunction: "... are unfounded and absurd".
        if position + 1 >= words.count { return true }
        let next = t[words[position + 1]]
        // "erroneous reports", "false claims": the reports themselves are called false.
        // ("every erroneous charge" on a bill counts charges; it rejects nothing.)
        // "baseless propaganda", "false rumours": the talk itself called false.
        if Lexicon.propositionNouns.contains(next.hash) || StanceMarkers.propagandaNouns.contains(next.hash) || StanceCues.rumourWords.contains(next.hash) || journalismNouns.contains(next.hash) {
            // ("fired for a false report" speaks of any report; "are not baseless reports" says
            // the opposite.)
            if p >= 1 && (t[words[p]].hash == W.a || t[words[p]].hash == W.an) && Lexicon.prepositions.contains(t[words[p - 1]].hash) { return false }
            if p >= 0 && StanceCues.isNegation(words[p], view) || p >= 1 && StanceCues.isNegation(words[p - 1], view) && Lexicon.beForms.contains(t[words[p]].hash) == false && t[words[p]].hash != W.a { return false }
            return p < 0 || !CueWords.quantifiers.contains(t[words[p]].hash) && !StanceMarkers.countingWords.contains(t[words[p]].hash)
        }
        return next.hash == W.and || next.kind == .punct
    }

    /// True when the content itself rejects a proposition.
    static func contentDenies(_ content: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens
        var words: [Int] = []
        words.reserveCapacity(min(40, content.count))
        for k in content where t[k].isWord { words.append(k); if words.count >= 40 { break } }
        return contentDenies(content, words: words, view: view)
    }

    /// `contentDenies` on the content's first 40 words.
    static func contentDenies(_ content: Range<Int>, words: [Int], view: TextView) -> Bool {
        let t = view.tokens
        var words = words
        // "Absolutely no names were taken", "Of course, there is no conflict": an opening
        // adverb is no part of the clause's shape.
        if words.count > 2, t[words[0]].hash == DismissalMarkers.ofWord, t[words[1]].hash == DismissalMarkers.courseWord { words.removeFirst(2) }
        while words.count > 1, Lexicon.degreeAdverbs.contains(t[words[0]].hash) || DismissalMarkers.openingAdverbs.contains(t[words[0]].hash) { words.removeFirst() }
        // "in reality there were no disputes", "in fact, nobody was sacked".
        if words.count > 3, t[words[0]].hash == W.in, realityWords.contains(t[words[1]].hash) { words.removeFirst(2) }
        guard let first = words.first else { return false }
        let h0 = t[first].hash
        let h1 = words.count > 1 ? t[words[1]].hash : 0
        let h2 = words.count > 2 ? t[words[2]].hash : 0
        // "no one ...", "nobody ...", "nothing ...", "no talks took place".
        // ("Nobody believes the management": an opinion about people, not a denied event.)
        if (h0 == W.nobody || h0 == W.nothing || h0 == W.none || h0 == W.neither || h0 == W.never) && !Self.cognitionVerbs.contains(h1) { return true }
        // "no doubt", "no question": an affirmation.
        let affirming = words.prefix(4).enumerated().contains { p, k in StanceCues.isAffirmingNo(k, in: words, at: p, view: view) }
        // ("no matter how low you go": a concession, no denial.)
        if h0 == W.no && !affirming && h1 != matterWord { return true }
        // "there were no ...", "there have been no ...", "there had been \"no contact\"".
        let h3 = words.count > 3 ? t[words[3]].hash : 0
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = ContentDeniesLists.shared
        let auxiliaries = lists.auxiliaries; let beForms = lists.beForms; let denialNounsAfterNo = lists.denialNounsAfterNo; let denialVerbs = lists.denialVerbs
        let eventVerbs = lists.eventVerbs; let falsityWords = lists.falsityWords; let firstPersonPronouns = lists.firstPersonPronouns; let futureModals = lists.futureModals
        let negations = lists.negations; let propositionNouns = lists.propositionNouns; let rejectVerbs = lists.rejectVerbs; let truthPredicates = lists.truthPredicates
        let truthWords = lists.truthWords; let stanceClassifierBeen = lists.stanceClassifierBeen; let focusWords = lists.focusWords; let irregularParticiples = lists.irregularParticiples
        let passiveEvents = lists.passiveEvents; let stateOfMind = lists.stateOfMind; let reportHeads = lists.reportHeads; let stanceCuesStory = lists.stanceCuesStory
        let stanceCuesWrong = lists.stanceCuesWrong
        if h0 == W.there && !affirming && (h1 == W.no || h2 == W.no || h3 == W.no || negations.contains(h1) || negations.contains(h2)) { return true }
        // Partial denial: "the only talks are about ...".
        // ("The only thing I am worried about is the cup": a state of mind, not a denial.)
        if h0 == W.the && h1 == W.only && !words.dropFirst(2).prefix(5).contains(where: { stateOfMind.contains(t[$0].hash) || focusWords.contains(t[$0].hash) }) { return true }
        // "The story is simply wrong", "these reports are wrong": a report called wrong.
        if let noun = words.prefix(3).firstIndex(where: { reportHeads.contains(t[$0].hash) || t[$0].hash == stanceCuesStory }),
           noun + 1 < words.count, beForms.contains(t[words[noun + 1]].hash),
           words[(noun + 2)..<min(words.count, noun + 4)].contains(where: { t[$0].hash == stanceCuesWrong }) { return true }
        // Predicates on the whole proposition hold across clauses: "claims that X were false",
        // "rumors that X are not true", "none of the information was accurate".
        for (position, k) in words.enumerated() where position < 40 {
            let h = t[k].hash
            // "knew that X was false": a verb's clause is out of scope; "claims that X were
            // false" (a noun's clause) is not.
            if h == W.that && position > 0 && !propositionNouns.contains(t[words[position - 1]].hash)
                && !beForms.contains(t[words[position - 1]].hash) && !StanceCues.isFirstPersonKnowing(position, words, view)
                && !StanceMarkers.isImpersonalThat(position, words, view) { break }
            if falsityWords.contains(h) && !t[k].capitalized && isPredicate(position, words, view) { return true }
            if negations.contains(h) || h == W.not || h == W.nt || (view.endsWith(k, "n't") || view.endsWith(k, "n’t")) {
                for q in words[(position + 1)..<min(words.count, position + 8)] where truthPredicates.contains(t[q].hash) { return true }
            }
        }
        for (position, k) in words.enumerated() {
            let h = t[k].hash
            // A negation in a subordinate clause ("if", "unless", "until") is out of scope.
            if !t[k].capitalized && (h == W.if_ || h == W.unless || h == W.until || h == W.because || h == W.which || h == W.when
                                     || (position > 0 && (h == W.who || (h == W.that && !StanceCues.isFirstPersonKnowing(position, words, view)
                                         && !StanceMarkers.isImpersonalThat(position, words, view))))) { break }
            if h == W.no && position + 1 < words.count && denialNounsAfterNo.contains(t[words[position + 1]].hash) { return true }
            // "We have signed nothing", "they agreed nothing": an event denied by its object.
            if h == W.nothing && position > 1 && eventVerbs.contains(t[words[position - 1]].hash)
                && auxiliaries.contains(t[words[position - 2]].hash) { return true }
            // "We categorically deny these allegations."
            // ("I have vehemently denied any association": past an auxiliary and an adverb.)
            if denialVerbs.contains(h) && !t[k].capitalized && position < 8 && !rejectVerbs.contains(h) && position > 0 {
                var q = position - 1
                while q > 0 && position - q < 3 && (auxiliaries.contains(t[words[q]].hash) || view.endsWith(words[q], "ly")) { q -= 1 }
                if words[max(0, q - 1)...q].contains(where: { firstPersonPronouns.contains(t[$0].hash) }) || words[max(0, position - 2)...(position - 1)].contains(where: { firstPersonPronouns.contains(t[$0].hash) }) { return true }
            }
            if h == W.not || h == W.never || h == W.cannot || h == W.nt || (negations.contains(h) && h != W.no) || view.endsWith(k, "n’t") {
                // A refusal ("will not negotiate") is a position, not a denial of a fact.
                if position > 0 && futureModals.contains(t[words[position - 1]].hash) { continue }
                if t[k].hash == W.wont { continue }
                // "did not engage", "had not discussed", "does not and cannot engage in any".
                let window = words[(position + 1)..<min(words.count, position + 5)]
                if window.contains(where: { eventVerbs.contains(t[$0].hash) }) { return true }
                // "it was not Ebola", "she is not the minister's wife": a negated identity.
                if position > 0 && beForms.contains(t[words[position - 1]].hash) && position + 1 < words.count {
                    var q = position + 1
                    if q + 1 < words.count && (t[words[q]].hash == W.a || t[words[q]].hash == W.an) { q += 1 }
                    if t[words[q]].capitalized { return true }
                }
                // "are not true", "was not accurate".
                if position + 1 < words.count, truthWords.contains(t[words[position + 1]].hash) { return true }
                // "We are not in talks with anyone", "not in discussions": no talks going on.
                if position + 2 < words.count, t[words[position + 1]].hash == W.in, inTalksNouns.contains(t[words[position + 2]].hash) { return true }
                // "have not deployed": a participle right after the negation (not "be trusted").
                let afterAuxiliary = h == W.nt || (view.endsWith(k, "n't") || view.endsWith(k, "n’t")) || (position > 0 && (auxiliaries.contains(t[words[position - 1]].hash) || beForms.contains(t[words[position - 1]].hash)))
                if afterAuxiliary && position + 1 < words.count {
                    let next = words[position + 1]
                    // "was not surprised", "is not concerned": a state of mind, not a denied event.
                    if !beForms.contains(t[next].hash) && view.endsWith(next, "ed") && !view.endsWith(next, "eed") && !stateOfMind.contains(t[next].hash) { return true }
                    // "are not divorcing", "is not leaving the club", "was not planning to close
                    // stores": a change that reports say is under way, denied. (Not any
                    // progressive: "was not carrying a weapon" tells a circumstance.)
                    if position > 0 && beForms.contains(t[words[position - 1]].hash) && progressiveChanges.contains(t[next].hash) { return true }
                    // "has not been recalled": a passive event denied.
                    if t[next].hash == stanceClassifierBeen && position + 2 < words.count
                        && (passiveEvents.contains(t[words[position + 2]].hash) || eventVerbs.contains(t[words[position + 2]].hash)) { return true }
                    // "has not withdrawn", "had not taken part": an irregular participle.
                    if irregularParticiples.contains(t[next].hash) && !(position > 0 && beForms.contains(t[words[position - 1]].hash)) { return true }
                    // "The minister did not ask her to drop the report", "I didn't even vote for
                    // him": a deed denied by the content's own first clause. (Further in, a
                    // negated deed is as often a detail of a claim: "a player he didn't pick".)
                    if position <= 5, didNot(k, position, words, view), !(content.lowerBound..<k).contains(where: { view.isComma($0) }) {
                        var q = position + 1
                        while q + 1 < words.count && deedAdverbs.contains(t[words[q]].hash) { q += 1 }
                        if !t[words[q]].capitalized && !undeniedDeeds.contains(t[words[q]].hash) && !words.contains(where: { t[$0].hash == yetWord }) { return true }
                    }
                }
            }
        }
        return false
    }
}
