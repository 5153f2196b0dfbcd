/// Dismissals a speaker makes in set phrases of general English, read from the content of one
/// statement: a bare "no" ("Definitely not", "As far as I know, no"), the content's own subject
/// denying ("Ms Roe categorically refutes ..."), "no such meeting", "at no time", "a smear
/// campaign", "far from the truth", "not 13 as was reported", a denial reported in the passive,
/// "spreading rumours". Each rule names its report or its answer outright, so none needs the
/// article's context; `StanceMarkers.rejects` asks them after its own opening tests.
enum DismissalMarkers {
    /// True when the content's words `w` dismiss what was reported.
    static func rejects(_ words: [Int], _ view: TextView) -> Bool {
        let t = view.tokenBuffer
        // The words as a buffer too (`words`, the caller's, outlives the call): a read is one
        // load, with no outlined getter or bounds check, in the passes below.
        let w = words.withUnsafeBufferPointer { $0 }
        guard let first = w.first else { return false }
        // Word lists read from one box made once (each read of a static goes through swift_once),
        // each where a rule tests it: copied into locals at the top, the 78 lists took some 300
        // instructions of loads and stack stores on every call, most of them never read.
        let lists = RejectsLists.shared
        // "Definitely not", "No.", "Of course not": a bare answer of no.
        if w.count <= 4, w.contains(where: { StanceCues.isNegation($0, view) }), w.allSatisfy({ lists.bareAnswerWords.contains(t[$0].hash) }) { return true }
        // "As far as I know, no.": a hedged bare no.
        if w.count <= 7, let last = w.last, t[last].hash == W.no, w.dropLast().allSatisfy({ lists.hedgeWords.contains(t[$0].hash) || lists.bareAnswerWords.contains(t[$0].hash) }) { return true }
        // "Ms Roe categorically refutes any assertion that ...": the content's own subject denies.
        if subjectDenies(words, view) { return true }
        // "we know nothing about it", "I would have known", "Get serious".
        if ReactionIdioms.rejects(w, view) { return true }
        // "the remark had been misinterpreted": the verb ends the content (the loop below reads pairs).
        if w.count > 1, let last = w.last, lists.misrepresentVerbs.contains(t[last].hash) { return true }
        // "No such talks took place".
        if w.count > 2, t[first].hash == W.no, t[w[1]].hash == W.such { return true }
        // "no other discussions were taking place", "no meeting happened": nothing took place.
        if w.count > 3, t[first].hash == W.no, let q = w[2..<min(w.count, 8)].firstIndex(where: { lists.happenWords.contains(t[$0].hash) || t[$0].hash == lists.placeWord }),
           lists.happenWords.contains(t[w[q]].hash) || lists.takeVerbs.contains(t[w[q - 1]].hash) || t[w[q - 1]].hash == lists.takingWord { return true }
        // "issued a statement clarifying the news", "correcting the report": the report set right.
        if lists.correctingParticiples.contains(t[first].hash), w.dropFirst().prefix(3).contains(where: { lists.reportSubjects.contains(t[$0].hash) }) { return true }
        // "such stories are being planted by", "the news was spread by people who", "rumours ...
        // were being spread to": a report said to be put about by someone.
        if let r = w.prefix(4).firstIndex(where: { lists.reportSubjects.contains(t[$0].hash) || lists.rumourWords.contains(t[$0].hash) }),
           let v = w[(r + 1)..<min(w.count, r + 8)].firstIndex(where: { lists.plantedVerbs.contains(t[$0].hash) }),
           w[(r + 1)..<v].contains(where: { lists.beForms.contains(t[$0].hash) }), v + 1 < w.count, t[w[v + 1]].hash == W.by || t[w[v + 1]].hash == W.to { return true }
        // The rules that look at one word and its neighbours, in one pass over the words. Each
        // rule returns true and none returns anything else, so the answer is whether any rule
        // holds at any position, whatever order they are read in.
        let n = w.count
        for p in 0..<n {
            let k = w[p]
            let h = t[k].hash
            // Every rule below holds only on a word of `positionKeys` or a negation: most words are neither.
            guard t[k].negation || lists.positionKeys.contains(h) else { continue }
            // (Rules that may hold at the last word.)
            // "the allegations should not be taken seriously": a report not worth believing.
            if h == lists.seriouslyWord && p >= 3 && t[w[p - 1]].hash == lists.takenWord
                && w[max(0, p - 5)..<(p - 1)].contains(where: { StanceCues.isNegation($0, view) })
                && w[0..<(p - 1)].contains(where: { lists.rumourWords.contains(t[$0].hash) || Lexicon.propositionNouns.contains(t[$0].hash) }) { return true }
            // "did not make any such statement": a negated "any such".
            if h == W.such && p >= 2 && t[w[p - 1]].hash == W.any, w[max(0, p - 5)..<(p - 1)].contains(where: { StanceCues.isNegation($0, view) }) { return true }
            // "it has been emphatically denied by the office", "having been rejected by the
            // ambassador": a denial reported as done ("was denied bail" denies a request).
            if lists.deniedParticiples.contains(h), passiveDenial(at: p, words, view) { return true }
            // (Every rule below reads the word after this one.)
            guard p + 1 < n else { break }
            // "we are baffled by today's story": dismay at a report disowns it.
            if lists.surpriseWords.contains(h), SurpriseAtReport.holds(at: p, w, view) { return true }
            let next = t[w[p + 1]].hash
            // "This is not something we are looking at": a plan put aside.
            if h == lists.somethingWord && p > 0 && StanceCues.isNegation(w[p - 1], view),
               w[(p + 1)..<min(w.count, p + 6)].contains(where: { lists.consideringWords.contains(t[$0].hash) }) { return true }
            if h == W.no && p > 0 {
                // "in no way would we suggest", "by no means".
                if (t[w[p - 1]].hash == W.in && next == lists.wayWord) || (t[w[p - 1]].hash == W.by && next == lists.meansWord) { return true }
                // "At no time did it say", "at no point".
                if t[w[p - 1]].hash == lists.atWord && lists.momentWords.contains(next) { return true }
                // "there was no such incident", "no such meeting took place".
                if next == W.such && p + 2 < w.count { return true }
            }
            if lists.dismissiveFirsts.contains(h), lists.dismissivePairs.contains(where: { $0 == (h, next) }) { return true }
            // "far from the truth", "nowhere near the truth", "off the mark".
            if (h == lists.farWord && next == W.from || h == lists.nowhereWord && next == lists.nearWord),
               w[(p + 2)..<min(w.count, p + 4)].contains(where: { t[$0].hash == lists.truthWord }) { return true }
            if h == lists.offWord && p + 2 < w.count && next == W.the && t[w[p + 2]].hash == lists.markWord { return true }
            // "full of falsehoods", "full of lies".
            // ("riddled with errors", "littered with inaccuracies".)
            if (h == lists.fullWord && next == W.of || lists.riddledWords.contains(h) && next == W.with)
                && p + 2 < w.count && (lists.propagandaNouns.contains(t[w[p + 2]].hash) || lists.errorNouns.contains(t[w[p + 2]].hash) || t[w[p + 2]].hash == lists.inaccuracies) { return true }
            // "the reports were an attempt to mislead the public": the report's own aim is to deceive.
            if h == W.to, lists.misleadVerbs.contains(next), w.prefix(min(3, p)).contains(where: { lists.reportSubjects.contains(t[$0].hash) }) { return true }
            // "would not dignify the claims with a response", "should not be dignified with an answer".
            if lists.dignifyWords.contains(h), w[max(0, p - 6)..<p].contains(where: { StanceCues.isNegation($0, view) }) { return true }
            // "bears no resemblance to reality", "no resemblance to the truth".
            if h == W.no && next == lists.resemblanceWord && w[(p + 2)..<min(w.count, p + 5)].contains(where: { lists.realityWords.contains(t[$0].hash) }) { return true }
            // "the newspaper got it wrong", "got it badly wrong".
            if h == lists.gotWord && next == W.it && w[(p + 2)..<min(w.count, p + 4)].contains(where: { t[$0].hash == lists.stanceCuesWrong }) { return true }
            // "The report misrepresents the facts", "distorted the facts".
            if lists.misrepresentVerbs.contains(h) && p > 0 { return true }
            // "there is nothing in it", "There is nothing to this rumour".
            if h == W.nothing && (next == W.in || next == W.to) && p + 2 < w.count && lists.pointerWords.contains(t[w[p + 2]].hash) { return true }
            // "I have nothing to hide": what is suspected, denied as a whole.
            if h == W.nothing && next == W.to && p + 2 < w.count && t[w[p + 2]].hash == lists.hideWord { return true }
            // "take the stories with a pinch of salt", "a grain of salt".
            if lists.saltMeasures.contains(h) && next == W.of && p + 2 < w.count && t[w[p + 2]].hash == lists.saltWord { return true }
            // "complete lies", "outright falsehoods", "total nonsense".
            if lists.strongWords.contains(h) && (lists.propagandaNouns.contains(next) || lists.reportVerdicts.contains(next)) { return true }
            // "that never happened", "the meeting did not take place".
            // ("an offside that did not happen" describes the offside; "; that never happened" denies.)
            if StanceCues.isNegation(k, view), lists.happenWords.contains(next) || (next == lists.takeWord && p + 2 < w.count && t[w[p + 2]].hash == lists.placeWord),
               !w[max(0, p - 2)..<p].contains(where: { lists.relativeWords.contains(t[$0].hash) && $0 > 0 && t[$0 - 1].isWord }) { return true }
            // "he was wrong to suggest the pilots were to blame": a claim taken back.
            if h == lists.stanceCuesWrong && next == W.to && p + 2 < w.count && lists.retractedVerbs.contains(t[w[p + 2]].hash) && p > 0 && lists.beForms.contains(t[w[p - 1]].hash) { return true }
            // "he had done nothing wrong".
            if h == W.nothing && next == lists.stanceCuesWrong && p > 0 && lists.doneForms.contains(t[w[p - 1]].hash) { return true }
            // "Everything that is written is not true", "what he said was not accurate".
            if lists.beForms.contains(h), StanceCues.isNegation(w[p + 1], view) {
                var q = p + 2
                while q < w.count && lists.degreeAdverbs.contains(t[w[q]].hash) { q += 1 }
                // (Not under another verb's clause: "knew that his version was not true" reports
                // what someone knew.)
                let embedded = w[..<p].indices.contains { i in i + 1 < p && t[w[i + 1]].hash == W.that && (lists.reportingVerbs.contains(t[w[i]].hash) || lists.knewWords.contains(t[w[i]].hash)) }
                if q < w.count && lists.truthWords.contains(t[w[q]].hash) && t[w[q]].hash != W.the && !(p > 0 && lists.firstPerson.contains(t[w[p - 1]].hash)) && !embedded { return true }
            }
            // "I don't think this has ever happened", "I don't believe I ever mentioned it": a
            // negation before "ever" and an event or a saying.
            if h == lists.everWord, lists.happenWords.contains(next) || ((lists.sayForms.contains(next) || lists.mentionForms.contains(next)) && w[..<p].contains(where: { lists.firstPersonPronouns.contains(t[$0].hash) })),
               w[max(0, p - 8)..<p].contains(where: { StanceCues.isNegation($0, view) }) { return true }
            // "There is nothing to report", "there was nothing to announce": no news to deny.
            if h == W.there, p + 4 < w.count, lists.beForms.contains(next), t[w[p + 2]].hash == W.nothing, t[w[p + 3]].hash == W.to, lists.newsVerbs.contains(t[w[p + 4]].hash) { return true }
            // "to dispel any speculation", "quashed the rumours".
            if lists.dispelVerbs.contains(h), w[(p + 1)..<min(w.count, p + 4)].contains(where: { lists.reportSubjects.contains(t[$0].hash) }) { return true }
            // "I don't know where they got that story from" (`asksWhereFrom`).
            if h == lists.whereWord, asksWhereFrom(at: p, words, view) { return true }
            // "quite contrary to what had been reported".
            if h == lists.stanceCuesContrary && next == W.to,
               w[(p + 2)..<min(w.count, p + 7)].contains(where: { lists.asReportedVerbs.contains(t[$0].hash) }) { return true }
            // "only eight were grounded and not 13 as was reported": the report's figure set right.
            if h == W.as {
                var q = p + 1
                while q < w.count && q - p <= 3 && (lists.beForms.contains(t[w[q]].hash) || lists.haveForms.contains(t[w[q]].hash)) { q += 1 }
                if q < w.count, lists.asReportedVerbs.contains(t[w[q]].hash), w[max(0, p - 5)..<p].contains(where: { StanceCues.isNegation($0, view) }) { return true }
            }
            // "(it is) hard to believe", "difficult to believe".
            if lists.hardWords.contains(h) && p + 2 < w.count && next == W.to && t[w[p + 2]].hash == lists.believeWord { return true }
            // "not be misled by this kind of news", "not to be influenced by rumours".
            if lists.swayedWords.contains(h) && p >= 2 && next == W.by,
               t[w[p - 1]].hash == lists.be, w[max(0, p - 4)..<(p - 1)].contains(where: { StanceCues.isNegation($0, view) }) { return true }
            // "publish a work of fiction": the report itself called fiction.
            if h == lists.workWord && p + 2 < w.count && next == W.of && lists.fictionWords.contains(t[w[p + 2]].hash) { return true }
            // "the remark had been taken out of context".
            if h == lists.outWord && p + 2 < w.count && next == W.of && t[w[p + 2]].hash == lists.contextWord { return true }
            // "Spreading rumours and slander is their tactic": what the other side says, called rumour.
            if lists.spreadVerbs.contains(h),
               w[(p + 1)..<min(w.count, p + 3)].contains(where: { lists.rumourWords.contains(t[$0].hash) || lists.propagandaNouns.contains(t[$0].hash) || lists.falsityWords.contains(t[$0].hash)
                || (lists.concoctVerbs.contains(h) && lists.reportSubjects.contains(t[$0].hash)) }) { return true }
        }
        return false
    }

