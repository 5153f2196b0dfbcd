/// Stance markers of corrections, debunked reports and open inquiries, read from the content
/// of one statement.
///
/// Why a separate pass: news about a contested report answers it in set phrases the verb does
/// not carry. A correction ("An earlier version of this story said ...", "acknowledged its
/// mistake"), a verdict on the report itself ("Reports of his death are not accurate", "the
/// story was a hoax", "It's part of their propaganda"), or a flat "not a single scene was
/// staged" rejects what was reported; "we are looking into the claims" or "We just don't know"
/// answers nothing and is neutral. The classifier asks `withholds` before its denial rules (an
/// inquiry into a claim is not a rejection of it) and `rejects` after them.
enum StanceMarkers {
    // MARK: Word sets

    /// Nouns of a report that can be judged false as a whole: "the news of his death".
    static let reportSubjects = Lexicon.hashes("""
    news report reports story stories claim claims rumor rumors rumour rumours allegation allegations
    accusation accusations article articles post posts item account accounts content wording headline
    quote quotes quotation attribution suggestion suggestions speculation figures numbers information
    """)
    /// Predicates that call such a report false: "was premature", "were wrong".
    static let reportVerdicts = Lexicon.hashes("""
    wrong premature untrue false unfounded baseless groundless inaccurate incorrect erroneous fabricated
    invented fake bogus mistaken misleading hoax lie lies fabrication fiction fantasy nonsense rubbish
    bollocks garbage tosh hogwash balderdash baloney codswallop poppycock drivel twaddle cobblers bunkum
    slanderous defamatory libellous libelous scurrilous fictitious canard hearsay distortion misrepresentation falsehood unverified
    exaggerated overblown overstated unsubstantiated imagination non-story non-issue non-event malicious mischievous
    """)
    /// Nouns that, predicated of what someone said, reject it: "It's part of their propaganda".
    static let propagandaNouns = Lexicon.hashes("propaganda lies lie fabrication fabrications smear slur slander hoax fiction fantasy disinformation misinformation canard hearsay distortion misrepresentation falsehood falsehoods untruths imagination non-story non-issue mischief")
    /// Names for a false report used as a subject: "the hoax", "the misinformation".
    static let hoaxSubjects = Lexicon.hashes("hoax misinformation disinformation fabrication fabrications")
    static let prankNouns = Lexicon.hashes("call calls caller callers bomb threat threats email emails alarm")
    /// Predicates of doubt a speaker applies to a claim: "illogical", "highly skeptical".
    static let doubtVerdicts = Lexicon.hashes("illogical skeptical sceptical doubtful absurd ridiculous preposterous laughable daft silly nonsensical ludicrous farcical")
    /// Words of a correction: "posted a correction", "noting the misattribution".
    static let correctionWords = Lexicon.hashes("""
    correction corrections corrected correcting misattribution misattributed misquoted misquote
    erroneously incorrectly mistakenly wrongly misreported
    """)
    /// Errors one owns up to: "acknowledged its mistake".
    static let errorNouns = Lexicon.hashes("mistake mistakes error errors")
    static let ownDeterminers = Lexicon.hashes("its their our my his her")
    /// Sources whose reports are no reports: "the post was actually from a satirical site".
    static let spoofWords = Lexicon.hashes("satirical satire parody spoof impostor imposter")
    /// Verbs of checking a report: "looking into the report", "investigating claims".
    static let inquiryVerbs = Lexicon.hashes("investigating examining probing checking reviewing verifying investigate examine probe review")
    static let lookWords = Lexicon.hashes("looking look looks looked")
    /// What an inquiry looks into.
    static let inquiryObjects = Lexicon.hashes("""
    report reports claim claims allegation allegations rumor rumors rumour rumours matter accounts account
    """)
    static let unaware = wordHash("unaware")
    static let noOneWords = Lexicon.hashes("neither none nobody")
    static let answeredVerbs = Lexicon.hashes("commented responded replied answered")
    static let issueVerbs = Lexicon.hashes("issue release make give provide publish")
    static let answerNouns = Lexicon.hashes("statement statements update updates response comment")
    static let goingWord = wordHash("going")
    /// Verbs of telling one refuses in advance: "not going to give details", "will not discuss".
    static let refuseToTellVerbs = Lexicon.hashes("give discuss comment talk go get speculate reveal elaborate disclose divulge")
    static let knowWords = Lexicon.hashes("know knows")
    static let intoVerbs = Lexicon.hashes("go get")
    static let beWord = wordHash("be")
    static let tellingForms = Lexicon.hashes("commenting discussing speculating elaborating")
    /// "That's all I'm going to say": the speaker stops.
    static let allWord = wordHash("all")
    static let openVerbs = Lexicon.hashes("know say tell")
    static let judgeWord = wordHash("judge"), sayWord = wordHash("say")
    static let wantWord = wordHash("want"), makeWord = wordHash("make"), commentsWord = wordHash("comments")
    static let abilityModals = Lexicon.hashes("can could")
    /// What "will not say" leaves untold: "anything more", "more than that".
    static let untoldWords = Lexicon.hashes("anything more much")
    /// Words that open a fronted clause before the main one: "Until the review is complete, we ...".
    static let frontingWords = Lexicon.hashes("until unless when if while as because once before after due given since despite for in at with without")

