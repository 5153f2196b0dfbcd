/// Small word sets the attribution rules added for unseen news consult.
enum CueWords {
    /// Concessive conjunctions that open a second speaker's clause ("..., though an official denied it").
    static let concessive = Lexicon.hashes("though although")
    /// Words that open the content of a question verb ("questioned what", "asked whether").
    static let whWords = Lexicon.hashes("what whether why how who if when where")
    /// Prepositions that open a fronted adverbial ("In September, ..."), never a name.
    static let frontedPrepositions = Lexicon.hashes("""
    in on at for from with into over under during through without about after before since despite
    following amid until by as while when if although though because since
    """)
    static let police = wordHash("police"), per = wordHash("per"), courtesy = wordHash("courtesy")
    /// Words that open a subordinate clause with its own subject ("after he promised").
    static let clauseOpeners = hashes("after because when since while before once although though")
    static func hashes(_ words: String) -> WordSet { Lexicon.hashes(words) }
    /// Verbs of an inner statement reported by an outer one, a speaker inside another's clause:
    /// "The sheriff says the driver told police", "Police said the passengers have denied all
    /// charges".
    static let nestedVerbs = hashes("said says told tells denied denies")
    /// Verbs by which an outlet carries what others said ("..., the agency reports").
    static let reportVerbs = hashes("reports reported report reporting")
    static let after = wordHash("after")
    /// Lower-case links inside an organisation's name ("Society for the Prevention of Cruelty
    /// to Animals", "Observatory for Human Rights", "Committee on Foreign Relations").
    static let nameLinks = hashes("for to on")
    /// Papers whose name ends in "on Sunday": "The Mail on Sunday", "The Independent on Sunday".
    static let sundayTitles = hashes("mail independent")
    /// Words that quantify a noun, never a name by themselves ("Another said").
    static let quantifiers = hashes("another each every both either such several just only even simply")

    static let comeForms = hashes("come comes came coming"), forward = wordHash("forward")
    static let takeForms = hashes("take takes took taking")

    /// The first word of an action that carries a reporting verb's infinitive, when the "to" at
    /// `to` follows one: "has come forward to claim", "took to Twitter to debunk", "took to
    /// social media to deny". The subject comes before that word.
    static func infinitiveCarrier(to: Int, lo: Int, view: TextView) -> (start: Int, declines: Bool)? {
        let t = view.tokens
        guard to - 2 >= lo, t[to - 1].isWord else { return nil }
        if t[to - 1].hash == forward && t[to - 2].isWord && comeForms.contains(t[to - 2].hash) { return (to - 2, false) }
        // "was quick to deny", "moved to dismiss"; "has yet to respond" declines for now.
        let h = t[to - 1].hash
        if eagerWords.contains(h) || (h == yet && to + 1 < t.count && responseVerbs.contains(t[to + 1].hash)) {
            var start = to - 1
            if t[start - 1].isWord && (Lexicon.beForms.contains(t[start - 1].hash) || haveForms.contains(t[start - 1].hash)) { start -= 1 }
            return (start, h == yet)
        }
        // "held a press conference on Thursday to deny": the speaker met the press to speak.
        if let held = pressEventStart(before: to, lo: lo, view: view) { return (held, false) }
        // "took to <Platform> to": one to five words of the platform and what follows it ("took
        // to Twitter himself on Sunday to").
        var p = to - 1
        while p > lo && to - p <= 6 && t[p].isWord && t[p].hash != W.to { p -= 1 }
        guard p > lo, p < to - 1, t[p].isWord, t[p].hash == W.to, t[p - 1].isWord, takeForms.contains(t[p - 1].hash) else { return nil }
        return (p - 1, false)
    }
    /// Where an adjunct of an interview opens when it ends just before `start`: "in an
    /// (exclusive) interview with", "in a statement to", "speaking to". Nil otherwise.
    static func interviewAdjunctStart(before start: Int, lo: Int, view: TextView) -> Int? {
        let t = view.tokens
        guard start - 2 > lo, t[start - 1].isWord, !t[start - 1].capitalized, t[start - 1].hash == W.with || t[start - 1].hash == W.to, t[start - 2].isWord else { return nil }
        if t[start - 1].hash == W.to && speakingForms.contains(t[start - 2].hash) { return start - 2 }
        guard interviewNouns.contains(t[start - 2].hash) else { return nil }
        var k = start - 3
        if k > lo && t[k].isWord && !t[k].capitalized && t[k].hash != W.a && t[k].hash != W.an { k -= 1 }
        guard k - 1 > lo, t[k].isWord, t[k].hash == W.a || t[k].hash == W.an, t[k - 1].isWord, t[k - 1].hash == W.in else { return nil }
        return k - 1
    }
    static let interviewNouns = hashes("interview interviews conversation statement chat"), speakingForms = hashes("speaking talking")