    static let hereby = wordHash("hereby")
    static let sinceWord = wordHash("since")
    static let saltMeasures = Lexicon.hashes("pinch grain"), saltWord = wordHash("salt")
    static let mentionForms = Lexicon.hashes("mentioned mention mentions")
    static let newsVerbs = Lexicon.hashes("report announce tell")
    static let dispelVerbs = Lexicon.hashes("dispel dispels dispelled dispelling quash quashes quashed quashing scotch scotched scotching squash squashed debunk debunks debunked debunking")
    static let whereWord = wordHash("where")
    static let getForms = Lexicon.hashes("got get gets getting gotten heard")
    /// What one wonders the source of: "that story", "this idea", "that".
    static let wonderedObjects = WordSet.union([StanceMarkers.reportSubjects, Lexicon.hashes("that this it idea ideas information nonsense figure figures")])

    /// True when the content wonders where the report came from: "I don't know where they got
    /// that story from", "where he got that from is a mystery". The speaker does not know the
    /// source of a story they do not believe ("where they got the money from" asks a fact).
    static func asksWhereFrom(_ w: [Int], _ view: TextView) -> Bool {
        for p in w.indices where asksWhereFrom(at: p, w, view) { return true }
        return false
    }

    /// `asksWhereFrom` at the word `w[p]` alone: "where" there, and the rest after it.
    @inline(__always) static func asksWhereFrom(at p: Int, _ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        guard t[w[p]].hash == whereWord else { return false }
        guard let g = w[(p + 1)..<min(w.count, p + 5)].firstIndex(where: { getForms.contains(t[$0].hash) }) else { return false }
        var q = g + 1
        while q < w.count && q - g <= 2 && !wonderedObjects.contains(t[w[q]].hash) && (Lexicon.determiners.contains(t[w[q]].hash) || t[w[q]].hash == W.such) { q += 1 }
        guard q < w.count, wonderedObjects.contains(t[w[q]].hash) else { return false }
        // The object, then "from" right after it (or after its noun: "that story from").
        let rest = w[(q + 1)..<min(w.count, q + 3)]
        return rest.contains(where: { t[$0].hash == W.from })
    }
    static let happenWords = Lexicon.hashes("happened happen occurred occur")
    static let relativeWords = Lexicon.hashes("that which who")
    static let takeWord = wordHash("take"), placeWord = wordHash("place")
    static let retractedVerbs = Lexicon.hashes("suggest say claim blame imply state")
    static let knewWords = Lexicon.hashes("knew know knows known realised realized learned learnt")
    static let concoctVerbs = Lexicon.hashes("concocting concocted concoct")
    /// "a smear campaign", "wishful thinking", "loose talk", "mischief makers": what the other side says, named as no more.
    static let dismissivePairs: [(UInt64, UInt64)] = [(wordHash("smear"), wordHash("campaign")), (wordHash("wishful"), wordHash("thinking")),
                                                      (wordHash("politically"), wordHash("motivated")), (wordHash("record"), wordHash("straight")),
                                                      (wordHash("loose"), wordHash("talk")), (wordHash("idle"), wordHash("talk")), (wordHash("mischief"), wordHash("maker")),
                                                      (wordHash("mischief"), wordHash("makers")),
                                                      // "in line with the moon landing conspiracy theory", "pulled out of thin air".
                                                      (wordHash("thin"), wordHash("air"))]
    /// The first words of `dismissivePairs`: one look-up rules out most words before the pairs are read.
    static let dismissiveFirsts = WordSet(dismissivePairs.map { $0.0 })
    static let hedgeWords = Lexicon.hashes("as far i know we think believe")
    static let strongWords = Lexicon.hashes("complete total outright blatant absolute pure utter")
    static let ofWord = wordHash("of"), courseWord = wordHash("course")
    /// Adverbs that open a content without shaping it: "Obviously, there was no ...".
    static let openingAdverbs = Lexicon.hashes("obviously frankly honestly certainly definitely clearly really again")
    static let pointerWords = Lexicon.hashes("it this that these those the")
    static let hideWord = wordHash("hide")
    static let farWord = wordHash("far"), nowhereWord = wordHash("nowhere"), nearWord = wordHash("near"), truthWord = wordHash("truth")
    static let takingWord = wordHash("taking")
    static let seriouslyWord = wordHash("seriously"), takenWord = wordHash("taken")
    static let somethingWord = wordHash("something"), consideringWords = Lexicon.hashes("looking considering contemplating planning pursuing exploring")
    static let plantedVerbs = Lexicon.hashes("planted spread peddled circulated concocted engineered orchestrated manufactured")
    static let swayedWords = Lexicon.hashes("misled influenced swayed fooled deceived")
    static let workWord = wordHash("work"), fictionWords = Lexicon.hashes("fiction fantasy imagination")
    static let outWord = wordHash("out"), contextWord = wordHash("context")
    static let misleadVerbs = Lexicon.hashes("mislead deceive misinform confuse")
    static let dignifyWords = Lexicon.hashes("dignify dignified dignifying")
    static let riddledWords = Lexicon.hashes("riddled littered peppered"), resemblanceWord = wordHash("resemblance")
    static let realityWords = Lexicon.hashes("reality truth facts")
    static let offWord = wordHash("off"), markWord = wordHash("mark"), fullWord = wordHash("full"), gotWord = wordHash("got"), inaccuracies = wordHash("inaccuracies")
    static let misrepresentVerbs = Lexicon.hashes("misrepresents misrepresented misrepresenting distorts distorted distorting misinterpreted misinterpreting misconstrued misconstruing")
    static let doneForms = Lexicon.hashes("did done do does doing")
    /// The words of a bare "no": "Definitely not", "Absolutely not", "Of course not", "No way".
    static let bareAnswerWords = Lexicon.hashes("no not never nope definitely absolutely certainly of course at all way categorically simply one chance single bit")
    static let atWord = wordHash("at")
    static let momentWords = Lexicon.hashes("time point stage")
    static let wayWord = wordHash("way"), meansWord = wordHash("means"), believeWord = wordHash("believe")
    static let hardWords = Lexicon.hashes("hard difficult")
    /// "not 13 as was reported", "as had been claimed".
    static let asReportedVerbs = Lexicon.hashes("reported claimed suggested alleged stated rumoured rumored speculated mentioned")