    /// The index in `w` of the main clause's first word: past a fronted clause that opens with
    /// `frontingWords` and closes on a comma within ten words, else 0.
    static func mainClauseStart(_ content: Range<Int>, words w: [Int], view: TextView) -> Int {
        guard let first = w.first, frontingWords.contains(view.tokens[first].hash) else { return 0 }
        var seen = 0
        for k in content {
            if view.isComma(k) { return seen < w.count ? seen : 0 }
            if view.tokens[k].isWord { seen += 1; if seen > 10 { return 0 } }
        }
        return 0
    }
    /// What a standing rule refuses to do: "we do not comment", "never discuss".
    static let policyVerbs = Lexicon.hashes("comment discuss speculate elaborate comments discusses speculates")
    /// Negations of "do" and "never": "don't comment", "does not discuss" (with "do not").
    static let doNegations = Lexicon.hashes("don't doesn't don’t doesn’t never")
    static let presentDo = Lexicon.hashes("do does")
    static let talkWord = wordHash("talk"), aboutWord = wordHash("about")
    static let disownedObjects = Lexicon.hashes("that this anything so such it those these")
    static let recallVerbs = Lexicon.hashes("recall recalls remember remembers")
    static let sayForms = Lexicon.hashes("saying say said says")
    /// "at this time", "so far", "yet": the negation holds only for now.
    static let forNowWords = Lexicon.hashes("time point yet far moment")
    static let seeForms = Lexicon.hashes("seen found received")
    static let being = wordHash("being")
    /// A report called talk and no more: the guesses of "pure speculation" and a few more.
    static let mereVerdicts = WordSet.union([StanceCues.guessNouns], extra: ["speculative", "rumours", "rumors", "hearsay"].map { wordHash($0) })
    /// The words of "nothing more than", "merely", "simply" before such a verdict.
    static let mereWords = Lexicon.hashes("nothing more than but mere merely pure idle only simply just")
    /// True when a word of `w` calls something false or absurd ("baseless", "ridiculous"): a
    /// refusal to comment that says so still rejects.
    static func judgesFalse(_ w: [Int], _ view: TextView) -> Bool {
        w.contains { reportVerdicts.contains(view.tokens[$0].hash) || doubtVerdicts.contains(view.tokens[$0].hash) }
    }
    /// "shown to be", "proven to be", "100 per cent": words between a copula and its verdict.
    static let findingWords = Lexicon.hashes("shown proven proved found revealed known to be already per cent percent")
    static let single = wordHash("single"), one = wordHash("one"), earlier = wordHash("earlier"), version = wordHash("version")
    static let into = wordHash("into"), actually = wordHash("actually"), fact = wordHash("fact"), part = wordHash("part")

    // MARK: Reading the content

    static func words(_ content: Range<Int>, _ view: TextView) -> [Int] { StanceCues.words(content, view) }

    /// A be-form or the "'s" of "it's": the copula of a predicate.
    static func isCopula(_ k: Int, _ view: TextView) -> Bool {
        let h = view.tokens[k].hash
        return Lexicon.beForms.contains(h) || h == W.possessive || view.endsWith(k, "'s") || view.endsWith(k, "’s")
    }

