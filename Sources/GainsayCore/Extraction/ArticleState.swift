/// A speaker after back-references are resolved.
///
/// (The fields live in one box shared by copies and copied on write, as `SpeakerPhrase`'s do:
/// mentions, emitted attributions and carried speakers copy it all the time.)
struct Resolved: Sendable {
    private final class Storage: @unchecked Sendable {
        var name: String
        var kind: SpeakerKind
        var key: String
        var roles: Set<String>
        var confidence: Double
        var owner: String?
        init(name: String, kind: SpeakerKind, key: String, roles: Set<String>, confidence: Double, owner: String?) {
            self.name = name
            self.kind = kind
            self.key = key
            self.roles = roles
            self.confidence = confidence
            self.owner = owner
        }
        func copy() -> Storage { Storage(name: name, kind: kind, key: key, roles: roles, confidence: confidence, owner: owner) }
    }
    private var storage: Storage

    init(name: String, kind: SpeakerKind, key: String, roles: Set<String>, confidence: Double, owner: String? = nil) {
        storage = Storage(name: name, kind: kind, key: key, roles: roles, confidence: confidence, owner: owner)
    }

    /// The box, made this value's own before a write.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    var name: String { get { storage.name } set { unique().name = newValue } }
    var kind: SpeakerKind { get { storage.kind } set { unique().kind = newValue } }
    var key: String { get { storage.key } set { unique().key = newValue } }
    var roles: Set<String> { get { storage.roles } _modify { yield &unique().roles } }
    var confidence: Double { get { storage.confidence } set { unique().confidence = newValue } }
    /// The outlet whose source this is ("the Post's sources"), carried to later back-references.
    var owner: String? { get { storage.owner } set { unique().owner = newValue } }
}

/// What an article has mentioned so far, so "he", "the publication" or "the head of state" can
/// be resolved to the nearest fitting antecedent.
struct ArticleState {
    let view: TextView
    let articleID: String
    var statements: [ExtractedStatement] = []
    /// Speakers and outlets seen, most recent last.
    private var mentions: [Mention] = []

    /// One mention. A struct, not a tuple: a tuple of reference-counted fields is copied
    /// through the runtime's generic witness, a struct through code made for it.
    private struct Mention {
        var resolved: Resolved
        var sentence: Int
        var isSubjectOnly: Bool
        /// Named only as the channel of someone else's words ("told AFP").
        var isChannel = false
    }

    /// Descriptions ("the expert") are only known within their article: their ids end with it.
    let articleSuffix: String
    /// The slugs of the article's names that are not ASCII, made once each (see `slug`).
    private let slugs = SlugCache()
    /// What `fullerName` has read so far, per surname (see `FullerNameCache`).
    let fullerNames = FullerNameCache()

    init(view: TextView, articleID: String) {
        self.view = view
        self.articleID = articleID
        self.articleSuffix = String(Names.slug(articleID).prefix(12))
    }

    mutating func remember(_ r: Resolved, sentence: Int) { mentions.append(Mention(resolved: r, sentence: sentence, isSubjectOnly: false)) }
    mutating func rememberSubject(_ r: Resolved, sentence: Int) { mentions.append(Mention(resolved: r, sentence: sentence, isSubjectOnly: true)) }
    mutating func rememberOutlet(_ name: String, sentence: Int) {
        mentions.append(Mention(resolved: Resolved(name: name, kind: .outlet, key: "outlet:" + slug(name), roles: [], confidence: 1),
                                sentence: sentence, isSubjectOnly: false, isChannel: true))
    }

