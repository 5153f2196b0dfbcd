/// A statement with what the corpus linker needs beyond the public fields.
struct ExtractedStatement: Sendable {
    var statement: Statement
    var kind: SpeakerKind
    /// Provisional identity: "person:Name", "country:russia", "outlet:slug", "desc:slug".
    var key: String
}

/// One attribution found in a sentence, before back-references are resolved.
///
/// (The fields live in one box shared by copies and copied on write, as `SpeakerPhrase`'s do:
/// the finder's passes and the sentence loop copy attributions all the time.)
struct Attribution {
    private final class Storage {
        var cueIndex: Int
        var cue: String
        var speaker: SpeakerPhrase
        var via: [SpeakerPhrase]
        var content: Range<Int>
        var stanceCue: StanceClassifier.Cue
        var contentIsQuote: Bool
        var confidence: Double
        var forcedStance: Stance?
        var carriedVia: [String]
        init(cueIndex: Int, cue: String, speaker: SpeakerPhrase, via: [SpeakerPhrase], content: Range<Int>, stanceCue: StanceClassifier.Cue,
             contentIsQuote: Bool, confidence: Double, forcedStance: Stance?, carriedVia: [String]) {
            self.cueIndex = cueIndex
            self.cue = cue
            self.speaker = speaker
            self.via = via
            self.content = content
            self.stanceCue = stanceCue
            self.contentIsQuote = contentIsQuote
            self.confidence = confidence
            self.forcedStance = forcedStance
            self.carriedVia = carriedVia
        }
        func copy() -> Storage {
            Storage(cueIndex: cueIndex, cue: cue, speaker: speaker, via: via, content: content, stanceCue: stanceCue,
                    contentIsQuote: contentIsQuote, confidence: confidence, forcedStance: forcedStance, carriedVia: carriedVia)
        }
    }
    private var storage: Storage

    init(cueIndex: Int, cue: String, speaker: SpeakerPhrase, via: [SpeakerPhrase], content: Range<Int>, stanceCue: StanceClassifier.Cue,
         contentIsQuote: Bool, confidence: Double, forcedStance: Stance? = nil, carriedVia: [String] = []) {
        storage = Storage(cueIndex: cueIndex, cue: cue, speaker: speaker, via: via, content: content, stanceCue: stanceCue,
                          contentIsQuote: contentIsQuote, confidence: confidence, forcedStance: forcedStance, carriedVia: carriedVia)
    }

    /// The box, made this value's own before a write.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    var cueIndex: Int { get { storage.cueIndex } set { unique().cueIndex = newValue } }
    var cue: String { get { storage.cue } set { unique().cue = newValue } }
    var speaker: SpeakerPhrase { get { storage.speaker } _modify { yield &unique().speaker } }
    var via: [SpeakerPhrase] { get { storage.via } _modify { yield &unique().via } }
    var content: Range<Int> { get { storage.content } set { unique().content = newValue } }
    var stanceCue: StanceClassifier.Cue { get { storage.stanceCue } _modify { yield &unique().stanceCue } }
    var contentIsQuote: Bool { get { storage.contentIsQuote } set { unique().contentIsQuote = newValue } }
    var confidence: Double { get { storage.confidence } set { unique().confidence = newValue } }
    /// A stance the sentence's structure decides ("..., as officials had claimed" is a claim).
    var forcedStance: Stance? { get { storage.forcedStance } set { unique().forcedStance = newValue } }
    /// Outlets already resolved that a continued quotation keeps from the statement it
    /// continues (`X told the Herald: "..."` then `"..."`).
    var carriedVia: [String] { get { storage.carriedVia } _modify { yield &unique().carriedVia } }
}

/// An attribution kept for a sentence, with the speaker it resolved to. A struct, not a tuple:
/// tuples of reference-counted fields are copied through the runtime's generic witness.
struct EmittedAttribution {
    var attribution: Attribution
    var resolved: Resolved
}

/// A speaker whose words run on into the next sentence or paragraph: who, with which cue,
/// through which outlets. A final class: the sentence loop keeps several optional ones and
/// hands them on every sentence, and an optional reference is copied and dropped with one
/// retain or release where an optional struct goes through the runtime's generic witness.
final class CarriedSpeaker {
    let speaker: Resolved
    let cue: String
    let via: [String]