    /// True when the content only says the question is open: an inquiry into a report ("are
    /// looking into the report", "are investigating claims"), not knowing ("We just don't
    /// know"), or a negation for now ("has not at this time seen any evidence").
    static func withholds(_ content: Range<Int>, view: TextView) -> Bool {
        guard mayWithhold(content, view: view) else { return false }
        return withholds(content, words: words(content, view), view: view)
    }

    /// False when `withholds` surely says false: no word of its rules in the content.
    @inline(__always) static func mayWithhold(_ content: Range<Int>, view: TextView) -> Bool {
        StanceTriggers.anyOrNegation(content, in: StanceTriggers.withholds, view: view)
    }

    /// `withholds` past its shortcut, on the content's words `w` (`words(content, view)`, which
    /// the classifier builds once for all its passes).
    static func withholds(_ content: Range<Int>, words w: [Int], view: TextView) -> Bool {
        let t = view.tokens
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = WithholdsLists.shared
        let aboutWord = lists.aboutWord; let allWord = lists.allWord; let answerNouns = lists.answerNouns; let answeredVerbs = lists.answeredVerbs
        let beWord = lists.beWord; let doNegations = lists.doNegations; let forNowWords = lists.forNowWords; let goingWord = lists.goingWord
        let inquiryObjects = lists.inquiryObjects; let inquiryVerbs = lists.inquiryVerbs; let into = lists.into; let intoVerbs = lists.intoVerbs
        let issueVerbs = lists.issueVerbs; let judgeWord = lists.judgeWord; let knowWords = lists.knowWords; let lookWords = lists.lookWords
        let noOneWords = lists.noOneWords; let openVerbs = lists.openVerbs; let policyVerbs = lists.policyVerbs; let presentDo = lists.presentDo
        let refuseToTellVerbs = lists.refuseToTellVerbs; let sayWord = lists.sayWord; let seeForms = lists.seeForms; let talkWord = lists.talkWord
        let tellingForms = lists.tellingForms; let unaware = lists.unaware; let beForms = lists.beForms; let firstPersonPronouns = lists.firstPersonPronouns
        let futureModals = lists.futureModals; let whWords = lists.whWords
        for (p, k) in w.prefix(10).enumerated() {
            let h = t[k].hash
            // An inquiry into what was reported.
            let objectStart: Int? = inquiryVerbs.contains(h) ? p + 1
                : (lookWords.contains(h) && p + 1 < w.count && t[w[p + 1]].hash == into) ? p + 2 : nil
            if let start = objectStart, start < w.count,
               w[start..<min(w.count, start + 3)].contains(where: { inquiryObjects.contains(t[$0].hash) }) { return true }
        }
        // "Neither bank commented", "None of the clubs responded": no one answered.
        if let first = w.first, noOneWords.contains(t[first].hash), w.prefix(5).contains(where: { answeredVerbs.contains(t[$0].hash) }) { return true }
        // "the airline will issue a statement later": an answer promised, none given yet.
        if w.count <= 12, let p = w.firstIndex(where: { futureModals.contains(t[$0].hash) }), p + 2 < w.count, issueVerbs.contains(t[w[p + 1]].hash) {
            let object = t[w[p + 2]].hash == W.a || t[w[p + 2]].hash == W.an ? p + 3 : p + 2
            if object < w.count && answerNouns.contains(t[w[object]].hash) { return true }
        }
        // "it was unaware of any such plan".
        if w.prefix(6).contains(where: { t[$0].hash == unaware }) { return true }
        // "We just don't know.", "I don't know yet": a short answer of not knowing.
        if w.count <= 6, let p = w.firstIndex(where: { StanceCues.isNegation($0, view) }),
           p + 1 < w.count, knowWords.contains(t[w[p + 1]].hash), w.prefix(p).contains(where: { firstPersonPronouns.contains(t[$0].hash) }) {
            return true
        }
        // "I don't know what the members might be considering", "we don't know if this came
        // from them", "I can't say what they may be thinking": the question left open.
        // (The speaker's own not knowing: "the left hand doesn't know what the right is doing"
        // states a fact about others.)
        // ("I don't know where they got that story from" doubts the story: a dismissal.)
        for (p, k) in w.enumerated() where StanceCues.isNegation(k, view) && t[k].hash != W.no && p + 2 < w.count && !DismissalMarkers.asksWhereFrom(w, view) {
            if openVerbs.contains(t[w[p + 1]].hash) && whWords.contains(t[w[p + 2]].hash),
               w[max(0, p - 3)..<p].contains(where: { firstPersonPronouns.contains(t[$0].hash) }) || CueWords.firstPersonContraction(w[max(0, p - 1)], view: view) != nil { return true }
        }
        // "That's all I'm going to say about that".
        // ("That's" is read as "That" and "'s".)
        if w.count >= 4, t[w[0]].hash == W.that, t[w[1]].hash == W.possessive || beForms.contains(t[w[1]].hash), t[w[2]].hash == allWord,
           w.dropFirst(3).prefix(5).contains(where: { t[$0].hash == sayWord }) { return true }
        // "that is not for us to say".
        for (p, k) in w.enumerated() where t[k].hash == W.not && p + 4 < w.count && t[w[p + 1]].hash == W.for {
            let verb = t[w[p + 4]].hash
            if t[w[p + 3]].hash == W.to && (refuseToTellVerbs.contains(verb) || verb == judgeWord || verb == sayWord) { return true }
        }
        // "I'm not going to give a detailed account", "we will not go into details": a refusal to tell.
        // ("Until the review is complete, we won't discuss the details": after a fronted clause.)
        let main = mainClauseStart(content, words: w, view: view)
        for p in main..<min(w.count, main + 5) where StanceCues.isNegation(w[p], view) && t[w[p]].hash != W.no && p + 1 < w.count {
            let k = w[p]
            var q = p + 1
            // "could not divulge", "we cannot discuss": what the speaker may not tell.
            let mayNot = p > 0 && abilityModals.contains(t[w[p - 1]].hash) || t[k].hash == W.cannot || view.endsWith(k, "can't") || view.endsWith(k, "can’t")
            if q + 1 < w.count && t[w[q]].hash == goingWord && t[w[q + 1]].hash == W.to { q += 2 }
            else if !(p > 0 && futureModals.contains(t[w[p - 1]].hash)) && !view.endsWith(k, "won't") && !view.endsWith(k, "won’t") && t[k].hash != W.wont && !mayNot { continue }
            // "I will not want to say anything more".
            if q + 2 < w.count && t[w[q]].hash == wantWord && t[w[q + 1]].hash == W.to { q += 2 }
            // "would not be commenting upon".
            if q + 1 < w.count && t[w[q]].hash == beWord && tellingForms.contains(t[w[q + 1]].hash) { return true }
            guard q < w.count, !judgesFalse(w, view) else { continue }
            let verb = t[w[q]].hash
            // "go" and "get" refuse to tell only "into" something ("get into details").
            // ("We aren't going to comment on false statements" calls them false: a dismissal.)
            if refuseToTellVerbs.contains(verb) && (!intoVerbs.contains(verb) || (q + 1 < w.count && t[w[q + 1]].hash == into)) { return true }
            // "will not make any further comments": a comment not made.
            if verb == makeWord, w[(q + 1)..<min(w.count, q + 4)].contains(where: { answerNouns.contains(t[$0].hash) || t[$0].hash == commentsWord }) { return true }
            // "will not say anything more", "would not say whether": what is left untold.
            if verb == sayWord, q + 1 < w.count, untoldWords.contains(t[w[q + 1]].hash) || whWords.contains(t[w[q + 1]].hash) { return true }
        }
        // "We do not comment on speculation", "the club doesn't discuss transfers": a standing
        // rule of not telling, which answers nothing whatever the tense.
        // ("I don't talk about other clubs' players" too; "did not talk to him" is a past fact.)
        for (p, k) in w.enumerated() where p + 1 < w.count {
            let verb = t[w[p + 1]].hash
            guard policyVerbs.contains(verb) || (verb == talkWord && p + 2 < w.count && t[w[p + 2]].hash == aboutWord) else { continue }
            // "We do not comment on rumours, even baseless ones" still calls them baseless.
            if judgesFalse(w, view) { break }
            if doNegations.contains(t[k].hash) || (t[k].hash == W.not && p > 0 && presentDo.contains(t[w[p - 1]].hash)) { return true }
        }
        // "has not at this time seen any evidence", "have not yet found any".
        for (p, k) in w.enumerated() where StanceCues.isNegation(k, view) && t[k].hash != W.no {
            let window = w[(p + 1)..<min(w.count, p + 6)]
            guard let seen = window.firstIndex(where: { seeForms.contains(t[$0].hash) }) else { continue }
            if w[(p + 1)..<seen].contains(where: { forNowWords.contains(t[$0].hash) }) { return true }
        }
        return false
    }