    /// The verb of "held a press conference (on Thursday)" ending just before `to`, if any.
    static func pressEventStart(before to: Int, lo: Int, view: TextView) -> Int? {
        let t = view.tokens
        var k = to - 1
        // A time between the event and "to": "on Thursday", "yesterday", "on Dec. 6".
        while k > lo && to - k <= 4 && (t[k].isWord ? (Lexicon.timeWords.contains(t[k].hash) || monthWords.contains(t[k].hash) || t[k].hash == W.on) && !(t[k].hash == W.on && k == to - 1)
                                                    : (t[k].kind == .number || (t[k].kind == .punct && t[k].first == 46))) { k -= 1 }
        guard k - 2 > lo, t[k].isWord, pressEvents.contains(t[k].hash) else { return nil }
        k -= 1
        if t[k].isWord && (t[k].hash == press || t[k].hash == news) { k -= 1 }
        guard k - 1 >= lo, t[k].isWord, t[k].hash == W.a, t[k - 1].isWord, holdVerbs.contains(t[k - 1].hash) else { return nil }
        return k - 1
    }
    static let pressEvents = hashes("conference briefing"), press = wordHash("press"), news = wordHash("news")
    static let holdVerbs = hashes("held holds hold holding called convened addressed")

    /// "quick to deny", "moved to dismiss", "rushed to deny", "forced to deny".
    static let eagerWords = hashes("quick quicker swift rushed moved hastened forced keen eager")
    static let yet = wordHash("yet"), haveForms = hashes("has have had")
    /// What one "has yet to" do when not answering: "has yet to respond", "is yet to comment".
    static let responseVerbs = hashes("respond comment confirm reply say deny address speak react acknowledge verify")

    /// The capitalised name that ends at `end`, with its lower-case links ("Observatory for
    /// Human Rights"): the organisation before ", which said".
    static func nameEnding(at end: Int, lo: Int, view: TextView) -> Range<Int>? {
        let t = view.tokens
        guard end >= lo, t[end].isWord, t[end].capitalized else { return nil }
        var s = end
        while s - 1 >= lo, (t[s - 1].isWord && (t[s - 1].capitalized || nameLinks.contains(t[s - 1].hash) || t[s - 1].hash == W.of))
                || (t[s - 1].kind == .punct && t[s - 1].first == 45 && t[s - 1].attached) { s -= 1 }
        while s < end && !(t[s].isWord && t[s].capitalized) { s += 1 }
        return s..<(end + 1)
    }

    /// What a source's words come as when they are cited: "citing the ministry's statement",
    /// "citing survivors' testimonies".
    static let citedWorks = hashes("statement statements report reports testimony testimonies account accounts data figures findings estimate estimates comments remarks words letter letters post posts tweet tweets")

    /// `wordHash("report")` as a literal: read for every clause head, where a computed static
    /// would go through its lazy initialisation check each time (WordHashTests checks the value).
    static let reportNoun: UInt64 = 0xadae49645df2840b /* report */

