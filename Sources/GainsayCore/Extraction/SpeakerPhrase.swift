/// What kind of speaker a phrase names: it decides what a later back-reference can point at and
/// how the speaker id is built.
enum SpeakerKind: Sendable, Hashable {
    case person, outlet, report, country, organisation, group, conjunction, pronoun, description
}

/// A speaker as found in a sentence: the tokens that name it, the name to show, its kind.
struct SpeakerPhrase: Sendable {
    // The fields live in one shared box, copied on write: attributions, verb cues and caches copy
    // phrases all the time, and a copy is then one retain instead of one per string and set
    // (and a move of one word instead of a hundred bytes). Reads and writes look the same as on
    // stored properties.
    private final class Storage: @unchecked Sendable {
        var phrase: String
        var name: String
        var kind: SpeakerKind
        var roles: Set<String>
        var head: String
        var isReference: Bool
        var owner: String?
        init(phrase: String, name: String, kind: SpeakerKind, roles: Set<String>, head: String, isReference: Bool, owner: String?) {
            self.phrase = phrase
            self.name = name
            self.kind = kind
            self.roles = roles
            self.head = head
            self.isReference = isReference
            self.owner = owner
        }
        func copy() -> Storage { Storage(phrase: phrase, name: name, kind: kind, roles: roles, head: head, isReference: isReference, owner: owner) }
    }
    private var storage: Storage

    init(phrase: String, name: String, kind: SpeakerKind, roles: Set<String>, head: String, isReference: Bool, owner: String? = nil) {
        storage = Storage(phrase: phrase, name: name, kind: kind, roles: roles, head: head, isReference: isReference, owner: owner)
    }

    /// The box, made this value's own before a write.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The phrase as written ("the American publication The Washington Post").
    var phrase: String { get { storage.phrase } set { unique().phrase = newValue } }
    /// The name to show, titles removed ("The Washington Post", "Vladimir Putin").
    var name: String { get { storage.name } set { unique().name = newValue } }
    var kind: SpeakerKind { get { storage.kind } set { unique().kind = newValue } }
    /// Lower-cased role and title words found around the name ("minister", "spokeswoman").
    var roles: Set<String> { get { storage.roles } _modify { yield &unique().roles } }
    /// The head word, lower-cased, for back-references ("publication", "expert").
    var head: String { get { storage.head } set { unique().head = newValue } }
    /// True when the phrase is a back-reference to resolve ("the publication", "he").
    var isReference: Bool { get { storage.isReference } set { unique().isReference = newValue } }
    /// The outlet whose sources these are ("the Post's sources" -> "Post"): a channel, not the speaker.
    var owner: String? { get { storage.owner } set { unique().owner = newValue } }
}

/// Remembers classifications within one article: a sentence's attribution rules often ask about
/// the same phrase several times.
final class PhraseCache {
    /// The 16 most recent classifications in a ring, searched newest first: a sentence asks
    /// about a handful of phrases, so a short list searched linearly beats hashing, and a ring
    /// drops the oldest without shifting the rest. The slots are raw memory the cache owns: an
    /// array property written in place is checked for exclusive access at run time on every
    /// store and look-up.
    private let keys = UnsafeMutablePointer<Int>.allocate(capacity: 16)
    private let values = UnsafeMutablePointer<SpeakerPhrase?>.allocate(capacity: 16)
    /// The slot the next classification goes to.
    private var next = 0
    private var filled = 0

    init() {
        keys.initialize(repeating: 0, count: 16)
        values.initialize(repeating: nil, count: 16)
    }

    deinit {
        // (Slot by slot: `deinitialize(count:)` destroys the optionals through the runtime's
        // generic value witness, two thousand instructions per article.)
        for i in 0..<16 { _ = (values + i).move() }
        values.deallocate()
        keys.deallocate()
    }

    func lookup(_ key: Int) -> SpeakerPhrase?? {
        var i = next
        for _ in 0..<filled {
            i = (i + 15) & 15
            if keys[i] == key { return values[i] }
        }
        return nil
    }

    func store(_ key: Int, _ value: SpeakerPhrase?) {
        keys[next] = key
        values[next] = value
        next = (next + 1) & 15
        if filled < 16 { filled += 1 }
    }
}

/// Finds and classifies noun phrases that can be speakers.
///
/// A class for the reason `AttributionFinder` is one: closures that read `self` capture one
/// reference instead of copying the view.
final class PhraseReader {
    let view: TextView
    let cache = PhraseCache()
    /// `classifyNamed`'s list of a run's word indices, kept between calls.
    private var wordScratch: [Int] = []
    /// The view's tokens as a buffer (`AttributionFinder` reads it too): in the long rule
    /// functions an array's reads go through an outlined getter with a bounds check each, a
    /// buffer's are one load. It points into the storage of `view.tokens`, an array never
    /// mutated that `view`, held here, keeps alive as long as the reader.
    let t: UnsafeBufferPointer<Token>

    /// The word lists the phrase rules test, in one box made once per process and read once per
    /// reader (one article) instead of at every use: each read of a lazily initialised static
    /// goes through swift_once, dozens of times per phrase.
    final class Lists: Sendable {
        static let shared = Lists()
        let speakerNouns = Lexicon.speakerNouns, determiners = Lexicon.determiners, postModifiers = Lexicon.postModifiers
        let personRoleNouns = Lexicon.personRoleNouns, clauseWords = Lexicon.clauseWords, pronouns = Lexicon.pronouns
        let pluralGroupNouns = Lexicon.pluralGroupNouns, outletNouns = Lexicon.outletNouns, reportingVerbs = Lexicon.reportingVerbs
        let nationalityH = Lexicon.nationalityH, abbreviations = Lexicon.abbreviations, titlesH = Lexicon.titlesH, timeWords = Lexicon.timeWords
        let outletNamesH = Lexicon.outletNamesH, openingConjunctions = Lexicon.openingConjunctions, nounLikeVerbs = Lexicon.nounLikeVerbs
        let sourceNouns = Lexicon.sourceNouns, reportNouns = Lexicon.reportNouns, prepositions = Lexicon.prepositions
        let outletNameWordsH = Lexicon.outletNameWordsH, organisationWordsH = Lexicon.organisationWordsH, organisationNouns = Lexicon.organisationNouns
        let bodyWordsH = Lexicon.bodyWordsH
        let modifierNouns = Lexicon.modifierNouns, locativePrepositions = Lexicon.locativePrepositions, citeVerbs = Lexicon.citeVerbs
        let sundayTitles = CueWords.sundayTitles, quantifiers = CueWords.quantifiers, nameLinks = CueWords.nameLinks
        let frontedPrepositions = CueWords.frontedPrepositions, fromWords = CueWords.fromWords, particleHashes = Names.particleHashes
        let negatedOpeners = PhraseReader.negatedOpeners
        /// What of an outlet can speak for it: "the Zeitung online edition", "the Ledger website".
        let editionNouns = Lexicon.hashes("edition website site"), editionModifiers = Lexicon.hashes("online print web digital internet weekend sunday morning evening")
        /// Titles and role nouns in one set: the roles of a phrase are its words in either.
        let titlesOrRoles = WordSet.union([Lexicon.titlesH, Lexicon.personRoleNouns])
    }
    let lists = Lists.shared