    init(speaker: Resolved, cue: String, via: [String]) {
        self.speaker = speaker
        self.cue = cue
        self.via = via
    }
}

/// Extracts the attributed statements of one article.
enum ArticleExtractor {
    static func extract(_ article: Article) -> [ExtractedStatement] {
        let view = TextView(article: article.text)
        let (sentences, marks) = SentenceSplitter.splitMarked(view.tokens, bytes: view.bytes)
        var state = ArticleState(view: view, articleID: article.id)
        // Room for the statements of most articles, so the list is not regrown four or five
        // times as they come (a sentence in eight holds one, on average).
        state.statements.reserveCapacity(min(32, sentences.count / 4 + 4))
        let finder = AttributionFinder(view: view)
        var scalarCursor = ScalarCursor(bytes: view.bytes)
        var previousHadQuoteStatement: CarriedSpeaker? = nil
        var previousSentenceEndsInQuote = false
        var quoteWaiting: [(range: Range<Int>, start: Int, end: Int)] = []
        // The speaker of the sentence just before a quotation left open at its paragraph's end:
        // who speaks on when the quotation closes, paragraphs later, on no name.
        var speakerBeforeWaiting: CarriedSpeaker? = nil
        // The outlets each person was interviewed by ("told the Globe"), by speaker key.
        var interviewVia: [String: [String]] = [:]
        var previousSentenceStatement: CarriedSpeaker? = nil
        // "X said:" closing a paragraph: the next paragraph is X's block quote.
        var blockIntro: CarriedSpeaker? = nil
        var blockSpeaker: CarriedSpeaker? = nil
        // The sentence's kept attributions: one array for the whole article, emptied for each
        // sentence (its storage kept), not a new one per sentence.
        var emitted: [EmittedAttribution] = []
        for (index, range) in sentences.enumerated() {
            // (Element by element: `removeAll(keepingCapacity:)` goes through the generic
            // `replaceSubrange`, and most sentences have nothing to remove.)
            while !emitted.isEmpty { emitted.removeLast() }
            // A picture credit speaks for no one and is no antecedent.
            if marks.slashOrColon[index] && CaptionCredit.isCredit(range, view: view) { continue }
            let startsWithQuote = view.tokens[range.lowerBound].kind == .openQuote || view.tokens[range.lowerBound].kind == .ambiguousQuote
            let newParagraph = view.tokens[range.lowerBound].afterNewline
            var attributions = finder.attributions(in: range)
            for attribution in attributions {
                guard let resolved = sameSentenceSubject(for: attribution, in: range, finder: finder, state: state, sentence: index)
                        ?? state.resolve(attribution.speaker, sentence: index, sentenceRange: range) else { continue }
                if emitted.contains(where: { $0.resolved.key == resolved.key }) { continue }
                emitted.append(EmittedAttribution(attribution: attribution, resolved: resolved))
            }
            // A quotation without a cue continues the quotation or statement just before it.
            // A paragraph that opens with a quotation and names no speaker continues the speaker of
            // the sentence just before it ("X said ...\n\n\"We will fight this.\"").
            // A quotation left open at the paragraph's end runs on into the next paragraph, where its
            // speaker is usually named; that one is not carried.
            // (Not when the quotation closes on another speaker's name: `"...` / `...," the
            // president said.` is the president's.)
            // (`X says ...` / `"...` / `"...."`: a quotation run over paragraphs that closes on no
            // name is the speaker's named just before it opened.)
            let speakerBefore = quoteWaiting.isEmpty ? previousSentenceStatement : speakerBeforeWaiting
            // (`The airline said that it had confirmed X. "The airline has never referred to Y."`: a
            // quotation that opens right after a reported statement, in the same paragraph, is the
            // same speaker's words too.)
            let carried = previousHadQuoteStatement
                ?? (newParagraph && startsWithQuote && paragraphClosesQuote(from: index, sentences, view: view)
                    && !paragraphClosesOnOther(from: index, sentences, view: view, than: speakerBefore?.speaker.name ?? "") ? speakerBefore : nil)
                ?? (!newParagraph && startsWithQuote && !previousSentenceEndsInQuote && Self.opensWithDoubleMark(range, view: view)
                    && !paragraphClosesOnOther(from: index, sentences, view: view, than: previousSentenceStatement?.speaker.name ?? "") ? previousSentenceStatement : nil)
            // A sentence that quotes at length right after a quoted statement continues it too
            // ("Even if they stole the jets, \"they would still need runways ...\"").
            let quotesAtLength = previousHadQuoteStatement != nil && !startsWithQuote && marks.quote[index] && quotedWordCount(range, view: view) >= 5
            // A sentence wholly inside the quotation it continues: its reporting verbs belong to
            // what is quoted (`"... He has not asked to leave."` after `"...," a spokesman said.`).
            // Only within the paragraph of that attribution: a quoted passage in a paragraph of its
            // own may name its own speakers ("According to reports:" then "\u{201C}Police say ...").
            // (So is a paragraph that reopens a quotation the paragraph before left open, the way
            // a long quotation is printed: `"I don't understand it.` / `"A journalist asked me
            // if ...` is still the first speaker's.)
            let reopensQuotation = newParagraph && startsWithQuote && previousSentenceEndsInQuote && Self.opensWithDoubleMark(range, view: view)
            if !emitted.isEmpty, carried != nil, !newParagraph || reopensQuotation,
               Self.isQuotedThroughout(range, view: view, startsInside: reopensQuotation ? false : previousSentenceEndsInQuote) {
                while !emitted.isEmpty { emitted.removeLast() }
            }
            // A paragraph that opens a quotation and leaves it open: its reporting verbs are the
            // quoted speaker's words (`"Now, they came out and said that he was ill.` / `I
            // thought ...," the president said.`), so it waits for the speaker named at the close.
            // (Only a double mark opens one: a single mark may be a headline's quotation. Not
            // inside a quotation carried on from the sentence before.)
            if !emitted.isEmpty, startsWithQuote, newParagraph, previousHadQuoteStatement == nil, Self.opensWithDoubleMark(range, view: view),
               Self.isQuotedThroughout(range, view: view, startsInside: false),
               endsInsideQuote(range, view: view, startsInside: false) {
                while !emitted.isEmpty { emitted.removeLast() }
            }
            // A line of quotation marks alone (`'"`) says nothing and carries no one's words.
            // (A loop on the tokens, not `contains(where:)`: its closure holds the view, retained
            // and released for every sentence.)
            var saysSomething = false
            for k in range where view.tokens[k].isWord { saysSomething = true; break }
            // A quotation closed by another speaker's attribution (`"...," the businessman told X.`)
            // is that speaker's, even when the speaker could not be read: it never continues
            // another's.
            // (A subhead is read for only when a continuation is possible at all.)
            if emitted.isEmpty, saysSomething, let previous = carried,
               !Self.isHeadingLine(range, view: view, endsParagraph: index + 1 >= sentences.count || view.tokens[sentences[index + 1].lowerBound].afterNewline),
               !Self.endsWithOtherAttribution(range, view: view, than: previous.speaker.name),
               ((startsWithQuote || previousSentenceEndsInQuote) && (!newParagraph || startsWithQuote)) || quotesAtLength {
                let content = range
                attributions = [Attribution(
                    cueIndex: range.lowerBound, cue: previous.cue,
                    speaker: SpeakerPhrase(phrase: previous.speaker.name, name: previous.speaker.name, kind: previous.speaker.kind, roles: [], head: "", isReference: false),
                    via: [], content: content,
                    stanceCue: .init(verb: nil, negated: false, declined: false, isQuestionVerb: false, objectRange: content.lowerBound..<content.lowerBound),
                    contentIsQuote: true, confidence: 0.7, carriedVia: previous.via)]
                emitted.append(EmittedAttribution(attribution: attributions[0], resolved: previous.speaker))  // (emitted is empty here)
            }
            if newParagraph { blockSpeaker = blockIntro; blockIntro = nil }
            if emitted.isEmpty, saysSomething, let block = blockSpeaker, !BlockQuoteIntro.isEmbedCredit(range, view: view),
               !Self.endsWithOtherAttribution(range, view: view, than: block.speaker.name) {
                attributions = [Self.continuation(of: block.speaker, cue: block.cue, content: range)]
                emitted.append(EmittedAttribution(attribution: attributions[0], resolved: block.speaker))  // (emitted is empty here)
            }
            // The sentence's offsets in scalars, counted only for a sentence that needs them (one
            // with a statement or a quotation waiting for its speaker): the cursor still moves
            // forward only, sentence by sentence, and skips the bytes no statement reaches.
            var scalarOffsets: (start: Int, end: Int)? = nil
            func sentenceOffsets() -> (start: Int, end: Int) {
                if let known = scalarOffsets { return known }
                let start = scalarCursor.scalarOffset(ofByte: view.tokens[range.lowerBound].start)
                let made = (start: start, end: scalarCursor.scalarOffset(ofByte: view.tokens[range.upperBound - 1].end))
                scalarOffsets = made
                return made
            }
            var quoteStatement: CarriedSpeaker? = nil
            var lastViaNames: [String] = []
            // The sentence's text, made once for all its statements (they share the storage).
            var sentenceString: String? = nil
            func sentenceText() -> String {
                if let made = sentenceString { return made }
                let made = view.text(range)
                sentenceString = made
                return made
            }
            for emittedAttribution in emitted {
                let attribution = emittedAttribution.attribution, resolved = emittedAttribution.resolved
                // "he said, citing witnesses": a person carries it, found like any "he".
                let via = attribution.via.compactMap { phrase in
                    phrase.kind == .pronoun && Lexicon.personPronouns.contains(wordHash(phrase.head))
                        ? state.resolve(phrase, sentence: index, sentenceRange: range)?.name : state.resolveOutlet(phrase, sentence: index)
                }
                var viaNames: [String] = (attribution.speaker.owner ?? resolved.owner).map { [$0] } ?? []
                // (The two lists in turn, not their concatenation: a new array per statement.)
                for name in via where !viaNames.contains(name) && name != resolved.name { viaNames.append(name) }
                for name in attribution.carriedVia where !viaNames.contains(name) && name != resolved.name { viaNames.append(name) }
                // A person who told an outlet something goes on speaking to it: "X told the Globe
                // ..." then "X said ..." later in the piece is still the interview.
                if resolved.kind == .person {
                    if !via.isEmpty && Self.isInterviewCue(attribution.cue) { interviewVia[resolved.key] = viaNames }
                    else if viaNames.isEmpty, attribution.via.isEmpty, let earlier = interviewVia[resolved.key] { viaNames = earlier }
                }
                var stance = attribution.forcedStance ?? StanceClassifier.classify(cue: attribution.stanceCue, content: attribution.content, view: view, sentence: range,
                                                                                                   next: index + 1 < sentences.count ? sentences[index + 1] : nil)
                // "X said ..., adding that the reports were wide of the mark": the denial in the
                // speaker's own participle clause.
                if stance == .claim, attribution.forcedStance == nil, let added = StanceClassifier.addedClause(after: attribution.content, cue: attribution.cueIndex, sentence: range, view: view) {
                    // ", rejecting a report that ..." is judged by its verb, ", adding that ..." by its clause.
                    let head = view.tokens[added.lowerBound]
                    let verb: UInt64? = head.isWord && Lexicon.denialVerbs.contains(head.hash) ? head.hash
                        : head.isWord && CueWords.labelParticiples.contains(head.hash) ? W.denied : nil
                    let object = verb == nil ? added.lowerBound..<added.lowerBound : (added.lowerBound + 1)..<min(added.upperBound, added.lowerBound + 6)
                    if StanceClassifier.classify(cue: .init(verb: verb, negated: false, declined: false, isQuestionVerb: false, objectRange: object),
                                                 content: verb == nil ? added : object.upperBound..<added.upperBound, view: view) == .denial {
                        stance = .denial
                    }
                }
                state.statements.append(ExtractedStatement(statement: Statement(
                    article: article.id, sentence: sentenceText(), speaker: resolved.name, speakerID: resolved.key,
                    via: viaNames, cue: attribution.cue, stance: stance, content: cleanContent(attribution.content, view: view),
                    start: sentenceOffsets().start, end: sentenceOffsets().end, confidence: attribution.confidence * resolved.confidence),
                    kind: resolved.kind, key: resolved.key))
                lastViaNames = viaNames
                state.remember(resolved, sentence: index)
                for name in via { state.rememberOutlet(name, sentence: index) }
                if attribution.contentIsQuote || (marks.quote[index] && containsQuote(range, view: view)) { quoteStatement = CarriedSpeaker(speaker: resolved, cue: attribution.cue, via: viaNames) }
            }
            // Only a sentence followed by a back-reference ("It", "The report", "They") needs its
            // subject remembered; reading it for every sentence would cost more than the rest.
            if emitted.isEmpty, index + 1 < sentences.count,
               Self.startsWithReference(sentences[index + 1], view: view) || Self.pronounSpeaks(sentences[index + 1], view: view),
               let found = finder.sentenceSubject(in: range),
               case let subject = Self.appositiveName(after: found, in: range, view: view) ?? found, let phrase = finder.reader.classify(subject),
               phrase.kind != .pronoun {
                let next = sentences[index + 1]
                // The cheap tests first: resolving a name looks back through the article.
                let described = phrase.kind != .person || (!phrase.roles.isEmpty && Self.containsSpace(phrase.name)) || Self.startsWithPersonDescription(next, view: view)
                let narrated = !described && !phrase.isReference && Self.endsWithPeriod(range, view: view)
                    && (Self.startsWithPersonPronoun(next, view: view) || Self.pronounSpeaks(next, view: view))
                if described || narrated, let resolved = state.resolve(phrase, sentence: index, sentenceRange: range),
                   described || (Self.containsSpace(resolved.name) && Self.looksLikePersonName(resolved.name)) {
                    state.rememberSubject(resolved, sentence: index)
                }
            }
            let endsOpen = marks.quote[index] ? endsInsideQuote(range, view: view, startsInside: previousSentenceEndsInQuote && !newParagraph)
                : previousSentenceEndsInQuote && !newParagraph
            // A quotation whose speaker is named only where it closes waits for that name: in the
            // same paragraph (`"No deal. There never was," she said.`), or across paragraphs that
            // each open with a quotation mark and leave it open, the way a long quotation is
            // printed (`"...` / `"...` / `...," he said.`).
            let insideQuote = startsWithQuote || (previousSentenceEndsInQuote && !newParagraph)
            if emitted.isEmpty && insideQuote && endsOpen && saysSomething {
                if quoteWaiting.isEmpty { speakerBeforeWaiting = newParagraph && startsWithQuote ? previousSentenceStatement : nil }
                quoteWaiting.append((range, sentenceOffsets().start, sentenceOffsets().end))
                if quoteWaiting.count > 12 { quoteWaiting.removeFirst() }
            } else if !quoteWaiting.isEmpty, !newParagraph || startsWithQuote, let last = state.statements.last,
                      emitted.contains(where: { $0.resolved.key == last.key }), emitted.first?.attribution.contentIsQuote == true {
                let at = state.statements.count - emitted.count
                for (offset, waiting) in quoteWaiting.enumerated() {
                    var s = last.statement
                    s.sentence = view.text(waiting.range)
                    s.content = cleanContent(s.sentence)
                    s.start = waiting.start
                    s.end = waiting.end
                    s.stance = StanceClassifier.classify(cue: .init(verb: nil, negated: false, declined: false, isQuestionVerb: false, objectRange: waiting.range.lowerBound..<waiting.range.lowerBound),
                                                         content: waiting.range, view: view)
                    s.confidence = last.statement.confidence * 0.8
                    state.statements.insert(ExtractedStatement(statement: s, kind: last.kind, key: last.key), at: at + offset)
                }
                quoteWaiting.removeAll()
            } else {
                quoteWaiting.removeAll()
            }
            let endsParagraph = index + 1 >= sentences.count || view.tokens[sentences[index + 1].lowerBound].afterNewline
            if endsParagraph, index + 1 < sentences.count, BlockQuoteIntro.adjoins(range, sentences[index + 1], view: view),
               let intro = blockQuoteIntro(range, emitted: emitted, finder: finder, state: state, sentence: index) { blockIntro = intro }
            previousSentenceEndsInQuote = endsOpen
            previousSentenceStatement = emitted.last.map { CarriedSpeaker(speaker: $0.resolved, cue: $0.attribution.cue, via: lastViaNames) }
            if emitted.isEmpty, let carriedNow = carried, startsWithQuote || previousSentenceEndsInQuote { quoteStatement = carriedNow }
            previousHadQuoteStatement = quoteStatement ?? (emitted.isEmpty && !newParagraph ? previousHadQuoteStatement : nil)
            if emitted.isEmpty && newParagraph && !startsWithQuote { previousHadQuoteStatement = nil }
        }
        return DenialContinuation.revise(DisputeStance.revise(state.statements, view: view, sentences: sentences))
    }