    /// "a spokesman contacted by Reuters said": the outlet that asked carries the answer.
    static let askedByVerbs = hashes("contacted reached approached interviewed asked")

    /// "which cited", "who quoted": a relative clause that names a source.
    static let citedForms = hashes("cited quoted")

    /// A one-word aside between commas after the subject: "The club, though, denied".
    /// ("however" and "meanwhile" are auxiliaries, which the same test already skips.)
    static let parentheticalAdverbs = hashes("though nonetheless nevertheless instead")

    /// Verbs that cast doubt on what they take: "questioned claims that ...".
    /// ("countered those claims by insisting ...", "challenged the report": a rebuttal too.)
    static let doubtVerbs = hashes("questioned questions questioning countered counters challenged challenges")

    /// `"...," the statement read`, `The letter reads: "..."`: a written piece's words.
    static let readForms = hashes("read reads")

    /// Nouns of something said or filed: "a statement denying", "a complaint alleging".
    static let statementLikeNouns = hashes("""
    statement statements complaint complaints report reports post posts letter letters lawsuit suit petition
    note tweet tweets message messages video correction release article story blog email affidavit filing
    headline caption notice memo column piece
    """)

    /// When the participle at `v` follows a statement-like noun within a few words, with no
    /// comma or clause word between ("posted a false report stating", "lodged a complaint in
    /// court alleging"), the participle carries the statement of the subject of the verb before.
    /// Returns the last token of the subject before the verb that took the noun as its object.
    static func subjectEndBeforeStatementNoun(_ v: Int, lo: Int, view: TextView) -> Int? {
        let t = view.tokens
        var k = v - 1
        while k >= lo && v - k <= 5 {
            guard t[k].isWord else { return nil }
            if statementLikeNouns.contains(t[k].hash) && !t[k].capitalized {
                // The noun's determiner, with at most one modifier between: "a false report".
                var d = k - 1
                if d > lo && t[d].isWord && !Lexicon.determiners.contains(t[d].hash) && t[d].hash != W.a && t[d].hash != W.an { d -= 1 }
                guard d > lo, t[d].isWord, t[d].hash == W.a || t[d].hash == W.an || Lexicon.determiners.contains(t[d].hash) else { return nil }
                // The verb before it ("posted", "lodged"), then adverbs and auxiliaries ("even", "has").
                let verb = d - 1
                guard verb > lo, t[verb].isWord, !t[verb].capitalized, !Lexicon.prepositions.contains(t[verb].hash),
                      !Lexicon.determiners.contains(t[verb].hash), !Lexicon.clauseWords.contains(t[verb].hash) else { return nil }
                var e = verb - 1
                while e >= lo && t[e].isWord && !t[e].capitalized && (Lexicon.auxiliaries.contains(t[e].hash) || view.endsWith(e, "ly") || t[e].hash == even) { e -= 1 }
                // A comma closes an appositive subject: "one of his fans, Jane Roe, lodged ...".
                return e >= lo && (t[e].isWord || view.isComma(e)) ? e : nil
            }
            if Lexicon.clauseWords.contains(t[k].hash) && !Lexicon.prepositions.contains(t[k].hash) { return nil }
            k -= 1
        }
        return nil
    }
    static let even = wordHash("even")

    /// Participles that report speech even without "that": ", insisting he is only resting".
    /// ("claiming", "maintaining" are left out: "claiming the title", "maintaining its lead".)
    static let strongParticiples = hashes("insisting alleging denying asserting stating arguing")
    /// The participles `strongParticiples` leaves out, which report speech when a clause with a
    /// finite verb follows: ", claiming the engine had exploded" (not "claiming the title").
    static let clauseParticiples = hashes("claiming maintaining telling")
    /// Words that make a clause finite: the forms of "be", "have", "do" and the modals.
    static let finiteMarkers = hashes("is are was were has have had will would could can may might should did does")