    init(view: TextView) {
        self.view = view
        t = view.tokens.withUnsafeBufferPointer { $0 }
    }

    /// Classifies the phrase in `range` (cached); nil when it cannot be a speaker.
    func classify(_ range: Range<Int>) -> SpeakerPhrase? {
        let key = range.lowerBound &* 1_000_003 &+ range.upperBound
        if let cached = cache.lookup(key) { return cached }
        let result = classifyUncached(range)
        cache.store(key, result)
        return result
    }

    /// The first token of a stock ticker ending at `k` ("PKO.WA", "VOD.L": two or more upper-case
    /// letters, a dot and one or two upper-case letters, written together; not "U.S"), or nil.
    func tickerStart(endingAt k: Int, lowerBound lo: Int) -> Int? {
        guard k - 3 >= lo, t[k].isWord, t[k - 1].kind == .punct, t[k - 1].first == 46, t[k - 2].isWord,
              t[k - 1].start == t[k - 2].end, t[k].start == t[k - 1].end, t[k].end - t[k].start <= 2, t[k - 2].end - t[k - 2].start >= 2,
              SentenceSplitter.isUpperCaseWord(t[k], bytes: view.bytes), SentenceSplitter.isUpperCaseWord(t[k - 2], bytes: view.bytes) else { return nil }
        return k - 2
    }

    /// Scans left from `end` (inclusive) for a noun phrase ending there; returns its token range.
    func phraseEnding(at end: Int, lowerBound lo: Int) -> Range<Int>? {
        // "PKO BP PKO.WA, denied": a stock ticker after the name is no part of it.
        let k = tickerStart(endingAt: end, lowerBound: lo).map { $0 - 1 } ?? end
        var j = k
        guard k >= lo, t[k].isWord else { return nil }
        // The lists every word is tested against, read once (not a lazy-initialisation check
        // per token).
        let clauseWords = lists.clauseWords, timeWords = lists.timeWords, citeVerbs = lists.citeVerbs, reportingVerbs = lists.reportingVerbs
        while j >= lo && k - j < 14 {
            let tok = t[j]
            if tok.isWord {
                if tok.hash == W.possessive { j -= 1; continue }
                if !tok.capitalized && clauseWords.contains(tok.hash) {
                    // "two people with knowledge of the matter", "a spokesman for the club".
                    if lists.postModifiers.contains(tok.hash) && j > lo && j < k && t[j - 1].isWord && (lists.speakerNouns.contains(t[j - 1].hash) || AgentNouns.isAgentNoun(j - 1, view: view)) {
                        j -= 1; continue
                    }
                    // "people familiar with the matter", "sources close to the club".
                    if j - 2 >= lo && j < k && t[j - 1].isWord && !t[j - 1].capitalized && lists.postModifiers.contains(t[j - 1].hash) && !lists.clauseWords.contains(t[j - 1].hash)
                        && t[j - 2].isWord && lists.speakerNouns.contains(t[j - 2].hash) {
                        j -= 2; continue
                    }
                    // "The Mail on Sunday": the weekday ends the paper's name.
                    if tok.hash == W.on && j > lo && j < k && t[j - 1].capitalized && lists.sundayTitles.contains(t[j - 1].hash) && t[j + 1].capitalized {
                        j -= 1; continue
                    }
                    // "The Board of Control for Cricket in India", "the Prime Minister's Office in
                    // Jerusalem": "for", "in" or "at" after a body's name keeps the whole name
                    // (`joinsBodyName`).
                    if j > lo && j < k && joinsBodyName(at: j, lowerBound: lo) { j -= 1; continue }
                    // "News of the World", "the Office of the Prime Minister": "the" after "of"
                    // between two capitalised words.
                    if isNameInnerThe(j, lowerBound: lo) && j < k { j -= 1; continue }
                    // "of" and "and" inside a phrase ("head of state", "Moscow and Kyiv").
                    if (tok.hash == W.of || tok.hash == W.and) && j > lo && j < k && t[j - 1].isWord && t[j + 1].isWord
                        && !(tok.hash == W.and && !(t[j - 1].capitalized && t[j + 1].capitalized)) {
                        j -= 1; continue
                    }
                    break
                }
                if !tok.capitalized && timeWords.contains(tok.hash) && j < k { break }
                // "cited anonymous sources who": the verb is not part of the phrase; "a widely
                // cited article" keeps it as an adjective.
                if !tok.capitalized && citeVerbs.contains(tok.hash)
                    && !(j > lo && t[j - 1].isWord && (view.endsWith(j - 1, "ly") || lists.determiners.contains(t[j - 1].hash))) { break }
                if !tok.capitalized && reportingVerbs.contains(tok.hash) && !(j > lo && t[j - 1].hash == W.of)
                    && !(j < k && lists.nounLikeVerbs.contains(tok.hash))
                    && !(j == k && j > lo && lists.nounLikeVerbs.contains(tok.hash) && (lists.determiners.contains(t[j - 1].hash) || t[j - 1].hash == W.possessive
                                                                                          || (t[j - 1].isWord && t[j - 1].capitalized && !lists.pronouns.contains(t[j - 1].hash))
                                                                                          // "A newspaper report suggested", "Media reports said".
                                                                                          || (t[j - 1].isWord && (lists.outletNouns.contains(t[j - 1].hash) || t[j - 1].hash == Self.media || t[j - 1].hash == Self.press))
                                                                                          || modifiesAfterDeterminer(j - 1, lowerBound: lo))) { break }
                j -= 1
                continue
            }
            if tok.kind == .punct && (tok.first == 45 || tok.first == 38) && j > lo && tok.attached { j -= 1; continue }
            // "E! Online": an exclamation mark inside a name, after a single capital.
            if tok.kind == .punct && tok.first == 33 && j > lo && j < k && t[j - 1].capitalized && t[j - 1].end - t[j - 1].start == 1 && tok.start == t[j - 1].end && t[j + 1].capitalized { j -= 1; continue }
            // "Harbour Bait & Tackle", "Jones & Partners": an ampersand inside one name.
            if tok.kind == .punct && tok.first == 38 && tok.end - tok.start == 1 && j > lo && j < k && t[j - 1].capitalized && t[j + 1].capitalized { j -= 1; continue }
            // An initial inside a name: "Benjamin T. Decker".
            if tok.kind == .punct && tok.first == 46 && j > lo && t[j - 1].capitalized && (t[j - 1].end - t[j - 1].start == 1 || lists.abbreviations.contains(t[j - 1].hash)) { j -= 1; continue }
            break
        }
        var start = j + 1
        // Never start on "of"/"and"/"'s", nor on a sentence-opening "But"/"And"/"So".
        while start <= k && (t[start].hash == W.of || t[start].hash == W.and || t[start].hash == W.possessive
                             || (start < k && t[start].capitalized && (lists.openingConjunctions.contains(t[start].hash) || lists.frontedPrepositions.contains(t[start].hash)))) { start += 1 }
        return start <= k ? start..<(k + 1) : nil
    }

