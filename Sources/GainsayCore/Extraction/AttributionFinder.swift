/// Finds the attributions of one sentence: reporting verbs with their speakers, "according to
/// X", "X, citing Y", "as reported by X", "from the perspective of X", and the outlets that
/// carry them.
///
/// A class, not a struct: its methods hand closures that read `self` to `firstIndex(where:)` and
/// the like, and a struct holding two views would be copied into each of them (seven retains
/// and releases a call); a class reference is one.
final class AttributionFinder {
    let view: TextView
    let reader: PhraseReader
    /// The view's tokens in the reader's buffer: one load a read, no bounds check through an
    /// outlined getter, no retain (the reader, held here, owns the memory).
    let t: UnsafeBufferPointer<Token>

    /// The word lists the finder's rules read, in one box made once per process and read once
    /// per finder (one article), instead of a lazily initialised static at every use: each read
    /// of one goes through swift_once, over a million times per 4 MB here. (`PhraseReader.Lists`
    /// does the same for the phrase rules.)
    final class Lists: Sendable {
        static let shared = Lists()
        let after = CueWords.after, airedVerbs = CueWords.airedVerbs, be = CueWords.be, bookNouns = CueWords.bookNouns
        let carriedVerbs = CueWords.carriedVerbs, carrierAdverbs = CueWords.carrierAdverbs, citedWorks = CueWords.citedWorks, claimNouns = CueWords.claimNouns
        let clauseOpeners = CueWords.clauseOpeners, clear = CueWords.clear, concessive = CueWords.concessive, contactVerbs = CueWords.contactVerbs
        let courtesy = CueWords.courtesy, declineOnlyVerbs = CueWords.declineOnlyVerbs, describeVerbs = CueWords.describeVerbs, documentNouns = CueWords.documentNouns
        let fake = CueWords.fake, focusAdverbs = CueWords.focusAdverbs, hasteWords = CueWords.hasteWords, identifyVerbs = CueWords.identifyVerbs
        let labelParticiples = CueWords.labelParticiples, labelVerbs = CueWords.labelVerbs, messageNouns = CueWords.messageNouns, messageReturns = CueWords.messageReturns
        let mockingLabels = CueWords.mockingLabels, monthWords = CueWords.monthWords, nestedVerbs = CueWords.nestedVerbs, objectPronouns = CueWords.objectPronouns
        let once = CueWords.once, partOfDay = CueWords.partOfDay, per = CueWords.per, police = CueWords.police
        let prepositionalParticiples = CueWords.prepositionalParticiples, quoting = CueWords.quoting, recountVerbs = CueWords.recountVerbs, reportParticiples = CueWords.reportParticiples
        let reportVerbs = CueWords.reportVerbs, reportedClaimVerbs = CueWords.reportedClaimVerbs, returnVerbs = CueWords.returnVerbs, sentToVerbs = CueWords.sentToVerbs
        let slamVerbs = CueWords.slamVerbs, sourcePrepositions = CueWords.sourcePrepositions, spokeVerbs = CueWords.spokeVerbs, strongParticiples = CueWords.strongParticiples
        let suitNouns = CueWords.suitNouns, sundayTitles = CueWords.sundayTitles, telling = CueWords.telling, whWords = CueWords.whWords
        let able = InfinitiveCue.able, saying = InfinitiveCue.saying, unable = InfinitiveCue.unable, adjunctNouns = Lexicon.adjunctNouns
        let auxiliaries = Lexicon.auxiliaries, beForms = Lexicon.beForms, citeVerbs = Lexicon.citeVerbs, clauseWords = Lexicon.clauseWords
        let declineVerbs = Lexicon.declineVerbs, demandNouns = Lexicon.demandNouns, denialNounCues = Lexicon.denialNounCues, denialVerbs = Lexicon.denialVerbs
        let determiners = Lexicon.determiners, expressNouns = Lexicon.expressNouns, expressVerbs = Lexicon.expressVerbs, falsityWords = Lexicon.falsityWords
        let modifierNouns = Lexicon.modifierNouns, negations = Lexicon.negations, nounLikeVerbs = Lexicon.nounLikeVerbs, objectVerbs = Lexicon.objectVerbs
        let onlyNegatedVerbs = Lexicon.onlyNegatedVerbs, openingConjunctions = Lexicon.openingConjunctions, outletNameWordsH = Lexicon.outletNameWordsH, outletNamesH = Lexicon.outletNamesH
        let outletNouns = Lexicon.outletNouns, personPronounSubjects = Lexicon.personPronounSubjects, personRoleNouns = Lexicon.personRoleNouns, prepositions = Lexicon.prepositions
        let pronouns = Lexicon.pronouns, propositionNouns = Lexicon.propositionNouns, questionVerbs = Lexicon.questionVerbs, rejectVerbs = Lexicon.rejectVerbs
        let reportNouns = Lexicon.reportNouns, reportingVerbs = Lexicon.reportingVerbs, speakerNouns = Lexicon.speakerNouns, statementNouns = Lexicon.statementNouns
        let tellVerbs = Lexicon.tellVerbs, timeWords = Lexicon.timeWords, titlesH = Lexicon.titlesH, weakVerbs = Lexicon.weakVerbs
        let particleHashes = Names.particleHashes, doubtPredicates = StanceCues.doubtPredicates, rumourWords = StanceCues.rumourWords, without = StanceCues.without
        let pieceOnlyVerbs = WrittenPieceCue.pieceOnlyVerbs, clauseParticiples = CueWords.clauseParticiples, finiteMarkers = CueWords.finiteMarkers
        let askedByVerbs = CueWords.askedByVerbs, citedForms = CueWords.citedForms, nameSuffixes = CueWords.nameSuffixes, readForms = CueWords.readForms, statementLikeNouns = CueWords.statementLikeNouns, doubtVerbs = CueWords.doubtVerbs
        let setForms = AttributionFinder.setForms, publishVerbs = AttributionFinder.publishVerbs, correctVerbs = AttributionFinder.correctVerbs
        let reportedWord = AttributionFinder.reportedWord, askForms = AttributionFinder.askForms, adjunctOpeners = AttributionFinder.adjunctOpeners
        let forWord = PhraseReader.forWord, whereWord = DismissalMarkers.whereWord
        let writesWord = AttributionFinder.writesWord, wroteWord = AttributionFinder.wroteWord, rubbishWord = AttributionFinder.rubbishWord
        let haveWord = AttributionFinder.haveWord, hearsayParticiples = AttributionFinder.hearsayParticiples, contraryWord = AttributionFinder.contraryWord
        let perceptionGerunds = AttributionFinder.perceptionGerunds, sportsWord = AttributionFinder.sportsWord
        let timeDeterminers = CueWords.timeDeterminers, bareAdverbs = CueWords.bareAdverbs, lyNonAdverbs = CueWords.lyNonAdverbs
        /// The nouns `namedReportClaim` opens on, in one set.
        let reportClaimHeads = WordSet.union([Lexicon.propositionNouns, Lexicon.reportNouns, CueWords.claimNouns])
    }
    let lx = Lists.shared
    /// "described seeing flames", "described hearing a bang".
    static let perceptionGerunds = Lexicon.hashes("seeing hearing feeling smelling watching witnessing being")
    /// "was reported to have said", "is understood to have told".
    static let hearsayParticiples = Lexicon.hashes("reported understood believed thought alleged known rumoured rumored claimed")
    static let haveWord = wordHash("have"), rubbishWord = wordHash("rubbish")
    static let contraryWord = wordHash("contrary"), writesWord = wordHash("writes"), wroteWord = wordHash("wrote")

    init(view: TextView) {
        self.view = view
        self.reader = PhraseReader(view: view)
        self.t = reader.t
    }

    /// `CueWords.skippingTime` and `isMannerAdverb` with the lists read from `lx`, not statics.
    private func skippingTime(from k: Int, hi: Int) -> Int {
        CueWords.skippingTime(from: k, hi: hi, view: view, timeDeterminers: lx.timeDeterminers, timeWords: lx.timeWords)
    }
    private func isMannerAdverb(_ k: Int) -> Bool { CueWords.isMannerAdverb(k, view: view, bareAdverbs: lx.bareAdverbs, lyNonAdverbs: lx.lyNonAdverbs) }

    /// The verbs `Lexicon.particleVerbs` lists: a hash test rules out the others before the
    /// dictionary look-up.
    static let particleVerbKeys = WordSet(Lexicon.particleVerbs.keys)

    /// A reporting verb with its subject, as found before composing the sentence's statements.
    private struct VerbCue {
        // (The fields live in one box shared by copies and copied on write, as `Attribution`'s
        // do: the clause pass copies its cues from list to list.)
        private final class Storage {
            var index: Int
            var speakerRange: Range<Int>
            var speaker: SpeakerPhrase
            var content: Range<Int>
            var contentIsQuote: Bool
            var passiveBy: Bool
            var objectVia: SpeakerPhrase?
            var stance: StanceClassifier.Cue
            var cueText: String
            init(index: Int, speakerRange: Range<Int>, speaker: SpeakerPhrase, content: Range<Int>, contentIsQuote: Bool, passiveBy: Bool,
                 objectVia: SpeakerPhrase?, stance: StanceClassifier.Cue, cueText: String) {
                self.index = index
                self.speakerRange = speakerRange
                self.speaker = speaker
                self.content = content
                self.contentIsQuote = contentIsQuote
                self.passiveBy = passiveBy
                self.objectVia = objectVia
                self.stance = stance
                self.cueText = cueText
            }
            func copy() -> Storage {
                Storage(index: index, speakerRange: speakerRange, speaker: speaker, content: content, contentIsQuote: contentIsQuote,
                        passiveBy: passiveBy, objectVia: objectVia, stance: stance, cueText: cueText)
            }
        }
        private var storage: Storage

        init(index: Int, speakerRange: Range<Int>, speaker: SpeakerPhrase, content: Range<Int>, contentIsQuote: Bool, passiveBy: Bool,
             objectVia: SpeakerPhrase? = nil, stance: StanceClassifier.Cue, cueText: String) {
            storage = Storage(index: index, speakerRange: speakerRange, speaker: speaker, content: content, contentIsQuote: contentIsQuote,
                              passiveBy: passiveBy, objectVia: objectVia, stance: stance, cueText: cueText)
        }

        private mutating func unique() -> Storage {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }

        var index: Int { get { storage.index } set { unique().index = newValue } }
        var speakerRange: Range<Int> { get { storage.speakerRange } set { unique().speakerRange = newValue } }
        var speaker: SpeakerPhrase { get { storage.speaker } _modify { yield &unique().speaker } }
        var content: Range<Int> { get { storage.content } set { unique().content = newValue } }
        var contentIsQuote: Bool { get { storage.contentIsQuote } set { unique().contentIsQuote = newValue } }
        var passiveBy: Bool { get { storage.passiveBy } set { unique().passiveBy = newValue } }
        var objectVia: SpeakerPhrase? { get { storage.objectVia } _modify { yield &unique().objectVia } }
        var stance: StanceClassifier.Cue { get { storage.stance } _modify { yield &unique().stance } }
        var cueText: String { get { storage.cueText } set { unique().cueText = newValue } }
    }

    /// The non-verb attributions `attributionsInClauses` finds in a sentence.
    private final class ClauseFinds {
        var according: (index: Int, phrase: SpeakerPhrase, range: Range<Int>)? = nil
        var citing: (index: Int, phrase: SpeakerPhrase)? = nil
        var perspective: (index: Int, phrase: SpeakerPhrase, range: Range<Int>)? = nil
        var interviewVia: SpeakerPhrase? = nil
        var nounDenial: (index: Int, phrase: SpeakerPhrase, range: Range<Int>)? = nil
        var madeBy: Attribution? = nil
        var reportBy: (index: Int, phrase: SpeakerPhrase, range: Range<Int>)? = nil

        func reset() {
            according = nil
            citing = nil
            perspective = nil
            interviewVia = nil
            nounDenial = nil
            madeBy = nil
            reportBy = nil
        }
    }
    private let clauseFinds = ClauseFinds()
    private var verbScratch: [VerbCue] = []

    func attributions(in fullRange: Range<Int>) -> [Attribution] {
        // The passes below read the sentence after its dateline; one look-up per token tells
        // which of them can find anything (each still checks for itself).
        let scan = datelineEnd(fullRange)..<fullRange.upperBound
        let may = mayHold(scan)
        var result: [Attribution] = []
        if may.cue {
            var madeBy: Attribution? = nil
            result = attributionsInClauses(fullRange, scanStart: scan.lowerBound, madeBy: &madeBy)
            // ("said: 'every aspect of the story published by the Star is false'": a story named
            // by its publisher, the reduced relative ending right at the verb, inside words that
            // deny nothing by their verb, is no claim of the publisher's; "the claims were first
            // made by" and "denied accusations made by X" still are.)
            if let made = madeBy, !result.contains(where: { $0.speaker.name == made.speaker.name }),
               result.isEmpty || made.content.upperBound != made.cueIndex || result.contains(where: { lx.denialVerbs.contains($0.stanceCue.verb ?? 0) }) {
                result.insert(made, at: 0)
            }
        }
        // "X did not immediately return a request for comment": a non-answer with no cue verb.
        // Beside another statement ("X cannot verify it, and the FBI had no comment"), a
        // non-answer by another party is added.
        for a in may.nonAnswer ? nonAnswers(in: scan) : [] where !result.contains(where: { $0.speaker.name == a.speaker.name }) {
            result.append(a)
        }
        // "X was among the first to set the record straight", "posted a correction".
        if result.isEmpty, may.correction, let act = correctionAct(in: scan) { result = [act] }
        // "The flight left at 10pm, per news.com.au, with ...": "per" names the sentence's source
        // when nothing else does.
        if result.isEmpty, may.per, let source = perSource(in: scan) { result = [source] }
        if result.isEmpty, may.cue, let quoted = closingQuotedBy(in: scan) { result = [quoted] }
        guard !result.isEmpty else { return result }
        // "denied a Daily Mirror report that ...": the outlet's claim stands beside the denial.
        if result.count == 1, lx.denialVerbs.contains(result[0].stanceCue.verb ?? 0), let claim = namedReportClaim(fullRange) {
            result.append(claim)
        } else if let claim = namedReportClaim(fullRange), claim.speaker.kind == .outlet || claim.speaker.kind == .report,
                  !result.contains(where: { $0.speaker.name == claim.speaker.name || $0.via.contains { $0.name == claim.speaker.name } }) {
            // "..., dismissing a New York Times report saying ...": the outlet's claim beside
            // whatever the sentence's speaker says of it.
            result.append(claim)
        }
        // "per Harig", "courtesy of the Gazette's reporter": a channel of the whole sentence,
        // outermost first.
        let channels = sentenceChannels(fullRange)
        if !channels.isEmpty {
            for i in result.indices { result[i].via = channels + result[i].via }
        }
        return result
    }