    /// True when the content rejects a report: it is corrected, judged false, called
    /// propaganda, doubted as illogical, or flatly negated ("not a single scene").
    static func rejects(_ content: Range<Int>, view: TextView) -> Bool {
        guard mayReject(content, view: view) else { return false }
        return rejects(content, words: words(content, view), view: view)
    }

    /// False when `rejects` surely says false: no word of its rules in the content.
    @inline(__always) static func mayReject(_ content: Range<Int>, view: TextView) -> Bool {
        StanceTriggers.anyOrNegation(content, bit: TokenClass.rejectTrigger, view: view)
    }

    /// `rejects` past its shortcut, on the content's words `w` (`words(content, view)`).
    static func rejects(_ content: Range<Int>, words w: [Int], view: TextView) -> Bool {
        let t = view.tokens
        guard let first = w.first else { return false }
        // "Not a single scene had been staged", "not one shot was fired".
        if t[first].hash == W.not && w.count > 2 && (t[w[1]].hash == one || (t[w[1]].hash == W.a && t[w[2]].hash == single)) { return true }
        // "released a statement refuting the report", "issued a statement denying ...": the
        // statement's content opens with the denial ("rejecting the demands" is a refusal).
        // ("in London denying reports": a place or a time may come first.)
        let lead = w.prefix(4).firstIndex(where: { !(Lexicon.prepositions.contains(t[$0].hash) || t[$0].capitalized || Lexicon.timeWords.contains(t[$0].hash) || Lexicon.determiners.contains(t[$0].hash)) }) ?? 0
        // ("to deny they are seeking a replacement": the infinitive of a statement issued.)
        let infinitive = t[w[lead]].hash == W.to && lead + 1 < w.count
        let opening = w[infinitive ? lead + 1 : lead]
        if view.endsWith(opening, "ing") || infinitive, Lexicon.denialVerbs.contains(t[opening].hash), !Lexicon.rejectVerbs.contains(t[opening].hash)
            || !w.dropFirst(lead + 1).prefix(4).contains(where: { Lexicon.demandNouns.contains(t[$0].hash) || Lexicon.refusalNouns.contains(t[$0].hash) }) { return true }
        // Dismissals in set phrases: a bare "no", "the story is a canard", "no such meeting".
        if DismissalMarkers.rejects(w, view) { return true }
        // "reporting such false news", "Grave fabrication such as this": the report named false.
        if FalseReportMarkers.rejects(w, view) { return true }
        // "there had been no such meeting", "there has never been any": up to three auxiliaries
        // between "there" and the negation.
        if t[first].hash == W.there, let n = w.dropFirst().prefix(4).firstIndex(where: { t[$0].hash == W.no || t[$0].hash == W.never }),
           w[1..<n].allSatisfy({ Lexicon.beForms.contains(t[$0].hash) || Lexicon.auxiliaries.contains(t[$0].hash) }),
           !StanceCues.isAffirmingNo(w[n], in: w, at: n, view: view) { return true }
        // "the misinformation caused panic", "the hoax spread quickly": the report named as a
        // hoax by the subject the speaker gives it.
        // ("the hoax call", "a hoax bomb threat" are pranks in their own right, not a report.)
        if w.count > 2, Lexicon.determiners.contains(t[first].hash), hoaxSubjects.contains(t[w[1]].hash), !prankNouns.contains(t[w[2]].hash),
           !(Lexicon.beForms.contains(t[w[2]].hash) && w.count > 3 && StanceCues.isNegation(w[3], view)) { return true }
        var hedged = false
        // Word lists read once per call from one box made once (each read of a static goes through swift_once).
        let lists = RejectsLists.shared
        let actually = lists.actually; let correctionWords = lists.correctionWords; let disownedObjects = lists.disownedObjects; let doubtVerdicts = lists.doubtVerdicts
        let earlier = lists.earlier; let errorNouns = lists.errorNouns; let everWord = lists.everWord; let fact = lists.fact
        let ownDeterminers = lists.ownDeterminers; let propagandaNouns = lists.propagandaNouns; let recallVerbs = lists.recallVerbs; let reportSubjects = lists.reportSubjects
        let sayForms = lists.sayForms; let spoofWords = lists.spoofWords; let version = lists.version; let degreeAdverbs = lists.degreeAdverbs
        let positionKeys = lists.positionKeys
        for (p, k) in w.enumerated() {
            let h = t[k].hash
            // Every rule below holds only on a word of `positionKeys` or a negation: most words are neither.
            guard t[k].negation || positionKeys.contains(h) else { continue }
            let lower = !t[k].capitalized || p == 0
            // A correction: "An earlier version of this story said ...", "noting the misattribution".
            if h == earlier && p + 1 < w.count && t[w[p + 1]].hash == version { return true }
            if lower && correctionWords.contains(h) { return true }
            // "its mistake", "their error": an owned error.
            if errorNouns.contains(h) && p > 0 && ownDeterminers.contains(t[w[p - 1]].hash) { return true }
            // "was actually from a satirical news site", "was, in fact, by a parody account".
            if h == actually || (h == fact && p > 0 && t[w[p - 1]].hash == W.in) { hedged = true }
            if hedged && spoofWords.contains(h) { return true }
            // "the news of his death was premature", "Reports of X are not accurate", "This story was a hoax".
            // Only the content's own subject: "..., whose headline was misleading" explains, it does not reject.
            if p < 8 && reportSubjects.contains(h) && (!t[k].capitalized || p == 0), let verdict = verdictAfterSubject(p, w, view) { if verdict { return true } }
            // "It's part of their criminal propaganda", "this is all lies".
            if propagandaNouns.contains(h) && lower && p > 0 {
                let before = w[max(0, p - 5)..<p]
                if let cop = before.lastIndex(where: { isCopula($0, view) }),
                   !w[cop..<p].contains(where: { StanceCues.isNegation($0, view) }) { return true }
            }
            // "it's illogical", "we are highly skeptical about it".
            if doubtVerdicts.contains(h) && p > 0 {
                var q = p - 1
                while q > 0 && (degreeAdverbs.contains(t[w[q]].hash) || view.endsWith(w[q], "ly")) { q -= 1 }
                if isCopula(w[q], view) && !(q > 0 && StanceCues.isNegation(w[q - 1], view)) { return true }
            }
            // "the minister never said that", "I did not say that": a statement disowned.
            if (h == W.never || StanceCues.isNegation(k, view)) && h != W.no && p + 1 < w.count {
                var q = p + 1
                if h != W.never && q < w.count && t[w[q]].hash == everWord { q += 1 }
                if q < w.count, sayForms.contains(t[w[q]].hash) {
                    if h == W.never { return true }
                    // "did not say that/this/anything/so", not "did not say whether" (a non-answer).
                    let object = q + 1 < w.count ? t[w[q + 1]].hash : 0
                    if q + 1 >= w.count || disownedObjects.contains(object) { return true }
                }
            }
            // "did not recall the minister saying anything like that", "never said that".
            if StanceCues.isNegation(k, view) && h != W.no {
                let window = w[(p + 1)..<min(w.count, p + 3)]
                if let r = window.first(where: { recallVerbs.contains(t[$0].hash) }), let rp = w.firstIndex(of: r),
                   w[(rp + 1)..<min(w.count, rp + 5)].contains(where: { sayForms.contains(t[$0].hash) }) { return true }
            }
        }
        return false
    }