    /// True when the word at `k` is one lower-case modifier between a determiner and a noun:
    /// "The unsourced report said", "A new report suggested". (Not an adverb, "the reports often
    /// say", nor a plural noun, "the firms report".)
    private func modifiesAfterDeterminer(_ k: Int, lowerBound lo: Int) -> Bool {
        guard k - 1 >= lo, t[k].isWord, !t[k].capitalized, t[k - 1].isWord, lists.determiners.contains(t[k - 1].hash),
              !lists.clauseWords.contains(t[k].hash), !lists.reportingVerbs.contains(t[k].hash) else { return false }
        return !view.endsWith(k, "ly") && !view.endsWith(k, "s")
    }

    /// Scans right from `i` for a noun phrase that starts there (after "according to", "by",
    /// "citing"): a capitalised run, or determiners and modifiers up to a head noun.
    func phraseStarting(at i: Int, upperBound hi: Int) -> Range<Int>? {
        var j = i
        guard i < hi, t[i].isWord, t[i].hash != W.that else { return nil }
        var sawHead = false
        var postModifier = 0
        while j < hi && j - i < 14 {
            let tok = t[j]
            if tok.isWord {
                // After a possessive the head is still to come: "the league's disciplinary panel".
                if tok.hash == W.possessive { j += 1; sawHead = false; continue }
                // "people familiar with the talks", "a spokesman for the club", "sources close to".
                if sawHead && postModifier == 0 && !tok.capitalized && lists.postModifiers.contains(tok.hash) && j + 1 < hi && t[j + 1].isWord {
                    postModifier = 1; j += 1; continue
                }
                if postModifier > 0 {
                    if lists.reportingVerbs.contains(tok.hash) && !tok.capitalized { break }
                    if !tok.capitalized && lists.clauseWords.contains(tok.hash) && !lists.determiners.contains(tok.hash)
                        && !lists.postModifiers.contains(tok.hash) && !lists.prepositions.contains(tok.hash) && tok.hash != W.to { break }
                    postModifier += 1
                    if postModifier > 6 { break }
                    j += 1; continue
                }
                // "Evert van Zwol", "Ludwig van der Berg": a name particle inside a name.
                if !tok.capitalized && j > i && t[j - 1].capitalized && lists.particleHashes.contains(tok.hash) && j + 1 < hi && t[j + 1].isWord
                    && (t[j + 1].capitalized || (lists.particleHashes.contains(t[j + 1].hash) && j + 2 < hi && t[j + 2].capitalized)) {
                    j += 1; continue
                }
                // "The Mail on Sunday": the weekday ends the paper's name.
                if tok.hash == W.on && j > i && t[j - 1].capitalized && lists.sundayTitles.contains(t[j - 1].hash) && j + 1 < hi && t[j + 1].capitalized {
                    j += 1; continue
                }
                if tok.capitalized {
                    // "Italian radio station Radio Uno": a nationality adjective is no head yet.
                    j += 1; sawHead = sawHead || !lists.nationalityH.contains(tok.hash); continue
                }
                if tok.hash == W.of || tok.hash == W.and {
                    // Continue only into a capitalised word or "head of state".
                    if j + 1 < hi && t[j + 1].isWord && (t[j + 1].capitalized || t[j + 1].hash == W.state
                        || t[j + 1].hash == W.the || (tok.hash == W.and && !sawHead)) {
                        if tok.hash == W.of && sawHead && !t[j - 1].capitalized && t[j + 1].hash != W.state && t[j + 1].hash != W.the && !t[j + 1].capitalized { break }
                        j += 1; continue
                    }
                    break
                }
                if lists.clauseWords.contains(tok.hash) && !lists.determiners.contains(tok.hash) { break }
                if lists.reportingVerbs.contains(tok.hash) && sawHead && !(j > i && t[j - 1].hash == W.of) { break }
                if sawHead && !lists.speakerNouns.contains(tok.hash) && !lists.modifierNouns.contains(tok.hash) && !roleThenNameAhead(j, upperBound: hi) { break }
                if lists.speakerNouns.contains(tok.hash) || lists.pronouns.contains(tok.hash) { sawHead = true }
                j += 1
                continue
            }
            if tok.kind == .punct && (tok.first == 45 || tok.first == 38) && tok.attached { j += 1; continue }
            // "E! News": an exclamation mark inside a name, after a single capital.
            if tok.kind == .punct && tok.first == 33 && j > i && t[j - 1].capitalized && t[j - 1].end - t[j - 1].start == 1 && tok.start == t[j - 1].end
                && j + 1 < hi && t[j + 1].capitalized { j += 1; continue }
            if tok.kind == .punct && tok.first == 46 && j > i && t[j - 1].capitalized && (t[j - 1].end - t[j - 1].start == 1 || lists.abbreviations.contains(t[j - 1].hash))
                && j + 1 < hi && (t[j + 1].capitalized || t[j + 1].hash == W.possessive) { j += 1; continue }
            break
        }
        // Drop trailing "of"/"and"/determiners.
        var end = j
        // A dangling preposition too ("witnesses in the province near").
        while end > i && (t[end - 1].hash == W.of || t[end - 1].hash == W.and || (!t[end - 1].capitalized && (lists.determiners.contains(t[end - 1].hash)
                                                                                                              || lists.locativePrepositions.contains(t[end - 1].hash)))) { end -= 1 }
        // A lone pronoun ("according to her").
        if end == i && lists.pronouns.contains(t[i].hash) { return i..<(i + 1) }
        return end > i ? i..<end : nil
    }

    /// True when up to three lower-case words from `j` lead to a role or title and a capitalised
    /// name: "Shadow international trade secretary Barry Gardiner" goes on past "Shadow".
    func roleThenNameAhead(_ j: Int, upperBound hi: Int) -> Bool {
        var q = j
        while q < hi && q - j < 4 && t[q].isWord && !t[q].capitalized {
            if lists.personRoleNouns.contains(t[q].hash) { return q + 1 < hi && t[q + 1].isWord && t[q + 1].capitalized }
            if lists.clauseWords.contains(t[q].hash) || lists.determiners.contains(t[q].hash) || lists.reportingVerbs.contains(t[q].hash) { return false }
            q += 1
        }
        return false
    }