    /// True when the content opens with its own subject (a name, a noun phrase, "he", "she")
    /// and, after at most a few adverbs, a denial verb in a finite form: "Ms Roe categorically
    /// refutes any assertion that ...", "the rider denies having ...". Not a passive ("was
    /// denied bail"), and not a rejected demand ("rejects the proposal").
    static func subjectDenies(_ w: [Int], _ view: TextView) -> Bool {
        // (Word lists read once per call from one box made once: each read of a static goes through swift_once.)
        let lists = SubjectDeniesLists.shared
        let modals = lists.modals; let denialVerbs = lists.denialVerbs; let haveForms = lists.haveForms; let sinceWord = lists.sinceWord
        let determiners = lists.determiners; let reportingVerbs = lists.reportingVerbs; let auxiliaries = lists.auxiliaries; let beForms = lists.beForms
        let negations = lists.negations; let prepositions = lists.prepositions; let timeWords = lists.timeWords
        let volitionVerbs = lists.volitionVerbs
        let t = view.tokens
        var willed = false
        for (p, k) in w.prefix(12).enumerated() where p > 0 {
            let h = t[k].hash
            if view.endsWith(k, "ly") { continue }
            // "I want to categorically refute the story", "we would like to deny": the speaker's
            // own will to deny is a denial.
            if h == W.to && volitionVerbs.contains(t[w[p - 1]].hash) { willed = true; continue }
            if modals.contains(h) && p + 1 < w.count && (denialVerbs.contains(t[w[p + 1]].hash) || volitionVerbs.contains(t[w[p + 1]].hash)) { continue }
            // "Bruce has denied any involvement", "the club had always denied": a perfect tense.
            if haveForms.contains(h), let verb = w[(p + 1)..<min(w.count, p + 3)].first(where: { !view.endsWith($0, "ly") && t[$0].hash != sinceWord }),
               denialVerbs.contains(t[verb].hash) { continue }
            if t[k].capitalized || determiners.contains(h) || (!reportingVerbs.contains(h)
                && !auxiliaries.contains(h) && !beForms.contains(h) && h != W.that && !negations.contains(h)
                && (!prepositions.contains(h) || (p + 1 < w.count && (t[w[p + 1]].capitalized || timeWords.contains(t[w[p + 1]].hash))))) && !denialVerbs.contains(h) { continue }
            guard denialVerbs.contains(h), !t[k].capitalized, !view.endsWith(k, "ing"), Lexicon.particleVerbs[h] == nil else { return false }
            // The word before the verb (past adverbs) ends the subject: a name, a pronoun or a
            // speaker noun ("Contador denies", "the rider categorically denies"), not "civil
            // disputes".
            var s = p - 1
            while s > 0 && (view.endsWith(w[s], "ly") || modals.contains(t[w[s]].hash) || DisputeStance.doAuxiliaries.contains(t[w[s]].hash)
                            || haveForms.contains(t[w[s]].hash) || t[w[s]].hash == sinceWord
                            || t[w[s]].hash == W.to && volitionVerbs.contains(t[w[s - 1]].hash) || volitionVerbs.contains(t[w[s]].hash) && t[w[s + 1]].hash == W.to) { s -= 1 }
            // "the company's founder, on Thursday night denied": a time phrase after the subject.
            var timed = s
            while timed > 0 && (timeWords.contains(t[w[timed]].hash) || (t[w[timed]].capitalized && timed > 1 && prepositions.contains(t[w[timed - 1]].hash))) { timed -= 1 }
            if timed < s && prepositions.contains(t[w[timed]].hash) && timed > 0 { s = timed - 1 }
            let subjectEnd = w[s]
            guard t[subjectEnd].capitalized || Lexicon.pronouns.contains(t[subjectEnd].hash) || Lexicon.speakerNouns.contains(t[subjectEnd].hash)
                    || AgentNouns.isAgentNoun(subjectEnd, view: view) else { return false }
            // Only the speaker's own will, on a report ("They want to deny us the vote" refuses).
            if willed && !(lists.firstPersonPronouns.contains(t[subjectEnd].hash) && p + 1 < w.count && !lists.objectPronouns.contains(t[w[p + 1]].hash)) { return false }
            if Lexicon.rejectVerbs.contains(h), w.dropFirst(p + 1).prefix(4).contains(where: { Lexicon.demandNouns.contains(t[$0].hash) || Lexicon.refusalNouns.contains(t[$0].hash) }) { return false }
            return true
        }
        return false
    }