    /// "identified the gunman as ...": a naming with its content after "as".
    static let identifyVerbs = hashes("identified identifies")
    /// "recounted the minister's words", "recounted the attack to Radio Norte".
    static let recountVerbs = hashes("recounted recounts recounting")
    static let respondForms = hashes("responded responds")

    /// "responded to the allegations by pointing out ...": an answer to a report is a statement
    /// even without a negation.
    static func respondsToReport(_ v: Int, hi: Int, view: TextView) -> Bool {
        let t = view.tokens
        guard respondForms.contains(t[v].hash), v + 2 < hi, t[v + 1].isWord, t[v + 1].hash == W.to else { return false }
        return ((v + 2)..<min(hi, v + 5)).contains { t[$0].isWord && Lexicon.propositionNouns.contains(t[$0].hash) }
    }
    static let timeDeterminers = hashes("this last next")
    /// A name's abbreviated suffix, written with a dot: "Boeing Co.", "Acme Corp.", "Roe Jr.".
    static let nameSuffixes = hashes("co corp inc ltd bros plc llc jr sr")

    /// Where the subject ends before a time phrase that ends at `end` and is closed by a comma:
    /// the comma that opens ", yesterday,", ", on Monday,", ", on Dec. 6,", ", last week,", or
    /// the word before "on Monday, October 17,". Nil when the words between are anything else,
    /// so an appositive (", 47," or ", a spokesman,") is left alone.
    static func commaBeforeTime(endingAt end: Int, lo: Int, view: TextView) -> Int? {
        let t = view.tokens
        var j = end, sawTime = false, dateComma = false
        while j >= lo && end - j < 7 {
            let k = t[j]
            if k.isWord && (Lexicon.timeWords.contains(k.hash) || monthWords.contains(k.hash)) && k.hash != wordHash("time") { sawTime = true }
            else if k.isWord && !k.capitalized && (k.hash == W.on || timeDeterminers.contains(k.hash) || partOfDay.contains(k.hash)) {}
            else if k.kind == .number || (k.kind == .punct && k.first == 46) {}
            // The comma inside a date: "Monday, October 17".
            else if view.isComma(j) && j > lo && j < end && t[j - 1].isWord && Lexicon.timeWords.contains(t[j - 1].hash) && monthWords.contains(t[j + 1].hash) { dateComma = true }
            else { break }
            j -= 1
        }
        guard sawTime, j > lo, j < end else { return nil }
        if view.isComma(j) { return j }
        // Without an opening comma only a full date is set off ("on Monday, October 17,"), not
        // the time of a clause ("entering the wrong bay on Tuesday, said").
        return dateComma && t[j].isWord && t[j + 1].isWord && t[j + 1].hash == W.on ? j : nil
    }

    /// The first token at or after `k` that is not part of a time phrase ("this week", "on
    /// Sunday", "yesterday").
    static func skippingTime(from k: Int, hi: Int, view: TextView) -> Int {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        skippingTime(from: k, hi: hi, view: view, timeDeterminers: Self.timeDeterminers, timeWords: Lexicon.timeWords)
    }

    /// `skippingTime` with its two word lists handed in (`AttributionFinder` holds them, read
    /// once per article, where each read of the statics goes through swift_once).
    @inline(__always) static func skippingTime(from k: Int, hi: Int, view: TextView, timeDeterminers: WordSet, timeWords: WordSet) -> Int {
        let t = view.tokens
        var j = k
        while j < hi && t[j].isWord {
            if timeDeterminers.contains(t[j].hash) && j + 1 < hi && timeWords.contains(t[j + 1].hash) { j += 2; continue }
            if t[j].hash == W.on && j + 1 < hi && timeWords.contains(t[j + 1].hash) { j += 2; continue }
            if timeWords.contains(t[j].hash) && t[j].hash != Self.timeWord { j += 1; continue }
            break
        }
        return j
    }