    /// Classifies the phrase in `range`; nil when it cannot be a speaker ("the belief", "focus").
    /// True when the range holds three or more words, each of two or more letters all in
    /// upper case.
    static func isShouted(_ range: Range<Int>, view: TextView) -> Bool {
        var words = 0
        for k in range where view.tokens[k].isWord && view.tokens[k].kind == .word {
            let bytes = view.bytes[view.tokens[k].start..<view.tokens[k].end]
            guard bytes.count >= 2, bytes.allSatisfy({ !($0 >= 97 && $0 <= 122) }) else { return false }
            words += 1
        }
        return words >= 3
    }

    static let negatedOpeners = Lexicon.hashes("not no nobody none neither never")
    static let firstWord = wordHash("first")
    /// Nouns of the press that make a following "report" a noun: "media reports", "press report".
    static let media = wordHash("media"), press = wordHash("press"), forWord = wordHash("for"), atWord = wordHash("at")

    private func classifyUncached(_ range: Range<Int>) -> SpeakerPhrase? {
        // "PKO BP PKO.WA": the name without its stock ticker.
        if let ticker = tickerStart(endingAt: range.upperBound - 1, lowerBound: range.lowerBound), ticker > range.lowerBound {
            return classifyUncached(range.lowerBound..<ticker)
        }
        // (The phrase's text is made only when a speaker is returned: most phrases read are none.)
        lazy var phrase = view.text(range)
        let last = range.upperBound - 1
        // "I've", "we're": a first-person contraction is a pronoun.
        if range.count == 1, t[last].isWord, let contraction = CueWords.firstPersonContraction(last, view: view) {
            return SpeakerPhrase(phrase: phrase, name: phrase, kind: .pronoun, roles: [], head: contraction, isReference: true)
        }
        // A pronoun, alone or ending a phrase read too far back ("everything I").
        if t[last].isWord && lists.pronouns.contains(t[last].hash) && (range.count == 1 || !t[last].capitalized || t[last].hash == W.i) {
            let word = view.lower(last)
            if word == "you" { return nil }
            let pronoun = view.text(last..<(last + 1))
            return SpeakerPhrase(phrase: pronoun, name: pronoun, kind: .pronoun, roles: [], head: word, isReference: true)
        }
        // "PLEASE DON'T SPREAD THIS GARBAGE": a shouted line of three or more words in capitals
        // is no name (names and acronyms are shorter, or mix cases).
        if Self.isShouted(range, view: view) { return nil }
        // "Not a single person has accused me", "No one told us": a negated subject is nobody.
        if t[range.lowerBound].isWord && lists.negatedOpeners.contains(t[range.lowerBound].hash) { return nil }
        // "Don't tell us": a negated auxiliary is no name.
        if range.count == 1, t[last].isWord, view.endsWith(last, "n't") || view.endsWith(last, "n\u{2019}t") { return nil }
        // "Now, they came out and said": a sentence adverb alone names no one.
        if range.count == 1 && t[range.lowerBound].isWord && lists.openingConjunctions.contains(t[range.lowerBound].hash) { return nil }
        // Roles and titles anywhere in the phrase.
        // (Word lists read once, not per token: each read of a global checks its lazy
        // initialisation.)
        let postModifiers = lists.postModifiers
        var roles = Set<String>()
        let titlesOrRoles = lists.titlesOrRoles
        for k in range where t[k].isWord && titlesOrRoles.contains(t[k].hash) {
            roles.insert(view.lower(k))
        }
        // "A spokesman for the Interior Ministry's department in the Federal District": a role
        // noun before a post-modifier heads the phrase, whatever names follow it.
        if let p = range.first(where: { t[$0].isWord && !t[$0].capitalized && (postModifiers.contains(t[$0].hash) || t[$0].hash == W.of) }),
           p > range.lowerBound, t[p - 1].isWord, !t[p - 1].capitalized || (p - 1 == range.lowerBound && lists.pluralGroupNouns.contains(t[p - 1].hash)),
           lists.personRoleNouns.contains(t[p - 1].hash) || lists.pluralGroupNouns.contains(t[p - 1].hash) || (lists.speakerNouns.contains(t[p - 1].hash) && !lists.outletNouns.contains(t[p - 1].hash))
            || AgentNouns.isAgentNoun(p - 1, view: view),
           t[last].capitalized {
            // A person named after titles or an organisation keeps the name.
            // (Two words or more: "a source close to First Look" and "a spokesman for President
            // Roe" name no person after the body or the title; the source or the spokesman speaks.)
            if let named = classifyNamed(range, roles: roles), named.kind == .person, case let nameWords = Self.spaceSeparatedCount(named.name),
               nameWords >= 2, nameWords < (p + 1..<range.upperBound).filter({ t[$0].capitalized }).count {
                return named
            }
            let headHash = t[p - 1].hash
            let kind: SpeakerKind = lists.pluralGroupNouns.contains(headHash) ? .group : .person
            let firstIsDeterminer = t[range.lowerBound].hash == W.the
            return SpeakerPhrase(phrase: phrase, name: trimDeterminer(phrase), kind: kind, roles: roles, head: view.lower(p - 1), isReference: firstIsDeterminer && false)
        }
        if t[last].capitalized || t[last].kind == .number {
            return classifyNamed(range, roles: roles)
        }
        // "The daily Zeitung online edition", "the Ledger website": the outlet's edition or site
        // speaks as the outlet.
        if t[last].isWord, lists.editionNouns.contains(t[last].hash) {
            var e = last - 1
            if e > range.lowerBound, t[e].isWord, !t[e].capitalized, lists.editionModifiers.contains(t[e].hash) { e -= 1 }
            // "Le Figaro's website".
            if e > range.lowerBound, t[e].hash == W.possessive { e -= 1 }
            if e >= range.lowerBound, t[e].isWord, t[e].capitalized, let outlet = classifyNamed(range.lowerBound..<(e + 1), roles: roles),
               outlet.kind != .person || outlet.roles.isEmpty {
                var named = outlet
                named.kind = .outlet
                named.name = trimDeterminer(outlet.name)
                return named
            }
        }
        // Lower-case head: a description ("the expert", "Ukrainian sources", "the publication").
        var headIndex = last
        // "head of state", "the Ministry of Energy": the head comes before "of".
        if let ofIndex = range.first(where: { t[$0].isWord && !t[$0].capitalized && (t[$0].hash == W.of || postModifiers.contains(t[$0].hash)) }),
           ofIndex > range.lowerBound {
            headIndex = ofIndex - 1
        }
        // "a group monitoring the war": a speaker noun before a participle heads the phrase.
        if !lists.speakerNouns.contains(t[headIndex].hash),
           let p = range.first(where: { $0 > range.lowerBound && t[$0].isWord && !t[$0].capitalized && view.endsWith($0, "ing") }),
           t[p - 1].isWord, lists.speakerNouns.contains(t[p - 1].hash) {
            headIndex = p - 1
        }
        let headHash = t[headIndex].hash
        let head = view.lower(headIndex)
        let agent = !lists.speakerNouns.contains(headHash) && AgentNouns.isAgentNoun(headIndex, view: view)
        guard lists.speakerNouns.contains(headHash) || lists.speakerNouns.contains(t[last].hash) || lists.outletNouns.contains(t[last].hash) || agent else { return nil }
        let firstIsDeterminer = t[range.lowerBound].isWord && (t[range.lowerBound].hash == W.the || t[range.lowerBound].hash == W.these
            || t[range.lowerBound].hash == W.this || t[range.lowerBound].hash == W.those)
        let nationalityH = lists.nationalityH
        let hasProper = range.contains { t[$0].capitalized && !nationalityH.contains(t[$0].hash) && $0 != range.lowerBound }
        var kind: SpeakerKind = .description
        let newsOrganisation = (head == "organization" || head == "organisation") && headIndex > range.lowerBound
            && (t[headIndex - 1].hash == W.news || t[headIndex - 1].hash == W.media)
        if newsOrganisation { kind = .outlet }
        else if lists.organisationNouns.contains(headHash) { kind = .organisation }
        else if lists.outletNouns.contains(headHash) { kind = .outlet }
        else if lists.reportNouns.contains(headHash) { kind = .report }
        else if lists.pluralGroupNouns.contains(headHash) { kind = .group }
        else if lists.personRoleNouns.contains(headHash) { kind = .person }
        else if agent { kind = view.endsWith(headIndex, "s") ? .group : .person }
        // Trailing named organisation ("deputy chairman of Russia's State Duma Defense Committee").
        let reference = firstIsDeterminer && !hasProper
        var result = SpeakerPhrase(phrase: phrase, name: trimDeterminer(phrase), kind: kind, roles: roles, head: head, isReference: reference)
        // "the Post's sources", "CNN's reporters": the owner carries what its sources say.
        if lists.sourceNouns.contains(headHash), let p = range.first(where: { t[$0].hash == W.possessive }), p > range.lowerBound, t[p - 1].capitalized {
            var start = p - 1
            while start > range.lowerBound && t[start - 1].capitalized && t[start - 1].isWord { start -= 1 }
            result.owner = trimDeterminer(view.text(start..<p))
        }
        return result
    }