    /// (`scanStart` is `datelineEnd(fullRange)`, which the caller has read already.)
    private func attributionsInClauses(_ fullRange: Range<Int>, scanStart: Int, madeBy madeByOut: inout Attribution?) -> [Attribution] {
        // A dateline ("BEIRUT (Reuters) -") is no part of the sentence's grammar.
        let range = scanStart..<fullRange.upperBound
        let lo = range.lowerBound, hi = range.upperBound
        // (Only called when `mayHold` found a word of `CuePrefilter.words` in this very range,
        // so the sentence holds a cue: no second scan for one.)

        // (The cue list's storage is the finder's, kept from sentence to sentence: taken here,
        // emptied, handed back at the end, so a sentence with cues allocates none.)
        var verbs = verbScratch
        verbScratch = []
        while !verbs.isEmpty { verbs.removeLast() }
        // What the scan finds, in one box: a handful of optional tuples held as locals are each
        // copied and destroyed through the runtime's generic witness at every exit. (The box is
        // the finder's, emptied for each sentence, not one made and freed per sentence.)
        let finds = clauseFinds
        finds.reset()
        defer {
            madeByOut = finds.madeBy
            verbScratch = verbs
        }
        let denialNouns = lx.denialNounCues, cueVerbs = lx.reportingVerbs  // read once, not per token
        var k = lo
        while k < hi {
            let tok = t[k]
            // Every branch below opens with a word of `CuePrefilter.clauseHeads` (a class bit the
            // tokenizer set): the rest are passed over at once.
            guard tok.isWord, tok.wordClass & TokenClass.clauseHead != 0 else { k += 1; continue }
            // "dismissed the reports, telling Reuters that ...": the outlet the participle names
            // (the participle is still read as a cue below).
            if finds.interviewVia == nil, tok.hash == lx.telling, !tok.capitalized, k > lo, view.isComma(k - 1), k + 1 < hi,
               let found = reader.phraseStarting(at: k + 1, upperBound: hi), case let r = namedObject(found), isOutletLike(r),
               let p = reader.classify(r), p.kind != .pronoun {
                finds.interviewVia = outletNamed(p, r)
            }
            if tok.hash == W.according && k + 2 < hi && t[k + 1].hash == W.to,
               let r = reader.phraseStarting(at: k + 2, upperBound: hi), let p = reader.classify(r) {
                if finds.according == nil {
                    // "according to a preliminary report by the safety board": the board speaks.
                    // ("according to a statement by Central Command": a statement names its author too.)
                    if p.kind == .report || lx.statementNouns.contains(t[r.upperBound - 1].hash), r.upperBound + 1 < hi, t[r.upperBound].isWord, t[r.upperBound].hash == W.by || t[r.upperBound].hash == W.from,
                       let author = reader.phraseStarting(at: r.upperBound + 1, upperBound: hi), let a = reader.classify(author), a.kind != .pronoun {
                        finds.according = (k, a, r.lowerBound..<author.upperBound)
                    } else if p.kind == .person || p.kind == .group, r.upperBound + 1 < hi, view.isComma(r.upperBound), t[r.upperBound + 1].capitalized,
                              let nameRange = reader.phraseStarting(at: r.upperBound + 1, upperBound: hi), t[nameRange.upperBound - 1].capitalized,
                              nameRange.upperBound >= hi || view.isComma(nameRange.upperBound) || t[nameRange.upperBound].first == 46,
                              var name = reader.classify(nameRange), name.kind == .person {
                        // "according to his lawyer, Jane Roe": the name the description is given.
                        name.roles.formUnion(p.roles)
                        finds.according = (k, name, r.lowerBound..<nameRange.upperBound)
                    } else {
                        finds.according = (k, p, r)
                    }
                }
            } else if (tok.hash == W.citing || (tok.hash == lx.quoting && k > lo && view.isComma(k - 1))
                       // "The newspaper, which cited two officials, said": the relative cites as "citing" does.
                       || (lx.citedForms.contains(tok.hash) && k - 3 >= lo && t[k - 1].isWord && (t[k - 1].hash == W.which || t[k - 1].hash == W.who) && view.isComma(k - 2)
                           && citesAfterOpeningPhrase(comma: k - 2, lo: lo)))
                      && (!tok.capitalized || k == lo), k + 1 < hi,
                      // ("reported ..., without citing sources": no source named.)
                      !(k > lo && t[k - 1].isWord && (t[k - 1].hash == lx.without || lx.negations.contains(t[k - 1].hash))),
                      let read = reader.phraseStarting(at: k + 1, upperBound: hi), case let r = citedOwner(read) ?? read,
                      let p = reader.classify(r), p.kind != .pronoun {
                finds.citing = (k, p)
            } else if finds.reportBy == nil, tok.hash == CueWords.reportNoun, !tok.capitalized, k - 2 >= lo, k + 2 < hi, t[k - 1].isWord, t[k - 1].hash == W.a,
                      t[k - 2].isWord, t[k - 2].hash == W.in, t[k + 1].isWord, t[k + 1].hash == W.by || t[k + 1].hash == W.in,
                      let r = reader.phraseStarting(at: k + 2, upperBound: hi), t[r.upperBound - 1].capitalized, let p = reader.classify(r), p.kind != .pronoun {
                // "in a report by the Evening Courier", "in a report in the Daily Ledger".
                finds.reportBy = (k - 2, p, r)
            } else if (tok.hash == W.perspective || tok.hash == W.view || tok.hash == W.opinion) && k + 2 < hi && k >= lo + 2
                        && t[k + 1].hash == W.of && t[k - 1].hash == W.the && (t[k - 2].hash == W.from || t[k - 2].hash == W.in),
                      let r = reader.phraseStarting(at: k + 2, upperBound: hi), let p = reader.classify(r) {
                finds.perspective = (k - 2, p, r)
            } else if (tok.hash == W.interview || tok.hash == W.appearance) && k + 2 < hi && (t[k + 1].hash == W.with || t[k + 1].hash == W.on),
                      let r = reader.phraseStarting(at: k + 2, upperBound: hi), t[r.upperBound - 1].capitalized, let p = reader.classify(r) {
                finds.interviewVia = reader.asOutlet(p)
            } else if lx.messageNouns.contains(tok.hash) && !tok.capitalized && k + 2 < hi && t[k + 1].isWord && t[k + 1].hash == W.to,
                      let found = reader.phraseStarting(at: k + 2, upperBound: hi), case let r = namedObject(found), t[r.upperBound - 1].capitalized,
                      let p = reader.classify(r), p.kind != .pronoun {
                // "In a letter to the Daily Courier, the authority said": the outlet written to.
                finds.interviewVia = outletNamed(p, r)
            } else if finds.interviewVia == nil, lx.citeVerbs.contains(tok.hash), !tok.capitalized, k > lo,
                      view.isComma(k - 1) || (t[k - 1].isWord && !t[k - 1].capitalized && lx.speakerNouns.contains(t[k - 1].hash))
                        || (k - 2 >= lo && t[k - 1].isWord && t[k - 1].hash == W.as && view.isComma(k - 2)),
                      k + 2 < hi, t[k + 1].isWord, t[k + 1].hash == W.by,
                      let found = reader.phraseStarting(at: k + 2, upperBound: hi), case let r = namedObject(found),
                      r.upperBound >= hi || view.isComma(r.upperBound) || (t[r.upperBound].kind == .punct && t[r.upperBound].first == 46),
                      let p = reader.classify(r), p.kind != .pronoun {
                // "X, quoted by Interfax, said": the outlet that quoted the speaker.
                finds.interviewVia = outletNamed(p, r)
            } else if finds.interviewVia == nil, lx.sentToVerbs.contains(tok.hash), !tok.capitalized, k > lo, t[k - 1].isWord, lx.messageNouns.contains(t[k - 1].hash),
                      k + 2 < hi, t[k + 1].isWord, t[k + 1].hash == W.to,
                      let found = reader.phraseStarting(at: k + 2, upperBound: hi), case let r = namedObject(found), t[r.upperBound - 1].capitalized,
                      let p = reader.classify(r), p.kind != .pronoun {
                // "said in a statement released to People.com": the outlet it was sent to.
                finds.interviewVia = outletNamed(p, r)
            } else if finds.interviewVia == nil, lx.carriedVerbs.contains(tok.hash), !tok.capitalized, k > lo, t[k - 1].isWord, lx.messageNouns.contains(t[k - 1].hash),
                      k + 2 < hi, t[k + 1].isWord, t[k + 1].hash == W.by,
                      let found = reader.phraseStarting(at: k + 2, upperBound: hi), case let r = namedObject(found), t[r.upperBound - 1].capitalized,
                      let p = reader.classify(r), p.kind != .pronoun {
                // "In remarks carried by state news agency KNA", "in an interview published by X".
                finds.interviewVia = outletNamed(p, r)
            } else if lx.contactVerbs.contains(tok.hash), let by = (k + 1..<min(hi, k + 5)).first(where: { t[$0].isWord && t[$0].hash == W.by }),
                      let found = reader.phraseStarting(at: by + 1, upperBound: hi), case let r = namedObject(found), isOutletLike(r) || t[r.upperBound - 1].capitalized,
                      let p = reader.classify(r), p.kind != .pronoun {
                // "Reached for comment by The Evening Post, a spokesman denied ...".
                finds.interviewVia = outletNamed(p, r)
            } else if tok.hash == W.speaking && k + 2 < hi && (t[k + 1].hash == W.to || t[k + 1].hash == W.with),
                      let r = reader.phraseStarting(at: k + 2, upperBound: hi), isOutletLike(r), let p = reader.classify(r) {
                // "Speaking to Business Insider, she said ...".
                finds.interviewVia = reader.asOutlet(p)
            } else if finds.madeBy == nil, lx.airedVerbs.contains(tok.hash), !tok.capitalized, k + 2 < hi, t[k + 1].isWord, t[k + 1].hash == W.by,
                      let subject = (max(lo, k - 5)..<k).first(where: { t[$0].isWord && !t[$0].capitalized && lx.propositionNouns.contains(t[$0].hash) })
                          ?? (t[k - 1].isWord && lx.documentNouns.contains(t[k - 1].hash) ? k - 1 : nil),
                      subject == k - 1 || (subject + 1..<k).contains(where: { t[$0].isWord && lx.beForms.contains(t[$0].hash) }),
                      let found = reader.phraseStarting(at: k + 2, upperBound: hi), case let r = namedObject(found), let p = reader.classify(r), p.kind != .pronoun {
                // "The allegations were first made by the Sentinel": the outlet put the claim forward.
                var a = Attribution(cueIndex: k, cue: view.lower(k) + " by", speaker: p, via: [], content: lo..<subject + 1,
                                    stanceCue: plainCue(k), contentIsQuote: false, confidence: 0.7)
                a.forcedStance = .claim
                finds.madeBy = a
            } else if denialNouns.contains(tok.hash) && k + 2 < hi && (t[k + 1].hash == W.by || t[k + 1].hash == W.from),
                      let r = reader.phraseStarting(at: k + 2, upperBound: hi), let p = reader.classify(r), p.kind != .pronoun {
                // "the denial by the ministry": a noun cue with its speaker.
                finds.nounDenial = (k, p, r)
            } else if denialNouns.contains(tok.hash), finds.nounDenial == nil, let issued = issuedDenial(noun: k, lo: lo),
                      let r = reader.phraseStarting(at: lo, upperBound: issued), r.upperBound == issued, let p = reader.classify(r) {
                // "Giles launched a strong denial", "the spokesman issued the denial": the
                // sentence's subject made it; "made the denial to Oslo media outlet VG": to an outlet.
                finds.nounDenial = (k, p, r)
                if finds.interviewVia == nil, k + 2 < hi, t[k + 1].isWord, t[k + 1].hash == W.to,
                   let found = reader.phraseStarting(at: k + 2, upperBound: hi), case let o = namedObject(found), t[o.upperBound - 1].capitalized,
                   let outlet = reader.classify(o), outlet.kind != .pronoun, outlet.kind != .person || isOutletLike(o) {
                    finds.interviewVia = outletNamed(outlet, o)
                }
            } else if (!tok.capitalized || (k > lo && t[k - 1].isWord && lx.personPronounSubjects.contains(t[k - 1].hash))) && cueVerbs.contains(tok.hash),
                      !isNounModifier(k, hi: hi), !isNounBeforeOf(k, hi: hi), let cue = verbCue(at: k, lo: lo, hi: hi) {
                verbs.append(cue)
            }
            k += 1
        }

        // A cue between another cue's subject and its verb sits in a parenthetical ("Jane Roe, a
        // scientist who advises the ministry, said"): it is not the sentence's statement.
        // (A single cue has no other cue to sit inside: the pass is skipped, and with it a copy
        // of the cues.)
        // (Asked first whether any cue sits inside another: the removal writes to the list, and
        // with `allVerbs` sharing its storage that copies every cue, most often for nothing.)
        if verbs.count >= 2 {
            let allVerbs = verbs
            func inside(_ a: VerbCue) -> Bool {
                allVerbs.firstIndex { b in
                    b.index > a.index && !b.passiveBy && b.speakerRange.upperBound <= a.index && !b.contentIsQuote && !view.endsWith(b.index, "ing")
                        && b.speakerRange.upperBound < hi && view.isComma(b.speakerRange.upperBound) && b.index > lo && view.isComma(b.index - 1)
                } != nil
            }
            if verbs.contains(where: inside) { verbs.removeAll(where: inside) }
        }
        var result: [Attribution] = []
        // The cues before the closing attribution takes over its content (an inner speaker may
        // be wanted back: "A said ..., the Post reported, citing B").
        let cuesBeforeClosing = verbs
        // "As X reported, ...": the outlet carries what follows, like "according to X".
        // (Found by index: `first(where:)` and `last(where:)` copy every cue they pass.)
        if finds.according == nil, let asIndex = verbs.firstIndex(where: { v in
            v.speakerRange.lowerBound - 1 >= lo && t[v.speakerRange.lowerBound - 1].isWord && t[v.speakerRange.lowerBound - 1].hash == W.as
                && v.index + 1 < hi && view.isComma(v.index + 1) && v.speakerRange.upperBound == v.index
        }), case let asCue = verbs[asIndex] {
            finds.according = (asCue.speakerRange.lowerBound - 1, asCue.speaker, asCue.speakerRange)
            verbs.removeAll { $0.index == asCue.index }
        }
        // A closing attribution ("..., said Jane Roe.") owns the sentence: cues inside its
        // content belong to what is reported.
        if let closingIndex = verbs.lastIndex(where: { !$0.passiveBy && $0.contentIsQuote && $0.content.upperBound <= $0.index && $0.content.count > 2 && !isAsClause($0) }),
           case let closing = verbs[closingIndex] {
            let inner = verbs.filter { $0.index != closing.index && closing.content.contains($0.index) && !$0.passiveBy && !$0.contentIsQuote }
            if closing.speaker.kind == .outlet || lx.reportVerbs.contains(t[closing.index].hash), var first = inner.first {
                // "X has said ..., the news agency reported": X speaks, the agency carries it.
                first.objectVia = first.objectVia.map { _ in closing.speaker } ?? closing.speaker
                first.content = first.content.lowerBound..<min(first.content.upperBound, closing.content.upperBound)
                // A clause after the closing attribution stays ("..., Janes reports, but says ...").
                verbs = [first] + verbs.filter { $0.index > closing.index }
            } else {
                verbs.removeAll { $0.index != closing.index && closing.content.contains($0.index) }
            }
        }
        // (Most sentences hold no passive cue: their cues are then the active ones as they stand,
        // shared, not filtered into two new arrays.)
        let anyPassive = verbs.contains { $0.passiveBy }
        var active = anyPassive ? verbs.filter { !$0.passiveBy } : verbs
        let passive = anyPassive ? verbs.filter { $0.passiveBy } : []
        if let acc = finds.according {
            let front = acc.index - lo <= 2
            // "According to X, Y said ...": Y speaks, X carries it; "Y, citing Z, said ...,
            // according to X": Z speaks through Y and X.
            // ("According to X, Y reported, citing Z, that ...": the citing right after the verb.)
            if let verbIndex = active.firstIndex(where: { !front || $0.index > acc.range.upperBound }), case let verb = active[verbIndex], acc.phrase.kind != .pronoun, let cite = finds.citing,
               cite.index > verb.speakerRange.lowerBound, cite.index < verb.index || (cite.index == verb.index + 2 && view.isComma(verb.index + 1)) {
                var a = attribution(verb, via: [acc.phrase, verb.speaker])
                a.speaker = cite.phrase
                a.cue = "citing"
                result.append(a)
                return result
            } else if !front, let verbIndex = active.firstIndex(where: { $0.index < acc.index }), case let verb = active[verbIndex], acc.phrase.kind != .pronoun,
                      verb.speaker.kind == .outlet || isOutletLike(verb.speakerRange), lx.reportVerbs.contains(t[verb.index].hash),
                      Lexicon.sourceNouns.contains(wordHash(acc.phrase.head)) {
                // "Reuters reported that ..., according to sources familiar with the talks": the
                // sources speak, the outlet that reported carries them.
                var a = attribution(verb, via: [verb.speaker] + (verb.objectVia.map { [$0] } ?? []))
                a.speaker = acc.phrase
                a.cue = "according to"
                a.content = verb.content.lowerBound..<min(verb.content.upperBound, max(verb.content.lowerBound, acc.index - 1))
                result.append(a)
                return result
            } else if let verbIndex = active.firstIndex(where: { !front || $0.index > acc.range.upperBound }), case let verb = active[verbIndex], acc.phrase.kind != .pronoun {
                var via = [acc.phrase]
                if let o = verb.objectVia { via.append(o) }
                if let iv = finds.interviewVia { via.append(iv) }
                result.append(attribution(verb, via: via))
                // "X says ..., according to his lawyer, Jane Roe": the lawyer states it too.
                if acc.phrase.kind == .person && !isOutletLike(acc.range) && verb.speaker.kind != .pronoun {
                    result.append(Attribution(cueIndex: acc.index, cue: "according to", speaker: acc.phrase, via: [],
                                              content: contentAround(acc.index, acc.range, front: front, lo: lo, hi: hi),
                                              stanceCue: plainCue(acc.range.upperBound), contentIsQuote: false, confidence: 0.75))
                }
            } else if let cited = citedAfterAccording(acc.range, hi: hi) {
                result.append(Attribution(cueIndex: acc.index, cue: "citing", speaker: cited, via: [acc.phrase],
                                          content: contentAround(acc.index, acc.range, front: front, lo: lo, hi: hi),
                                          stanceCue: plainCue(acc.range.upperBound), contentIsQuote: false, confidence: 0.85))
            } else if let cite = finds.citing {
                result.append(Attribution(cueIndex: cite.index, cue: "citing", speaker: cite.phrase, via: [acc.phrase],
                                          content: contentAround(acc.index, acc.range, front: front, lo: lo, hi: hi),
                                          stanceCue: plainCue(acc.range.upperBound), contentIsQuote: false, confidence: 0.85))
            } else {
                result.append(Attribution(cueIndex: acc.index, cue: "according to", speaker: acc.phrase,
                                          via: passive.map(\.speaker) + (finds.interviewVia.map { [$0] } ?? []),
                                          content: contentAround(acc.index, acc.range, front: front, lo: lo, hi: hi),
                                          stanceCue: plainCue(acc.range.upperBound), contentIsQuote: false, confidence: 0.9))
                return result
            }
        } else if let cite = finds.citing, let first = active.first, !citesInsideContent(cite.index, of: active, lo: lo) {
            // "X, citing Y, reported ...": Y speaks through X. The carrier is the verb nearest
            // before "citing" ("A said ..., the Herald reported, citing B"), else the first.
            let verb = active.lastIndex(where: { $0.index < cite.index && $0.speakerRange.lowerBound < cite.index }).map { active[$0] } ?? first
            var via = [verb.speaker]
            if let o = verb.objectVia {
                // "A said ..., the Herald reported, citing B": the closing outlet carries B; A is
                // what was said, not a channel.
                if cite.index > verb.index && verb.content.upperBound <= cite.index { via = [o] } else { via.append(o) }
            }
            var a = attribution(verb, via: via)
            a.speaker = cite.phrase
            a.cue = "citing"
            // "A said ..., the Post reported, citing Channel 9 television": A speaks; the Post
            // carries it from the outlet it cites.
            let cited = citeRange(cite.index, hi: hi)
            if cite.index > verb.index, cite.phrase.kind == .outlet || isOutletLike(cited) || (cited.lowerBound..<min(hi, cited.upperBound + 1)).contains(where: { t[$0].isWord && !t[$0].capitalized && lx.outletNouns.contains(t[$0].hash) }) {
                var outlet = cite.phrase
                outlet.kind = .outlet
                if let carrier = verb.objectVia, verb.speaker.kind != .outlet {
                    a = attribution(verb, via: [carrier, outlet])
                } else if verb.speaker.kind == .outlet || isOutletLike(verb.speakerRange) || lx.reportVerbs.contains(t[verb.index].hash),
                          let innerIndex = cuesBeforeClosing.lastIndex(where: { !$0.passiveBy && $0.index < verb.speakerRange.lowerBound && $0.speaker.kind != .outlet }),
                          case var inner = cuesBeforeClosing[innerIndex] {
                    var carrier = verb.speaker
                    carrier.kind = .outlet
                    if let comma = (inner.index..<verb.speakerRange.lowerBound).last(where: { view.isComma($0) }), comma > inner.content.lowerBound {
                        inner.content = inner.content.lowerBound..<min(inner.content.upperBound, comma)
                    }
                    a = attribution(inner, via: [carrier, outlet])
                }
            }
            result.append(a)
            // A second speaker may still follow ("..., though his agent denied it").
            active.removeAll { $0.index < verb.index }
        } else if let p = finds.perspective {
            result.append(Attribution(cueIndex: p.index, cue: "from the perspective of", speaker: p.phrase, via: [],
                                      content: contentAround(p.index, p.range, front: p.index - lo <= 2, lo: lo, hi: hi),
                                      stanceCue: plainCue(p.range.upperBound), contentIsQuote: false, confidence: 0.7))
            return result
        } else if active.isEmpty, passive.isEmpty, let rb = finds.reportBy {
            // "The coach was linked with the job in a report by the Evening Courier": the outlet
            // puts the rest of the sentence forward.
            var end = rb.index
            while end > lo && (view.isComma(end - 1) || view.isDashOrHyphen(end - 1)) { end -= 1 }
            var start = skippingTime(from: rb.range.upperBound, hi: hi)
            while start < hi && t[start].kind == .punct { start += 1 }
            // Only at either end of the sentence: "In a report by X, ..." or "... in a report by X."
            let opens = rb.index == lo, closes = start >= hi - 1
            guard opens || closes else { return result }
            let content = closes ? lo..<end : start..<hi
            guard content.count >= 3 else { return result }
            var a = Attribution(cueIndex: rb.index, cue: cueWords(rb.index, rb.range.lowerBound - 1), speaker: reader.asOutlet(rb.phrase), via: [],
                                content: content, stanceCue: plainCue(rb.range.upperBound), contentIsQuote: false, confidence: 0.7)
            a.forcedStance = .claim
            result.append(a)
            return result
        }
        // "The club issued a 'categorical denial' of the report, adding that ...": the denial
        // leads, as "The club denied the report, adding that ..." does.
        if result.isEmpty, let noun = finds.nounDenial,
           active.allSatisfy({ $0.index > noun.index && $0.index > lo && view.isComma($0.index - 1) && view.endsWith($0.index, "ing") }) {
            return [Attribution(cueIndex: noun.index, cue: view.lower(noun.index) + " by", speaker: noun.phrase, via: finds.interviewVia.map { [$0] } ?? [],
                                content: lo..<hi, stanceCue: .init(verb: W.denied, negated: false, declined: false, isQuestionVerb: false, objectRange: noun.range.upperBound..<noun.range.upperBound),
                                contentIsQuote: false, confidence: 0.7)]
        }
        if result.isEmpty {
            guard let first = active.first else {
                if let p = passive.first {
                    var a = attribution(p, via: (finds.interviewVia.map { [$0] } ?? []) + (p.objectVia.map { [$0] } ?? []))
                    a.content = lo..<max(lo, p.speakerRange.lowerBound - 2)
                    a.confidence = 0.7
                    result.append(a)
                }
                return result
            }
            // "As reported by X, ... she said": a fronted "as reported by" carries the statement too.
            // "In comments reported by Kyodo, the minister said" likewise.
            // "..., a statement disputed by the union": an answer of its own, not a channel.
            let answers = passive.filter { isAppositivePassiveAnswer($0, lo: lo) }
            var via: [SpeakerPhrase] = passive.filter { p in
                answers.firstIndex(where: { $0.index == p.index }) == nil && (p.index > first.index || (p.speakerRange.upperBound <= first.speakerRange.lowerBound
                                          && (p.cueText.hasPrefix("as ") || (p.index > lo && t[p.index - 1].isWord && (t[p.index - 1].hash == W.comments || t[p.index - 1].hash == W.remarks)))))
            }.map(\.speaker)
            if let o = first.objectVia { via.append(o) }
            if let iv = finds.interviewVia { via.append(iv) }
            result.append(attribution(first, via: via))
            for answer in answers where answer.index > first.index {
                var a = attribution(answer, via: [])
                a.content = first.content.lowerBound..<max(first.content.lowerBound, answer.index - 2)
                result.append(a)
            }
        }
        // A second speaker in its own clause ("X said ..., while Y denied ...").
        if let primary = result.first {
            for verbIndex in active.indices where active[verbIndex].index > primary.cueIndex && active[verbIndex].speakerRange.lowerBound > primary.cueIndex {
                let verb = active[verbIndex]
                let between = primary.cueIndex..<verb.speakerRange.lowerBound
                let separated = between.contains { t[$0].isWord && !t[$0].capitalized && (t[$0].hash == W.while_ || t[$0].hash == W.whereas || t[$0].hash == W.but
                                                                                            || lx.concessive.contains(t[$0].hash)
                                                                                            || (t[$0].hash == W.and && $0 > between.lowerBound && (view.isComma($0 - 1) || (t[$0 - 1].isQuote && $0 - 2 >= between.lowerBound && view.isComma($0 - 2))))
                                                                                            || ((t[$0].hash == W.a || t[$0].hash == W.an) && $0 > between.lowerBound && view.isComma($0 - 1))) }
                    || between.contains { t[$0].kind == .punct && t[$0].first == 59 }
                    // "X was unable to verify the report and Central Command said ...".
                    || (verb.speakerRange.lowerBound - 1 > primary.cueIndex && t[verb.speakerRange.lowerBound - 1].isWord && t[verb.speakerRange.lowerBound - 1].hash == W.and
                        && (t[verb.speakerRange.lowerBound].capitalized || (t[verb.speakerRange.lowerBound].hash == W.the && verb.speakerRange.count > 1 && t[verb.speakerRange.lowerBound + 1].capitalized))
                        // ("... and Jane Roe has stressed that ...": auxiliaries between.)
                        && (verb.speakerRange.upperBound..<verb.index).allSatisfy { t[$0].isWord && !t[$0].capitalized && lx.auxiliaries.contains(t[$0].hash) })
                    || isAsClause(verb)
                    || isAppositiveAnswer(verb, lo: range.lowerBound)
                    // "X reports, but says ...": a second verb of the closing speaker.
                    || (verb.speakerRange.upperBound < verb.index && (verb.speakerRange.upperBound..<verb.index).contains { t[$0].isWord && t[$0].hash == W.but })
                    // "... after the club and the agent vehemently denied the claims".
                    || (lx.denialVerbs.contains(t[verb.index].hash) && between.contains { t[$0].isWord && !t[$0].capitalized && t[$0].hash == lx.after })
                // "X has not resigned, her office said, after a website claimed she had": the
                // report the first speaker answers.
                let answeredReport = lx.reportedClaimVerbs.contains(t[verb.index].hash)
                    && between.contains { t[$0].isWord && !t[$0].capitalized && t[$0].hash == lx.after }
                if separated || answeredReport {
                    var second = attribution(verb, via: verb.objectVia.map { [$0] } ?? [])
                    if answeredReport { second.forcedStance = .claim }
                    // ", as officials had claimed": the claim the main clause answers.
                    if isAsClause(verb) { second.forcedStance = .claim }
                    result.append(second)
                    break
                }
            }
        }
        // "The group rejected the demand, while denying the fund had made a bid": the subject's
        // second statement, a participle after "while"; the first ends at the comma. (A denial
        // leads: a sentence keeps one statement of a speaker, and the denial is the news.)
        if result.count == 1, case var primary = result[0],
           let w = active.first(where: { $0.index > primary.cueIndex + 2 && view.endsWith($0.index, "ing") && t[$0.index - 1].isWord && !t[$0.index - 1].capitalized
                                         && (t[$0.index - 1].hash == W.while_ || t[$0.index - 1].hash == Self.whilst) && view.isComma($0.index - 2) }) {
            if primary.content.contains(w.index - 2) && primary.content.lowerBound < w.index - 2 {
                primary.content = primary.content.lowerBound..<(w.index - 2)
                result[0] = primary
            }
            let second = attribution(w, via: w.objectVia.map { [$0] } ?? [])
            if lx.denialVerbs.contains(t[w.index].hash) { result.insert(second, at: 0) } else { result.append(second) }
        }
        // "The sheriff says the driver told police he swerved": the inner speaker through the outer.
        if result.count == 1, let primary = result.first, !primary.contentIsQuote,
           let innerIndex = active.firstIndex(where: { $0.index > primary.cueIndex && $0.speakerRange.lowerBound == primary.content.lowerBound
                                             && lx.nestedVerbs.contains(t[$0.index].hash) && $0.speaker.kind != .pronoun
                                             && !(lx.tellVerbs.contains(t[$0.index].hash) && $0.index + 1 < hi && t[$0.index + 1].isWord && lx.pronouns.contains(t[$0.index + 1].hash)) }), case let inner = active[innerIndex] {
            let nested = attribution(inner, via: [primary.speaker] + (inner.objectVia.map { [$0] } ?? []))
            // "Police said the passengers have denied all charges": the denial is the
            // passengers', carried by the police, who say nothing of their own. Likewise
            // whatever an outlet reports someone said: "the Daily Ledger reports the coach told
            // friends he would stay" is the coach's, through the paper.
            if lx.denialVerbs.contains(t[inner.index].hash) || primary.speaker.kind == .outlet { result = [nested] } else { result.append(nested) }
        }
        return result
    }