    /// True when the sentence, before the content, tells of a correction or a dismissal: "CNN
    /// corrected its story, saying ...", "acknowledged its mistake, saying in a correction ...",
    /// "was dismissive of the claim and said ...".
    static func introducesCorrection(_ content: Range<Int>, sentence: Range<Int>, view: TextView) -> Bool {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let correctionWords = Self.correctionWords; let straightWord = Self.straightWord; let recordWord = Self.recordWord; let dismissiveWords = Self.dismissiveWords
        let surpriseNouns = SurpriseAtReport.surpriseNouns; let denialVerbs = Lexicon.denialVerbs; let rejectVerbs = Lexicon.rejectVerbs
        let lead = sentence.lowerBound..<max(sentence.lowerBound, min(content.lowerBound, sentence.upperBound))
        let t = view.tokens
        // "set the record straight on Monday, saying ...".
        return lead.contains { view.lowerIn($0, correctionWords) || (t[$0].hash == straightWord && $0 > lead.lowerBound && t[$0 - 1].hash == recordWord)
            // "was dismissive of the claim", "scornful of reports".
            || (dismissiveWords.contains(t[$0].hash) && $0 + 3 < lead.upperBound && t[$0 + 1].hash == W.of
                && (t[$0 + 2].isWord && reportSubjects.contains(t[$0 + 2].hash) || t[$0 + 3].isWord && reportSubjects.contains(t[$0 + 3].hash)))
            // "expressed surprise over the reports and said ...".
            || (t[$0].isWord && surpriseNouns.contains(t[$0].hash) && SurpriseAtReport.expressed(at: $0, in: lead, view: view))
            // "In a statement disputing that report, the company said ...".
            || (t[$0].isWord && !t[$0].capitalized && denialVerbs.contains(t[$0].hash) && !rejectVerbs.contains(t[$0].hash) && view.endsWith($0, "ing")
                && ($0 + 1..<min(lead.upperBound, $0 + 4)).contains(where: { t[$0].isWord && reportSubjects.contains(t[$0].hash) })) }
    }
    static let dismissiveWords = Lexicon.hashes("dismissive scornful contemptuous disdainful")