    /// `wordHash("time")` as a literal (WordHashTests checks it).
    static let timeWord: UInt64 = 0x1e5485ef2e9f9384 /* time */

    /// Pronouns that are a verb's whole object: "told us", "informed them".
    static let objectPronouns = hashes("us me him them you")
    /// The phrase without the time words that end it: "reporters Sunday" is "reporters".
    static func trimmingTrailingTime(_ r: Range<Int>, view: TextView) -> Range<Int> {
        var end = r.upperBound
        // ("told Woman's Day": a time word after a possessive ends a title, not the listener.)
        while end - 1 > r.lowerBound, view.tokens[end - 1].isWord, Lexicon.timeWords.contains(view.tokens[end - 1].hash),
              !(view.tokens[end - 1].capitalized && view.tokens[end - 2].hash == W.possessive) { end -= 1 }
        return r.lowerBound..<end
    }

    /// "i" for "I've", "I'm", "I'd", "I'll"; "we" for "we're", "we've": first-person contractions.
    static func firstPersonContraction(_ k: Int, view: TextView) -> String? {
        let tok = view.tokens[k]
        let bytes = view.bytes
        let n = tok.end - tok.start
        guard n >= 3 else { return nil }
        let b0 = bytes[tok.start] | 0x20
        if b0 == 0x69 && (bytes[tok.start + 1] == 39 || bytes[tok.start + 1] == 0xE2) { return "i" }
        if b0 == 0x77 && n >= 4 && (bytes[tok.start + 1] | 0x20) == 0x65 && (bytes[tok.start + 2] == 39 || bytes[tok.start + 2] == 0xE2) { return "we" }
        return nil
    }
    /// Verbs that give a report a label ("called the report fake", "branded the claims nonsense").
    /// Legal actions whose allegations a label may call false: "called the lawsuit frivolous".
    static let suitNouns = hashes("lawsuit lawsuits suit suits complaint complaints")
    /// Published works a label may dismiss: "calling the book a joke".
    static let bookNouns = hashes("book books documentary programme program film memoir")
    /// Labels that mock what they name: "a joke", "a farce", "a witch hunt".
    /// ("described the reports as a strategy to sow division", "a ploy": a motive given for the
    /// report, not its truth.)
    static let mockingLabels = hashes("joke farce witch-hunt con sham charade travesty ploy ploys tactic tactics ruse plot scheme agenda strategy smear")
    /// Verbs that give what they name a label; their participles ("calling the reports lies")
    /// label too, after the clause of a subject that said nothing else.
    static let labelVerbs = hashes("called calls branded brands dubbed dubs labelled labeled labels described describes slammed slams blasted blasts termed terms calling branding describing dubbing labelling labeling terming")
    /// What an outlet's report is called when it claims something: "the Telegraph's allegation".
    static let claimNouns = hashes("claim claims allegation allegations")
    /// Participles that open what a report says: "a report saying", "a story claiming".
    static let reportParticiples = hashes("saying claiming suggesting alleging stating")
    /// "late Thursday", "early on Monday": the part of a day before its name.
    static let partOfDay = hashes("late early")
    static let once = wordHash("once"), clear = wordHash("clear")
    /// Adverbs that may stand between a subject and its verb without being a "-ly" word.
    static let bareAdverbs = hashes("again also swiftly quickly later earlier immediately since already")
    /// Nouns and verbs that end in "ly" and are no adverb.
    static let lyNonAdverbs = hashes("family assembly anomaly monopoly supply apply reply rely rally ally belly bully jelly fly holly lily july italy ugly only")

    /// True when the lower-case word at `k` is an adverb of manner or time that can stand
    /// between a subject and its verb: "promptly", "similarly", "again".
    static func isMannerAdverb(_ k: Int, view: TextView) -> Bool {
        isMannerAdverb(k, view: view, bareAdverbs: bareAdverbs, lyNonAdverbs: lyNonAdverbs)
    }