    private func attribution(_ v: VerbCue, via: [SpeakerPhrase]) -> Attribution {
        Attribution(cueIndex: v.index, cue: v.cueText, speaker: v.speaker, via: via, content: v.content,
                    stanceCue: v.stance, contentIsQuote: v.contentIsQuote, confidence: v.passiveBy ? 0.75 : 0.9)
    }

    private func plainCue(_ after: Int) -> StanceClassifier.Cue {
        .init(verb: nil, negated: false, declined: false, isQuestionVerb: false, objectRange: after..<after)
    }

    /// The content of a phrase attribution: what follows a fronted phrase, or what precedes a
    /// trailing one.
    private func contentAround(_ index: Int, _ phrase: Range<Int>, front: Bool, lo: Int, hi: Int) -> Range<Int> {
        if front {
            var start = phrase.upperBound
            // Skip an appositive "which published ..." up to the comma that ends it.
            if start < hi && view.isComma(start) { start += 1 }
            if start < hi, t[start].isWord && (t[start].hash == W.which || t[start].hash == W.who || t[start].hash == W.citing) {
                while start < hi && !view.isComma(start) { start += 1 }
                start = min(hi, start + 1)
            }
            return start..<hi
        }
        var end = index
        if end > lo && view.isComma(end - 1) { end -= 1 }
        if end > lo && t[end - 1].hash == W.as { end -= 1 }
        return lo..<max(lo, end)
    }

    /// The sentence's grammatical subject: a fronted adverbial ("In a stern statement,") is
    /// skipped, then a noun phrase is read.
    func sentenceSubject(in fullRange: Range<Int>) -> Range<Int>? {
        let lo = datelineEnd(fullRange), hi = fullRange.upperBound
        var start = lo
        while start < hi && (t[start].kind == .punct || t[start].isQuote || t[start].kind == .number) { start += 1 }
        guard start < hi else { return nil }
        // Leading adverbial up to the first comma (within 10 tokens) when it opens with a
        // preposition or connective, or a participle ("Speaking to reporters in Moscow, ...").
        if t[start].isWord && (lx.clauseWords.contains(t[start].hash) || (t[start].capitalized && view.endsWith(start, "ing") && start + 1 < hi && t[start + 1].isWord && !t[start + 1].capitalized)) {
            var c = start
            while c < hi && c - start < 12 && !view.isComma(c) { c += 1 }
            if c < hi && view.isComma(c) { start = c + 1 } else { return nil }
        }
        guard start < hi else { return nil }
        return reader.phraseStarting(at: start, upperBound: hi)
    }