    /// "In 2010, chief executive Ulf Henriksson made waves after he told the Telegraph ...": a
    /// "he" or "she" that speaks after the sentence's own subject, a person named in full, is
    /// that person (not the last speaker before the sentence). Only outside quotations, where
    /// a name inside the quoted words is no antecedent.
    /// ("Guterman was still seething and he said": a surname alone, when it resolves to a
    /// person named in full before, is the subject too.)
    static func sameSentenceSubject(for attribution: Attribution, in range: Range<Int>, finder: AttributionFinder,
                                    state: ArticleState, sentence: Int) -> Resolved? {
        let speaker = attribution.speaker
        // (When the content comes first, "X met the family, he also said", X belongs to what was said.)
        guard speaker.kind == .pronoun, personPronounHeads.contains(speaker.head), attribution.cueIndex > range.lowerBound,
              attribution.content.lowerBound > attribution.cueIndex,
              !(range.lowerBound..<attribution.cueIndex).contains(where: { finder.view.tokens[$0].isQuote }),
              let subject = finder.sentenceSubject(in: range), subject.upperBound + 1 < attribution.cueIndex,
              let phrase = finder.reader.classify(subject), phrase.kind == .person, !phrase.isReference,
              let resolved = state.resolve(phrase, sentence: sentence, sentenceRange: range) else { return nil }
        return containsSpace(phrase.name) || resolved.kind == .person && containsSpace(resolved.name) ? resolved : nil
    }