    /// Verbs of will before "to": "want to deny", "would like to refute".
    static let volitionVerbs = Lexicon.hashes("want wants wanted wish wishes wished like")
    static let spreadVerbs = Lexicon.hashes("spreading spread spreads peddling peddle peddles propagate propagating propagated concocting concocted concoct")
    /// Participles that set a report right: "clarifying the news".
    static let correctingParticiples = Lexicon.hashes("clarifying correcting")
    /// Participles of a denial that a passive reports as done.
    static let deniedParticiples = Lexicon.hashes("denied rejected refuted dismissed debunked rebutted disproved disproven")

    static let dismissedWord = wordHash("dismissed"), rejectedWord = wordHash("rejected")
    /// Subjects of a passive that name what was said, beside `Lexicon.propositionNouns`.
    static let saidPronouns = Lexicon.hashes("it this that these those which")

    /// True when one of the five words before the form of "be" at `w[b]` names what was said:
    /// "the reports were dismissed", "that claim has been rejected", "it was dismissed".
    static func passiveSubjectIsSaid(before b: Int, _ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        var q = b - 1
        while q >= 0 && q >= b - 5 {
            let h = t[w[q]].hash
            if Lexicon.propositionNouns.contains(h) || StanceCues.rumourWords.contains(h) || saidPronouns.contains(h) { return true }
            q -= 1
        }
        return false
    }