    /// Reads the reporting verb at `v`: its subject, the content, and whether it is a cue at all.
    private func verbCue(at v: Int, lo: Int, hi: Int) -> VerbCue? {
        let verbHash = t[v].hash
        if lx.pieceOnlyVerbs.contains(verbHash) && WrittenPieceCue.contentStart(verb: v, after: v + 1, hi: hi, view: view) == nil { return nil }
        // "AFP reported Shekau as saying", "Reuters reported a spokeswoman as stating": the one
        // reported speaks through the outlet; the participle's cue reads the two (`citedAsSaying`).
        if verbHash == lx.reportedWord, reportsAsSaying(after: v, hi: hi) { return nil }
        // "a staff member did ask for a copy of a receipt": asking for a thing says nothing.
        if lx.askForms.contains(verbHash), v + 1 < hi, t[v + 1].isWord, t[v + 1].hash == lx.forWord { return nil }
        // "McCarthy denied there had been any rift, writes Paul Fraser": a byline closing a
        // sentence that has its own cue is no statement of the writer's.
        if verbHash == lx.writesWord || verbHash == lx.wroteWord, v - 2 > lo, view.isComma(v - 1), v + 1 < hi, t[v + 1].isWord, t[v + 1].capitalized,
           (lo..<(v - 1)).contains(where: { t[$0].isWord && !t[$0].capitalized && lx.reportingVerbs.contains(t[$0].hash) }) { return nil }
        // "moved to rubbish the claims": "rubbish" is a verb only after "to" ("the report is
        // rubbish" calls it so).
        if verbHash == lx.rubbishWord && !(v > lo && t[v - 1].isWord && t[v - 1].hash == W.to) { return nil }
        // "Asked if Airbus was reaffirming its target, Leahy said": a verb inside the question
        // that opens the sentence is no one's statement.
        if v > lo + 1, t[lo].isWord, t[lo].capitalized, lx.askForms.contains(t[lo].hash), !(lo..<v).contains(where: { view.isComma($0) }) { return nil }
        var k = v - 1
        var negated = false
        // "had no immediate comment", "did not have any comment": the subject is before "have".
        let noCommentHave = NoCommentCue.haveIndex(comment: v, lo: lo, view: view)
        if let h = noCommentHave {
            k = h - 1
            if t[h + 1].hash == W.no { negated = true }
        }
        while k >= lo && t[k].isWord && !t[k].capitalized && (lx.auxiliaries.contains(t[k].hash) || lx.negations.contains(t[k].hash)) {
            if lx.negations.contains(t[k].hash) { negated = true }
            k -= 1
        }
        // "Rutherford was reported to have said", "is understood to have told": the subject is
        // before the hearsay frame.
        if k - 2 > lo, t[k].isWord, t[k].hash == W.to, t[k + 1].hash == lx.haveWord, t[k - 1].isWord, lx.hearsayParticiples.contains(t[k - 1].hash),
           t[k - 2].isWord, lx.beForms.contains(t[k - 2].hash) {
            k -= 3
        }
        // An adverb between subject and verb: "IBM promptly denied", "the company similarly
        // refutes", "Roe once again said".
        if k > lo, isMannerAdverb(k) {
            k -= 1
            if k > lo, t[k].isWord, t[k].hash == lx.once { k -= 1 }
            while k >= lo && t[k].isWord && !t[k].capitalized && (lx.auxiliaries.contains(t[k].hash) || lx.negations.contains(t[k].hash)) {
                if lx.negations.contains(t[k].hash) { negated = true }
                k -= 1
            }
        }
        // A date between subject and verb: "the site on Aug. 6 said", "Roe on 6 August said".
        var skippedDate = false
        if k - 2 >= lo && t[k].kind == .number, let on = (max(lo, k - 4)..<k).last(where: { t[$0].isWord && !t[$0].capitalized && t[$0].hash == W.on }),
           on - 1 >= lo, (on + 1..<k).allSatisfy({ lx.monthWords.contains(t[$0].hash) || t[$0].kind == .number || (t[$0].kind == .punct && t[$0].first == 46) }) {
            k = on - 1
            skippedDate = true
        } else if k - 1 >= lo && t[k].isWord && lx.monthWords.contains(t[k].hash) && t[k - 1].kind == .number,
                  k - 2 >= lo, t[k - 2].isWord, t[k - 2].hash == W.on, k - 3 >= lo {
            k -= 3
            skippedDate = true
        }
        // A time between subject and verb: "Jane Roe on Wednesday denied", "Roe last week said".
        // ("The Mail on Sunday reported": the weekday is the paper's name.)
        let sundayTitle = k - 2 >= lo && t[k].capitalized && t[k - 1].isWord && t[k - 1].hash == W.on && t[k - 2].capitalized && lx.sundayTitles.contains(t[k - 2].hash)
        if !skippedDate && !sundayTitle && k >= lo && t[k].isWord && lx.timeWords.contains(t[k].hash) {
            var m = k - 1
            // ("Thursday night": a weekday before a part of the day.)
            if m >= lo && t[m].isWord && (!t[m].capitalized || lx.timeWords.contains(t[m].hash)) && (t[m].hash == W.on || t[m].hash == W.in || lx.timeWords.contains(t[m].hash) || t[m].hash == W.this || lx.partOfDay.contains(t[m].hash)) { m -= 1 }
            if m >= lo && t[m].isWord && !lx.prepositions.contains(t[m].hash) { k = m }
            // "Jane Roe, 47, yesterday hit back", "Jane Roe, on Saturday debunked": the comma
            // before the time ends the subject.
            else if m >= lo && view.isComma(m) { k = m }
            // "The Airports Authority of India (AAI) on Wednesday clarified": the acronym's
            // parenthesis ends the subject.
            else if m >= lo && t[m].kind == .punct && t[m].first == 41 { k = m }
            while k >= lo && t[k].isWord && !t[k].capitalized && (lx.auxiliaries.contains(t[k].hash) || lx.negations.contains(t[k].hash)) { k -= 1 }
        }
        // A time set off by commas: "Jane Roe, yesterday, denied", "the ministry, on Monday, said".
        if k > lo, view.isComma(k), let comma = CueWords.commaBeforeTime(endingAt: k - 1, lo: lo, view: view) { k = comma }
        // "Planning Minister Jane Roe while talking to the same channel said": a participle
        // clause between a name and its verb, with no comma.
        if let q = participleAdjunctStart(endingAt: k, lo: lo) { k = q - 1 }
        var declined = false
        // The cue's words, made into a string only when the cue is kept.
        var cueFirst = noCommentHave ?? v, cueLast = v
        // "refused to be drawn on": the passive infinitive of a refusal.
        if k - 1 >= lo && t[k].isWord && t[k].hash == lx.be && t[k - 1].isWord && t[k - 1].hash == W.to && lx.declineOnlyVerbs.contains(verbHash) { k -= 1 }
        // Infinitives: "declined to comment", "was unable to confirm", "was not able to verify",
        // "has been forced to confirm that".
        if k >= lo && t[k].isWord && t[k].hash == W.to && !t[k].capitalized {
            // "moved quickly to deny", "was quick to dismiss": a denial made in haste.
            if lx.denialVerbs.contains(verbHash), k - 1 >= lo, t[k - 1].isWord, lx.hasteWords.contains(t[k - 1].hash) {
                cueFirst = v
                k -= 2
                if k >= lo && t[k].isWord && lx.hasteWords.contains(t[k].hash) { k -= 1 }
                while k >= lo && t[k].isWord && !t[k].capitalized && (lx.auxiliaries.contains(t[k].hash) || lx.beForms.contains(t[k].hash)) { k -= 1 }
            } else if let carrier = CueWords.infinitiveCarrier(to: k, lo: lo, view: view) {
                // "has come forward to say", "took to Twitter to debunk": the speaker acts to speak.
                cueFirst = carrier.start
                declined = carrier.declines
                k = carrier.start - 1
                while k >= lo && t[k].isWord && !t[k].capitalized && lx.auxiliaries.contains(t[k].hash) { k -= 1 }
            } else {
                guard k - 1 >= lo, t[k - 1].isWord else { return nil }
                let head = t[k - 1].hash
                if W.declinedTo.contains(head) {
                    declined = true
                    cueFirst = k - 1
                    k -= 2
                    while k >= lo && t[k].isWord && !t[k].capitalized && lx.auxiliaries.contains(t[k].hash) { k -= 1 }
                } else if lx.unable.contains(head) || lx.able.contains(head) || lx.saying.contains(head) {
                    // "was unable to confirm", "was not able to verify", "has been forced to confirm".
                    declined = !lx.saying.contains(head)
                    cueFirst = k - 1
                    k -= 2
                    while k >= lo && t[k].isWord && !t[k].capitalized
                            && (lx.auxiliaries.contains(t[k].hash) || lx.beForms.contains(t[k].hash) || lx.negations.contains(t[k].hash)) {
                        if lx.negations.contains(t[k].hash) { negated = true }
                        k -= 1
                    }
                    if lx.able.contains(head) && !negated { return nil }
                } else if let s = purposeSubject(to: k, verb: v, lo: lo) {
                    // "The team rallied around the leader this weekend to deny the smears": the
                    // clause's subject acts in order to deny.
                    cueFirst = v
                    k = s.upperBound - 1
                } else {
                    return nil
                }
            }
        }
        // "has lodged a police report over the images": a noun after "a" and a noun, not a verb.
        if lx.nounLikeVerbs.contains(verbHash), !view.endsWith(v, "s"), v - 2 >= lo, t[v - 1].isWord, !t[v - 1].capitalized,
           !lx.auxiliaries.contains(t[v - 1].hash), !lx.negations.contains(t[v - 1].hash), t[v - 2].isWord, t[v - 2].hash == W.a || t[v - 2].hash == W.an,
           // ("A newspaper report that ...", "a related report by X" still carry a claim.)
           !(v + 1 < hi && t[v + 1].isWord && (t[v + 1].hash == W.that || t[v + 1].hash == W.by)) { return nil }
        // "expressed surprise over the aviation reports and said ...": a plural noun inside a
        // prepositional phrase ("the paper reports that ..." opens none).
        if lx.nounLikeVerbs.contains(verbHash), view.endsWith(v, "s"), v - 3 >= lo, t[v - 1].isWord, !t[v - 1].capitalized,
           !lx.auxiliaries.contains(t[v - 1].hash), !lx.negations.contains(t[v - 1].hash), t[v - 2].isWord, lx.determiners.contains(t[v - 2].hash),
           t[v - 3].isWord, !t[v - 3].capitalized, lx.prepositions.contains(t[v - 3].hash), t[v - 3].hash != W.to { return nil }
        // "Contrary to media reports, the club ...", "In press reports": a bare plural noun after
        // a preposition that opens the clause, no subject and verb ("The team of experts claims"
        // has its subject before the preposition).
        if lx.nounLikeVerbs.contains(verbHash), view.endsWith(v, "s"), v - 2 >= lo, t[v - 1].isWord, !t[v - 1].capitalized,
           !lx.auxiliaries.contains(t[v - 1].hash), !lx.negations.contains(t[v - 1].hash), !lx.determiners.contains(t[v - 1].hash), t[v - 2].isWord,
           lx.prepositions.contains(t[v - 2].hash) || t[v - 2].hash == W.to,
           v - 2 == lo || !t[v - 3].isWord || t[v - 3].hash == lx.contraryWord { return nil }
        // "ABC reported Jane Roe, a spokesman for the party, as saying: ...": the person speaks
        // through the outlet (read at "saying"), the outlet reports nothing of its own.
        if verbHash == lx.reportedWord, case let end = min(hi, v + 26), v + 2 < end,
           let a = ((v + 2)..<end).first(where: { !(t[$0].isWord || view.isComma($0)) || (t[$0].isWord && t[$0].hash == W.as && !t[$0].capitalized) }),
           t[a].isWord, t[a].hash == W.as, a + 1 < hi, t[a + 1].isWord, lx.reportingVerbs.contains(t[a + 1].hash), view.endsWith(a + 1, "ing") { return nil }
        // "denied social media claims that ...", "reacted angrily to media reports": a noun phrase.
        if lx.nounLikeVerbs.contains(verbHash), view.endsWith(v, "s"), isMediaNounPhrase(v, lo: lo) { return nil }
        // "Media reports last week said ...": the noun before its verb, after a time at most.
        if lx.nounLikeVerbs.contains(verbHash), view.endsWith(v, "s"), case let next = CueWords.skippingTime(from: v + 1, hi: hi, view: view),
           next > v + 1, next < hi, t[next].isWord, !t[next].capitalized, lx.reportingVerbs.contains(t[next].hash), !lx.nounLikeVerbs.contains(t[next].hash) { return nil }
        if lx.onlyNegatedVerbs.contains(verbHash) && !declined && !negated && !CueWords.respondsToReport(v, hi: hi, view: view) { return nil }
        // "..., accused of killing two students": a reduced passive, not an accusation made.
        if lx.objectVerbs.contains(verbHash) && v + 1 < hi && t[v + 1].isWord && t[v + 1].hash == W.of { return nil }
        // "did not return calls seeking comment": a return of messages only.
        if lx.returnVerbs.contains(verbHash) && !(v + 1 < hi && t[v + 1].isWord && lx.messageReturns.contains(t[v + 1].hash)) { return nil }
        // "weighed in, calling the reports lies": a label's participle speaks only after a comma
        // and of a report it labels ("is calling his colleagues", "calling for calm" say nothing).
        if lx.labelParticiples.contains(verbHash) && !(v - 1 >= lo && view.isComma(v - 1) && labelledReport(after: v + 1, hi: hi) != nil) { return nil }
        // "keen to deny its rival access to", "denied him bail": a thing withheld, nothing said.
        if StanceClassifier.denyForms.contains(verbHash) {
            var q = v + 1
            while q < hi && q - v <= 4 && t[q].isWord && t[q].hash != W.that && t[q].hash != W.of && !lx.propositionNouns.contains(t[q].hash) {
                if StanceClassifier.withheldNouns.contains(t[q].hash) { return nil }
                q += 1
            }
        }
        // "refused to discuss his future": a cue only after a refusal.
        if lx.declineOnlyVerbs.contains(verbHash) && !declined { return nil }
        var particleEnd = v
        if Self.particleVerbKeys.contains(verbHash), let particles = Lexicon.particleVerbs[verbHash],
           v + 2 < hi, t[v + 1].isWord, CueWords.particleIntensifiers.contains(t[v + 1].hash), particles.contains(t[v + 2].hash), t[v + 2].hash == Self.cold {
            // "threw more cold water on": an intensifier before the particle.
            particleEnd = v + 2
            cueLast = v + 2
        } else if Self.particleVerbKeys.contains(verbHash), let particles = Lexicon.particleVerbs[verbHash] {
            guard v + 1 < hi, particles.contains(t[v + 1].hash) else { return nil }
            // ", the statement went on.": the quotation continued, with nothing after the
            // particle ("went on to win", "went on leave" are deeds).
            if t[v + 1].hash == W.on && v + 2 < hi && t[v + 2].isWord { return nil }
            particleEnd = v + 1
            cueLast = v + 1
            if lx.declineVerbs.contains(verbHash) { declined = true }
            // "issued a statement:", "released a statement saying".
            if t[v + 1].hash == W.a {
                guard v + 2 < hi, t[v + 2].isWord, lx.statementNouns.contains(t[v + 2].hash) else { return nil }
                particleEnd = v + 2
                cueLast = v + 2
            }
            // "made it clear that": the cue runs to "clear".
            if t[v + 1].hash == W.it {
                guard v + 2 < hi, t[v + 2].isWord, t[v + 2].hash == lx.clear else { return nil }
                particleEnd = v + 2
                cueLast = v + 2
            }
        }
        // The word before the participle, past an adverb: "is emphatically denying" is a progressive too.
        let beforeVerb = v - 1 > lo && isMannerAdverb(v - 1) ? v - 2 : v - 1
        let isParticiple = view.endsWith(v, "ing") && !(k >= lo && t[k].isWord && !t[k].capitalized && !lx.auxiliaries.contains(t[k].hash) && t[k].hash != W.and && !view.isComma(k) && v > lo && ((t[beforeVerb].isWord && lx.beForms.contains(t[beforeVerb].hash)) || (negated && lx.beForms.contains(t[k].hash))))
        var after = particleEnd + 1
        while after < hi && t[after].isWord && !t[after].capitalized && (lx.auxiliaries.contains(t[after].hash) || lx.focusAdverbs.contains(t[after].hash)) && t[after].hash != W.also { after += 1 }
        // "was reported this week by X": a time between the participle and "by".
        var byIndex = skippingTime(from: after, hi: hi)
        // "were repeated to the Daily Ledger by local sources": the outlet told carries it.
        var toVia: SpeakerPhrase? = nil
        if byIndex < hi, v > lo, lx.beForms.contains(t[v - 1].hash), let given = outletGiven(to: byIndex, before: W.by, hi: hi) {
            toVia = given.outlet
            byIndex = given.end
        }
        let followedByBy = byIndex < hi && t[byIndex].isWord && t[byIndex].hash == W.by && (byIndex == after || v > lo && lx.beForms.contains(t[v - 1].hash))
        // Passive and reduced relatives: "as reported by X", "in comments reported by X",
        // "was confirmed by X".
        if followedByBy, let quoted = quotedAsSayingBy(verb: v, byIndex: byIndex, lo: lo, hi: hi) { return quoted }
        if followedByBy {
            // "denied claims by the government": a noun after a verb, not a passive.
            if lx.nounLikeVerbs.contains(verbHash) && v > lo && t[v - 1].isWord && (lx.reportingVerbs.contains(t[v - 1].hash) || lx.determiners.contains(t[v - 1].hash)) { return nil }
            guard let r = reader.phraseStarting(at: byIndex + 1, upperBound: hi), var p = reader.classify(r), p.kind != .pronoun else { return nil }
            if p.kind == .person && p.roles.isEmpty && isOutletLike(r) { p.kind = .outlet }
            return VerbCue(index: v, speakerRange: r, speaker: p, content: lo..<max(lo, v - 1), contentIsQuote: false, passiveBy: true,
                           objectVia: toVia, stance: .init(verb: verbHash, negated: false, declined: false, isQuestionVerb: false, objectRange: r),
                           cueText: (k >= lo && t[k].hash == W.as ? "as " : "") + cueWords(cueFirst, cueLast) + " by")
        }
        if k >= lo && t[k].isWord && lx.beForms.contains(t[k].hash) && CueWords.insistenceAdjectives.contains(verbHash) {
            // "Symonds was adamant the report was gossip": an insistence, its subject before the
            // be-form, its content a clause ("that" or a finite verb within six words).
            guard v + 1 < hi, (t[v + 1].isWord && t[v + 1].hash == W.that)
                    || ((v + 1)..<min(hi, v + 7)).contains(where: { t[$0].isWord && CueWords.finiteMarkers.contains(t[$0].hash) }) else { return nil }
            k -= 1
            while k >= lo && t[k].isWord && !t[k].capitalized && (lx.auxiliaries.contains(t[k].hash) || lx.negations.contains(t[k].hash)) { k -= 1 }
        } else if CueWords.insistenceAdjectives.contains(verbHash) {
            return nil
        } else if k >= lo && t[k].isWord && lx.beForms.contains(t[k].hash) {
            // "officials are denying", "outlets were reporting": progressive, not passive.
            guard view.endsWith(v, "ing") else { return nil }
            k -= 1
            while k >= lo && t[k].isWord && !t[k].capitalized && (lx.auxiliaries.contains(t[k].hash) || lx.negations.contains(t[k].hash)) { k -= 1 }
        }
        // A parenthesis between subject and verb: "Rep. Jane Roe (D-Ore.) said".
        var acronymOpen: Int? = nil
        if k >= lo && t[k].kind == .punct && t[k].first == 41 {
            var p = k - 1
            while p >= lo && k - p < 12 && !(t[p].kind == .punct && t[p].first == 40) { p -= 1 }
            if p >= lo && t[p].first == 40 { k = p - 1; acronymOpen = p }
        }
        // A dash aside between subject and verb: "the singer - who lit a cigarette onstage - has
        // denied"; the subject is before the aside.
        if k > lo, view.isDash(k), let open = dashAsideOpening(closing: k, lo: lo) { k = open - 1 }
        // "the head of state made ...": a noun after a preposition, not a verb.
        if k >= lo && t[k].isWord && !t[k].capitalized && lx.prepositions.contains(t[k].hash) && !isOnlyParticiple(v) { return nil }
        // "the reports"; not "the mother of three said", where the number ends the subject.
        if k >= lo && t[k].isWord && lx.determiners.contains(t[k].hash) && !t[k].capitalized
            && !(k - 1 >= lo && t[k - 1].isWord && t[k - 1].hash == W.of && CueWords.isParentOfCount(k - 2, view: view)) { return nil }
        // "2 confirmed cases", not "the 28-year-old" nor "Channel 4 reported".
        if k >= lo && t[k].kind == .number && !view.endsWith(k, "-old") && !(k > lo && t[k - 1].kind == .word && t[k - 1].capitalized) { return nil }

        // "Boeing Co. rejected", "Jane Roe Jr. said": the name ends before its suffix's dot.
        if k > lo, isNameSuffixDot(k, lo: lo) { k -= 1 }

        // The subject.
        var subject: Range<Int>? = nil
        var quoteBefore: Range<Int>? = nil
        var inverted = false
        var citedVia: SpeakerPhrase? = nil
        var statementParticiple = false
        if isParticiple && !declined {
            if k >= lo, t[k].isWord, let cited = citedAsSaying(k, lo: lo) {
                // "Outlets cited unofficial sources saying that", "cited a visitor as saying".
                subject = cited.subject
                citedVia = cited.via
            } else if k >= lo, t[k].isWord, let end = CueWords.subjectEndBeforeStatementNoun(v, lo: lo, view: view),
                      let r = view.isComma(end) ? appositiveSubject(comma: end, lo: lo) : reader.phraseEnding(at: end, lowerBound: lo) {
                // "posted a false report stating that", "lodged a complaint in court alleging".
                subject = r
                statementParticiple = true
            } else if k >= lo, t[k].isWord, let r = reader.phraseEnding(at: k, lowerBound: lo), r.lowerBound - 1 >= lo,
                      t[r.lowerBound - 1].isWord, t[r.lowerBound - 1].hash == W.with {
                // "..., with the agency saying it occurred in recent days".
                subject = r
            } else if k - 2 >= lo, t[k].isWord, t[k].hash == CueWords.forward, t[k - 1].isWord, CueWords.comeForms.contains(t[k - 1].hash) {
                // "her lawyer has come forward denying the claims": who came forward speaks.
                var e = k - 2
                while e >= lo && t[e].isWord && !t[e].capitalized && lx.auxiliaries.contains(t[e].hash) { e -= 1 }
                guard e >= lo, let r = reader.phraseEnding(at: e, lowerBound: lo) else { return nil }
                subject = r
            } else {
                // "..., asserting that": the subject of the main clause, or of the nearest clause
                // ("rumours spread after he promised ..., saying"). A comma inside a closing
                // quotation mark counts: `calling the book "nasty stuff," denying`.
                if k - 1 >= lo, t[k].kind == .closeQuote || t[k].kind == .ambiguousQuote, view.isComma(k - 1) { k -= 1 }
                // "The spokesman continued by saying:", "responded by denying": the subject of
                // the verb before "by".
                if k - 1 > lo, t[k].isWord, t[k].hash == W.by, !t[k].capitalized, t[k - 1].isWord, !t[k - 1].capitalized,
                   lx.reportingVerbs.contains(t[k - 1].hash) || CueWords.byMeansVerbs.contains(t[k - 1].hash) {
                    var e = k - 2
                    while e >= lo && t[e].isWord && !t[e].capitalized && lx.auxiliaries.contains(t[e].hash) { e -= 1 }
                    guard e >= lo, let r = reader.phraseEnding(at: e, lowerBound: lo) else { return nil }
                    subject = r
                    cueFirst = k - 1
                }
                if subject == nil {
                    // "The club accepted the offer, while denying that ...": the same subject.
                    if k - 1 > lo, t[k].isWord, !t[k].capitalized, t[k].hash == W.while_ || t[k].hash == Self.whilst, view.isComma(k - 1) { k -= 1 }
                    guard k >= lo, view.isComma(k) || (t[k].isWord && t[k].hash == W.and) else { return nil }
                    subject = nearestClauseSubject(lo: lo, before: k) ?? namedClauseSubject(lo: lo, comma: k) ?? sentenceSubject(in: lo..<v)
                }
            }
        } else if k < lo {
            inverted = true
        } else if view.isComma(k) || t[k].isQuote {
            var q = k
            if view.isComma(q) { q -= 1 }
            if q >= lo && (t[q].kind == .closeQuote || t[q].kind == .ambiguousQuote || t[q].kind == .punct && (t[q].first == 63 || t[q].first == 33)) {
                inverted = true
                quoteBefore = lo..<q
            } else if view.isComma(k) {
                subject = appositiveSubject(comma: k, lo: lo)
                // "The captain, quoted by the Gazette, said the team ...": a speaker that opens
                // the sentence before an appositive is the subject, not an inverted clause.
                let openingSubject = subject.map { s in s.lowerBound == lo && k - lo > s.count && isParticipleSegment(endingAt: k, lo: lo)
                    && (reader.classify(s).map { $0.kind != .pronoun } ?? false) } ?? false
                // "Jane Roe, on Saturday, denied the report": what a denial verb takes is its object.
                let deniesProposition = lx.denialVerbs.contains(verbHash) && v + 2 < hi && t[v + 1].isWord
                    && (lx.determiners.contains(t[v + 1].hash) || t[v + 1].hash == W.a) && t[v + 2].isWord && lx.propositionNouns.contains(t[v + 2].hash)
                if !lx.objectVerbs.contains(verbHash) && !lx.labelVerbs.contains(verbHash) && !openingSubject && !deniesProposition {
                    if speakerFollows(after: v + 1, hi: hi) {
                        inverted = true
                        quoteBefore = lo..<k
                        subject = nil
                    }
                }
            }
        } else if t[k].isWord && !t[k].capitalized && (t[k].hash == W.and || t[k].hash == W.but) {
            // "Janes reports, but says ...": the subject of the reporting verb just before.
            if k - 3 >= lo, view.isComma(k - 1), t[k - 2].isWord, lx.reportingVerbs.contains(t[k - 2].hash), !t[k - 2].capitalized,
               let r = reader.phraseEnding(at: k - 3, lowerBound: lo), reader.classify(r) != nil {
                subject = r
            } else {
                subject = sentenceSubject(in: lo..<k)
            }
        } else if t[k].isWord && !t[k].capitalized && (t[k].hash == W.who || (t[k].hash == W.which && k - 1 >= lo && (view.isComma(k - 1) || t[k - 1].capitalized && t[k - 1].isWord))) && k - 1 >= lo {
            // "anonymous sources who said": the phrase before "who"; "X cited Y who said" adds X.
            // ", which said": the organisation before the comma.
            // ", which said": the name before the comma ("the Britain-based Observatory for Human
            // Rights, which said"), not the clause it ends; "the PCB which said": a name right
            // before "which".
            subject = t[k].hash == W.which
                ? CueWords.nameEnding(at: view.isComma(k - 1) ? k - 2 : k - 1, lo: lo, view: view).flatMap { r in
                    // ("the report in Moscow which said": a place after a preposition is no speaker.)
                    view.isComma(k - 1) || r.lowerBound == lo || !(t[r.lowerBound - 1].isWord && lx.prepositions.contains(t[r.lowerBound - 1].hash)) ? r : nil }
                : reader.phraseEnding(at: view.isComma(k - 1) && k - 2 >= lo ? k - 2 : k - 1, lowerBound: lo)
            // ", who said" after a name that opens the sentence or a segment ("Conal, who says"),
            // not after an object ("he saw a doctor, who told him").
            // ("a tweet from Gery Woelfel, who reported": a name after a preposition is the source.)
            if t[k].hash == W.who, view.isComma(k - 1), let s = subject,
               (s.lowerBound > lo && !view.isComma(s.lowerBound - 1) && !(t[s.lowerBound - 1].isWord && (lx.sourcePrepositions.contains(t[s.lowerBound - 1].hash) || lx.citeVerbs.contains(t[s.lowerBound - 1].hash))))
                || !s.allSatisfy({ !t[$0].isWord || t[$0].capitalized }) { subject = nil }
            if let s = subject, s.lowerBound - 1 >= lo, t[s.lowerBound - 1].isWord, lx.citeVerbs.contains(t[s.lowerBound - 1].hash) {
                let c = s.lowerBound - 2
                if c >= lo, let outletRange = view.isComma(c) ? appositiveSubject(comma: c, lo: lo) : reader.phraseEnding(at: c, lowerBound: lo),
                   var outlet = reader.classify(outletRange) {
                    outlet.kind = .outlet
                    citedVia = outlet
                }
            } else if t[k].hash == W.who, let s = subject, s.lowerBound - 1 > lo, view.isComma(s.lowerBound - 1),
                      let c = (max(lo + 1, s.lowerBound - 15)..<(s.lowerBound - 1)).last(where: { t[$0].isWord && !t[$0].capitalized && lx.citedForms.contains(t[$0].hash) || t[$0].hash == Self.quotesWord && !t[$0].capitalized }),
                      (c + 1..<s.lowerBound).allSatisfy({ t[$0].isWord || view.isComma($0) }),
                      let outletRange = reader.phraseEnding(at: c - 1, lowerBound: lo), isOutletLike(outletRange) || reader.classify(outletRange)?.kind == .outlet,
                      var outlet = reader.classify(outletRange) {
                // "The Sun quotes his cousin's wife, Jane Roe, who says ...": the paper that
                // quotes the speaker carries her words.
                outlet.kind = .outlet
                citedVia = outlet
            }
        } else if t[k].isWord {
            // A weak verb ("believes", "hopes") that no clause, quotation or colon follows, with
            // no comma or quotation mark before it, finds no content whoever its subject is: the
            // answer the content rules below give, found before the subject is read and classified.
            if !isParticiple && lx.weakVerbs.contains(verbHash) && weakVerbFindsNoContent(v, lo: lo, after: after, hi: hi) { return nil }
            subject = reader.phraseEnding(at: k, lowerBound: lo)
            // "Paul Cousins from the Licensed Engineers Association says": the person who opens
            // the clause, not the body he comes from.
            if let s = subject, s.lowerBound - 3 >= lo, t[s.lowerBound - 1].isWord, t[s.lowerBound - 1].hash == W.from, !t[s.lowerBound - 1].capitalized,
               let name = CueWords.nameEnding(at: s.lowerBound - 2, lo: lo, view: view), name.count >= 2, name.lowerBound == lo || view.isComma(name.lowerBound - 1),
               reader.classify(name)?.kind == .person, let body = reader.classify(s), [.organisation, .outlet, .group, .country].contains(body.kind) {
                subject = name
            }
            // "Jane Smith in London said", "Sandy Clough of 104.3 The Fan in Denver reported": a
            // one-word place after "in" that follows a name is where the speaker is, not who.
            if let s = subject, s.count == 1, t[s.lowerBound].capitalized, s.lowerBound - 2 >= lo, t[s.lowerBound - 1].isWord, t[s.lowerBound - 1].hash == W.in,
               !t[s.lowerBound - 1].capitalized, t[s.lowerBound - 2].isWord, t[s.lowerBound - 2].capitalized,
               let before = reader.phraseEnding(at: s.lowerBound - 2, lowerBound: lo), let p = reader.classify(before), p.kind == .person || p.kind == .outlet {
                subject = before
            }
            // "The airport, in a statement said": a statement the subject spoke in, set off after
            // it with its closing comma left out, is no speaker; the subject is before the comma.
            if let s = subject, s.lowerBound - 2 >= lo, t[s.lowerBound - 1].isWord, t[s.lowerBound - 1].hash == W.in,
               view.isComma(s.lowerBound - 2), lx.statementNouns.contains(t[s.upperBound - 1].hash),
               let r = appositiveSubject(comma: s.lowerBound - 2, lo: lo) ?? (s.lowerBound - 3 >= lo ? reader.phraseEnding(at: s.lowerBound - 3, lowerBound: lo) : nil) {
                subject = r
            }
            // "Jane Roe, a spokesman for the club says": a description set off after the name
            // that opens the clause, its closing comma left out; the name speaks.
            // ("Chikumbutso Mtumodzi, spokesman for President Mutharika told VOA": a role noun
            // with no article opens the description too.)
            if let s = subject, s.lowerBound - 2 >= lo, view.isComma(s.lowerBound - 1), t[s.lowerBound].isWord,
               t[s.lowerBound].hash == W.a || t[s.lowerBound].hash == W.an || (!t[s.lowerBound].capitalized && lx.personRoleNouns.contains(t[s.lowerBound].hash)),
               let name = CueWords.nameEnding(at: s.lowerBound - 2, lo: lo, view: view), name.lowerBound == lo, name.count >= 2,
               // ("In Lagos, spokesman for the ministry Tom Ridley said": a fronted place is no name.)
               !CueWords.frontedPrepositions.contains(t[name.lowerBound].hash),
               reader.classify(name)?.kind == .person, reader.classify(s).map({ !$0.roles.isEmpty }) ?? false {
                subject = name
            } else if let s = subject, let name = nameBeforeOpenAppositive(subject: s, verb: k, lo: lo) {
                subject = name
            }
            // "..., a claim (that) the ministry said was false": the subject follows the noun.
            if let s = subject, let noun = s.first(where: { t[$0].isWord && !t[$0].capitalized && lx.propositionNouns.contains(t[$0].hash) }),
               noun - 2 >= lo, noun + 1 < s.upperBound, t[noun - 1].isWord, t[noun - 1].hash == W.a || t[noun - 1].hash == W.an,
               view.isComma(noun - 2) || view.isDashOrHyphen(noun - 2) {
                var start = noun + 1
                if t[start].isWord && t[start].hash == W.that && start + 1 < s.upperBound { start += 1 }
                subject = start..<s.upperBound
            }
            // "the source cited by the newspaper said": the source speaks, the newspaper carries it;
            // likewise "a spokesman contacted by Reuters said", "officials interviewed by the Times".
            // ("A source quoted on the Ledger's website said", "quoted in the Ledger": the paper
            // that printed the words.)
            if let s = subject, s.lowerBound - 3 >= lo, t[s.lowerBound - 1].isWord,
               t[s.lowerBound - 1].hash == W.by || ((t[s.lowerBound - 1].hash == W.on || t[s.lowerBound - 1].hash == W.in) && lx.citedForms.contains(t[s.lowerBound - 2].hash)
                                                    && (isOutletLike(s) || reader.classify(s)?.kind == .outlet)),
               t[s.lowerBound - 2].isWord, lx.citeVerbs.contains(t[s.lowerBound - 2].hash) || lx.askedByVerbs.contains(t[s.lowerBound - 2].hash),
               var outlet = reader.classify(s), let source = reader.phraseEnding(at: s.lowerBound - 3, lowerBound: lo), reader.classify(source) != nil {
                if isOutletLike(s) || outlet.kind == .person { outlet.kind = .outlet }
                citedVia = outlet
                subject = source
            }
            // "Jane Roe, 31, who works at the airport in Russia said": the phrase before the verb
            // sits inside a prepositional phrase of a relative clause; the subject is before "who".
            if let s = subject, s.lowerBound - 1 >= lo, t[s.lowerBound - 1].isWord, !t[s.lowerBound - 1].capitalized,
               lx.prepositions.contains(t[s.lowerBound - 1].hash) || (s.lowerBound - 2 >= lo && t[s.lowerBound - 1].hash == W.the && lx.prepositions.contains(t[s.lowerBound - 2].hash)) {
                var w = s.lowerBound - 1
                while w > lo && s.lowerBound - w < 30 && !(t[w].isWord && t[w].hash == W.who && !t[w].capitalized) { w -= 1 }
                if w > lo && t[w].hash == W.who && t[w].isWord {
                    subject = view.isComma(w - 1) ? appositiveSubject(comma: w - 1, lo: lo) : reader.phraseEnding(at: w - 1, lowerBound: lo)
                }
            }
            // "Sources close to the inquiry being run in northern France said": the phrase
            // before the verb ends a post-modifier of the sentence's subject.
            // ("The champion denied it after a newspaper said ...": "after" opens a clause of its
            // own, whose subject speaks; "... when they reported" still points back.)
            if let s = subject, s.lowerBound - 2 >= lo,
               (max(lo, s.lowerBound - 3)..<s.lowerBound).contains(where: { t[$0].isWord && !t[$0].capitalized && lx.prepositions.contains(t[$0].hash) }),
               !((max(lo, s.lowerBound - 3)..<s.lowerBound).contains(where: { t[$0].isWord && !t[$0].capitalized && lx.clauseOpeners.contains(t[$0].hash) })
                 && reader.classify(s).map { $0.kind != .pronoun } ?? false),
               let opening = openingSpeaker(lo: lo, before: s.lowerBound) {
                subject = opening
            }
            // "a statement from the club denied": the club, the statement's author (after the
            // post-modifier rule above, which would read "a statement" back).
            if let s = subject, let f = s.first(where: { $0 > lo && t[$0].isWord && t[$0].hash == W.from && lx.statementNouns.contains(t[$0 - 1].hash) }),
               f + 1 < s.upperBound, let author = reader.classify((f + 1)..<s.upperBound), author.kind != .pronoun, author.kind != .description {
                subject = (f + 1)..<s.upperBound
            }
            if let s = subject, s.lowerBound - 2 >= lo, t[s.lowerBound - 1].isWord, !t[s.lowerBound - 1].capitalized,
               !lx.clauseWords.contains(t[s.lowerBound - 1].hash),
               let w = (max(lo, s.lowerBound - 3)..<(s.lowerBound - 1)).last(where: { t[$0].isWord && t[$0].hash == W.who }), w > lo {
                // "a number of folks who know Jane Roe told": the phrase before "who".
                subject = reader.phraseEnding(at: w - 1, lowerBound: lo)
            } else if let s = subject, s.lowerBound - 2 >= lo, t[s.lowerBound - 1].isWord, t[s.lowerBound - 1].hash == W.who,
                      t[s.lowerBound].isWord, !t[s.lowerBound].capitalized, !lx.determiners.contains(t[s.lowerBound].hash),
                      let before = reader.phraseEnding(at: s.lowerBound - 2, lowerBound: lo), reader.classify(before) != nil {
                // "People who know the singer told": the phrase read back to "who" begins with the
                // relative clause's verb; the speaker is before "who".
                subject = before
            }
            if subject.map({ reader.classify($0) == nil }) ?? true {
                // "A golfer who has spent time giving lessons said": the phrase before "who".
                var w = k
                while w > lo && k - w < 20 && !(t[w].isWord && (t[w].hash == W.who) && !t[w].capitalized) && t[w].kind != .punct { w -= 1 }
                if w > lo && t[w].hash == W.who && t[w].isWord { subject = reader.phraseEnding(at: w - 1, lowerBound: lo) }
            }
            if let s = subject, s.lowerBound > lo {
                var q = s.lowerBound - 1
                if view.isComma(q) && q > lo { q -= 1 }
                if t[q].kind == .closeQuote || t[q].kind == .ambiguousQuote { quoteBefore = lo..<q }
            }
        }
        if inverted {
            // `"...," said X`, `"...," said the club's lawyer, Jane Roe, in a statement`.
            guard after < hi, var r = reader.phraseStarting(at: after, upperBound: hi) else { return nil }
            // "..., warned the Civil Defence Service (CDS) spokesman Omar Nasser": the name after the body.
            if let past = phraseAfterAcronym(r, hi: hi) { r = past }
            if r.upperBound + 1 < hi && view.isComma(r.upperBound) && t[r.upperBound + 1].capitalized && t[r.upperBound + 1].isWord,
               let name = reader.phraseStarting(at: r.upperBound + 1, upperBound: hi), t[name.upperBound - 1].capitalized,
               reader.classify(r)?.kind != .outlet {
                r = name
            }
            subject = r
            after = r.upperBound
            if quoteBefore == nil, k >= lo, view.isComma(k) { quoteBefore = lo..<k }
        }
        // "the Civil Aviation Authority (CAA) said": the whole name, shown with its acronym.
        var acronymSpeaker: SpeakerPhrase? = nil
        if let open = acronymOpen, let s = subject, s.upperBound == open, let acronym = AcronymName.acronym(open: open, view: view),
           let name = AcronymName.expansion(before: open, acronym: acronym, lowerBound: lo, view: view), let p = reader.classify(name) {
            // The subject's extent (with "Israel's" before the name) still frames the clause.
            subject = min(s.lowerBound, name.lowerBound)..<s.upperBound
            acronymSpeaker = p
            acronymSpeaker?.name = view.text(name) + " (" + acronym + ")"
            if p.kind != .outlet { acronymSpeaker?.kind = .organisation }
        }
        // "Jane Roe in an interview with the Daily Ledger said", "Roe speaking to the Ledger
        // said": the phrase before the verb is the interviewer, who carries what Roe says.
        var interviewVia: SpeakerPhrase? = nil
        if !inverted, !isParticiple, let s = subject, let start = CueWords.interviewAdjunctStart(before: s.lowerBound, lo: lo, view: view),
           start - 1 >= lo, t[start - 1].isWord, let r = reader.phraseEnding(at: start - 1, lowerBound: lo),
           let p = reader.classify(r), p.kind != .pronoun, let interviewer = reader.classify(s), interviewer.kind != .pronoun {
            interviewVia = reader.asOutlet(interviewer)
            subject = r
        }
        guard let subjectRange = subject, var speaker = acronymSpeaker ?? reader.classify(subjectRange) ?? PluralSubject.group(subjectRange, verb: v, view: view) else { return nil }
        // "a Daily Mirror report that ...", "an Islamic state": a noun after "a", not a verb.
        // ("A newspaper report that X ..." still carries the newspaper's claim.)
        if lx.nounLikeVerbs.contains(verbHash) && !view.endsWith(v, "s") && !inverted && v == subjectRange.upperBound && !(v + 1 < hi && t[v + 1].isWord && t[v + 1].hash == W.that && v == subjectRange.upperBound && !t[subjectRange.upperBound - 1].capitalized),
           t[subjectRange.lowerBound].isWord, t[subjectRange.lowerBound].hash == W.a || t[subjectRange.lowerBound].hash == W.an { return nil }
        // "..., he said." / "..., Price said in an interview": the content is what came before.
        // "..., the chairman told reporters on Monday.": the object of "told" comes first.
        let afterObject = lx.tellVerbs.contains(verbHash) && after < hi ? (reader.phraseStarting(at: after, upperBound: hi).map { namedObject($0).upperBound } ?? after) : after
        // ("For his part, the coach rejected Smith, calling him a liar": a name after a denial
        // verb is its object, not an adjunct like "said Monday".)
        let namedObjectOfDenial = lx.denialVerbs.contains(verbHash) && after < hi && t[after].isWord && t[after].capitalized && !lx.timeWords.contains(t[after].hash)
        if quoteBefore == nil && !inverted && !isParticiple && !namedObjectOfDenial, subjectRange.lowerBound - 1 > lo, trailingAdjunct(from: afterObject, hi: hi),
           // ("According to Reuters, Interfax reported, citing a source, that ...": the clause follows.)
           thatAfterCitedSource(afterObject, hi: hi) == nil {
            var c = subjectRange.lowerBound - 1
            if t[c].isWord && t[c].hash == W.as && c - 1 > lo { c -= 1 }
            if view.isComma(c) { quoteBefore = lo..<c }
            // `"...," Delta's chief executive, Jane Roe, said`: the quotation ends at its mark,
            // and the title before the name is no part of it.
            if view.isComma(c), let close = (lo..<c).last(where: { t[$0].kind == .closeQuote || (t[$0].kind == .ambiguousQuote && t[$0].first == 0x22) }),
               close > lo, close + 1 < c, (lo..<min(close, lo + 2)).contains(where: { t[$0].kind == .openQuote || t[$0].kind == .ambiguousQuote }),
               case let between = (close + 1..<c).filter({ t[$0].isWord }), !between.isEmpty, between.count <= 6,
               !between.contains(where: { lx.reportingVerbs.contains(t[$0].hash) }),
               (close + 1..<c).allSatisfy({ view.isComma($0) || t[$0].isWord || Self.isTitleMark($0, view: view) }) {
                quoteBefore = lo..<close
            }
        }
        if speaker.kind == .pronoun && (speaker.head == "we" || speaker.head == "i") { return nil }
        // `"...," the statement read`: only a written piece reads; a person reads a book.
        if lx.readForms.contains(verbHash) && !lx.statementLikeNouns.contains(wordHash(speaker.head)) { return nil }
        // "The article reads:" before a quoted passage introduces the piece, whose own speakers
        // ("He said ...") the passage names; it is no statement of its own.
        if lx.readForms.contains(verbHash) && quoteBefore == nil && !inverted && (after >= hi || (view.isPunct(after, 58) && after + 1 >= hi)) { return nil }
        // `"...," read Jane Roe's statement`: the statement's owner speaks through it.
        if lx.readForms.contains(verbHash), let poss = subjectRange.last(where: { t[$0].isWord && t[$0].hash == W.possessive }), poss - 1 >= subjectRange.lowerBound,
           let ownerRange = reader.phraseEnding(at: poss - 1, lowerBound: subjectRange.lowerBound), let owner = reader.classify(ownerRange), owner.kind != .pronoun {
            speaker = owner
        }

        // The object of "told" ("told the news agency that"), which may be an outlet, a named
        // reporter or the police: the channel the statement went through.
        var objectVia: SpeakerPhrase? = citedVia ?? interviewVia
        if !inverted && lx.tellVerbs.contains(verbHash),
           after < hi, let found = reader.phraseStarting(at: after, upperBound: hi) {
            let read = found
            // "told the paper in an email that": the adjunct is no part of the listener.
            var r = ToldObject.trimmed(namedObject(found), view: view)
            // "told reporters Sunday": the day is no part of the listener.
            r = CueWords.trimmingTrailingTime(r, view: view)
            // "told us that he ...": an object pronoun is the whole listener.
            if t[r.lowerBound].isWord && lx.objectPronouns.contains(t[r.lowerBound].hash) { r = r.lowerBound..<(r.lowerBound + 1) }
            if let p = reader.classify(r), p.kind == .outlet || p.kind == .report || (isOutletLike(r) && p.kind != .pronoun)
                || (p.kind != .pronoun && t[r.upperBound - 1].capitalized) || (r.count == 1 && t[r.lowerBound].hash == lx.police) {
                var outlet = p
                if p.kind == .outlet || p.kind == .report || isOutletLike(r) { outlet.kind = .outlet }
                // "told ESPN's Adrian Wojnarowski": the reporter keeps the outlet that carries him.
                if p.kind == .person, let poss = r.first(where: { t[$0].isWord && t[$0].hash == W.possessive }), poss > r.lowerBound,
                   let owner = CueWords.nameEnding(at: poss - 1, lo: r.lowerBound, view: view), !p.name.hasPrefix(view.text(owner)) {
                    outlet.name = view.text(owner) + "'s " + p.name
                }
                objectVia = outlet
            }
            after = r.upperBound
            // "telling Jane Roe in an email: ..." : past the adjunct to the quotation.
            if read.upperBound > r.upperBound, read.upperBound < hi,
               t[read.upperBound].kind == .openQuote || t[read.upperBound].kind == .ambiguousQuote || view.isPunct(read.upperBound, 58) {
                after = read.upperBound
            }
        } else if objectVia == nil, after + 1 < hi, t[after].isWord, t[after].hash == W.on, let outlet = outletAfterOn(after + 1, hi: hi) {
            // "said on state television", "claimed on Channel 4 News".
            objectVia = outlet
        } else if objectVia == nil, !lx.tellVerbs.contains(verbHash), let given = outletGiven(to: after, before: W.that, hi: hi) {
            // "revealed to the New York Post that ...": the outlet the words were given to.
            objectVia = given.outlet
            after = given.end
        }
        // "..., the attorney general told reporters Sunday.": only an adjunct follows the
        // listener, so the clause before the subject is the content.
        if quoteBefore == nil && !inverted && !isParticiple && lx.tellVerbs.contains(verbHash),
           after >= hi || trailingAdjunct(from: after, hi: hi), subjectRange.lowerBound - 1 > lo, view.isComma(subjectRange.lowerBound - 1) {
            quoteBefore = lo..<(subjectRange.lowerBound - 1)
        }
        // `"...," the chief executive, Jane Roe, told reporters.`: nothing follows, so the
        // quotation before the subject is the content.
        if quoteBefore == nil && !inverted, trailingAdjunct(from: after, hi: hi) || after >= hi,
           let close = (lo..<subjectRange.lowerBound).last(where: { t[$0].kind == .closeQuote || (t[$0].kind == .ambiguousQuote && t[$0].first == 0x22) }),
           close > lo, (close + 1..<subjectRange.lowerBound).allSatisfy({ view.isComma($0) || t[$0].isWord || Self.isTitleMark($0, view: view) }) {
            quoteBefore = lo..<close
        }
        // The complement: "that ...", a quotation, ": ...", or (for strong verbs) any clause.
        // ", claiming he is alive": a participle whose complement opens with a subject pronoun
        // reports a clause, as "that" would.
        // "insisting on being first" is no statement.
        if isParticiple && lx.strongParticiples.contains(verbHash) && after < hi && t[after].isWord && lx.prepositions.contains(t[after].hash) && t[after].hash != W.that { return nil }
        var clauseFollows = isParticiple && after + 1 < hi && t[after].isWord && !t[after].capitalized && lx.personPronounSubjects.contains(t[after].hash) && t[after + 1].isWord
        // ", claiming supervisors are pressuring mechanics": a subject and a finite verb within
        // five words, before any punctuation ("claiming the lives of two men" has none).
        if !clauseFollows && isParticiple && lx.clauseParticiples.contains(verbHash) && after + 1 < hi && t[after].isWord && !lx.finiteMarkers.contains(t[after].hash),
           let stop = (after + 1..<min(hi, after + 6)).first(where: { !t[$0].isWord || lx.finiteMarkers.contains(t[$0].hash) }), t[stop].isWord {
            clauseFollows = true
        }
        let weak = !statementParticiple && !clauseFollows && (lx.weakVerbs.contains(verbHash) || (isParticiple && verbHash != W.saying && !lx.strongParticiples.contains(verbHash)))
        var content: Range<Int>
        var contentIsQuote = false
        if let q = quoteBefore, !q.isEmpty {
            content = q
            contentIsQuote = true
        } else if let thatIndex = (after..<min(hi, after + 10)).first(where: { t[$0].isWord && t[$0].hash == W.that && !t[$0].capitalized }),
                  !(after..<thatIndex).contains(where: { (t[$0].kind == .punct && !(t[$0].first == 45 && t[$0].attached)) || t[$0].isQuote || (t[$0].isWord && !isAdjunctWord($0)) }) {
            content = (thatIndex + 1)..<hi
        } else if after + 3 < hi, view.isComma(after), let close = ((after + 1)..<min(hi, after + 14)).first(where: { view.isComma($0) }),
                  close + 2 < hi, t[close + 1].isWord, t[close + 1].hash == W.that,
                  !((after + 1)..<close).contains(where: { t[$0].isQuote || (t[$0].kind == .punct && t[$0].first != 45) }) {
            // "told Sky Sports, in comments reported by the Courier, that he would stay": an
            // adjunct set off by commas before the clause.
            content = (close + 2)..<hi
        } else if let thatIndex = thatAfterCitedSource(after, hi: hi) {
            // "Sky News reported, citing sources at the club, that ...": the clause after the source.
            content = (thatIndex + 1)..<hi
        } else if case let start = skippingTime(from: after, hi: hi),
                  start < hi && (t[start].kind == .openQuote || t[start].kind == .ambiguousQuote || (t[start].kind == .punct && t[start].first == 58)) {
            // ("said yesterday: \"...\"": a time before the quotation.)
            content = start..<hi
            contentIsQuote = true
        } else if after + 1 < hi && view.isComma(after) && (t[after + 1].kind == .openQuote || t[after + 1].kind == .ambiguousQuote) {
            // `Janes added, "..."`.
            content = (after + 1)..<hi
            contentIsQuote = true
        } else if lx.questionVerbs.contains(verbHash) && after < hi && t[after].isWord && lx.whWords.contains(t[after].hash) {
            // "questioned what the pair were doing", "asked whether".
            content = after..<hi
        } else if let rejected = lx.doubtVerbs.contains(verbHash) ? doubtedProposition(after: after, hi: hi)
                                : lx.labelVerbs.contains(verbHash) ? labelledReport(after: after, hi: hi) : nil {
            // "called the report \"fake news\"", "branded the claims nonsense", "described as rubbish
            // a report that ...": the speaker calls a report false; "questioned claims by fellow
            // players that ...": doubt cast on what others put forward.
            return VerbCue(index: v, speakerRange: subjectRange, speaker: speaker, content: rejected, contentIsQuote: false,
                           passiveBy: false, objectVia: objectVia,
                           stance: .init(verb: W.denied, negated: negated, declined: false, isQuestionVerb: false, objectRange: after..<after),
                           cueText: cueWords(cueFirst, cueLast))
        } else if lx.identifyVerbs.contains(verbHash), after + 1 < hi, t[after].isWord, t[after].hash != W.as,
                  // "identified in the video as", "identified only as": a passive, not the speaker's naming.
                  !lx.prepositions.contains(t[after].hash), !view.endsWith(after, "ly"),
                  ((after + 1)..<min(hi, after + 7)).contains(where: { t[$0].isWord && t[$0].hash == W.as }) {
            // "The Sunday Herald identified the gunman as a former soldier" (not "a man identified as").
            content = after..<hi
        } else if lx.describeVerbs.contains(verbHash), after + 1 < hi, t[after].isWord, !t[after].capitalized, view.endsWith(after, "ing"),
                  lx.perceptionGerunds.contains(t[after].hash) {
            // "Some passengers described seeing flames coming from the engine": what they saw.
            content = after..<hi
        } else if lx.describeVerbs.contains(verbHash) || lx.recountVerbs.contains(verbHash),
                  let to = (after..<min(hi, after + 10)).first(where: { t[$0].isWord && t[$0].hash == W.to }), to > after,
                  let r = reader.phraseStarting(at: to + 1, upperBound: hi), isOutletLike(r), let outlet = reader.classify(r) {
            // "described the ambush to Radio Norte": what was described, told to an outlet.
            objectVia = reader.asOutlet(outlet)
            content = after..<to
        } else if lx.describeVerbs.contains(verbHash), (after..<min(hi, after + 5)).contains(where: { t[$0].isWord && t[$0].hash == W.as }) {
            // "Residents described it as a loud boom".
            content = after..<hi
        } else if let start = WrittenPieceCue.contentStart(verb: v, after: after, hi: hi, view: view) {
            // "wrote a blog post in which ...", "published an article naming ...".
            content = start..<hi
        } else if weak && !isParticiple && ClauseComplement.verbs.contains(verbHash) && ClauseComplement.startsClause(at: after, hi: hi, view: view) {
            // "Jones believes the coach is leaving": a clause without "that".
            content = after..<hi
        } else if weak {
            // "expressing concern that ...".
            guard lx.expressVerbs.contains(verbHash), after + 1 < hi, lx.expressNouns.contains(t[after].hash),
                  t[after + 1].isWord && (t[after + 1].hash == W.that) else { return nil }
            content = (after + 2)..<hi
        } else {
            content = after..<hi
            var wordsAfter = 0
            for k in content where t[k].isWord { wordsAfter += 1 }
            if wordsAfter == 0 && lx.denialVerbs.contains(verbHash), let comma = answeredClauseEnd(subject: subjectRange, lo: lo) {
                // "X happened -- a claim (that) the club and the agent deny", "X happened, which
                // the club denied."
                content = lo..<comma
                contentIsQuote = false
                return VerbCue(index: v, speakerRange: subjectRange, speaker: speaker, content: content, contentIsQuote: false,
                               passiveBy: false, objectVia: nil,
                               stance: .init(verb: verbHash, negated: false, declined: false, isQuestionVerb: false, objectRange: (v + 1)..<(v + 1)),
                               cueText: cueWords(cueFirst, cueLast))
            }
            if (lx.rejectVerbs.contains(verbHash) || CueWords.downVerbs.contains(verbHash)) && !content.prefix(5).contains(where: { t[$0].isWord && (lx.propositionNouns.contains(t[$0].hash) || lx.demandNouns.contains(t[$0].hash) || t[$0].hash == W.any || t[$0].hash == W.as) }) { return nil }
            if wordsAfter < (lx.denialVerbs.contains(verbHash) ? 1 : 2) && !declined && !negated { return nil }
        }
        content = trimTrailingAttribution(content)
        let isQuestion = lx.questionVerbs.contains(verbHash)
        return VerbCue(index: v, speakerRange: subjectRange, speaker: speaker, content: content, contentIsQuote: contentIsQuote,
                       passiveBy: false, objectVia: objectVia,
                       stance: .init(verb: verbHash, negated: negated, declined: declined, isQuestionVerb: isQuestion, objectRange: (v + 1)..<min(hi, v + 6)),
                       cueText: cueWords(cueFirst, cueLast))
    }