    /// Words that count what follows: "every erroneous charge", "any false claims".
    static let countingWords = Lexicon.hashes("every each any some many several few")
    static let relativeWords = Lexicon.hashes("that which who whom whose where when")
    static let madeWord = wordHash("made"), upWord = wordHash("up"), everWord = wordHash("ever")
    static let recordWord = wordHash("record"), straightWord = wordHash("straight")
    static let harmVerbs = Lexicon.hashes("killed injured wounded hurt harmed")
    static let seemVerbs = Lexicon.hashes("appears appeared seems seemed")
    /// Predicates of authenticity: "This is real", "the footage is genuine".
    static let authenticWords = Lexicon.hashes("real genuine authentic")

    /// "No militants were killed in the strikes": a report that nobody was harmed, which
    /// disputes nothing (the claimant's own account, not an answer to one).
    static func reportsNoHarm(_ v: TextView) -> Bool {
        // (Most contents do not open on "no": answered before any list is made.)
        guard let opening = v.tokens.firstIndex(where: { $0.isWord }), v.tokens[opening].hash == W.no else { return false }
        var w: [Int] = []
        for k in v.tokens.indices where v.tokens[k].isWord { w.append(k); if w.count >= 8 { break } }
        guard let first = w.first, v.tokens[first].hash == W.no else { return false }
        for p in 1..<max(1, w.count - 1) where Lexicon.beForms.contains(v.tokens[w[p]].hash) {
            return harmVerbs.contains(v.tokens[w[p + 1]].hash)
        }
        return false
    }