    static let personPronounHeads: Set<String> = ["he", "she"]

    /// "told", "tells": the cue of an interview with the outlet told.
    static func isInterviewCue(_ cue: String) -> Bool { cue.hasPrefix("told") || cue.hasPrefix("tells") || cue.hasPrefix("telling") }

    /// A sentence that carries on an earlier speaker's words: a quotation without a cue, a
    /// block quote's paragraph.
    static func continuation(of speaker: Resolved, cue: String, content: Range<Int>) -> Attribution {
        Attribution(
            cueIndex: content.lowerBound, cue: cue,
            speaker: SpeakerPhrase(phrase: speaker.name, name: speaker.name, kind: speaker.kind, roles: [], head: "", isReference: false),
            via: [], content: content,
            stanceCue: .init(verb: nil, negated: false, declined: false, isQuestionVerb: false, objectRange: content.lowerBound..<content.lowerBound),
            contentIsQuote: true, confidence: 0.7)
    }

    /// The author a paragraph-closing sentence hands its block quote to: the speaker of "X
    /// said:" (or "X disputed the report…"), else the author of "a statement from X:".
    static func blockQuoteIntro(_ range: Range<Int>, emitted: [EmittedAttribution], finder: AttributionFinder,
                                state: ArticleState, sentence: Int) -> CarriedSpeaker? {
        let view = finder.view
        if let last = emitted.last {
            // "X said:", "X told the paper:", "X wrote in a post:" hand on; "X defended the club
            // on Twitter:" has said what it says and introduces an embedded post.
            if BlockQuoteIntro.endsOnColon(range, view: view) && BlockQuoteIntro.isOnlyAdjunct(last.attribution.content.lowerBound > last.attribution.cueIndex ? last.attribution.content : (last.attribution.cueIndex + 1)..<range.upperBound, view: view) { return CarriedSpeaker(speaker: last.resolved, cue: last.attribution.cue, via: []) }
            if BlockQuoteIntro.endsOnEllipsis(range, view: view) { return CarriedSpeaker(speaker: last.resolved, cue: last.attribution.cue, via: []) }
            return nil
        }
        guard BlockQuoteIntro.endsOnColon(range, view: view), emitted.isEmpty,
              let author = BlockQuoteIntro.author(in: range, reader: finder.reader, view: view),
              let resolved = state.resolve(author, sentence: sentence, sentenceRange: range) else { return nil }
        return CarriedSpeaker(speaker: resolved, cue: "statement", via: [])
    }

