/// A report called false by the words that name it: "reporting such false news", "continuing
/// to create false stories", "This is a scurrilous, irresponsible and mischievous report",
/// "Wrong and vague information is being given by the media", "Grave fabrication such as this
/// will not be ignored".
///
/// Why: a spokesman answering a story often never says "deny" or "untrue" as a predicate; he
/// names the story with a falsity adjective or a noun of falsehood, and that name is the
/// denial. The adjective counts only where the noun phrase points at a report in view (a
/// demonstrative, "such", a predicate, a verb of making or spreading it, or the content's own
/// subject), so "fined for a false report" or "report fake news stories" (a feature against
/// fake news in general) stay claims.
enum FalseReportMarkers {
    /// Adjectives that call a report false.
    static let falseAdjectives = Lexicon.hashes("""
    false fake wrong baseless bogus misleading fabricated untrue unfounded groundless scurrilous
    spurious inaccurate incorrect erroneous fictitious concocted doctored defamatory slanderous
    libellous libelous malicious mischievous unsubstantiated shoddy sloppy
    ludicrous preposterous laughable absurd ridiculous outlandish nonsensical
    """)
    /// Words that may stand between the falsity adjective and the report noun: more
    /// adjectives of the same kind, "and", "news" of "false news stories".
    static let betweenWords = WordSet.union([falseAdjectives, Lexicon.hashes("""
    and or vague irresponsible reckless impish ridiculous wild sensational sensationalist outrageous
    news media entirely completely totally utterly patently
    """)])
    /// Nouns of a report.
    static let reportNouns = Lexicon.hashes("""
    news information info story stories report reports reporting publication publications claim claims
    allegation allegations accusation accusations rumour rumours rumor rumors statement statements
    article articles narrative narratives assertion assertions suggestion suggestions headline headlines
    propaganda journalism interpretation interpretations
    """)
    /// Pointers at a report in view: "such false news", "this baseless story".
    static let pointers = Lexicon.hashes("such this these that those the")
    /// Verbs that make or spread a report: "create false stories", "publishing such".
    static let producerVerbs = Lexicon.hashes("""
    create creates created creating spread spreads spreading peddle peddles peddled peddling publish
    publishes published publishing fabricate fabricates fabricating make makes made making given give
    giving gives carry carries carried carrying circulate circulates circulated circulating churn
    churning push pushing
    """)
    /// Nouns of falsehood that, as the content's subject, name what was said: "Grave
    /// fabrication such as this", "reprocessed lies were being made".
    static let falsehoodNouns = Lexicon.hashes("fabrication fabrications lies falsehoods untruths misinformation disinformation")
    static let sortWords = Lexicon.hashes("sort sorts kind kinds")
    /// "faced with", "facing": what one bears.
    static let faceForms = Lexicon.hashes("face faces faced facing")
    /// "the victim of", "the target of": what one bears.
    static let victimNouns = Lexicon.hashes("victim victims target targets")

    /// True when the content's words `w` name a report with a falsity adjective or make a
    /// falsehood their subject.
    static func rejects(_ w: [Int], _ view: TextView) -> Bool {
        // Every rule below holds only on a word of `ruleWords` (see there): a content with none,
        // most of those asked, is passed with one look-up a word.
        let ruleWords = Self.ruleWords, tb = view.tokenBuffer
        guard w.contains(where: { ruleWords.contains(tb[$0].hash) }) else { return false }
        // (Word lists read once per call, not once per word: each read of a static goes through swift_once.)
        let falseAdjectives = Self.falseAdjectives; let reportNouns = Self.reportNouns; let betweenWords = Self.betweenWords
        let t = view.tokens
        for (p, k) in w.enumerated() where falseAdjectives.contains(t[k].hash) && (p == 0 || !t[k].capitalized) {
            // The noun phrase: the adjective, then at most three words of `betweenWords`, then a report noun.
            var q = p + 1
            while q < w.count && q - p <= 4 && !reportNouns.contains(t[w[q]].hash) && betweenWords.contains(t[w[q]].hash) { q += 1 }
            guard q < w.count, reportNouns.contains(t[w[q]].hash), headsPhrase(w[q], view) else { continue }
            if pointsAtReport(p, w, view) { return true }
        }
        return falsehoodSubject(w, view) || tellsOfMadeUpStory(w, view) || soCalled(w, view) || forgedExhibit(w, view)
    }

    /// The words one of `rejects`' rules needs in the content: a falsity adjective (the noun
    /// phrase rule), a falsehood noun (`falsehoodSubject`), a verb of making or inventing
    /// (`tellsOfMadeUpStory`), "so" or "so-called" (`soCalled`), an exhibit noun (`forgedExhibit`).
    static let ruleWords = WordSet.union([falseAdjectives, falsehoodNouns, makeVerbs, makeForms, inventVerbs, exhibitNouns], extra: [soWord, soCalledWord])