    /// "has been denied by X", "was emphatically rejected", "it's been denied that ...": the
    /// participle after a form of "be" (adverbs between), followed by "by", "that", the end of
    /// the clause or punctuation, not by an object ("was denied bail").
    static func passiveDenial(_ w: [Int], _ view: TextView) -> Bool {
        for p in w.indices where passiveDenial(at: p, w, view) { return true }
        return false
    }

    /// `passiveDenial` at the word `w[p]` alone: the participle there.
    @inline(__always) static func passiveDenial(at p: Int, _ w: [Int], _ view: TextView) -> Bool {
        let t = view.tokens
        let k = w[p]
        guard p > 0, deniedParticiples.contains(t[k].hash) else { return false }
        var b = p - 1
        while b > 0 && (view.endsWith(w[b], "ly") || t[w[b]].hash == hereby) { b -= 1 }
        guard Lexicon.beForms.contains(t[w[b]].hash) else { return false }
        // ("The coach was dismissed", "the appeal was rejected": a man fired, a request turned
        // down. These two verbs deny only what was said: a report, a claim, "it", "that".)
        if t[k].hash == dismissedWord || t[k].hash == rejectedWord, !passiveSubjectIsSaid(before: b, w, view) { return false }
        if p + 1 >= w.count { return true }
        let next = w[p + 1]
        return t[next].hash == W.by || t[next].hash == W.that || (next > k + 1 && t[k + 1].kind == .punct)
    }

}