    /// A phrase that ends in a capitalised word: a person, an outlet, a country, an organisation.
    /// True when the lower-case "in", "for" or "at" at `k` joins two capitalised words and the
    /// words before it (up to six, back to `lo`) hold an organisation word: "Board of Control for
    /// Cricket in India", "Prime Minister's Office in Jerusalem", "Federal Aviation
    /// Administration in Washington". The body is the speaker; the place or the field after it
    /// is part of its name, not a speaker of its own. ("Smith in London": no body, no join.)
    static let amWord = wordHash("am")

    func joinsBodyName(at k: Int, lowerBound lo: Int) -> Bool {
        guard t[k].isWord, !t[k].capitalized, t[k].hash == W.in || t[k].hash == Self.forWord || t[k].hash == Self.atWord,
              k + 1 < t.count, t[k + 1].isWord, t[k + 1].capitalized, k - 1 >= lo, t[k - 1].isWord, t[k - 1].capitalized else { return false }
        let bodyWordsH = lists.bodyWordsH
        var q = k - 1
        while q >= lo && k - q <= 6 {
            if t[q].isWord {
                if bodyWordsH.contains(t[q].hash) && t[q].capitalized { return true }
                if !t[q].capitalized && t[q].hash != W.of && t[q].hash != W.possessive && t[q].hash != W.in && t[q].hash != Self.forWord { return false }
            } else if !(t[q].kind == .punct && t[q].attached) { return false }
            q -= 1
        }
        return false
    }

    /// True when the token at `k` is a lower-case "the" after "of" and between capitalised
    /// words, inside one name: "News of the World", "Office of the Prime Minister". The word
    /// before "of" names a body or a title ("Jane Roe of the Daily Ledger" is a person of a paper).
    func isNameInnerThe(_ k: Int, lowerBound lo: Int) -> Bool {
        guard k - 2 >= lo && k + 1 < t.count && t[k].isWord && !t[k].capitalized && t[k].hash == W.the
                && t[k - 1].isWord && t[k - 1].hash == W.of && t[k - 2].isWord && t[k - 2].capitalized && t[k + 1].isWord && t[k + 1].capitalized else { return false }
        let h = t[k - 2].hash
        return lists.bodyWordsH.contains(h) || lists.outletNameWordsH.contains(h) || lists.titlesH.contains(h)
    }