    /// Things shown as evidence for a story: a photograph, a video, a document.
    static let exhibitNouns = Lexicon.hashes("""
    photo photos photograph photographs picture pictures image images video videos footage clip clips
    document documents letter letters recording recordings audio tape tapes screenshot screenshots
    """)
    /// What such evidence is when it is not what it claims to be.
    static let forgedWords = Lexicon.hashes("""
    doctored faked fake fakes forged forgery forgeries manipulated photoshopped fabricated altered
    edited fabrication fabrications
    """)

    /// True when the content's subject is an exhibit called forged or not genuine: "the
    /// photographs had been doctored", "The video is a fake", "the letter was not authentic". The exhibit must open the
    /// content (with at most three words before it) so that "he forged a letter" stays a claim.
    static func forgedExhibit(_ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        guard let e = w.prefix(4).firstIndex(where: { exhibitNouns.contains(t[$0].hash) }) else { return false }
        var q = e + 1
        // "The video circulating online is a fake": a participle phrase after the noun.
        while q < w.count && q - e <= 4 && !Lexicon.beForms.contains(t[w[q]].hash) && !Lexicon.auxiliaries.contains(t[w[q]].hash) { q += 1 }
        guard q < w.count, Lexicon.beForms.contains(t[w[q]].hash) || Lexicon.auxiliaries.contains(t[w[q]].hash) else { return false }
        // The predicate, after up to three words of auxiliaries, "been", "not", an article or a
        // degree adverb: forged, or not genuine ("the document was not genuine").
        for r in (q + 1)..<min(w.count, q + 5) {
            let h = t[w[r]].hash
            let negated = w[q..<r].contains(where: { StanceCues.isNegation($0, view) })
            if forgedWords.contains(h) { return !negated }
            if StanceMarkers.authenticWords.contains(h) { return negated }
            guard Lexicon.beForms.contains(h) || Lexicon.auxiliaries.contains(h) || h == W.a || Lexicon.degreeAdverbs.contains(h) || h == StanceClassifier.been
                    || StanceCues.isNegation(w[r], view) else { return false }
        }
        return false
    }

    static let soWord = wordHash("so"), calledWord = wordHash("called"), soCalledWord = wordHash("so-called")
    /// What "so-called" puts in doubt: a report, or the evidence for it.
    static let doubtedNouns = WordSet.union([reportNouns, Lexicon.hashes("evidence proof facts revelations")])

    /// True when the content calls a report or its evidence "so-called": "This so-called
    /// evidence is based on accusations of ...". Scare quotes in words.
    static func soCalled(_ w: [Int], _ view: TextView) -> Bool {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let soCalledWord = Self.soCalledWord; let soWord = Self.soWord; let calledWord = Self.calledWord
        let t = view.tokens
        for (p, k) in w.enumerated() {
            // "so-called" is one token or three ("so", "-", "called").
            let after: Int
            if t[k].hash == soCalledWord { after = p + 1 }
            else if t[k].hash == soWord && p + 1 < w.count && t[w[p + 1]].hash == calledWord && w[p + 1] == k + 2 { after = p + 2 }
            else { continue }
            if w[after..<min(w.count, after + 2)].contains(where: { doubtedNouns.contains(t[$0].hash) }) { return true }
        }
        return false
    }

    /// Verbs of making a story one's own: "you make your own stories".
    static let makeVerbs = Lexicon.hashes("make makes made making write writes wrote writing invent invents invented inventing")
    /// The forms of "make" in "making things up".
    static let makeForms = Lexicon.hashes("make makes made making")
    /// What is made up when an account is: "making up stuff", "made the whole thing up".
    static let madeUpObjects = Lexicon.hashes("stuff things stories story lies quotes facts nonsense it this that")
    /// Verbs of making a story up from nothing: "just create a story out of it".
    static let inventVerbs = Lexicon.hashes("create creates created creating invent invents invented inventing concoct concocts concocted fabricate fabricates fabricated manufacture manufactured manufacturing")
    static let storyNouns = Lexicon.hashes("story stories tale tales news")
    static let ownWord = wordHash("own"), yourWord = wordHash("your")