    /// The resolved speaker, or nil when a reference has nothing to point at and is not a
    /// speaker by itself ("we" in a narrative, "it").
    func resolve(_ phrase: SpeakerPhrase, sentence: Int, sentenceRange: Range<Int>) -> Resolved? {
        switch phrase.kind {
        case .pronoun:
            switch phrase.head {
            case "he", "she", "him", "her":
                if let m = last(where: { ($0.kind == .person) }, within: 12, sentence: sentence) { return with(m, confidence: 0.85) }
                return nil
            case "they", "them":
                if let m = last(where: { [.group, .conjunction, .organisation, .country].contains($0.kind) || Self.isCapitalisedGroup($0) }, within: 4, sentence: sentence) { return with(m, confidence: 0.7) }
                return nil
            case "it":
                if let m = last(where: { [.outlet, .report, .organisation, .country].contains($0.kind) }, within: 3, sentence: sentence) { return with(m, confidence: 0.7) }
                return nil
            default:
                return nil
            }
        default:
            break
        }
        // "the source" after "the Mirror's source": the same source, with its outlet.
        if phrase.isReference, phrase.owner == nil, Lexicon.sourceNouns.contains(wordHash(phrase.head)),
           let m = last(where: { $0.owner != nil && $0.name.hasSuffix(phrase.head) }, within: 12, sentence: sentence) {
            return with(m, confidence: 0.75)
        }
        if phrase.isReference {
            switch phrase.kind {
            case .outlet, .report:
                // "the network" is no magazine: an outlet named as another kind of medium is skipped.
                let medium = Self.mediumKind(of: phrase.head)
                // An outlet that spoke comes before one only told things ("... told AFP. The
                // agency said" after the News Agency's dispatch: the News Agency).
                let fits: (Resolved) -> Bool = { ($0.kind == .outlet || $0.kind == .report) && !Self.isOtherMedium($0.name, than: medium) }
                // ("the agency" after "the News Agency of Nigeria" and then AFP: the speaker whose
                // name holds the head word comes first.)
                let head = wordHash(phrase.head)
                if let m = last(where: { ($0.kind == .outlet || $0.kind == .organisation) && Self.properNameHolds($0.name, head) }, within: 30, sentence: sentence, speakersOnly: true) {
                    return with(m, confidence: 0.8)
                }
                if let m = last(where: fits, within: 30, sentence: sentence, speakersOnly: true) ?? last(where: fits, within: 30, sentence: sentence) {
                    return with(m, confidence: 0.8)
                }
            case _ where phrase.kind != .outlet && phrase.kind != .report && Lexicon.statementNouns.contains(wordHash(phrase.head)):
                // "The ministry issued a statement. The statement said ...": the body that issued it.
                if let m = last(where: { [.organisation, .country, .person, .group].contains($0.kind) && !$0.key.hasASCIIPrefix("desc:statement") }, within: 2, sentence: sentence) {
                    return with(m, confidence: 0.75)
                }
            case .organisation where Self.genericOrganisationHeads.contains(phrase.head):
                // "the company": the last organisation, or a one-word name that may be one (not
                // "Officials" or "Newspapers" opening a sentence); "the airline" or "the club" is
                // no regulator, ministry or bureau.
                let business = Self.businessHeads.contains(phrase.head)
                // "the airline" after "South African Airways" and then "Trade union Numsa": the
                // body whose name says what the head says comes first.
                if let kindWords = Self.headNameWords[phrase.head],
                   let m = last(where: { ($0.kind == .organisation || $0.kind == .person && $0.roles.isEmpty) && Self.nameHolds($0.name, kindWords)
                                            && !Self.isPublicBody($0.name) && !Self.isOtherBody($0.name, than: phrase.head) }, within: 12, sentence: sentence) {
                    return with(m, confidence: 0.75)
                }
                // "the airline" when no speaker so far says it, but the text named "Air Malta"
                // ("... on Air Malta pilots who called in sick"): the body the text named last.
                if let kindWords = Self.headNameWords[phrase.head], let named = namedBodyInText(before: sentenceRange.lowerBound, holding: kindWords) {
                    return named
                }
                if let m = last(where: { ($0.kind == .organisation || ($0.kind == .person && $0.roles.isEmpty && $0.key.hasASCIIPrefix("person:")
                                                                            && !Self.isCapitalisedGroup($0)
                                                                            && (!ArticleExtractor.containsSpace($0.name) || (business && Self.endsWithSideWord($0.name)))))
                                         && !Self.isPublicBody($0.name) && !(business && Self.isOtherBody($0.name, than: phrase.head)) }, within: 12, sentence: sentence) {
                    return with(m, confidence: 0.75)
                }
            case _ where CueWords.isParentOfCount(phrase.name) && (phrase.kind == .person || phrase.kind == .description):
                // "the father of four": the last person named.
                if let m = last(where: { $0.kind == .person && !$0.key.hasASCIIPrefix("desc:") }, within: 12, sentence: sentence) { return with(m, confidence: 0.75) }
            case .person where CueWords.isPersonDescription(phrase.head):
                // "the Spaniard", "the 28-year-old": the last person named.
                if let m = last(where: { $0.kind == .person && !$0.key.hasASCIIPrefix("desc:") }, within: 12, sentence: sentence) { return with(m, confidence: 0.75) }
            case .person:
                let head = phrase.head
                let equivalents = Self.roleEquivalents[head] ?? []
                if let m = last(where: { $0.kind == .person && ($0.roles.contains(head) || !$0.roles.isDisjoint(with: equivalents)
                                                                 || (head == "head" && !$0.roles.isDisjoint(with: Self.headOfState))) }, within: 30, sentence: sentence) {
                    return with(m, confidence: 0.8)
                }
            default:
                break
            }
        }
        // "CAA said" after "the Civil Aviation Authority (CAA)": the body named before.
        if let m = acronymMention(phrase.name, sentence: sentence) { return m }
        var result = own(phrase)
        if result.kind == .person, result.key.hasASCIIPrefix("person:"), let full = fullerName(of: result.name, before: sentenceRange.lowerBound) {
            result.name = full
            result.key = "person:" + full
        }
        return result
    }