    /// `isMannerAdverb` with its two word lists handed in (see `skippingTime`).
    @inline(__always) static func isMannerAdverb(_ k: Int, view: TextView, bareAdverbs: WordSet, lyNonAdverbs: WordSet) -> Bool {
        let tok = view.tokens[k]
        guard tok.isWord, tok.kind == .word, !tok.capitalized else { return false }
        if bareAdverbs.contains(tok.hash) { return true }
        return tok.end - tok.start >= 5 && view.endsWith(k, "ly") && !lyNonAdverbs.contains(tok.hash)
    }

    /// Participles that work as prepositions: "including France", "regarding the report".
    static let prepositionalParticiples = hashes("including regarding concerning following excluding considering notwithstanding")
    /// Verbs that attack what they take: "slammed the report".
    static let slamVerbs = hashes("slammed slams blasted blasts")
    /// Participles that label what was just named: ", calling them rumours".
    /// Denials by a physical image ("shot down", "knocked down"): a denial only of a proposition
    /// ("shot down a drone" says nothing).
    static let downVerbs = hashes("shot shoots shoot shooting knocked knocks knock knocking")
    /// Verbs that hand an infinitive to their object: "asked the court to deny", "urged them to
    /// reject", "forced the club to dismiss".
    static let controlVerbs = hashes("ask asks asked urge urges urged called calls call pressed presses want wants wanted expect expects expected allow allows allowed persuaded invited encouraged forced prompted led caused needs need needed tried try tries plans plan planned hopes hoped")
    /// Verbs of an outlet running a piece: "the website carried an article quoting ...".
    static let ranVerbs = hashes("carried carries ran runs published publishes printed prints posted posts")
    /// Adjectives of insisting, read as a cue after a be-form: "was adamant the report was gossip".
    static let insistenceAdjectives = hashes("adamant insistent emphatic")
    /// Words between a verb and its particle: "threw more cold water on".
    static let particleIntensifiers = hashes("more further fresh some")
    /// Verbs that a participle after "by" tells the manner of: "continued by saying", "responded
    /// by denying", "began by insisting".
    static let byMeansVerbs = hashes("continued continues began begins ended ends opened opens closed closes concluded responded responds reacted reacts replied")
    static let labelParticiples = hashes("calling branding describing dubbing labelling labeling terming")
    static let fake = wordHash("fake")
    /// "The Globe, quoting an engineer, reported": the participle of a cited source.
    static let quoting = wordHash("quoting")
    /// Adverbs between an outlet and its citing verb: "The paper also quoted".
    static let carrierAdverbs = Lexicon.hashes("also later then further again separately")
    /// "According to X, which spoke to Y": Y speaks to the outlet.
    static let spokeVerbs = hashes("spoke talked")
    /// "The allegations were first made/aired/published by X": who put a claim forward.
    static let airedVerbs = hashes("made aired published levelled leveled raised")
    /// "said only that ...": adverbs between a verb and its clause.
    static let focusAdverbs = hashes("only simply merely briefly")
    /// "moved quickly to deny", "was quick to dismiss", "rushed to reject".
    static let hasteWords = hashes("quick quickly swift swiftly moved rushed hastened sought")
    /// "did not return calls/messages/emails": a neutral non-answer.
    static let returnVerbs = hashes("return returned")
    static let messageReturns = hashes("calls call messages message emails email requests phone telephone")
    /// Verbs that put a claim forward: "after a website claimed ...".
    static let reportedClaimVerbs = hashes("claimed reported alleged suggested said wrote published")
    /// Nouns of a message sent to an outlet: "in a letter to X", "in a statement to X".
    static let messageNouns = hashes("letter statement email message note remarks comments interview")
    /// Months and their abbreviations, for dates between a subject and its verb.
    static let monthWords = hashes("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december")
    /// "a memo published by the news site X": documents an outlet puts forward.
    static let documentNouns = hashes("memo document documents report article story video letter email emails claim claims allegations")
    /// "in remarks carried by X", "an interview published by X": the outlet that ran it.
    static let carriedVerbs = hashes("carried published aired broadcast")
    /// "a statement released to People.com", "an email sent to the Herald".
    static let sentToVerbs = hashes("released sent given issued provided emailed")
    static let telling = wordHash("telling")
    /// Prepositions before a name that is a source: "a tweet from X, who reported".
    static let sourcePrepositions = hashes("from by")
    /// "reached for comment by X", "contacted by X": the outlet that asked.
    static let contactVerbs = hashes("reached contacted approached")
    /// "refused to be drawn": the "be" of a passive infinitive after a refusal.
    static let be = wordHash("be")
    /// Verbs that are cues only after "declined to"/"refused to".
    static let declineOnlyVerbs = hashes("discuss elaborate specify identify drawn")
    /// "described it as a loud boom": a description with its content after "as".
    static let describeVerbs = hashes("described describes describing")
    static let claim = wordHash("claim")
    /// "Jane Roe from the museum", "Jane Roe at the university".
    static let fromWords = hashes("from at")
    /// Nouns of nationality that describe a person already named ("the Spaniard").
    static let demonyms: Set<String> = [
        "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman", "scotswoman", "welshman",
        "irishman", "irishwoman", "dutchman", "dutchwoman", "swede", "dane", "finn", "pole", "briton", "brit", "swiss",
        "german", "italian", "brazilian", "argentine", "argentinian", "portuguese", "belgian", "croatian", "croat", "serbian",
        "serb", "norwegian", "russian", "american", "australian", "canadian", "mexican", "colombian", "uruguayan",
        "chilean", "nigerian", "ghanaian", "senegalese", "ivorian", "cameroonian", "egyptian", "moroccan", "algerian",
        "tunisian", "japanese", "korean", "chinese", "austrian", "hungarian", "czech", "slovak", "slovenian", "greek",
        "turk", "ukrainian", "georgian", "kenyan", "ethiopian", "jamaican", "new zealander", "south african", "welsh",
    ]