    /// "X, a spokesman, said" / "The ministry's spokeswoman, Maria Petrova, said" / "Leaders,
    /// including A and B, said": the subject around a parenthetical segment before the verb.
    /// The subject before a chain of comma-delimited segments ending at the comma `k`:
    /// "Jane Roe, 48, who coached the team, said", "The ministry's spokeswoman, Jane Roe, said",
    /// "Jane Roe, a spokeswoman and wife of the mayor, John Roe, said", "Leaders, including A
    /// and B, said". A named head wins; a described head ("the ministry's spokeswoman") gives way
    /// to the nearest name in the chain.
    /// "to the Daily Ledger by", "to the New York Post that": the outlet after "to" at `to`, when
    /// the word `next` follows it; its name without the determiner, and where it ends.
    private func outletGiven(to: Int, before next: UInt64, hi: Int) -> (outlet: SpeakerPhrase, end: Int)? {
        guard to + 2 < hi, t[to].isWord, t[to].hash == W.to, let r = reader.phraseStarting(at: to + 1, upperBound: hi),
              r.upperBound < hi, t[r.upperBound].isWord, t[r.upperBound].hash == next,
              let outlet = reader.classify(r), outlet.kind == .outlet || isOutletLike(r) else { return nil }
        return (reader.asOutlet(outlet), r.upperBound)
    }

    /// `"...," Jane Roe was quoted as saying by the Post`: Roe speaks and the Post carries it
    /// (not the Post speaking). Nil unless "saying" at `verb` follows "quoted as".
    private func quotedAsSayingBy(verb v: Int, byIndex: Int, lo: Int, hi: Int) -> VerbCue? {
        guard t[v].hash == W.saying, v - 3 >= lo, t[v - 1].isWord, t[v - 1].hash == W.as, t[v - 2].isWord, t[v - 2].hash == Self.quotedWord,
              let viaRange = reader.phraseStarting(at: byIndex + 1, upperBound: hi), let carrier = reader.classify(viaRange), carrier.kind != .pronoun else { return nil }
        var s = v - 3
        while s >= lo && t[s].isWord && !t[s].capitalized && (lx.beForms.contains(t[s].hash) || lx.auxiliaries.contains(t[s].hash)) { s -= 1 }
        // `"...," a source, who was familiar with the plans was quoted as saying by Reuters`: a
        // relative clause after the subject, its closing comma left out.
        if s > lo, !view.isComma(s), let w = (max(lo + 1, s - 15)..<s).last(where: { t[$0].isWord && !t[$0].capitalized && t[$0].hash == W.who }),
           view.isComma(w - 1), w - 2 >= lo, ((w + 1)...s).allSatisfy({ t[$0].isWord }) {
            s = w - 2
        }
        guard s >= lo, s < v - 3, let subjectRange = view.isComma(s) ? appositiveSubject(comma: s, lo: lo) : reader.phraseEnding(at: s, lowerBound: lo),
              let speaker = reader.classify(subjectRange), speaker.kind != .outlet,
              // The carrier reads as an outlet ("by Rzeczpospolita", "by the newspaper"), not a person.
              carrier.kind == .outlet || isOutletLike(viaRange) || viaRange.contains(where: { t[$0].isWord && !t[$0].capitalized && lx.outletNouns.contains(t[$0].hash) })
                || (carrier.kind == .person && carrier.roles.isEmpty && viaRange.allSatisfy({ !t[$0].isWord || t[$0].capitalized })) else { return nil }
        let outlet = reader.asOutlet(carrier)
        // The quotation before the subject, else what follows the carrier ("... by the Post that ...").
        var content: Range<Int>
        var isQuote = false
        if let close = (lo..<subjectRange.lowerBound).last(where: { t[$0].kind == .closeQuote || (t[$0].kind == .ambiguousQuote && t[$0].first == 0x22) }), close > lo {
            content = lo..<close
            isQuote = true
        } else {
            var start = viaRange.upperBound
            while start < hi && (view.isComma(start) || (t[start].isWord && t[start].hash == W.that)) { start += 1 }
            guard start < hi else { return nil }
            content = start..<hi
        }
        return VerbCue(index: v, speakerRange: subjectRange, speaker: speaker, content: content, contentIsQuote: isQuote, passiveBy: false,
                       objectVia: outlet, stance: .init(verb: W.saying, negated: false, declined: false, isQuestionVerb: false, objectRange: (v + 1)..<(v + 1)),
                       cueText: "quoted as saying by")
    }