    /// The speaker introduced earlier as "Full Name (ACRONYM)" when `name` is that acronym.
    private func acronymMention(_ name: String, sentence: Int) -> Resolved? {
        let bytes = name.utf8
        guard bytes.count >= 2, bytes.count <= 8, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        let suffix = " (" + name + ")"
        return last(where: { $0.name.hasSuffix(suffix) }, within: 200, sentence: sentence)
    }

    /// "Critics", "Officials" opening a sentence read as a name; they are still a group "they"
    /// points back to.
    static func isCapitalisedGroup(_ r: Resolved) -> Bool {
        r.kind == .person && !r.name.utf8.contains(32) && r.name.utf8.last == 115 && Lexicon.pluralGroupNouns.contains(wordHash(r.name))
    }

    static let ofBytes = Array(" of ".utf8)

    /// Kinds of medium a description may name, by the words that name them.
    static let mediumWords: [String: Int] = [
        "newspaper": 1, "paper": 1, "daily": 1, "tabloid": 1,
        "magazine": 2, "weekly": 2, "column": 2,
        "network": 3, "broadcaster": 3, "channel": 3, "station": 3, "television": 3, "tv": 3, "radio": 3,
        "website": 4, "site": 4, "blog": 4, "outlet": 0, "publication": 0,
        "agency": 5, "wire": 5,
    ]

    /// The kind of medium a description's head names, or nil when it names none in particular.
    static func mediumKind(of head: String) -> Int? {
        guard let kind = mediumWords[head], kind != 0 else { return nil }
        return kind
    }

    /// True when `name` holds a word of another kind of medium than `kind` ("magazine column"
    /// for "the network"); a name with no such word ("ESPN") may be any kind.
    static func isOtherMedium(_ name: String, than kind: Int?) -> Bool {
        guard let kind else { return false }
        let kinds = name.lowercased().split(separator: " ").compactMap { mediumWords[String($0)] }.filter { $0 != 0 }
        return !kinds.isEmpty && !kinds.contains(kind)
    }
    /// Role words a description may use for a title given in other words: "the premier" for a
    /// prime minister, "the skipper" for a captain, "the boss" for a manager or chief.
    static let roleEquivalents: [String: Set<String>] = [
        "premier": ["prime"], "skipper": ["captain"], "captain": ["skipper"],
        "boss": ["manager", "coach", "chief", "ceo", "director", "head"], "manager": ["boss", "coach"], "coach": ["manager", "boss"],
    ]
    static let genericOrganisationHeads: Set<String> = ["company", "firm", "group", "manufacturer", "maker", "organisation", "organization",
                                                         "airline", "carrier", "club", "team", "operator", "bank", "side"]
    /// Descriptions of a business or a sports side, which a public body never answers to.
    static let businessHeads: Set<String> = ["airline", "carrier", "club", "team", "operator", "bank", "side"]
    static let publicBodyWords = Lexicon.hashes("bureau authority ministry agency department office directorate board commission council committee government administration regulator inspectorate secretariat police court parliament")