    private func classifyNamed(_ range: Range<Int>, roles: Set<String>) -> SpeakerPhrase? {
        // (The phrase's text, made only when a speaker is returned.)
        lazy var phrase = view.text(range)
        // The trailing capitalised run (name particles like "bin", "al", "de" allowed inside).
        var runStart = range.upperBound - 1
        var k = runStart - 1
        while k >= range.lowerBound {
            if t[k].isWord && (t[k].capitalized || t[k].kind == .number) { runStart = k; k -= 1; continue }
            if t[k].isWord && k - 1 >= range.lowerBound && t[k - 1].capitalized
                && (lists.particleHashes.contains(view.tokens[k].hash) || t[k].hash == W.of || t[k].hash == W.and || t[k].hash == W.possessive
                    || (lists.nameLinks.contains(t[k].hash) && !t[k].capitalized && k + 1 < range.upperBound && t[k + 1].capitalized)
                    // "NZZ am Sonntag", "Bild am Sonntag": a German paper's "am" ("I am Jane" is no name).
                    || (t[k].hash == Self.amWord && !t[k].capitalized && k + 1 < range.upperBound && t[k + 1].capitalized && t[k - 1].hash != W.i)) {
                k -= 1; continue
            }
            if t[k].kind == .punct && (t[k].first == 45 || t[k].first == 38) && t[k].attached { k -= 1; continue }
            // "News of the World": "the" after "of" inside the name.
            if isNameInnerThe(k, lowerBound: range.lowerBound) && k + 1 < range.upperBound { k -= 1; continue }
            // "Federal Aviation Administration in Washington": the body, not the place, names it.
            if k > range.lowerBound && joinsBodyName(at: k, lowerBound: range.lowerBound) { k -= 1; continue }
            // "Harbour Bait & Tackle": a free-standing ampersand between two capitalised words.
            if t[k].kind == .punct && t[k].first == 38 && t[k].end - t[k].start == 1 && k - 1 >= range.lowerBound && t[k - 1].capitalized { k -= 1; continue }
            // "U.K.'s": the dots of an initialism; "E! News": the mark of a one-letter name.
            if t[k].kind == .punct && (t[k].first == 46 || t[k].first == 33) && k - 1 >= range.lowerBound && t[k - 1].capitalized && t[k - 1].end - t[k - 1].start == 1 { k -= 1; continue }
            break
        }
        // A leading name particle ("al Sabaah").
        if runStart > range.lowerBound, t[runStart - 1].isWord, lists.particleHashes.contains(view.tokens[runStart - 1].hash) { runStart -= 1 }
        // (Word lists read once per call, not per word: each read of a static goes through
        // swift_once. The run's words are gathered into an array of their exact size, not grown.)
        let titlesH = lists.titlesH, organisationWordsH = lists.organisationWordsH, nationalityH = lists.nationalityH
        let outletNameWordsH = lists.outletNameWordsH
        // (The array is the reader's, reused from phrase to phrase: taken here, handed back on
        // return, so no phrase allocates one.)
        var words = wordScratch
        wordScratch = []
        while !words.isEmpty { words.removeLast() }  // (not `removeAll(keepingCapacity:)`: a generic `replaceSubrange`)
        defer { wordScratch = words }
        for k in runStart..<range.upperBound where t[k].isWord && t[k].hash != W.possessive { words.append(k) }
        // A conjunction of two names ("Moscow and Kyiv"); not a portfolio before a title and a
        // name ("Science and Technology Minister John Roe").
        let titledAfterAnd: Bool = {
            guard let and = words.firstIndex(where: { t[$0].hash == W.and }), let title = words.lastIndex(where: { titlesH.contains(t[$0].hash) }),
                  title > and, case let nameCount = words.count - title - 1, (1...3).contains(nameCount) else { return false }
            // ("Communications Secretary Martin Andanar and Special Presidential Assistant
            // Christopher Go": a titled name before "and" is a person of its own.)
            if let firstTitle = words.firstIndex(where: { titlesH.contains(t[$0].hash) }), firstTitle < and, and - firstTitle >= 2,
               words[(firstTitle + 1)..<and].allSatisfy({ t[$0].capitalized && !titlesH.contains(t[$0].hash) }) { return false }
            return words[(title + 1)...].allSatisfy { t[$0].capitalized }
        }()
        if words.contains(where: { t[$0].hash == W.and }), !titledAfterAnd, !words.contains(where: { organisationWordsH.contains(t[$0].hash) }) {
            let name = view.text(runStart..<range.upperBound)
            return SpeakerPhrase(phrase: phrase, name: name, kind: .conjunction, roles: roles, head: "and", isReference: false)
        }
        // "Aviation Weekly's Jane Porter", "the club's Anna Berg": a person named after the body
        // she works for, which is her affiliation, not a channel of the statement.
        if let possessive = (runStart..<range.upperBound).last(where: { t[$0].isWord && t[$0].hash == W.possessive }), possessive > runStart {
            let personWords = (possessive + 1)..<range.upperBound
            if let first = personWords.first(where: { t[$0].isWord }), (2...3).contains(wordCount(personWords)),
               personWords.allSatisfy({ !t[$0].isWord || (t[$0].capitalized && !titlesH.contains(t[$0].hash) && !organisationWordsH.contains(t[$0].hash)
                   && !nationalityH.contains(t[$0].hash) && !outletNameWordsH.contains(t[$0].hash)) }) {
                return SpeakerPhrase(phrase: phrase, name: view.text(first..<range.upperBound), kind: .person, roles: roles, head: view.lower(range.upperBound - 1), isReference: false)
            }
        }
        // Outlets: a known wire or a name ending in an outlet word ("The Washington Post").
        if let lastIndex = words.last {
            let lastHash = t[lastIndex].hash, outletNamesH = lists.outletNamesH
            if (words.count >= 2 && outletNameWordsH.contains(lastHash)) || words.contains(where: { outletNamesH.contains(t[$0].hash) }) {
                let lastWord = view.lower(lastIndex)
                var start = runStart
                // Keep a leading "The" that belongs to the name.
                if start > range.lowerBound, t[start - 1].hash == W.the, t[start - 1].capitalized { start -= 1 }
                return SpeakerPhrase(phrase: phrase, name: view.text(start..<range.upperBound), kind: .outlet, roles: roles, head: lastWord, isReference: false)
            }
        }
        // "news site Al-Maalomah", "the Kurdish media outlet Xendan": an outlet noun before the name.
        if runStart > range.lowerBound, t[runStart - 1].isWord, lists.outletNouns.contains(t[runStart - 1].hash) {
            return SpeakerPhrase(phrase: phrase, name: view.text(runStart..<range.upperBound), kind: .outlet, roles: roles, head: view.lower(range.upperBound - 1), isReference: false)
        }
        // "Greg Chen of the Lawyers Association": a person of an organisation.
        if let ofIndex = (range.lowerBound..<range.upperBound).first(where: { t[$0].isWord && t[$0].hash == W.of }), ofIndex > range.lowerBound,
           words.contains(where: { $0 > ofIndex && lists.bodyWordsH.contains(t[$0].hash) }) {
            var first = range.lowerBound
            if t[first].hash == W.the { first += 1 }
            let personWords = first..<ofIndex
            if (2...3).contains(wordCount(personWords)), personWords.allSatisfy({ !t[$0].isWord || (t[$0].capitalized && !titlesH.contains(t[$0].hash) && !organisationWordsH.contains(t[$0].hash) && !nationalityH.contains(t[$0].hash)) }) {
                return SpeakerPhrase(phrase: phrase, name: view.text(first..<ofIndex), kind: .person, roles: roles, head: view.lower(ofIndex - 1), isReference: false)
            }
        }
        // "Dr Mark Harvey from the Western Australian Museum", "Jane Roe at the State
        // University": a named person from a place or body, titles aside.
        if let fromIndex = (range.lowerBound..<range.upperBound).first(where: { t[$0].isWord && !t[$0].capitalized && lists.fromWords.contains(t[$0].hash) }),
           fromIndex > range.lowerBound, (fromIndex + 1..<range.upperBound).contains(where: { t[$0].capitalized }) {
            var first = range.lowerBound
            while first < fromIndex && t[first].isWord && (t[first].hash == W.the || titlesH.contains(t[first].hash)) { first += 1 }
            while first < fromIndex && !t[first].isWord { first += 1 }
            let personWords = first..<fromIndex
            if (2...3).contains(wordCount(personWords)), personWords.allSatisfy({ !t[$0].isWord || (t[$0].capitalized && !titlesH.contains(t[$0].hash) && !organisationWordsH.contains(t[$0].hash) && !nationalityH.contains(t[$0].hash) && !outletNameWordsH.contains(t[$0].hash)) }) {
                return SpeakerPhrase(phrase: phrase, name: view.text(first..<fromIndex), kind: .person, roles: roles, head: view.lower(fromIndex - 1), isReference: false)
            }
        }
        // "Iraq's Ministry of Health": an organisation named by its whole run.
        // ("The Defense Department's Office of Inspector General": the body word before "of".)
        if let orgIndex = words.first(where: { organisationWordsH.contains(t[$0].hash) && $0 + 1 < range.upperBound && t[$0 + 1].hash == W.of }),
           // "Ministry of Foreign Affairs Maria Roe" names a person after the body; "Ministry of
           // Interior" ends on a title-like word and is the body itself, as does "Office of the
           // Prime Minister", whose "the" says a title follows, not a name.
           isNameInnerThe(orgIndex + 2, lowerBound: runStart)
            // ("Office of Inspector General": only titles after "of" name the office.)
            || words.allSatisfy({ $0 <= orgIndex + 1 || titlesH.contains(t[$0].hash) })
            || !words.contains(where: { $0 > orgIndex + 1 && $0 != words.last && (titlesH.contains(t[$0].hash) || organisationWordsH.contains(t[$0].hash)) }) {
            let hasRole = (range.lowerBound..<runStart).contains { t[$0].isWord && lists.personRoleNouns.contains(t[$0].hash) }
            return SpeakerPhrase(phrase: phrase, name: trimDeterminer(hasRole ? phrase : view.text(runStart..<range.upperBound)),
                                 kind: hasRole ? .person : .organisation, roles: roles, head: view.lower(orgIndex), isReference: false)
        }
        // Domains name outlets ("ESPN.com").
        if let lastWord = words.last, view.endsWith(lastWord, ".com") || view.endsWith(lastWord, ".org") || view.endsWith(lastWord, ".net") {
            return SpeakerPhrase(phrase: phrase, name: view.text(runStart..<range.upperBound), kind: .outlet, roles: roles, head: view.lower(lastWord), isReference: false)
        }
        // "Federal Aviation Administration in Washington": a body's name joined to its place or
        // field (`joinsBodyName`) names the body, whole.
        if let join = words.first(where: { !t[$0].capitalized && (t[$0].hash == W.in || t[$0].hash == Self.forWord || t[$0].hash == Self.atWord) }),
           joinsBodyName(at: join, lowerBound: runStart) {
            return SpeakerPhrase(phrase: phrase, name: trimDeterminer(view.text(runStart..<range.upperBound)), kind: .organisation, roles: roles,
                                 head: view.lower(join - 1), isReference: false)
        }
        // A name after titles and organisation words: "Foreign Minister Sergei Lavrov",
        // "the Ministry of Foreign Affairs Maria Zakharova" -> the words after the last title.
        var nameStart = runStart
        let firstWord = Self.firstWord  // (read once, not per word)
        for index in words {
            let h = t[index].hash
            // (A nationality after a name is part of the name: "BMI British Midland",
            // "Lufthansa German Airlines"; before it, it qualifies: "Russian President".)
            let nationality = nationalityH.contains(h) && nameStart == index
                || view.endsWith(index, "-based") && t[index].capitalized
            // ("First" is a title before one: "First Minister", "First Lady"; not in "Credit
            // Suisse First Boston".)
            let title = titlesH.contains(h) && !(h == firstWord && !(index + 1 < range.upperBound && titlesH.contains(t[index + 1].hash)))
            let isTitle = title || organisationWordsH.contains(h) || nationality || (h == W.the && !isNameInnerThe(index, lowerBound: runStart))
            if isTitle && index < range.upperBound - 1 { nameStart = index + 1 }
        }
        // (Nor on a lower-case link: "Communications Director for Legon Cities" names the club.)
        while nameStart < range.upperBound && (t[nameStart].hash == W.of || t[nameStart].hash == W.and || !t[nameStart].isWord
                                               || (!t[nameStart].capitalized && lists.nameLinks.contains(t[nameStart].hash))) { nameStart += 1 }
        // The name's words: only the last is needed as a string (and the first of two).
        // (They are the words from `nameStart` on, a suffix of `words`, which is in order.)
        let firstNameWord = words.firstIndex(where: { $0 >= nameStart }) ?? words.count
        guard firstNameWord < words.count, let lastNameIndex = words.last else { return nil }
        let lastName = view.lower(lastNameIndex)
        let nameCount = words.count - firstNameWord
        // (The phrase's own string when the name is the whole phrase: the same text, made once.)
        lazy var name = nameStart == range.lowerBound ? phrase : view.text(nameStart..<range.upperBound)
        // Organisations: the run ends with an organisation word ("State Duma Defense Committee").
        if let lastWord = words.last, lists.bodyWordsH.contains(t[lastWord].hash) {
            // A role before "of" makes the whole phrase the speaker ("deputy chairman of ...").
            let full = trimDeterminer(phrase)
            let hasRole = (range.lowerBound..<runStart).contains { t[$0].isWord && lists.personRoleNouns.contains(t[$0].hash) }
            return SpeakerPhrase(phrase: phrase, name: hasRole ? full : trimDeterminer(view.text(runStart..<range.upperBound)),
                                 kind: hasRole ? .person : .organisation, roles: roles, head: lastName, isReference: false)
        }
        // An acronym ("NASA", "DHS", "KCTV") names an organisation, not a person.
        if nameCount == 1, let w = words.last, t[w].end - t[w].start >= 2,
           view.bytes[t[w].start..<t[w].end].allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 45 }),
           !Self.isCapital(lastName) && !Self.isCountry(lastName) {
            // "Airbus Group NV", "Airlines PNG": a company's legal form or country code after its
            // name is part of the name, when no title stands in the run before it.
            let before = words.prefix(while: { $0 < nameStart })
            let wholeName = !before.isEmpty && before.contains(where: { organisationWordsH.contains(t[$0].hash) })
                && !before.contains(where: { titlesH.contains(t[$0].hash) || nationalityH.contains(t[$0].hash) || t[$0].hash == W.the })
            return SpeakerPhrase(phrase: phrase, name: wholeName ? view.text(runStart..<range.upperBound) : name,
                                 kind: lists.outletNamesH.contains(t[w].hash) ? .outlet : .organisation, roles: roles, head: lastName, isReference: false)
        }
        // "the Spaniard", "the 28-year-old": a description that points back at a person.
        if nameCount == 1, t[range.lowerBound].hash == W.the, range.lowerBound < range.upperBound - 1, CueWords.isPersonDescription(lastName) {
            return SpeakerPhrase(phrase: phrase, name: name, kind: .person, roles: roles, head: lastName, isReference: true)
        }
        if nameCount == 1 {
            if Self.isCountry(lastName) || Self.isCapital(lastName) {
                return SpeakerPhrase(phrase: phrase, name: name, kind: .country, roles: roles, head: lastName, isReference: false)
            }
            if Self.nationalityHashes.contains(wordHash(lastName)) && Lexicon.nationalityAdjectives.contains(lastName) { return nil }
        }
        if nameCount == 2, Self.isCapital(view.lower(words[firstNameWord]) + " " + lastName) {
            return SpeakerPhrase(phrase: phrase, name: name, kind: .country, roles: roles, head: lastName, isReference: false)
        }
        // A run that is a known non-speaker word ("However", "Despite", "Thursday").
        // A sentence-opening participle or adjective is not a name ("Published claims ...").
        if nameCount == 1, runStart == range.lowerBound, range.lowerBound == 0 || t[range.lowerBound].afterNewline || (range.lowerBound > 0 && t[range.lowerBound - 1].kind == .punct && t[range.lowerBound - 1].first == 46),
           Self.endsWith(lastName, "ed") || isSentenceAdverb(lastName) { return nil }
        if nameCount == 1 {
            let h = wordHash(lastName)
            if lists.timeWords.contains(h) || lists.clauseWords.contains(h) || lists.determiners.contains(h)
                || lists.quantifiers.contains(h) || lists.abbreviations.contains(h) { return nil }
        }
        return SpeakerPhrase(phrase: phrase, name: name, kind: .person, roles: roles, head: lastName, isReference: false)
    }

    /// How many tokens of `range` are words.
    @inline(__always) private func wordCount(_ range: Range<Int>) -> Int {
        var n = 0
        for k in range where t[k].isWord { n += 1 }
        return n
    }

    /// `name.split(separator: " ").count`, counted on the bytes of an ASCII name with no carriage
    /// return (where bytes are characters): the runs between spaces.
    static func spaceSeparatedCount(_ name: String) -> Int {
        var name = name
        if let count = name.withUTF8({ b -> Int? in
            var count = 0, inWord = false
            for c in b {
                if c >= 0x80 || c == 13 { return nil }
                if c == 32 { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }) { return count }
        return name.split(separator: " ").count
    }

    /// `word.hasSuffix(suffix)` for an ASCII `suffix`: compared byte by byte when `word` is
    /// ASCII too (there characters are bytes), through `hasSuffix` otherwise.
    static func endsWith(_ word: String, _ suffix: String) -> Bool {
        // (A native string's bytes are read in place, without the generic view walk.)
        if let known = word.utf8.withContiguousStorageIfAvailable({ w -> Bool? in
            guard w.allSatisfy({ $0 < 0x80 }) else { return nil }
            return suffix.utf8.withContiguousStorageIfAvailable { s in
                w.count >= s.count && UnsafeBufferPointer(rebasing: w[(w.count - s.count)...]).elementsEqual(s)
            }
        }), let answer = known { return answer }
        let w = word.utf8, s = suffix.utf8
        guard w.allSatisfy({ $0 < 0x80 }) else { return word.hasSuffix(suffix) }
        return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
    }

    /// Hashes of the country, capital and nationality lists: a word whose hash is in none of
    /// them is in none of the lists, and most names are, so the string look-up is skipped.
    static let countryHashes = WordSet(Lexicon.countries.map { wordHash($0) })
    static let capitalHashes = WordSet(Lexicon.countryByCapital.keys.map { wordHash($0) })
    static let nationalityHashes = WordSet(Lexicon.nationalityAdjectives.map { wordHash($0) })
    static func isCountry(_ s: String) -> Bool { countryHashes.contains(bytesHash(s)) && Lexicon.countries.contains(s) }
    static func isCapital(_ s: String) -> Bool { capitalHashes.contains(bytesHash(s)) && Lexicon.countryByCapital[s] != nil }
    /// `wordHash(s)`, reading a native string's bytes in place.
    @inline(__always) static func bytesHash(_ s: String) -> UInt64 {
        s.utf8.withContiguousStorageIfAvailable { wordHash($0) } ?? wordHash(s)
    }

    /// "Subsequently", "Reportedly", "Additionally": an adverb opening the sentence, not a name
    /// (names like "Kelly" or "Connolly" keep other endings).
    /// (An ASCII word is read in place, its bytes compared with each ending: no array of
    /// suffixes made per call, no generic suffix walk; `slowIsSentenceAdverb` is the general path.)
    func isSentenceAdverb(_ word: String) -> Bool {
        if let answer = word.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            func ends(_ suffix: StaticString) -> Bool {
                let n = suffix.utf8CodeUnitCount
                guard b.count >= n else { return false }
                let s = suffix.utf8Start
                for i in 0..<n where b[b.count - n + i] != s[i] { return false }
                return true
            }
            return ends("ently") || ends("ously") || ends("ately") || ends("edly") || ends("ively") || ends("antly") || (ends("ally") && word.count >= 7)
        }), let known = answer { return known }
        return Self.slowIsSentenceAdverb(word)
    }

    static func slowIsSentenceAdverb(_ word: String) -> Bool {
        for suffix in ["ently", "ously", "ately", "edly", "ively", "antly"] where endsWith(word, suffix) { return true }
        return endsWith(word, "ally") && word.count >= 7
    }

    /// The phrase as an outlet named without its determiner: "told the Daily Ledger" carries
    /// the statement through "Daily Ledger".
    func asOutlet(_ phrase: SpeakerPhrase) -> SpeakerPhrase {
        var outlet = phrase
        outlet.kind = .outlet
        outlet.name = trimDeterminer(outlet.phrase)
        return outlet
    }

    func trimDeterminer(_ s: String) -> String {
        // An ASCII phrase (nearly all) is read on its bytes, where characters are bytes: no array
        // of prefixes made per call, no `hasPrefix` per prefix. Others take the general path.
        var trimmed: String? = nil
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            // The length of the determiner and its space, 0 for none.
            guard b.count >= 2 else { return 0 }
            let first = b[0]
            var length = 0
            if first == 116 || first == 84 { length = b.count >= 4 && b[1] == 104 && b[2] == 101 && b[3] == 32 ? 4 : 0 }  // "the ", "The "
            else if first == 97 || first == 65 {
                if b[1] == 32 { length = 2 }                                                                            // "a ", "A "
                else { length = b.count >= 3 && b[1] == 110 && b[2] == 32 ? 3 : 0 }                                     // "an ", "An "
            }
            // (The rest cut on the bytes, where characters are bytes: no walk over characters.)
            if length > 0 { trimmed = String(decoding: UnsafeBufferPointer(rebasing: b[length...]), as: UTF8.self) }
            return length
        }
        if let known = ascii, let length = known { return length == 0 ? s : trimmed! }
        return Self.slowTrimDeterminer(s)
    }

    static func slowTrimDeterminer(_ s: String) -> String {
        for prefix in ["the ", "The ", "a ", "A ", "an ", "An "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
        return s
    }
}