    static let quotedWord = wordHash("quoted")
    static let whilst = wordHash("whilst")
    static let cold = wordHash("cold")
    /// "The Sun quotes ...": the present of "quoted".
    static let quotesWord = wordHash("quotes")

    /// The subject of a clause whose verb acts in order to deny (`verb`, after "to" at `to`):
    /// "The team rallied around the leader this weekend to deny another round of smears". Only a
    /// strong denial, the sentence's opening subject, and between them a verb phrase with no
    /// punctuation but commas, no quotation, no reporting verb and no verb that hands the
    /// infinitive to its object ("asked the court to deny", "urged them to reject").
    private func purposeSubject(to: Int, verb v: Int, lo: Int) -> Range<Int>? {
        guard lx.denialVerbs.contains(t[v].hash), !CueWords.downVerbs.contains(t[v].hash), v + 1 < t.count, t[v + 1].isWord,
              let s = sentenceSubject(in: lo..<to), s.upperBound < to - 1, to - s.upperBound <= 12 else { return nil }
        for q in s.upperBound..<to {
            if t[q].isQuote || (t[q].kind == .punct && !view.isComma(q) && !(t[q].first == 45 && t[q].attached)) { return nil }
            if t[q].isWord && (lx.reportingVerbs.contains(t[q].hash) || CueWords.controlVerbs.contains(t[q].hash) || lx.negations.contains(t[q].hash)) { return nil }
        }
        return reader.classify(s) == nil ? nil : s
    }

    /// True when "media", "press" or "news" before the plural at `v` ("media reports", "media
    /// claims") opens a noun phrase: after a preposition, which takes no clause ("reacted to
    /// media reports"), or as the object of a reporting verb with at most one modifier between
    /// ("denied social media claims").
    private func isMediaNounPhrase(_ v: Int, lo: Int) -> Bool {
        guard v - 2 >= lo, t[v - 1].isWord, !t[v - 1].capitalized,
              t[v - 1].hash == W.media || t[v - 1].hash == PhraseReader.press || t[v - 1].hash == W.news else { return false }
        if t[v - 2].isWord, !t[v - 2].capitalized, lx.prepositions.contains(t[v - 2].hash) || t[v - 2].hash == W.to, t[v - 2].hash != W.of { return true }
        guard let r = (max(lo, v - 3)..<(v - 1)).last(where: { t[$0].isWord && !t[$0].capitalized && lx.reportingVerbs.contains(t[$0].hash) }) else { return false }
        return (r + 1..<(v - 1)).allSatisfy { t[$0].isWord && !t[$0].capitalized && !lx.reportingVerbs.contains(t[$0].hash) }
    }

    /// The dash that opens an aside closed by the dash at `k`, when a word ends the subject just
    /// before it and the aside holds words but no quotation mark, colon or semicolon. Nil
    /// otherwise. ("--" opens on its first hyphen.)
    private func dashAsideOpening(closing k: Int, lo: Int) -> Int? {
        var d = k - 1
        if d >= lo && view.isDash(k) && t[d].kind == .punct && t[d].first == 45 { d -= 1 }
        let closeAt = d + 1
        while d > lo && closeAt - d <= 25 {
            if view.isDash(d) {
                var open = d
                if open - 1 > lo && t[open - 1].kind == .punct && t[open - 1].first == 45 { open -= 1 }
                guard open - 1 >= lo, t[open - 1].isWord, (d + 1..<closeAt).contains(where: { t[$0].isWord }) else { return nil }
                return open
            }
            if t[d].isQuote || (t[d].kind == .punct && (t[d].first == 58 || t[d].first == 59)) { return nil }
            d -= 1
        }
        return nil
    }

    /// "Jane Roe, the director of the agency said", "A statement issued by Mr John Mensah, the
    /// Director of Communications at the Presidency on Monday said": a description opened by an
    /// article or a role after the name, its closing comma left out. The phrase read back from the
    /// verb (`subject`) lies inside that description; the name before the comma speaks when it
    /// opens the clause or follows "statement (issued) by/from". Nil when the segment after the
    /// comma holds no role or title, or anything but words.
    private func nameBeforeOpenAppositive(subject s: Range<Int>, verb k: Int, lo: Int) -> Range<Int>? {
        var c = s.lowerBound - 1
        while c > lo && s.lowerBound - c <= 10 && t[c].isWord { c -= 1 }
        guard c - 2 >= lo, view.isComma(c), t[c + 1].isWord, !t[c + 1].capitalized,
              t[c + 1].hash == W.the || t[c + 1].hash == W.a || t[c + 1].hash == W.an || lx.personRoleNouns.contains(t[c + 1].hash),
              // The role, then a preposition that attaches its body ("the director of the
              // agency"); "the monitoring group SITE said" is a subject of its own.
              let role = ((c + 1)..<max(c + 1, k + 1)).first(where: { t[$0].isWord && (lx.personRoleNouns.contains(t[$0].hash) || lx.titlesH.contains(t[$0].hash)) }),
              ((role + 1)..<max(role + 1, k + 1)).contains(where: { t[$0].isWord && !t[$0].capitalized && (t[$0].hash == W.of || lx.prepositions.contains(t[$0].hash)) }),
              let name = CueWords.nameEnding(at: c - 1, lo: lo, view: view), name.count >= 2,
              !CueWords.frontedPrepositions.contains(t[name.lowerBound].hash) else { return nil }
        let opensClause = name.lowerBound == lo
            || (name.lowerBound - 2 >= lo && t[name.lowerBound - 1].isWord && (t[name.lowerBound - 1].hash == W.by || t[name.lowerBound - 1].hash == W.from)
                && (max(lo, name.lowerBound - 3)..<(name.lowerBound - 1)).contains(where: { t[$0].isWord && lx.statementNouns.contains(t[$0].hash) }))
        guard opensClause, reader.classify(name)?.kind == .person else { return nil }
        return name
    }

    private func appositiveSubject(comma k: Int, lo: Int) -> Range<Int>? {
        var end = k
        var names: [Range<Int>] = []
        var head: Range<Int>? = nil
        for _ in 0..<5 {
            var c = end - 1
            while c >= lo && end - c < 30 && !view.isComma(c) { c -= 1 }
            let segmentStart = c >= lo && view.isComma(c) ? c + 1 : lo
            guard segmentStart < end else { return nil }
            let segment = segmentStart..<end
            let first = segment.lowerBound
            let isLast = !(c >= lo && view.isComma(c))
            if isLast {
                // The head of the chain: the noun phrase that starts the clause, before any
                // parenthesis ("Sen. Jane Roe (D-Ore.)").
                var headEnd = end - 1
                if t[headEnd].kind == .punct && t[headEnd].first == 41 {
                    var p = headEnd - 1
                    while p > segmentStart && !(t[p].kind == .punct && t[p].first == 40) { p -= 1 }
                    if p > segmentStart { headEnd = p - 1 }
                }
                head = reader.phraseEnding(at: headEnd, lowerBound: segmentStart)
                // "The Special Adviser to the President, Senator Jane Roe, denied": a head read
                // inside the description's prepositional phrase is not the subject; the name
                // given after it is.
                // ("Chief Executive Officer of Hearts of Oak, Frederick Moore, has debunked": the
                // preposition inside the head read back.)
                if let h = head, let name = names.last, h.lowerBound > segmentStart || h.count > 2,
                   (segmentStart..<h.upperBound).contains(where: { t[$0].isWord && !t[$0].capitalized && (lx.prepositions.contains(t[$0].hash) || t[$0].hash == W.to) }),
                   name.allSatisfy({ t[$0].isWord ? (t[$0].capitalized || lx.particleHashes.contains(t[$0].hash)) : true }) {
                    return name
                }
                // "A diplomat based in Geneva, speaking ..., told": the speaker noun opens the segment.
                if let h = head, h.lowerBound - 1 > segmentStart, t[h.lowerBound - 1].isWord, !t[h.lowerBound - 1].capitalized,
                   lx.prepositions.contains(t[h.lowerBound - 1].hash), let opening = openingSpeaker(lo: segmentStart, before: h.lowerBound) {
                    return opening
                }
                break
            }
            if t[first].kind == .number && segment.count <= 2 { end = c; continue }
            let namedSegment = segment.allSatisfy { t[$0].isWord ? (t[$0].capitalized || lx.particleHashes.contains(view.tokens[$0].hash)) : (t[$0].first == 45 || t[$0].first == 46) }
            if t[first].isWord && !t[first].capitalized && !lx.determiners.contains(t[first].hash) && !namedSegment {
                if t[first].hash == W.including || t[first].hash == W.such || t[first].hash == W.among || t[first].hash == W.citing
                    || (segment.count == 1 && CueWords.parentheticalAdverbs.contains(t[first].hash))
                    || t[first].hash == W.who || t[first].hash == W.which || t[first].hash == W.whose || segment.count > 1
                    || lx.auxiliaries.contains(t[first].hash) {
                    end = c; continue
                }
                return nil
            }
            let allNamed = segment.allSatisfy { t[$0].isWord ? (t[$0].capitalized || lx.particleHashes.contains(view.tokens[$0].hash)) : (t[$0].first == 45 || t[$0].first == 46) }
            if allNamed {
                names.append(segment)
                end = c; continue
            }
            if t[first].isWord && (t[first].hash == W.a || t[first].hash == W.an || t[first].hash == W.the || lx.titlesH.contains(t[first].hash)) {
                // A descriptor ("a spokeswoman for X", "the head of Y"); it may itself be the
                // subject when nothing named comes before it.
                // "an official from the Press Centre (PC), the agency's press office, said": a
                // parenthesised acronym closes the name the descriptor describes.
                if c - 1 >= lo && (t[c - 1].capitalized || t[c - 1].isWord || (t[c - 1].kind == .punct && t[c - 1].first == 41)) { end = c; names.append(segment); continue }
                return reader.phraseEnding(at: end - 1, lowerBound: segmentStart)
            }
            // "Jane Roe, Ohio Democrat and a member of the panel, said": a descriptor that opens
            // with a name still describes the named head before it.
            if c - 1 >= lo, t[c - 1].isWord, t[c - 1].capitalized,
               segment.contains(where: { x in t[x].isWord && !t[x].capitalized && (t[x].hash == W.a || t[x].hash == W.an) && x + 1 < end
                   && (x + 1..<min(end, x + 4)).contains { t[$0].isWord && !t[$0].capitalized && lx.personRoleNouns.contains(t[$0].hash) } }) {
                end = c; names.append(segment); continue
            }
            // "The Football Association, English soccer's governing body, said": a possessive
            // description set off after the name describes it.
            if c - 1 >= lo, t[c - 1].isWord, t[c - 1].capitalized, t[end - 1].isWord, !t[end - 1].capitalized,
               segment.contains(where: { t[$0].isWord && t[$0].hash == W.possessive }) {
                end = c; continue
            }
            // A segment that is itself a phrase ending in a name: "the newspaper Stars and Stripes".
            if let r = reader.phraseEnding(at: end - 1, lowerBound: segmentStart), reader.classify(r) != nil { head = r; break }
            return nil
        }
        let nameSegments = names.filter { seg in seg.allSatisfy { t[$0].isWord ? (t[$0].capitalized || lx.particleHashes.contains(view.tokens[$0].hash)) : true } }
        // ("Assistant Director, Media, Ademola Olajire": the name of two words or more, not the
        // one-word field between.)
        let lastName = nameSegments.last(where: { seg in seg.filter { t[$0].isWord }.count >= 2 }) ?? nameSegments.last
        if let h = head, let p = reader.classify(h) {
            // ("The federation's Assistant Director, ..., Ademola Olajire": a head of titles
            // alone describes the name given after it.)
            let described = h.contains { t[$0].isWord && !t[$0].capitalized && lx.personRoleNouns.contains(t[$0].hash) }
                || h.allSatisfy { !t[$0].isWord || !t[$0].capitalized || t[$0].hash == W.the || lx.titlesH.contains(t[$0].hash) || lx.personRoleNouns.contains(t[$0].hash) }
            if p.kind == .person && !p.isReference && t[h.upperBound - 1].capitalized && !(described && !nameSegments.isEmpty) { return h }
            if p.kind == .pronoun { return h }
            if let name = lastName { return name }
            if [.outlet, .organisation, .country, .conjunction].contains(p.kind) || t[h.upperBound - 1].capitalized { return h }
            return h
        }
        if let name = lastName { return name }
        return names.last.flatMap { reader.phraseEnding(at: $0.upperBound - 1, lowerBound: $0.lowerBound) }
    }

    /// Cuts ", according to X" or ", as reported by X" off the end of content.
    /// A participle phrase ends the content only outside a quotation, and "including",
    /// "regarding" are prepositions: `"... from all over the world, including France, but it is
    /// false"` is one quotation.
    private func trimTrailingAttribution(_ content: Range<Int>) -> Range<Int> {
        var start = content.lowerBound, end = content.upperBound
        var quoted = false
        for k in content {
            // (A word or number is neither a speech mark nor a comma or dash: nothing below
            // applies to it.)
            if t[k].kind == .word || t[k].kind == .number { continue }
            // (The '' of wire copy does not count here.)
            if t[k].first != 39 || t[k].singleSpeech, let state = view.speechState(after: t[k], open: quoted) { quoted = state }
            guard (view.isComma(k) || view.isDash(k)) && k + 2 < content.upperBound else { continue }
            let a = t[k + 1].hash, b = t[k + 2].hash
            let participle = !quoted && t[k + 1].isWord && !t[k + 1].capitalized && view.endsWith(k + 1, "ing") && view.lower(k + 1).count > 5
                && !lx.prepositionalParticiples.contains(a)
            // ("that the report, citing unidentified people, was inaccurate": the report's sources.)
            if a == W.citing && k > content.lowerBound && t[k - 1].isWord && !t[k - 1].capitalized && lx.propositionNouns.contains(t[k - 1].hash),
               let close = ((k + 2)..<content.upperBound).first(where: { view.isComma($0) }), close + 1 < content.upperBound,
               t[close + 1].isWord, !t[close + 1].capitalized { continue }
            let appositiveClaim = (a == W.a || a == W.an) && lx.propositionNouns.contains(b)
            if (a == W.according && b == W.to) || (a == W.as && lx.reportingVerbs.contains(b)) || a == W.saying || a == W.citing || appositiveClaim
                || (a == W.in && b == W.comments) || participle {
                // "issued a statement, saying it had ...", "released a statement on Monday,
                // saying": with nothing but a time before it, "saying" opens the content.
                if a == W.saying && start == content.lowerBound && skippingTime(from: start, hi: k) == k { start = k + 2; continue }
                end = k; break
            }
        }
        return start..<max(start, end)
    }

    /// True when "citing" at `c` describes a report inside what a verb before it says: "said
    /// that the report, citing unidentified people, was inaccurate" (the minister speaks; the
    /// people are the report's sources, not his).
    private func citesInsideContent(_ c: Int, of active: [VerbCue], lo: Int) -> Bool {
        guard c - 2 > lo, view.isComma(c - 1), t[c - 2].isWord, !t[c - 2].capitalized, lx.propositionNouns.contains(t[c - 2].hash) else { return false }
        return active.contains { v in v.index < c - 2 && !v.contentIsQuote && ((v.index + 1)..<(c - 2)).contains(where: { t[$0].isWord && t[$0].hash == W.that }) }
    }

    /// True when the phrase before the comma at `comma` opens the sentence ("The newspaper,
    /// which cited ...", "According to Reuters, which cited ..."): the relative names the
    /// speaker's source, not the source of an object ("slammed media reports, which cited ...").
    private func citesAfterOpeningPhrase(comma: Int, lo: Int) -> Bool {
        guard let r = reader.phraseEnding(at: comma - 1, lowerBound: lo) else { return false }
        return r.lowerBound == lo || (r.lowerBound == lo + 2 && t[lo].hash == W.according && t[lo + 1].hash == W.to)
    }

    /// The dot of an abbreviated suffix that ends a name before its verb: "Boeing Co. rejected",
    /// "Acme Corp. said", "Jane Roe Jr. said". (The splitter keeps the sentence whole after these.)
    private func isNameSuffixDot(_ k: Int, lo: Int) -> Bool {
        k - 1 > lo && t[k].kind == .punct && t[k].first == 46 && t[k].end - t[k].start == 1 && t[k - 1].isWord && t[k - 1].capitalized
            && lx.nameSuffixes.contains(t[k - 1].hash) && t[k - 2].isWord && t[k - 2].capitalized
    }

    /// `..., said Jane Roe, the club's lawyer.`: a speaker phrase right after the verb, then the
    /// end of the sentence or a comma.
    private func speakerFollows(after: Int, hi: Int) -> Bool {
        // "said of the report": what the verb is about, not who speaks.
        guard after < hi, !(t[after].isWord && !t[after].capitalized && lx.prepositions.contains(t[after].hash)) else { return false }
        guard var r = reader.phraseStarting(at: after, upperBound: hi), let p = reader.classify(r), p.kind != .pronoun else { return false }
        if let past = phraseAfterAcronym(r, hi: hi) { r = past }
        if r.upperBound >= hi { return true }
        let next = t[r.upperBound]
        return next.kind == .punct && (next.first == 44 || next.first == 46 || next.first == 59) || next.isQuote
    }

    /// The phrase after a body's parenthesised acronym ("Civil Defence Service (CDS) spokesman
    /// Omar Nasser" -> "spokesman Omar Nasser") when one follows `r`, or nil.
    private func phraseAfterAcronym(_ r: Range<Int>, hi: Int) -> Range<Int>? {
        let open = r.upperBound
        guard open + 3 < hi, AcronymName.acronym(open: open, view: view) != nil,
              let next = reader.phraseStarting(at: open + 3, upperBound: hi), let p = reader.classify(next), p.kind == .person else { return nil }
        return next
    }

    /// True when `verbCue`, for the weak verb at `v` (not a participle) whose subject ends in a
    /// word, would find no content: no comma or quotation mark before the verb (so no quotation
    /// before the subject is the content), and none of the content shapes after it (a "that", a
    /// quotation or colon, a question's wh-word, a label, an identification, a description, a
    /// written piece, a bare clause, "expressed concern that"). Each test here is at least as
    /// strict as the branch of `verbCue` it stands for, so a true answer is always that
    /// function's own; a new content shape there must be ruled out here too.
    private func weakVerbFindsNoContent(_ v: Int, lo: Int, after: Int, hi: Int) -> Bool {
        let verbHash = t[v].hash
        // "told ..." moves `after` past its listener.
        if lx.tellVerbs.contains(verbHash) || lx.questionVerbs.contains(verbHash) || lx.labelVerbs.contains(verbHash)
            || lx.identifyVerbs.contains(verbHash) || lx.describeVerbs.contains(verbHash) || lx.recountVerbs.contains(verbHash) { return false }
        for q in lo..<v where view.isComma(q) || t[q].isQuote { return false }
        for q in after..<min(hi, after + 10) where t[q].isWord && t[q].hash == W.that && !t[q].capitalized { return false }
        if after < hi && (t[after].kind == .openQuote || t[after].kind == .ambiguousQuote || (t[after].kind == .punct && t[after].first == 58)) { return false }
        if after + 1 < hi && view.isComma(after) && (t[after + 1].kind == .openQuote || t[after + 1].kind == .ambiguousQuote) { return false }
        if WrittenPieceCue.contentStart(verb: v, after: after, hi: hi, view: view) != nil { return false }
        if ClauseComplement.verbs.contains(verbHash) && ClauseComplement.startsClause(at: after, hi: hi, view: view) { return false }
        if lx.expressVerbs.contains(verbHash), after + 1 < hi, lx.expressNouns.contains(t[after].hash),
           t[after + 1].isWord && (t[after + 1].hash == W.that) { return false }
        return true
    }

    /// A word that can sit in an adjunct between a verb and its "that": "said on Thursday that".
    private func isAdjunctWord(_ k: Int) -> Bool {
        let tok = t[k]
        return tok.isWord && (lx.prepositions.contains(tok.hash) || lx.determiners.contains(tok.hash) || lx.timeWords.contains(tok.hash)
                              || lx.adjunctNouns.contains(tok.hash) || tok.kind == .number || tok.capitalized || lx.auxiliaries.contains(tok.hash)
                              // "in a statement posted on its website that": the statement's own participle.
                              || (k > 0 && Self.postedParticiples.contains(tok.hash) && t[k - 1].isWord && lx.adjunctNouns.contains(t[k - 1].hash)))
    }