    /// "it appeared that ...", "it seems that ...": an impersonal hedge whose clause is the
    /// speaker's own assertion, so a negation inside it stays in scope.
    static func isImpersonalThat(_ position: Int, _ w: [Int], _ view: TextView) -> Bool {
        guard position >= 2 else { return false }
        return view.tokens[w[position - 2]].hash == W.it && seemVerbs.contains(view.tokens[w[position - 1]].hash)
    }

    /// "X was actually flying ...", "it is in fact a parody": "actually" or "in fact" right
    /// after a copula or auxiliary of the main clause, with no first person ("I actually think"
    /// is an opinion) before it.
    static func statesCounterFact(_ v: TextView, _ words: [Int]) -> Bool {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let otherWord = Self.otherWord; let actually = Self.actually; let fact = Self.fact
        let t = v.tokens
        // "they called me rather than the other way around": the roles of the report reversed.
        for (p, k) in words.enumerated() where t[k].hash == otherWord && p > 0 && p + 2 < words.count && t[words[p - 1]].hash == W.the && t[words[p + 1]].hash == DismissalMarkers.wayWord {
            if aroundWords.contains(t[words[p + 2]].hash) { return true }
        }
        for (p, k) in words.prefix(10).enumerated() where p > 0 {
            let h = t[k].hash
            let marker = h == actually || (h == W.in && p + 1 < words.count && t[words[p + 1]].hash == fact)
            guard marker else { continue }
            let before = t[words[p - 1]].hash
            guard Lexicon.beForms.contains(before) || before == W.possessive || v.endsWith(words[p - 1], "'s") || v.endsWith(words[p - 1], "’s") else { return false }
            return !words.prefix(p).contains { Lexicon.firstPersonPronouns.contains(t[$0].hash) }
        }
        return false
    }