    /// Words that a body's name holds when a generic head names it: "the airline" is "Nordic
    /// Airways", "the bank" is "Deutsche Bank".
    /// The last capitalised name in the text before `end` (within 600 tokens) holding a word of
    /// `kindWords` ("Air Malta" for "the airline"), as an organisation; nil when there is none.
    func namedBodyInText(before end: Int, holding kindWords: WordSet) -> Resolved? {
        let t = view.tokens
        var k = end - 1
        while k >= 0 && end - k <= 600 {
            if t[k].isWord, t[k].capitalized, kindWords.contains(t[k].hash), !(k == 0 || t[k].afterNewline && k + 1 < t.count && t[k + 1].isWord && !t[k + 1].capitalized) {
                var e = k
                while e + 1 < end && t[e + 1].isWord && t[e + 1].capitalized { e += 1 }
                if var r = CueWords.nameEnding(at: e, lo: max(0, k - 4), view: view) {
                    // ("Now Air Malta is hiding": a sentence's opening word is no part of the name.)
                    while r.count > 1 && (Lexicon.openingConjunctions.contains(t[r.lowerBound].hash) || CueWords.frontedPrepositions.contains(t[r.lowerBound].hash)) {
                        r = (r.lowerBound + 1)..<r.upperBound
                    }
                    // ("Loss-making Skynet Airlines": a hyphened modifier ends before the name.)
                    let b = view.bytes
                    while r.count > 1, case let f = t[r.lowerBound], (f.start..<(f.end - 1)).contains(where: { b[$0] == 45 && b[$0 + 1] >= 97 && b[$0 + 1] <= 122 }) {
                        r = (r.lowerBound + 1)..<r.upperBound
                    }
                    guard r.count >= 2 else { k -= 1; continue }
                    let name = view.text(r)
                    guard !Self.isPublicBody(name) else { k -= 1; continue }
                    var resolved = own(SpeakerPhrase(phrase: name, name: name, kind: .organisation, roles: [], head: "", isReference: false))
                    resolved.confidence = 0.7
                    return resolved
                }
            }
            k -= 1
        }
        return nil
    }

    static let headNameWords: [String: WordSet] = {
        let airline = WordSet.union([airlineNameWords], extra: ["airline", "jet"].map { wordHash($0) })
        let side = WordSet.union([clubNameWords], extra: [wordHash("club")])
        return ["airline": airline, "carrier": airline, "club": side, "bank": Lexicon.hashes("bank banking")]
    }()

    /// Whether `match` holds for a word of `name` (with its hash and its first byte), the words
    /// being what `name.split(separator: " ")` gives, read on the bytes: nil when `name` is not
    /// ASCII or holds a carriage return (only then may characters and bytes split differently),
    /// where the callers split by characters. (A Character split hashed a new string per word.)
    @inline(__always) static func asciiWordHolds(_ name: String, _ match: (_ hash: UInt64, _ first: UInt8) -> Bool) -> Bool? {
        var name = name
        return name.withUTF8 { b -> Bool? in
            for c in b where c >= 0x80 || c == 13 { return nil }
            var k = 0
            while k < b.count {
                if b[k] == 32 { k += 1; continue }
                let start = k
                var h: UInt64 = 0xcbf29ce484222325
                while k < b.count && b[k] != 32 {
                    let c = b[k]
                    h = (h ^ UInt64(c >= 65 && c <= 90 ? c | 0x20 : c)) &* 0x100000001b3
                    k += 1
                }
                if match(h, b[start]) { return true }
            }
            return false
        }
    }

    /// True when a capitalised word of `name` is `word` ("News Agency of Nigeria" holds
    /// "agency"; "the London-based newspaper" holds no "newspaper" of its name).
    static func properNameHolds(_ name: String, _ word: UInt64) -> Bool {
        if let answer = asciiWordHolds(name, { h, first in first >= 65 && first <= 90 && h == word }) { return answer }
        return name.split(separator: " ").contains { w in (w.utf8.first.map { $0 >= 65 && $0 <= 90 } ?? false) && wordHash(String(w)) == word }
    }

    /// True when a word of `name` is in `words`.
    static func nameHolds(_ name: String, _ words: WordSet) -> Bool {
        if let answer = asciiWordHolds(name, { h, _ in words.contains(h) }) { return answer }
        return name.split(separator: " ").contains { words.contains(wordHash(String($0))) }
    }