    /// True when token `k` is a parent noun that "of <number>" follows: "the father of four",
    /// a description of a person named before.
    static func isParentOfCount(_ k: Int, view: TextView) -> Bool {
        let t = view.tokens
        guard k >= 0, k + 2 < t.count, t[k].isWord, parentNouns.contains(t[k].hash), t[k + 1].hash == W.of else { return false }
        return t[k + 2].kind == .number || countWords.contains(t[k + 2].hash)
    }
    /// True for a phrase like "father of four" or "mother-of-two".
    static func isParentOfCount(_ phrase: String) -> Bool {
        // Most phrases hold no " of " or "-of-": ruled out before any string is made, first on
        // the bytes (ASCII has no other canonical forms, so no byte match means no match).
        guard phrase.utf8.containsSequence(Self.spacedOf) || phrase.utf8.containsSequence(Self.hyphenedOf) else { return false }
        guard phrase.contains(" of ") || phrase.contains("-of-") else { return false }
        let words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count == 3, parentNouns.contains(wordHash(String(words[0]))), words[1] == "of" else { return false }
        return countWords.contains(wordHash(String(words[2]))) || words[2].allSatisfy(\.isNumber)
    }
    static let spacedOf = Array(" of ".utf8), hyphenedOf = Array("-of-".utf8)
    static let parentNouns = Lexicon.hashes("father mother dad mum mom grandfather grandmother parent")
    static let countWords = Lexicon.hashes("one two three four five six seven eight nine ten eleven twelve")

    /// True for "spaniard", "28-year-old", "veteran": a word that, after "the", describes a person
    /// named before.
    static func isPersonDescription(_ word: String) -> Bool {
        demonyms.contains(word) || word.hasSuffix("-year-old")
    }
}