    static let otherWord = wordHash("other"), aroundWords = Lexicon.hashes("around round")
    static let indefinitePronouns = Lexicon.hashes("something someone somebody")
    static let elseWord = wordHash("else")

    /// "something else was behind the event", "someone else fired the shot": an alternative
    /// to what was claimed.
    static func namesSomethingElse(_ v: TextView, _ words: [Int]) -> Bool {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let indefinitePronouns = Self.indefinitePronouns
        let t = v.tokens
        for (p, k) in words.enumerated() where p + 1 < words.count && indefinitePronouns.contains(t[k].hash) {
            if t[words[p + 1]].hash == elseWord { return true }
        }
        return false
    }

    /// After a report noun: does a copula follow within the subject's reach, with a verdict of
    /// falsity ("was premature", "are not accurate", "was a hoax")? Nil when no copula follows.
    static func verdictAfterSubject(_ p: Int, _ w: [Int], _ view: TextView) -> Bool? {
        let t = view.tokens
        // "The allegation that the minister talked to her ... is completely untrue": after a
        // "that" clause, the copula that ends it may come late; a verdict right after one decides.
        if p + 1 < w.count, t[w[p + 1]].hash == W.that {
            for c in (p + 2)..<w.count where Lexicon.beForms.contains(t[w[c]].hash) && t[w[c]].hash != being {
                var q = c + 1
                while q < w.count && Lexicon.degreeAdverbs.contains(t[w[q]].hash) { q += 1 }
                if q < w.count && reportVerdicts.contains(t[w[q]].hash) { return true }
            }
        }
        // "his death": the subject may run on through "of" and a possessive.
        // ("the email being leaked": "being" heads a gerund, no copula of the subject.)
        guard let cop = ((p + 1)..<min(w.count, p + 24)).first(where: { Lexicon.beForms.contains(t[w[$0]].hash) && t[w[$0]].hash != being }) else { return nil }
        // Only the subject's own words between the noun and the copula: no second verb.
        if w[(p + 1)..<cop].contains(where: { Lexicon.reportingVerbs.contains(t[$0].hash) || relativeWords.contains(t[$0].hash) }) { return nil }
        var q = cop + 1
        var negated = false
        // "has been shown to be 100% untrue": a finding, and a figure of certainty, before the verdict.
        while q < w.count && (Lexicon.degreeAdverbs.contains(t[w[q]].hash) || t[w[q]].hash == actually || StanceCues.isNegation(w[q], view) || t[w[q]].hash == W.a || t[w[q]].hash == W.an
                              || findingWords.contains(t[w[q]].hash) || t[w[q]].kind == .number) {
            if StanceCues.isNegation(w[q], view) { negated = true }
            q += 1
        }
        guard q < w.count else { return nil }
        let h = t[w[q]].hash
        if negated { return Lexicon.truthWords.contains(h) && h != W.the }
        // "were nothing more than speculation", "was pure gossip".
        if mereVerdicts.contains(h) { return true }
        var r = q
        while r < w.count && r - q < 4 && mereWords.contains(t[w[r]].hash) { r += 1 }
        if r > q && r < w.count && mereVerdicts.contains(t[w[r]].hash) { return true }
        // "was totally made up".
        if h == madeWord && q + 1 < w.count && t[w[q + 1]].hash == upWord { return true }
        return reportVerdicts.contains(h)
    }
}