    /// Last words of club and airline names ("Hartfield Rovers", "Nordic Air").
    static let sideWords = WordSet.union([clubNameWords, airlineNameWords], extra: ["town", "county"].map { wordHash($0) })
    static let clubNameWords = Lexicon.hashes("fc afc rovers wanderers athletic albion rangers united city")
    static let airlineNameWords = Lexicon.hashes("air airlines airways")

    /// True when a name ends in a club or airline word.
    static func endsWithSideWord(_ name: String) -> Bool {
        var lastHash: UInt64? = nil
        if asciiWordHolds(name, { h, _ in lastHash = h; return false }) != nil {
            guard let lastHash else { return false }
            return sideWords.contains(lastHash)
        }
        guard let last = name.split(separator: " ").last else { return false }
        return sideWords.contains(wordHash(String(last)))
    }

    /// True when a name is headed by another kind of body ("the players' union" is no club).
    static func isOtherBody(_ name: String, than head: String) -> Bool {
        let h = wordHash(head)
        let organisationNouns = Lexicon.organisationNouns
        if let answer = asciiWordHolds(name, { w, _ in w != h && organisationNouns.contains(w) }) { return answer }
        return name.split(separator: " ").contains { word in
            let w = wordHash(String(word))
            return w != h && Lexicon.organisationNouns.contains(w)
        }
    }

    /// True when a name holds a word of a public body ("Civil Aviation Safety Bureau").
    static func isPublicBody(_ name: String) -> Bool {
        let words = publicBodyWords
        if let answer = asciiWordHolds(name, { h, _ in words.contains(h) }) { return answer }
        return name.split(separator: " ").contains { publicBodyWords.contains(wordHash(String($0))) }
    }

    static let stateHeads: Set<String> = ["side", "government", "authorities", "leadership", "administration", "state"]
    static let headOfState: Set<String> = ["president", "king", "queen", "premier", "prime", "monarch", "emir", "sultan", "chancellor"]

    /// An outlet in a via position: resolves "the news agency" to the last outlet named.
    func resolveOutlet(_ phrase: SpeakerPhrase, sentence: Int) -> String? {
        // Only outlet-like references resolve to the last outlet: "the newspaper" does, "the
        // airline" names itself.
        if (phrase.isReference && (phrase.kind == .outlet || phrase.kind == .report)) || phrase.kind == .pronoun {
            return last(where: { $0.kind == .outlet || $0.kind == .report }, within: 30, sentence: sentence)?.name ?? (phrase.kind == .pronoun ? nil : phrase.name)
        }
        return phrase.name
    }

    private func with(_ r: Resolved, confidence: Double) -> Resolved {
        var copy = r
        copy.confidence = min(r.confidence, confidence)
        return copy
    }

    private func last(where match: (Resolved) -> Bool, within distance: Int, sentence: Int, speakersOnly: Bool = false) -> Resolved? {
        for m in mentions.reversed() {
            if sentence - m.sentence > distance { return nil }
            if speakersOnly && m.isChannel { continue }
            if match(m.resolved) { return m.resolved }
        }
        return nil
    }