    static let referenceStarts = WordSet(["it", "its", "they", "their", "the", "this", "these", "he", "she", "his", "her"].map { wordHash($0) })

    /// True when the sentence opens (within its first four words) with a pronoun or a definite
    /// description that may point back.
    static func startsWithReference(_ range: Range<Int>, view: TextView) -> Bool {
        var words = 0
        let starts = referenceStarts
        for k in range where view.tokens[k].isWord {
            if starts.contains(view.tokens[k].hash) { return true }
            words += 1
            if words >= 4 { break }
        }
        return false
    }

    /// "Hill's assistant, Mark Cole, was more critical": the name set off after the subject.
    static func appositiveName(after subject: Range<Int>, in sentence: Range<Int>, view: TextView) -> Range<Int>? {
        let t = view.tokens
        var k = subject.upperBound
        guard k + 2 < sentence.upperBound, view.isComma(k) else { return nil }
        k += 1
        let start = k
        while k < sentence.upperBound && t[k].isWord && t[k].capitalized && k - start < 4 { k += 1 }
        guard k - start >= 2, k < sentence.upperBound, view.isComma(k) else { return nil }
        return start..<k
    }

    /// True when every word of `name` opens with a capital and holds only letters, hyphens,
    /// apostrophes or dots ("Jane Roe", "Jean-Luc O'Neil"), not "Ford F-250".
    static func looksLikePersonName(_ name: String) -> Bool {
        // An ASCII name with no carriage return (where every byte is a character) is read on its
        // bytes: the same test, with no split into strings and no scalar properties looked up.
        var bytes = name
        if let answer = bytes.withUTF8({ b -> Bool? in
            var atWordStart = true
            for c in b {
                if c >= 0x80 || c == 13 { return nil }
                if c == 32 { atWordStart = true; continue }
                if atWordStart {
                    guard c >= 65 && c <= 90 else { return false }
                    atWordStart = false
                } else if !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 39 || c == 46) {
                    return false
                }
            }
            return true
        }) { return answer }
        return name.split(separator: " ").allSatisfy { word in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }
        }
    }

    /// True when the sentence ends with a full stop: a caption or headline line ("AGENCY Photo
    /// title: more words") does not, and names no one a pronoun can point back at.
    static func endsWithPeriod(_ range: Range<Int>, view: TextView) -> Bool {
        var k = range.upperBound - 1
        while k > range.lowerBound && view.tokens[k].isQuote { k -= 1 }
        return view.tokens[k].kind == .punct && view.tokens[k].first == 46
    }

    /// True when "he" or "she" is the subject of a reporting verb anywhere in the sentence
    /// (`"I have seen nothing to suggest that," he said.`).
    static func pronounSpeaks(_ range: Range<Int>, view: TextView) -> Bool {
        // (Through the token buffer, the hash tested first: most tokens fail there.)
        let t = view.tokenBuffer
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            let h = t[k].hash
            if h == W.he || h == W.she, t[k].isWord, t[k + 1].isWord, Lexicon.reportingVerbs.contains(t[k + 1].hash) { return true }
            k += 1
        }
        return false
    }

    static let personPronounStarts = WordSet(["he", "she", "his", "her"].map { wordHash($0) })

    /// True when one of the sentence's first four words is "he", "she", "his" or "her": a
    /// named person who was only the subject of the sentence before ("Jane Roe, 31, left her
    /// keys at work. When she returned, she says ...") is what it points at.
    static func startsWithPersonPronoun(_ range: Range<Int>, view: TextView) -> Bool {
        var words = 0
        for k in range where view.tokens[k].isWord {
            if personPronounStarts.contains(view.tokens[k].hash) { return true }
            words += 1
            if words >= 4 { break }
        }
        return false
    }

    /// True when the sentence opens with "The Spaniard", "The 28-year-old": a description of the
    /// person named just before.
    static func startsWithPersonDescription(_ range: Range<Int>, view: TextView) -> Bool {
        guard range.count >= 2, view.tokens[range.lowerBound].isWord, view.tokens[range.lowerBound].hash == W.the else { return false }
        let k = range.lowerBound + 1
        return CueWords.isPersonDescription(view.lower(k))
    }

    /// Removes wrapping quotes, spaces and a final period from content.
    /// Space, quotes, `,.:;`, « », em and en dash: a switch, not a `Set`, so no hashing per scalar.
    @inline(__always) static func isStripScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x22, 0x201C, 0x201D, 0x2018, 0x2019, 0x27, 0x2C, 0x2E, 0x3A, 0x3B, 0xAB, 0xBB, 0x2014, 0x2013, 0x60: return true
        default: return false
        }
    }

    /// `cleanContent(view.text(range))` without the intermediate string: each strip scalar has
    /// one UTF-8 form (ASCII, C2 AB/BB, E2 80 93/94/98/99/9C/9D), so the marks are stripped on
    /// the bytes and one string is made of what is left.
    static func cleanContent(_ range: Range<Int>, view: TextView) -> String {
        guard let first = range.first, let last = range.last, first >= 0, last < view.tokens.count else { return cleanContent("") }
        var s = view.tokens[first].start, e = view.tokens[last].end
        view.bytes.withUnsafeBufferPointer { b in
            @inline(__always) func isStripASCII(_ c: UInt8) -> Bool {
                c == 0x20 || c == 0x22 || c == 0x27 || c == 0x2C || c == 0x2E || c == 0x3A || c == 0x3B || c == 0x60
            }
            @inline(__always) func isStripE280(_ c: UInt8) -> Bool {
                c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99 || c == 0x94 || c == 0x93
            }
            while s < e {
                if isStripASCII(b[s]) { s += 1; continue }
                if b[s] == 0xC2 && s + 1 < e && (b[s + 1] == 0xAB || b[s + 1] == 0xBB) { s += 2; continue }
                if b[s] == 0xE2 && s + 2 < e && b[s + 1] == 0x80 && isStripE280(b[s + 2]) { s += 3; continue }
                break
            }
            while e > s {
                if isStripASCII(b[e - 1]) { e -= 1; continue }
                if e - 2 >= s && b[e - 2] == 0xC2 && (b[e - 1] == 0xAB || b[e - 1] == 0xBB) { e -= 2; continue }
                if e - 3 >= s && b[e - 3] == 0xE2 && b[e - 2] == 0x80 && isStripE280(b[e - 1]) { e -= 3; continue }
                break
            }
        }
        return TextSanitizer.clean(String(decoding: view.bytes[s..<e], as: UTF8.self), keepNewlines: false)
    }

    static func cleanContent(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isStripScalar(scalars[start].value) { start = scalars.index(after: start) }
        while end > start, isStripScalar(scalars[scalars.index(before: end)].value) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return TextSanitizer.clean(s, keepNewlines: false) }
        return TextSanitizer.clean(String(scalars[start..<end]), keepNewlines: false)
    }

    /// `s.contains(" ")` (Foundation's search, thousands of instructions) answered on the bytes
    /// when they settle it: no space byte, or a space followed by ASCII or by the end (a space
    /// only a combining mark after it could merge into another character).
    static func containsSpace(_ s: String) -> Bool {
        var previousWasSpace = false
        var sawSpace = false
        for b in s.utf8 {
            if previousWasSpace && b < 0x80 { return true }
            previousWasSpace = b == 32
            if previousWasSpace { sawSpace = true }
        }
        if previousWasSpace { return true }
        return sawSpace && s.contains(" ")
    }
}