    static let postedParticiples = Lexicon.hashes("posted released issued published sent circulated")

    /// "According to X, which cited Y, ...": Y.
    private func citedAfterAccording(_ phrase: Range<Int>, hi: Int) -> SpeakerPhrase? {
        var k = phrase.upperBound
        guard k + 2 < hi, view.isComma(k), t[k + 1].isWord, t[k + 1].hash == W.which || t[k + 1].hash == W.who else { return nil }
        k += 2
        // "which spoke to two officials", "which talked with the coach".
        if t[k].isWord, lx.spokeVerbs.contains(t[k].hash), k + 2 < hi, t[k + 1].isWord, t[k + 1].hash == W.to || t[k + 1].hash == W.with { k += 1 }
        guard t[k].isWord, lx.citeVerbs.contains(t[k].hash) || t[k].hash == W.to || t[k].hash == W.with, k + 1 < hi,
              let r = reader.phraseStarting(at: k + 1, upperBound: hi), let p = reader.classify(r), p.kind != .pronoun else { return nil }
        return p
    }

    /// "state television", "report card": a noun-like reporting verb followed by a noun.
    private func isNounModifier(_ k: Int, hi: Int) -> Bool {
        // "in Borno state, witnesses said", "the Borno state capital": "state" after a name is a noun
        // unless "that", a quotation or a colon follows.
        if t[k].hash == W.state, k > 0, t[k - 1].isWord, t[k - 1].capitalized, !lx.pronouns.contains(t[k - 1].hash) {
            let next = k + 1 < hi ? t[k + 1] : nil
            if !(next.map { $0.isQuote || ($0.isWord && $0.hash == W.that) || ($0.kind == .punct && $0.first == 58) } ?? false) { return true }
        }
        guard lx.nounLikeVerbs.contains(t[k].hash), k + 1 < hi, t[k + 1].isWord, !t[k + 1].capitalized else { return false }
        let next = t[k + 1].hash
        return lx.speakerNouns.contains(next) || lx.outletNouns.contains(next) || lx.reportingVerbs.contains(next) || lx.modifierNouns.contains(next)
    }

    /// "X cited Y saying", "X cited Y (whom it did not name) as saying": Y and X, for the
    /// participle whose preceding word is `k`.
    static let reportedWord = wordHash("reported")
    static let askForms = Lexicon.hashes("ask asks asked asking")
    /// The words that open a participle clause between a subject and its verb.
    static let adjunctOpeners = Lexicon.hashes("while when after before")

    /// The index of "while", "when", "after" or "before" that opens a participle clause ending
    /// at `k` ("while talking to the same channel"), right after a capitalised name and with no
    /// comma or quotation inside; nil otherwise.
    private func participleAdjunctStart(endingAt k: Int, lo: Int) -> Int? {
        let adjunctOpeners = lx.adjunctOpeners, whereWord = lx.whereWord
        var q = k
        while q > lo && k - q < 10 {
            guard t[q].isWord || t[q].kind == .number else { return nil }
            // (A clause of its own inside, "after being taken to hospital where she
            // complained", has its own subject.)
            if !t[q].capitalized && (lx.personPronounSubjects.contains(t[q].hash) || t[q].hash == W.who || t[q].hash == W.which || t[q].hash == W.that || t[q].hash == whereWord) { return nil }
            if !t[q].capitalized && adjunctOpeners.contains(t[q].hash) && q + 1 <= k && view.endsWith(q + 1, "ing")
                && t[q - 1].isWord && t[q - 1].capitalized { return q }
            q -= 1
        }
        return nil
    }

    /// True when "reported" at `v` takes an object and then "as" and a participle: "reported
    /// Shekau as saying", "reported a Ryanair spokeswoman as stating".
    private func reportsAsSaying(after v: Int, hi: Int) -> Bool {
        guard let r = reader.phraseStarting(at: v + 1, upperBound: hi), r.upperBound + 1 < hi,
              t[r.upperBound].isWord, t[r.upperBound].hash == W.as, t[r.upperBound + 1].isWord else { return false }
        return view.endsWith(r.upperBound + 1, "ing") && lx.reportingVerbs.contains(t[r.upperBound + 1].hash)
    }
    private func citedAsSaying(_ k: Int, lo: Int) -> (subject: Range<Int>, via: SpeakerPhrase?)? {
        var j = k
        if t[j].isWord && t[j].hash == W.as { j -= 1 }
        // ("quoted Jane Roe, a party spokesman, as saying": the appositive's closing comma.)
        if j > lo && view.isComma(j) { j -= 1 }
        if j >= lo && t[j].kind == .punct && t[j].first == 41 {
            var p = j - 1
            while p >= lo && j - p < 14 && !(t[p].kind == .punct && t[p].first == 40) { p -= 1 }
            guard p >= lo, t[p].first == 40 else { return nil }
            j = p - 1
        }
        guard j >= lo, t[j].isWord else { return nil }
        var c = j
        // ("Reuters reported a spokeswoman as stating": "reported" cites as "quoted" does.)
        let reportedWord = lx.reportedWord
        // ("ABC reported Jane Roe, a spokesman for the party who is traveling with him, as
        // saying": an appositive set off by commas after the person.)
        while c >= lo && j - c < 24 && (t[c].isWord || (view.isComma(c) && c < j)) && !lx.citeVerbs.contains(t[c].hash) && t[c].hash != reportedWord { c -= 1 }
        // "X was quoted as saying", "X was quoted by the Gazette as saying": X speaks.
        if c - 2 >= lo, t[c].isWord, lx.citeVerbs.contains(t[c].hash), t[c - 1].isWord, lx.beForms.contains(t[c - 1].hash) {
            var b = c - 2
            while b > lo && t[b].isWord && !t[b].capitalized && lx.auxiliaries.contains(t[b].hash) { b -= 1 }
            guard let subject = reader.phraseEnding(at: b, lowerBound: lo), reader.classify(subject) != nil else { return nil }
            var via: SpeakerPhrase? = nil
            if c + 2 <= j, t[c + 1].isWord, t[c + 1].hash == W.by, let o = reader.phraseStarting(at: c + 2, upperBound: j + 1), var outlet = reader.classify(o), outlet.kind != .pronoun {
                outlet.kind = .outlet
                via = outlet
            } else if c + 2 <= j, t[c + 1].isWord, t[c + 1].hash == W.in, let o = reader.phraseStarting(at: c + 2, upperBound: j + 1), var outlet = reader.classify(o),
                      outlet.kind != .pronoun, outlet.kind == .outlet || isOutletLike(o) || (o.upperBound..<min(j + 1, o.upperBound + 3)).contains(where: { t[$0].isWord && lx.outletNouns.contains(t[$0].hash) }) {
                // "was quoted in the Marca sports daily as saying": the paper it was quoted in.
                outlet.kind = .outlet
                via = outlet
            }
            return (subject, via)
        }
        guard c >= lo, c < j, t[c].isWord, lx.citeVerbs.contains(t[c].hash) || t[c].hash == reportedWord,
              var r = reader.phraseStarting(at: c + 1, upperBound: j + 1), let described = reader.classify(r) else { return nil }
        // "quoting their president, Jane Roe, as stating": the name given after the description.
        if described.kind != .person || !described.roles.isEmpty, r.upperBound + 1 <= j, view.isComma(r.upperBound), t[r.upperBound + 1].capitalized,
           let name = CueWords.nameEnding(at: j, lo: r.upperBound + 1, view: view), name.lowerBound == r.upperBound + 1, reader.classify(name)?.kind == .person {
            r = name
        }
        var via: SpeakerPhrase? = nil
        // "the Sentinel, which quoted three voters as saying": the outlet before "which".
        var carrierEnd = c - 2 >= lo && t[c - 1].isWord && t[c - 1].hash == W.which && view.isComma(c - 2) ? c - 3 : c - 1
        // "The paper also quoted", "Bild later quoted": an adverb after the carrier.
        while carrierEnd > lo && t[carrierEnd].isWord && !t[carrierEnd].capitalized && (lx.carrierAdverbs.contains(t[carrierEnd].hash) || view.endsWith(carrierEnd, "ly")) { carrierEnd -= 1 }
        // "the website carried an article quoting": the outlet that ran the article.
        if carrierEnd - 3 >= lo, t[carrierEnd].isWord, lx.reportNouns.contains(t[carrierEnd].hash), t[carrierEnd - 1].isWord,
           lx.determiners.contains(t[carrierEnd - 1].hash) || t[carrierEnd - 1].hash == W.a || t[carrierEnd - 1].hash == W.an,
           t[carrierEnd - 2].isWord, CueWords.ranVerbs.contains(t[carrierEnd - 2].hash) {
            carrierEnd -= 3
            while carrierEnd > lo && t[carrierEnd].isWord && !t[carrierEnd].capitalized && lx.auxiliaries.contains(t[carrierEnd].hash) { carrierEnd -= 1 }
        }
        if carrierEnd >= lo, let o = reader.phraseEnding(at: carrierEnd, lowerBound: lo), var outlet = reader.classify(o) {
            // "it quoted Weber as saying": the outlet the pronoun points back at.
            if outlet.kind != .pronoun { outlet.kind = .outlet; via = outlet } else if outlet.head == "it" { via = outlet }
        }
        return (r, via)
    }

    /// The subject of the last clause opened by a subordinating word before `k`: "rumours spread
    /// after he promised to fight, saying" -> "he".
    /// "When asked for names, Lin refused to provide them, claiming ...": the clause just before
    /// the participle's comma opens with a name and its verb; that name is the subject.
    private func namedClauseSubject(lo: Int, comma k: Int) -> Range<Int>? {
        guard view.isComma(k) else { return nil }
        var c = k - 1
        while c > lo && k - c < 20 && !view.isComma(c) { c -= 1 }
        guard c > lo, view.isComma(c), c + 1 < k, t[c + 1].isWord, t[c + 1].capitalized,
              let r = reader.phraseStarting(at: c + 1, upperBound: k), r.upperBound < k,
              t[r.upperBound].isWord, !t[r.upperBound].capitalized, !lx.clauseWords.contains(t[r.upperBound].hash) || lx.auxiliaries.contains(t[r.upperBound].hash),
              let p = reader.classify(r), [.person, .organisation, .country, .outlet, .group].contains(p.kind) else { return nil }
        return r
    }

    private func nearestClauseSubject(lo: Int, before k: Int) -> Range<Int>? {
        var c = k - 1
        while c > lo && k - c < 25 {
            if t[c].isWord && !t[c].capitalized && lx.clauseOpeners.contains(t[c].hash) {
                guard let r = reader.phraseStarting(at: c + 1, upperBound: k), let p = reader.classify(r) else { return nil }
                return [.person, .pronoun, .organisation, .country, .outlet, .group].contains(p.kind) ? r : nil
            }
            if t[c].kind == .punct && !view.isComma(c) && t[c].first != 45 { return nil }
            c -= 1
        }
        return nil
    }

    /// After a labelling verb: a report, claim or story and, within a few words, a word calling
    /// it false ("the report \"fake news\"", "as \"rubbish\" a report that ..."); the range
    /// from the object to the end of the clause.
    /// "slammed the report as irresponsible": to slam a report is to reject it, whatever it is
    /// called. "slammed media reports ..., calling them rumours": the label may come late, in a
    /// participle phrase of its own.
    /// What a doubt verb at `after - 1` takes when it is a proposition noun within three words
    /// ("questioned claims that", "questioned the report"), not a person or "whether".
    private func doubtedProposition(after: Int, hi: Int) -> Range<Int>? {
        guard after + 1 < hi,
              let noun = (after..<min(hi, after + 4)).first(where: { t[$0].isWord && !t[$0].capitalized && lx.propositionNouns.contains(t[$0].hash) }),
              (after..<noun).allSatisfy({ t[$0].isWord && !lx.clauseWords.contains(t[$0].hash) }) else { return nil }
        return after..<hi
    }

    private func labelledReport(after: Int, hi: Int) -> Range<Int>? {
        var end = min(hi, after + 12)
        var sawReport = false, sawFalsity = false
        var k = after
        while k < end {
            let tok = t[k]
            if tok.isWord && lx.labelParticiples.contains(tok.hash) && k > after && view.isComma(k - 1) { end = min(hi, k + 8) }
            if tok.isWord {
                // ("described the site as a bogus publication": the outlet's output called false.)
                // ("called the lawsuit frivolous": a suit's allegations called false.)
                if (lx.propositionNouns.contains(tok.hash) || lx.reportNouns.contains(tok.hash) || lx.suitNouns.contains(tok.hash) || lx.bookNouns.contains(tok.hash)) && !tok.capitalized { sawReport = true }
                if (lx.falsityWords.contains(tok.hash) || lx.doubtPredicates.contains(tok.hash) || tok.hash == lx.fake
                    || StanceMarkers.propagandaNouns.contains(tok.hash) || lx.rumourWords.contains(tok.hash) || StanceMarkers.reportVerdicts.contains(tok.hash)) && !tok.capitalized { sawFalsity = true }
                // "calling the book \"a joke\"": a word that mocks what it labels.
                if lx.mockingLabels.contains(tok.hash) && !tok.capitalized { sawFalsity = true }
                // "called the accusations politically motivated".
                if k + 1 < end, t[k + 1].isWord, DismissalMarkers.dismissivePairs.contains(where: { $0 == (tok.hash, t[k + 1].hash) }) { sawFalsity = true }
            } else if tok.kind == .punct && tok.first != 45 && !tok.isQuote && !view.isComma(k) {
                break
            }
            k += 1
        }
        // "labelled an article that claimed one of its planes had to land as a \"malicious
        // absurdity\"": a long report named, then "as" and the falsity.
        if sawReport && !sawFalsity, let a = (after..<min(hi, after + 30)).first(where: { t[$0].isWord && t[$0].hash == W.as && !t[$0].capitalized }),
           !(after..<a).contains(where: { t[$0].kind == .punct && !t[$0].isQuote && !view.isComma($0) && t[$0].first != 45 }),
           ((a + 1)..<min(hi, a + 5)).contains(where: { t[$0].isWord && !t[$0].capitalized && (lx.falsityWords.contains(t[$0].hash) || lx.mockingLabels.contains(t[$0].hash)) }) {
            return after..<hi
        }
        if sawReport && !sawFalsity && after > 0 && lx.slamVerbs.contains(t[after - 1].hash),
           (after..<min(hi, after + 3)).contains(where: { t[$0].isWord && !t[$0].capitalized && lx.propositionNouns.contains(t[$0].hash) }) { return after..<hi }
        return sawReport && sawFalsity ? after..<hi : nil
    }

    /// "a Daily Mirror report that X", "the Gazette's claim that X": the named outlet claims X.
    private func namedReportClaim(_ range: Range<Int>) -> Attribution? {
        // The word lists, read once and not per token (each read of a global runs its lazy
        // initialisation check).
        let propositionNouns = lx.propositionNouns, reportNouns = lx.reportNouns
        let claimNouns = lx.claimNouns, reportParticiples = lx.reportParticiples
        var k = range.lowerBound + 1
        while k + 1 < range.upperBound {
            defer { k += 1 }
            // Both shapes open on a lower-case noun of `reportClaimHeads`: the other tokens are
            // passed over with one bit test (the tokenizer's `TokenClass.reportClaimHead`).
            guard t[k].isWord, !t[k].capitalized, t[k].wordClass & TokenClass.reportClaimHead != 0 else { continue }
            // "denied claims by the government that ...": the body after "by" makes the claim.
            if t[k].isWord, !t[k].capitalized, propositionNouns.contains(t[k].hash), t[k + 1].isWord, t[k + 1].hash == W.by,
               k + 2 < range.upperBound, let found = reader.phraseStarting(at: k + 2, upperBound: range.upperBound), case let r = namedObject(found),
               r.upperBound < range.upperBound, t[r.upperBound].isWord, t[r.upperBound].hash == W.that, var p = reader.classify(r), p.kind != .pronoun {
                if isOutletLike(r) { p.kind = .outlet }
                var a = Attribution(cueIndex: k, cue: view.lower(k) + " by", speaker: p, via: [], content: (r.upperBound + 1)..<range.upperBound,
                                    stanceCue: plainCue(r.upperBound + 1), contentIsQuote: false, confidence: 0.6)
                a.forcedStance = .claim
                return a
            }
            // "a report in Marca sports daily on Thursday that said ...", "a story in The
            // Guardian newspaper that ...": the outlet the report ran in claims it.
            if reportNouns.contains(t[k].hash), t[k + 1].isWord, t[k + 1].hash == W.in, k + 2 < range.upperBound, t[k + 2].capitalized,
               let claim = reportInOutletClaim(report: k, range) { return claim }
            // "a New York Times report saying ...", "The Telegraph's allegation that ...".
            guard t[k].isWord, !t[k].capitalized, reportNouns.contains(t[k].hash) || claimNouns.contains(t[k].hash),
                  t[k + 1].isWord, t[k + 1].hash == W.that || reportParticiples.contains(t[k + 1].hash),
                  // ("rubbished the Sunday Times story saying: \"I am committed\"": a colon or a
                  // quotation after the participle gives the speaker's own words.)
                  !(t[k + 1].hash != W.that && k + 2 < range.upperBound && (view.isPunct(k + 2, 58) || t[k + 2].isQuote)) else { continue }
            var end = k - 1
            if t[end].hash == W.possessive && end > range.lowerBound { end -= 1 }
            guard t[end].capitalized, let r = reader.phraseEnding(at: end, lowerBound: range.lowerBound), var p = reader.classify(r), p.kind != .pronoun else { continue }
            if isOutletLike(r) { p.kind = .outlet }
            var a = Attribution(cueIndex: k, cue: view.lower(k), speaker: p, via: [], content: (k + 2)..<range.upperBound,
                                stanceCue: plainCue(k + 2), contentIsQuote: false, confidence: 0.6)
            a.forcedStance = .claim
            return a
        }
        return nil
    }

    /// The claim of "a report in OUTLET [outlet nouns] [time] that [said] X", the report noun at
    /// `report`: the outlet (a known one, or a name followed by "daily", "newspaper" ...) says X.
    private func reportInOutletClaim(report k: Int, _ range: Range<Int>) -> Attribution? {
        guard let found = reader.phraseStarting(at: k + 2, upperBound: range.upperBound), case let r = namedObject(found), var p = reader.classify(r), p.kind != .pronoun else { return nil }
        var j = r.upperBound
        var namedOutlet = isOutletLike(r) || p.kind == .outlet
        // "sports daily", "newspaper": the kind of outlet after its name.
        while j < range.upperBound && j - r.upperBound < 3 && t[j].isWord && !t[j].capitalized && (lx.outletNouns.contains(t[j].hash) || t[j].hash == lx.sportsWord) {
            if lx.outletNouns.contains(t[j].hash) { namedOutlet = true }
            j += 1
        }
        guard namedOutlet else { return nil }
        j = skippingTime(from: j, hi: range.upperBound)
        guard j + 1 < range.upperBound, t[j].isWord, t[j].hash == W.that else { return nil }
        // "that said ...", "that claimed ...": the report's own verb.
        var c = j + 1
        if t[c].isWord, lx.reportingVerbs.contains(t[c].hash), c + 1 < range.upperBound { c += 1 }
        p.kind = .outlet
        var a = Attribution(cueIndex: k, cue: view.lower(k), speaker: p, via: [], content: c..<range.upperBound,
                            stanceCue: plainCue(c), contentIsQuote: false, confidence: 0.6)
        a.forcedStance = .claim
        return a
    }
    static let sportsWord = wordHash("sports")

    /// The outlet after "on": "state television", "the network", "Channel 4 News".
    private func outletAfterOn(_ start: Int, hi: Int) -> SpeakerPhrase? {
        if let r = reader.phraseStarting(at: start, upperBound: hi), var p = reader.classify(r), p.kind == .outlet || isOutletLike(r) {
            p.kind = .outlet
            return p
        }
        var j = start
        while j < hi && j - start < 4 && t[j].isWord {
            if lx.outletNouns.contains(t[j].hash) {
                let text = view.text(start..<(j + 1))
                let isReference = t[start].hash == W.the && !(start..<(j + 1)).contains { t[$0].capitalized && $0 > start }
                return SpeakerPhrase(phrase: text, name: reader.trimDeterminer(text), kind: .outlet, roles: [], head: view.lower(j), isReference: isReference)
            }
            j += 1
        }
        return nil
    }