    /// The words of `name`, lower-cased, split at spaces. An ASCII name is split and folded byte
    /// by byte (its bytes are its characters, and `lowercased()` folds only A-Z there).
    /// (A name whose only other characters are ’ (E2 80 99), as in "O’Brien", is read the same
    /// way: `lowercased()` leaves a ’ as it is, and no ’ joins a space into one character.)
    static func lowerWords(_ name: String) -> [String] {
        guard isASCIIOrRightQuote(name) else { return name.lowercased().split(separator: " ").map(String.init) }
        // Each run between spaces folded straight into a new string's storage.
        var name = name
        return name.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            while start < bytes.count {
                while start < bytes.count && bytes[start] == 32 { start += 1 }
                var end = start
                while end < bytes.count && bytes[end] != 32 { end += 1 }
                guard end > start else { break }
                words.append(String(unsafeUninitializedCapacity: end - start) { out in
                    for k in start..<end { let b = bytes[k]; out[k - start] = b >= 65 && b <= 90 ? b | 0x20 : b }
                    return end - start
                })
                start = end
            }
            return words
        }
    }

    /// True when every byte of `name` is ASCII but whole ’ (E2 80 99).
    static func isASCIIOrRightQuote(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] < 0x80 { k += 1; continue }
                guard b[k] == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0x99 else { return false }
                k += 3
            }
            return true
        }
    }

    /// True when `name` is ASCII and its words between spaces are not two: `lowerWords` would
    /// give no pair, and need not be asked. (False answers nothing.)
    static func asciiNotTwoWords(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var words = 0
            var inWord = false
            for b in bytes {
                if b >= 0x80 { return false }
                if b == 32 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return words != 2
        }
    }

    /// `Names.slug(name)`. An ASCII name is slugged on its bytes at once; any other goes through
    /// Foundation's folding (thousands of instructions), so its slug is kept for the article,
    /// where the same speaker is resolved again and again.
    func slug(_ name: String) -> String { slugs.slug(name) }

    /// `prefix + slug(name)`, with `"-" + articleSuffix` after it when `withSuffix`: for a
    /// name `Names.asciiSlug` reads (ASCII, middle dots allowed), the key is written into one
    /// new string at once, where the concatenation made the slug and then grew the key twice.
    func slugKey(_ prefix: StaticString, _ name: String, withSuffix: Bool) -> String {
        var contiguous = name
        let suffix = articleSuffix
        let made: String? = contiguous.withUTF8 { bytes -> String? in
            var previousWasC2 = false
            for b in bytes {
                if previousWasC2 { if b != 0xB7 { return nil }; previousWasC2 = false; continue }
                if b == 0xC2 { previousWasC2 = true } else if b >= 0x80 { return nil }
            }
            if previousWasC2 { return nil }
            let suffixCount = withSuffix ? suffix.utf8.count + 1 : 0
            // ("unknown", seven bytes, stands for an empty slug.)
            let capacity = prefix.utf8CodeUnitCount + max(bytes.count, 7) + suffixCount
            return String(unsafeUninitializedCapacity: capacity) { out -> Int in
                var count = 0
                prefix.withUTF8Buffer { for b in $0 { out[count] = b; count += 1 } }
                // The slug, as `Names.asciiSlug` writes it.
                let slugStart = count
                var dash = false
                for b in bytes {
                    let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
                    if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                        if dash && count > slugStart { out[count] = 45; count += 1 }
                        dash = false
                        out[count] = lower
                        count += 1
                    } else if b != 39 {
                        dash = true
                    }
                }
                if count - slugStart > 4 && out[slugStart] == 116 && out[slugStart + 1] == 104 && out[slugStart + 2] == 101 && out[slugStart + 3] == 45 {
                    for k in (slugStart + 4)..<count { out[k - 4] = out[k] }
                    count -= 4
                }
                if count == slugStart {
                    for b in "unknown".utf8 { out[count] = b; count += 1 }
                }
                if withSuffix {
                    out[count] = 45
                    count += 1
                    for b in suffix.utf8 { out[count] = b; count += 1 }
                }
                return count
            }
        }
        if let made { return made }
        let key = "\(prefix)" + slug(name)
        return withSuffix ? key + "-" + suffix : key
    }

    /// True when `name` opens with a lower-case name particle and a capitalised word: "de
    /// Bretton-Gordon", "van Zwol" name a person as "Hamish de Bretton-Gordon" does.
    static func opensWithNameParticle(_ name: String) -> Bool {
        // (Most names open with a capital: one byte settles them, with no split.)
        guard let first = name.utf8.first, first >= 97 && first <= 122 else { return false }
        // An ASCII name (no carriage return) is split on its bytes: there each byte is a
        // character, and the split below (at " ", empty runs left out) cuts at the same places.
        var contiguous = name
        if let answer = contiguous.withUTF8({ b -> Bool? in
            var runs = 0
            var particle = true
            var k = 0
            while k < b.count {
                let c = b[k]
                if c >= 0x80 || c == 13 { return nil }
                if c == 32 { k += 1; continue }
                var end = k
                while end < b.count && b[end] != 32 {
                    if b[end] >= 0x80 || b[end] == 13 { return nil }
                    end += 1
                }
                if runs == 0 {
                    particle = Names.particles.contains(String(decoding: UnsafeBufferPointer(rebasing: b[k..<end]), as: UTF8.self))
                } else if !(c >= 65 && c <= 90) {
                    particle = false
                }
                runs += 1
                k = end
            }
            return runs >= 2 && particle
        }) { return answer }
        let parts = name.split(separator: " ")
        guard parts.count >= 2, Names.particles.contains(String(parts[0])) else { return false }
        // (Every word after the particle capitalised: "de Blasio spokesman" is a description.)
        return parts.dropFirst().allSatisfy { word in word.utf8.first.map { $0 >= 65 && $0 <= 90 } ?? false }
    }

    /// The phrase as a speaker in its own right.
    func own(_ phrase: SpeakerPhrase) -> Resolved {
        let key: String
        switch phrase.kind {
        case .person:
            let first = phrase.name.utf8.first ?? 0
            let proper = (first >= 65 && first <= 90 || (first >= 0x80 && phrase.name.unicodeScalars.first?.properties.isUppercase == true)
                          || Self.opensWithNameParticle(phrase.name))
                && !phrase.name.utf8.containsSequence(Self.ofBytes)
            key = proper ? "person:" + phrase.name : slugKey("desc:", phrase.name, withSuffix: true)
        case .country:
            let lower = phrase.name.lowercased()
            key = "country:" + (Lexicon.countryByCapital[lower] ?? slug(lower))
        case .outlet:
            key = phrase.isReference ? slugKey("desc:", phrase.name, withSuffix: true) : slugKey("outlet:", phrase.name, withSuffix: false)
        case .organisation, .conjunction:
            key = slugKey("org:", phrase.name, withSuffix: false)
        default:
            // "the Ukrainian side", "the French government": the country itself.
            let words = phrase.name.utf8.contains(32) && !Self.asciiNotTwoWords(phrase.name) ? Self.lowerWords(phrase.name) : []
            if words.count == 2, let country = Lexicon.countryByNationality[words[0]], Self.stateHeads.contains(words[1]) {
                key = "country:" + country
            } else {
                key = slugKey("desc:", phrase.name, withSuffix: true)
            }
        }
        return Resolved(name: phrase.name, kind: phrase.kind, key: key, roles: phrase.roles, confidence: phrase.isReference ? 0.6 : 0.95, owner: phrase.owner)
    }
}