    /// True when the content says someone makes a story up, in either of two shapes: their own
    /// stories ("you make your own stories and then I have to answer them", "they write their
    /// own news"), or a story created out of nothing ("just create a story out of it", "invent
    /// stories").
    static func tellsOfMadeUpStory(_ w: [Int], _ view: TextView) -> Bool {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let makeVerbs = Self.makeVerbs; let inventVerbs = Self.inventVerbs; let makeForms = Self.makeForms; let madeUpObjects = Self.madeUpObjects
        let storyNouns = Self.storyNouns; let reportNouns = Self.reportNouns; let ownDeterminers = StanceMarkers.ownDeterminers
        let upWord = StanceMarkers.upWord, ownWord = Self.ownWord, yourWord = Self.yourWord
        let t = view.tokens
        for (p, k) in w.enumerated() {
            let h = t[k].hash
            if makeVerbs.contains(h) && p + 3 < w.count {
                let q = t[w[p + 1]].hash == upWord ? p + 2 : p + 1
                if q + 2 < w.count, ownDeterminers.contains(t[w[q]].hash) || t[w[q]].hash == yourWord, t[w[q + 1]].hash == ownWord,
                   reportNouns.contains(t[w[q + 2]].hash) { return true }
            }
            // "they are just making up stuff", "making things up": a made-up account. ("make it
            // up to you" makes amends; "make up 40 percent" is a share.)
            if makeForms.contains(h) && p + 2 < w.count {
                let a = t[w[p + 1]].hash, b = t[w[p + 2]].hash
                if a == upWord && madeUpObjects.contains(b) || madeUpObjects.contains(a) && b == upWord && (p + 3 >= w.count || t[w[p + 3]].hash != W.to) { return true }
            }
            // (An article or a pointer may stand before the story.)
            if inventVerbs.contains(h) && p + 1 < w.count, let q = ((p + 1)..<min(w.count, p + 3)).first(where: { storyNouns.contains(t[w[$0]].hash) }),
               w[(p + 1)..<q].allSatisfy({ t[$0].hash == W.a || t[$0].hash == W.the || t[$0].hash == W.these || t[$0].hash == W.such }) { return true }
        }
        return false
    }

    /// Words that may follow the head of the report's noun phrase: a verb's helpers, a
    /// preposition, a relative or a conjunction.
    static let afterHead = WordSet.union([Lexicon.beForms, Lexicon.auxiliaries, Lexicon.prepositions, StanceCues.modalWords, Lexicon.hashes("that which who and or but by as")])

    /// True when the report noun at token `k` heads its noun phrase: "the false news annotation"
    /// is an annotation, "such false news is" is news. A following lower-case word other than a
    /// helper verb, a preposition, a relative, a conjunction or a past participle ("false reports
    /// published by") continues a compound.
    static func headsPhrase(_ k: Int, _ view: TextView) -> Bool {
        let t = view.tokens
        guard k + 1 < t.count, t[k + 1].isWord, !t[k + 1].capitalized else { return true }
        return afterHead.contains(t[k + 1].hash) || view.endsWith(k + 1, "ed")
    }

    /// True when the noun phrase that opens at `p` points at a report in view: it opens the
    /// content, follows a pointer ("such", "these sorts of"), a copula ("is false news", "This
    /// is a scurrilous report") or a verb that makes or spreads it; never under a negation
    /// ("are not false reports").
    static func pointsAtReport(_ p: Int, _ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        if p == 0 { return true }
        var b = p - 1
        // "a", "an", "such a", and degree adverbs are skipped: "is an entirely false report".
        while b > 0 && (t[w[b]].hash == W.a || t[w[b]].hash == W.an || Lexicon.degreeAdverbs.contains(t[w[b]].hash)) { b -= 1 }
        if w[max(0, b - 2)...b].contains(where: { StanceCues.isNegation($0, view) }) { return false }
        let h = t[w[b]].hash
        if pointers.contains(h) && (h != W.the || b == 0 || !Lexicon.prepositions.contains(t[w[b - 1]].hash)) { return true }
        if h == W.of && b > 0 && sortWords.contains(t[w[b - 1]].hash) { return true }
        // "when faced with a false accusation", "facing false claims", "the victim of false
        // allegations": an accusation the speaker's side bears, called false.
        if faceForms.contains(h) || h == W.with && b > 0 && faceForms.contains(t[w[b - 1]].hash) || h == W.of && b > 0 && victimNouns.contains(t[w[b - 1]].hash) { return true }
        if StanceMarkers.isCopula(w[b], view) { return true }
        return producerVerbs.contains(h)
    }

    /// True when the content opens with a falsehood for its subject, after at most one
    /// adjective or pointer: "Grave fabrication such as this will not be ignored", "Such
    /// misinformation constitutes ...", "reprocessed lies were being made".
    static func falsehoodSubject(_ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        guard w.count > 2 else { return false }
        for p in 0..<min(2, w.count - 1) where falsehoodNouns.contains(t[w[p]].hash) {
            let next = t[w[p + 1]].hash
            let pointed = p > 0 && (t[w[p - 1]].hash == W.such || t[w[p - 1]].hash == W.this || t[w[p - 1]].hash == W.these)
            // The noun is the subject when a verb follows it: a be-form, an auxiliary, a modal, or
            // "such as this".
            if pointed || next == W.such || Lexicon.beForms.contains(next) || Lexicon.auxiliaries.contains(next) || StanceCues.modalWords.contains(next) { return true }
        }
        return false
    }
}