    /// "per Harig", "courtesy of the Gazette's Jane Roe": channels named anywhere in the sentence.
    private func sentenceChannels(_ range: Range<Int>) -> [SpeakerPhrase] {
        var channels: [SpeakerPhrase] = []
        let per = lx.per, courtesy = lx.courtesy  // read once, not per token
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            defer { k += 1 }
            guard t[k].isWord else { continue }
            var start: Int? = nil
            if t[k].hash == per, t[k + 1].isWord, t[k + 1].capitalized { start = k + 1 }
            else if t[k].hash == courtesy, k + 2 < range.upperBound, t[k + 1].hash == W.of { start = k + 2 }
            guard let s = start, let r = reader.phraseStarting(at: s, upperBound: range.upperBound), var p = reader.classify(r), p.kind != .pronoun else { continue }
            // "courtesy of ESPN.com's Bob Harig": the outlet before the possessive carries too.
            if let poss = r.first(where: { t[$0].hash == W.possessive }), poss > r.lowerBound, let outletRange = reader.phraseEnding(at: poss - 1, lowerBound: r.lowerBound),
               var outlet = reader.classify(outletRange), outlet.kind == .outlet || isOutletLike(outletRange) {
                outlet.kind = .outlet
                channels.append(outlet)
                if let name = reader.phraseStarting(at: poss + 1, upperBound: r.upperBound), let person = reader.classify(name) { p = person }
            }
            channels.append(p)
        }
        return channels
    }

    /// ", per news.com.au,", "Per ESPN, ...": the source "per" names, a capitalised phrase or a
    /// web address set off by commas (or ending the sentence), and the rest of the sentence as
    /// what it says ("per cent", "per the contract" name none).
    private func perSource(in range: Range<Int>) -> Attribution? {
        let lo = range.lowerBound, hi = range.upperBound
        var k = lo
        while k + 1 < hi {
            defer { k += 1 }
            guard t[k].isWord, t[k].hash == lx.per, k == lo || view.isComma(k - 1), t[k + 1].isWord else { continue }
            let address = view.bytes[t[k + 1].start..<t[k + 1].end].contains(46)
            // ("per the Herald": a determiner before the name.)
            guard t[k + 1].capitalized || address || t[k + 1].hash == W.the && k + 2 < hi && t[k + 2].capitalized else { continue }
            let r = address ? (k + 1)..<(k + 2) : reader.phraseStarting(at: k + 1, upperBound: hi)
            guard let r, t[r.upperBound - 1].capitalized || address, r.upperBound >= hi || view.isComma(r.upperBound) || view.isPunct(r.upperBound, 46) else { continue }
            var p: SpeakerPhrase
            if address {
                let name = view.text(r)
                p = SpeakerPhrase(phrase: name, name: name, kind: .outlet, roles: [], head: view.lower(k + 1), isReference: false)
            } else {
                guard let named = reader.classify(r), named.kind != .pronoun else { continue }
                p = named
                if isOutletLike(r) { p.kind = .outlet }
            }
            let content = k == lo ? min(hi, r.upperBound + 1)..<hi : lo..<(k - 1)
            guard content.count >= 3 else { return nil }
            return Attribution(cueIndex: k, cue: "per", speaker: p, via: [], content: content,
                               stanceCue: plainCue(content.lowerBound), contentIsQuote: false, confidence: 0.7)
        }
        return nil
    }

    /// `"...," Times Now quoted a party leader, who is also an MP.`: a closing attribution whose
    /// outlet quoted the speaker. The person quoted speaks the quotation, the outlet carries it.
    /// Nil unless the sentence opens with the quotation and the outlet's name follows its close.
    private func closingQuotedBy(in range: Range<Int>) -> Attribution? {
        let lo = range.lowerBound, hi = range.upperBound
        guard t[lo].kind == .openQuote || t[lo].kind == .ambiguousQuote || t[lo].isWord else { return nil }
        for k in (lo + 2)..<max(lo + 2, hi - 1) where t[k].isWord && !t[k].capitalized && t[k].hash == AttributionFinder.quotedWord {
            // The outlet: the phrase between the quotation's close and "quoted".
            guard let outletRange = reader.phraseEnding(at: k - 1, lowerBound: lo), outletRange.lowerBound - 2 >= lo else { continue }
            var q = outletRange.lowerBound - 1
            if view.isComma(q) { q -= 1 }
            guard t[q].kind == .closeQuote || t[q].kind == .ambiguousQuote, q - 1 >= lo, view.isComma(q - 1) || view.isComma(outletRange.lowerBound - 1),
                  var outlet = reader.classify(outletRange), outlet.kind != .pronoun,
                  let personRange = reader.phraseStarting(at: k + 1, upperBound: hi), let person = reader.classify(personRange), person.kind != .pronoun else { continue }
            outlet.kind = .outlet
            var start = lo
            if t[start].kind == .openQuote || t[start].kind == .ambiguousQuote { start += 1 }
            let end = view.isComma(q - 1) ? q - 1 : q
            guard end - start >= 2 else { return nil }
            return Attribution(cueIndex: k, cue: "quoted", speaker: person, via: [outlet], content: start..<end,
                               stanceCue: plainCue(start), contentIsQuote: true, confidence: 0.75)
        }
        return nil
    }

    /// The comma or dash that ends the clause a trailing answer rejects: "X, a claim (that) the
    /// club denies", "X -- a claim the agent disputed", "X, which the ministry denied".
    private func answeredClauseEnd(subject: Range<Int>, lo: Int) -> Int? {
        var q = subject.lowerBound - 1
        guard q - 1 > lo, t[q].isWord else { return nil }
        if t[q].hash == W.which && !t[q].capitalized { return view.isComma(q - 1) || view.isDash(q - 1) ? q - 1 : nil }
        if t[q].hash == W.that { q -= 1 }
        guard q - 2 >= lo, t[q].isWord, lx.propositionNouns.contains(t[q].hash) else { return nil }
        return (lo..<q).last(where: { view.isComma($0) || (t[$0].kind == .punct && t[$0].first == 45) })
    }

    /// "..., a claim (that) the ministry denied": the verb's subject follows a report noun in
    /// an appositive after a comma or dash; the clause answers what precedes it.
    private func isAppositiveAnswer(_ v: VerbCue, lo: Int) -> Bool {
        var s = v.speakerRange.lowerBound - 1
        guard s > lo, s < v.index else { return false }
        if t[s].isWord && t[s].hash == W.which && !t[s].capitalized && lx.denialVerbs.contains(t[v.index].hash) && v.index + 1 < view.tokens.count
            && !(t[v.index + 1].isWord) { return view.isComma(s - 1) || view.isDash(s - 1) }
        if t[s].isWord && t[s].hash == W.that { s -= 1 }
        guard s - 2 >= lo, t[s].isWord, lx.propositionNouns.contains(t[s].hash),
              t[s - 1].isWord, t[s - 1].hash == W.a || t[s - 1].hash == W.an else { return false }
        return view.isComma(s - 2) || view.isDashOrHyphen(s - 2)
    }

    /// "..., a statement disputed by the union", "..., a claim rejected by the club": a
    /// passive denial in an appositive answers what precedes it.
    private func isAppositivePassiveAnswer(_ v: VerbCue, lo: Int) -> Bool {
        let n = v.index - 1
        guard v.passiveBy, lx.denialVerbs.contains(t[v.index].hash), n - 2 >= lo, t[n].isWord,
              lx.propositionNouns.contains(t[n].hash) || lx.statementNouns.contains(t[n].hash),
              t[n - 1].isWord, t[n - 1].hash == W.a || t[n - 1].hash == W.an else { return false }
        return view.isComma(n - 2) || view.isDash(n - 2)
    }

    /// ", as officials had claimed": the subject follows a comma and "as"; the clause reports
    /// what the main clause answers, a statement of its own.
    private func isAsClause(_ v: VerbCue) -> Bool {
        let s = v.speakerRange.lowerBound
        guard s >= 2, s < v.index, t[s - 1].isWord, t[s - 1].hash == W.as, view.isComma(s - 2) else { return false }
        return (s..<v.index).allSatisfy { t[$0].isWord } && !v.passiveBy
    }

    /// "reports of a planned attack", "claims of interference": a noun before "of".
    private func isNounBeforeOf(_ k: Int, hi: Int) -> Bool {
        lx.nounLikeVerbs.contains(t[k].hash) && k + 1 < hi && t[k + 1].isWord && t[k + 1].hash == W.of
    }

    /// The first token after a dateline at the start of a paragraph ("BEIRUT (Reuters) -",
    /// "LONDON —", "WASHINGTON, D.C. --"), or the range's start when there is none.
    func datelineEnd(_ range: Range<Int>) -> Int {
        let lo = range.lowerBound, hi = range.upperBound
        guard lo < hi, lo == 0 || t[lo].afterNewline, isAllCaps(lo) else { return lo }
        var j = lo + 1
        var inParenthesis = false
        while j < hi && j - lo < 12 {
            let tok = t[j]
            if view.isDashOrHyphen(j) {
                var end = j + 1
                while end < hi && view.isDashOrHyphen(end) { end += 1 }
                return end < hi ? end : lo
            }
            // "PARIS • American cyclist ...", "ZURICH: UBS said": a bullet or a colon after the
            // place in capitals ends the dateline too.
            if !inParenthesis, isBulletOrColon(j), j + 1 < hi, t[j + 1].isWord, t[j + 1].capitalized { return j + 1 }
            if tok.kind == .punct && tok.first == 40 { inParenthesis = true; j += 1; continue }
            if tok.kind == .punct && tok.first == 41 { inParenthesis = false; j += 1; continue }
            if inParenthesis || view.isComma(j) || (tok.kind == .punct && tok.first == 46) || (tok.isWord && (isAllCaps(j) || tok.capitalized)) { j += 1; continue }
            return lo
        }
        return lo
    }

    /// A colon, or a bullet (U+2022) or middle dot (U+00B7) used as a dateline's separator.
    private func isBulletOrColon(_ k: Int) -> Bool {
        let tok = t[k]
        guard tok.kind == .punct else { return false }
        if tok.first == 58 { return true }
        let b = view.bytes
        if tok.first == 0xE2, tok.start + 2 < b.count, b[tok.start + 1] == 0x80, b[tok.start + 2] == 0xA2 { return true }
        return tok.first == 0xC2 && tok.start + 1 < b.count && b[tok.start + 1] == 0xB7
    }

    /// A word of two or more letters, all capitals.
    private func isAllCaps(_ k: Int) -> Bool {
        let tok = t[k]
        guard tok.isWord, tok.end - tok.start >= 2 else { return false }
        return view.bytes[tok.start..<tok.end].allSatisfy { ($0 >= 65 && $0 <= 90) || $0 == 46 || $0 == 45 }
    }

    /// Punctuation inside a title before a name: "co-chair of the Pilots Union (PU) Maria
    /// Lopez", "U.S. envoy Jane Roe".
    static func isTitleMark(_ k: Int, view: TextView) -> Bool {
        let tok = view.tokens[k]
        guard tok.kind == .punct else { return false }
        return tok.first == 40 || tok.first == 41 || (tok.first == 45 && tok.attached) || tok.first == 46 || tok.first == 38
    }

    /// "-", "--", "—" or "–" as a clause break.
    /// The phrase `p` read at `r` as the outlet a statement went through, named by its text
    /// without a leading determiner.
    private func outletNamed(_ p: SpeakerPhrase, _ r: Range<Int>) -> SpeakerPhrase {
        var outlet = p
        outlet.kind = .outlet
        outlet.name = reader.trimDeterminer(view.text(r))
        return outlet
    }

    private func containsQuote(_ r: Range<Int>) -> Bool { r.contains { t[$0].isQuote && (t[$0].first != 39 || t[$0].singleSpeech) } }

    /// True when nothing but an adjunct follows the verb: end of sentence, a time ("Tuesday",
    /// "on Monday"), or "in a statement/interview".
    private func trailingAdjunct(from after: Int, hi: Int) -> Bool {
        // (Word lists read once per call: each read of a static goes through swift_once.)
        let clauseOpeners = lx.clauseOpeners; let prepositions = lx.prepositions; let determiners = lx.determiners; let timeWords = lx.timeWords
        let adjunctNouns = lx.adjunctNouns
        var k = after
        var words = 0
        while k < hi {
            let tok = t[k]
            if tok.kind == .punct && tok.first == 44 && k + 1 < hi && t[k + 1].isWord && (t[k + 1].hash == W.and || t[k + 1].hash == W.but) { return true }
            // "..., her office said on Wednesday, after a website claimed ...": a new clause.
            if tok.kind == .punct && tok.first == 44 && k + 1 < hi && t[k + 1].isWord && !t[k + 1].capitalized && clauseOpeners.contains(t[k + 1].hash) { return true }
            // "..., the team said on Wednesday, calling reports premature": a participle phrase.
            if tok.kind == .punct && tok.first == 44 && k + 1 < hi && t[k + 1].isWord && !t[k + 1].capitalized && view.endsWith(k + 1, "ing") && view.lower(k + 1).count > 5 { return true }
            if tok.kind == .punct || tok.isQuote { k += 1; continue }
            // "..., the airline said later in the day when refuting a report", "..., he told AFP
            // after police launched an inquiry": a subordinate clause, no content of the verb.
            // ("said while participation is voluntary, a couple cannot ...": the clause before
            // a comma is fronted in the content that follows it.)
            if tok.isWord && !tok.capitalized && clauseOpeners.contains(tok.hash) && k + 1 < hi && t[k + 1].isWord {
                return !(k + 1..<hi).contains(where: { view.isComma($0) })
            }
            // ("in a statement to The Times": "to" the outlet, as "with" or "on".)
            if tok.isWord && (prepositions.contains(tok.hash) || tok.hash == W.to || determiners.contains(tok.hash) || timeWords.contains(tok.hash)
                              || adjunctNouns.contains(tok.hash) || tok.kind == .number || tok.capitalized) {
                words += 1; k += 1
                if words > 8 { return false }
                continue
            }
            return false
        }
        return true
    }

    /// The cue's words, lower-cased, one space apart.
    /// The cue's words, lower-cased and joined by spaces. ASCII words are lower-cased byte by
    /// byte (what `lowercased()` gives for them); others go through `view.lower`.
    private func cueWords(_ first: Int, _ last: Int) -> String {
        // All-ASCII words (nearly every cue) are folded straight into the string's own storage:
        // one pass sizes it, one writes it, and a cue of up to 15 bytes takes the small-string
        // form, with no allocation at all (the bytes are those the general path below makes).
        var length = -1
        var ascii = true
        for k in first...last where t[k].isWord {
            length += 1 + t[k].end - t[k].start
            for i in t[k].start..<t[k].end where view.bytes[i] >= 0x80 { ascii = false; break }
            if !ascii { break }
        }
        if ascii {
            guard length > 0 else { return "" }
            return view.bytes.withUnsafeBufferPointer { b in
                String(unsafeUninitializedCapacity: length) { out in
                    var n = 0
                    for k in first...last where t[k].isWord {
                        if n > 0 { out[n] = 32; n += 1 }
                        for i in t[k].start..<t[k].end {
                            let c = b[i]
                            out[n] = c >= 65 && c <= 90 ? c | 0x20 : c
                            n += 1
                        }
                    }
                    return n
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(t[last].end - t[first].start + 1)
        var firstWord = true
        for k in first...last where t[k].isWord {
            if !firstWord { out.append(32) }
            firstWord = false
            let bytes = view.bytes[t[k].start..<t[k].end]
            if bytes.allSatisfy({ $0 < 0x80 }) {
                for b in bytes { out.append(b >= 65 && b <= 90 ? b | 0x20 : b) }
            } else {
                out.append(contentsOf: view.lower(k).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Which passes can find anything in `scan`: a clause cue (any token in `CuePrefilter.words`,
    /// the test `attributionsInClauses` opens with), a non-answer (a word in
    /// `AttributionFinder.triggers` or negating, which covers every "n't" / "n’t" ending, the
    /// test `nonAnswers` opens with), a correction act (a lower-case word in
    /// `CuePrefilter.correctionHeads`, without which `correctionAct` finds nothing).
    private func mayHold(_ scan: Range<Int>) -> (cue: Bool, nonAnswer: Bool, correction: Bool, per: Bool) {
        // (Each token's `TokenClass` prefilter bits, set by the tokenizer, answer the three tests:
        // `CuePrefilter.sentenceFlags` of its hash, the non-answer bit also for a negating word,
        // the two last only for words, the correction bit only in lower case. The byte's eight
        // bits are all taken, so "per" is a hash test.)
        var f: UInt8 = 0, per = false
        let perWord = lx.per
        for k in scan {
            f |= t[k].wordClass
            if t[k].hash == perWord && t[k].isWord { per = true }
        }
        return (f & TokenClass.cue != 0, f & TokenClass.nonAnswer != 0, f & TokenClass.correction != 0, per)
    }

    private func isOnlyParticiple(_ v: Int) -> Bool { view.endsWith(v, "ing") }

    /// The noun phrase that opens the clause at `lo` when it is headed by a lower-case speaker
    /// noun ("sources", "officials", "passengers") and nothing but words separate it from
    /// `end`: the subject whose post-modifier runs on to the verb.
    private func openingSpeaker(lo: Int, before end: Int) -> Range<Int>? {
        var start = lo
        if start < end, t[start].isWord, t[start].capitalized, lx.openingConjunctions.contains(t[start].hash) { start += 1 }
        guard start < end, t[start].isWord, !(start..<end).contains(where: { !t[$0].isWord && !(t[$0].kind == .punct && t[$0].attached && t[$0].first == 45) }),
              !lx.prepositions.contains(t[start].hash), !lx.clauseWords.contains(t[start].hash) || t[start].hash == W.the,
              let r = reader.phraseStarting(at: start, upperBound: end), r.upperBound < end,
              let p = reader.classify(r), [.group, .person, .description].contains(p.kind), p.kind != .pronoun,
              let head = r.last(where: { t[$0].isWord && ($0 == start || !t[$0].capitalized) && lx.speakerNouns.contains(t[$0].hash) }),
              !(r.lowerBound..<head).contains(where: { t[$0].isWord && t[$0].capitalized && $0 > start }) else { return nil }
        // "... the inquiry being run": the phrase ends before a participle.
        if start + 2 < r.upperBound, let participle = (start + 2..<r.upperBound).first(where: { t[$0].isWord && !t[$0].capitalized && view.endsWith($0, "ing") }) {
            return r.lowerBound..<participle
        }
        return r
    }

    /// "citing survivors' testimonies", "citing the ministry's statement": the owner of what
    /// is cited is its source.
    private func citedOwner(_ r: Range<Int>) -> Range<Int>? {
        guard let p = r.first(where: { t[$0].isWord && t[$0].hash == W.possessive }), p > r.lowerBound, p + 1 < r.upperBound,
              t[r.upperBound - 1].isWord, !t[r.upperBound - 1].capitalized, lx.citedWorks.contains(t[r.upperBound - 1].hash) else { return nil }
        return r.lowerBound..<p
    }

    /// The "that" after a cited source set off by commas right after the verb (", citing
    /// sources at the club, that"), or nil.
    private func thatAfterCitedSource(_ after: Int, hi: Int) -> Int? {
        guard after + 2 < hi, view.isComma(after), t[after + 1].isWord, t[after + 1].hash == W.citing || t[after + 1].hash == lx.quoting,
              let close = ((after + 2)..<min(hi, after + 16)).first(where: { view.isComma($0) || (t[$0].kind == .punct && !(t[$0].first == 45 && t[$0].attached)) }),
              view.isComma(close), close + 1 < hi, t[close + 1].isWord, t[close + 1].hash == W.that else { return nil }
        return close + 1
    }

    /// The phrase after "citing" at `k`.
    private func citeRange(_ k: Int, hi: Int) -> Range<Int> {
        reader.phraseStarting(at: k + 1, upperBound: hi) ?? (k..<k)
    }

    /// True when the comma-delimited segment that ends at the comma `k` opens with a participle
    /// ("quoted by the Gazette", "speaking on Friday"): a parenthetical, not a clause's predicate.
    private func isParticipleSegment(endingAt k: Int, lo: Int) -> Bool {
        guard let c = (lo..<k).last(where: { view.isComma($0) }), c + 1 < k else { return false }
        let first = c + 1
        return t[first].isWord && !t[first].capitalized && !lx.auxiliaries.contains(t[first].hash)
            && (view.endsWith(first, "ed") || view.endsWith(first, "ing"))
    }

    /// A name read too far ("Bloomberg in an e-mail", "the Herald on Sunday night") cut before
    /// the first lower-case preposition that follows a capitalised word; "of" before another
    /// capitalised word stays ("the Times of London").
    /// Verbs that make a denial noun their act: "issued a denial", "launched a strong denial".
    static let issueVerbs = Lexicon.hashes("issued issues issue launched launches made makes offered offers gave gives released releases")

    /// The index of the verb of "X issued a (strong) denial" before the denial noun at `noun`:
    /// the verb follows the sentence's first phrase, and only an article and at most two
    /// lower-case modifiers stand between it and the noun. Nil when the noun is not so issued.
    private func issuedDenial(noun: Int, lo: Int) -> Int? {
        var v = noun - 1
        var modifiers = 0
        while v > lo && (t[v].isWord || t[v].isQuote) && !Self.issueVerbs.contains(t[v].hash) {
            // ("issued a 'categorical denial'": scare quotes are no modifier.)
            if t[v].isQuote { v -= 1; continue }
            guard !t[v].capitalized, modifiers < 3 else { return nil }
            modifiers += 1
            v -= 1
        }
        guard v > lo, t[v].isWord, Self.issueVerbs.contains(t[v].hash), v + 1 < noun,
              t[v + 1].hash == W.a || t[v + 1].hash == W.the || t[v + 1].hash == W.an else { return nil }
        // "Aniston's camp has issued a quick denial": the auxiliary belongs to the verb.
        while v - 1 > lo && t[v - 1].isWord && !t[v - 1].capitalized && lx.auxiliaries.contains(t[v - 1].hash) { v -= 1 }
        return v
    }

    private func namedObject(_ r: Range<Int>) -> Range<Int> {
        guard let cut = r.first(where: { k in
            k > r.lowerBound && t[k].isWord && !t[k].capitalized && lx.prepositions.contains(t[k].hash) && t[k - 1].capitalized
                && !(t[k].hash == W.of && k + 1 < r.upperBound && t[k + 1].capitalized)
        }) else { return r }
        return r.lowerBound..<cut
    }

    /// A capitalised name that reads as an outlet (known wire or outlet word in it).
    private func isOutletLike(_ r: Range<Int>) -> Bool {
        r.contains { k in
            return lx.outletNamesH.contains(t[k].hash) || (t[k].capitalized && lx.outletNameWordsH.contains(t[k].hash))
                || view.endsWith(k, ".com") || view.endsWith(k, ".org") || view.endsWith(k, ".net")
        }
    }
}