extension String {
    /// `hasPrefix(prefix)` for a prefix of lower-case ASCII letters and ":" ("person:", "desc:"),
    /// answered on the bytes when they settle it: the prefix's bytes then an ASCII byte or
    /// nothing (a character boundary for certain), or bytes that differ (no other character is
    /// canonically equal to one of those, as the Kelvin sign is to "K"). Otherwise `hasPrefix`.
    func hasASCIIPrefix(_ prefix: StaticString) -> Bool {
        let settled = utf8.withContiguousStorageIfAvailable { b -> Bool? in
            let n = prefix.utf8CodeUnitCount
            guard b.count >= n else { return false }
            let same = prefix.withUTF8Buffer { p in
                for i in 0..<n where b[i] != p[i] { return false }
                return true
            }
            guard same else { return false }
            return b.count == n || b[n] < 0x80 ? true : nil
        }
        if let settled, let answer = settled { return answer }
        return hasPrefix(prefix.description)
    }
}

extension String.UTF8View {
    /// True when `needle` occurs in the bytes.
    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        // Native strings are searched in place; only a bridged string is copied.
        if let found = withContiguousStorageIfAvailable({ bytes -> Bool in
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == needle[0] && needle.indices.allSatisfy({ bytes[i + $0] == needle[$0] }) { return true }
                i += 1
            }
            return false
        }) { return found }
        let bytes = Array(self)
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }
}

/// Slugs of one article's names that are not ASCII, by their exact bytes (a short list: an
/// article names a few such speakers).
final class SlugCache {
    private var names: [String] = []
    private var slugs: [String] = []

    func slug(_ name: String) -> String {
        var contiguous = name
        if let fast = contiguous.withUTF8({ Names.asciiSlug($0) }) { return fast }
        for i in names.indices where names[i].utf8.elementsEqual(name.utf8) { return slugs[i] }
        let made = Names.slowSlug(name)
        if names.count < 32 {
            names.append(name)
            slugs.append(made)
        }
        return made
    }
}
