import Foundation

/// Content terms for grouping: lower-cased, stemmed, generic words removed.
enum Terms {
    struct Term {
        var stem: String
        var surface: String
        var isName: Bool
        /// The stem's hash: vectors and counts are keyed by it.
        var key: UInt64
    }

    static let generic: Set<String> = Lexicon.set("""
    the a an and or but of to in on at for from with by about as into over under than then that this
    these those there their they them its it is are was were be been being has have had do does did
    will would can could may might should shall must not no nor so if also only just very more most
    such other any some all both each few many much own same too what which who whom whose when where
    why how while after before since until because although though however i we you he she his her
    our your my me us him said says say told tell stated reported according claimed noted added
    year years time times day days week weeks month months today yesterday monday tuesday wednesday
    thursday friday saturday sunday one two three new last first next now still even already again
    people thing things way lot well like get got make made take took go went come came see seen
    know known think thought want wanted need needed use used including include part according
    per cent percent mr mrs ms dr statement statements report reports information news comment
    source sources official officials side sides question issue matter fact situation case point
    story stories rumor rumors rumour rumours claim claims allegation allegations article articles piece media
    during between among against without within through across toward towards despite amid whether via upon onto also
    cannot never not none anything nothing something everything anyone someone nobody clear clearly possible likely really actually currently recently ago later earlier around
    yes yeah okay sure i'm i've i'd i'll we're we've we'd we'll you're it's that's there's he's she's they're
    don't didn't doesn't isn't wasn't aren't weren't can't won't haven't hasn't hadn't couldn't wouldn't
    don didn doesn isn wasn aren weren haven hasn hadn couldn wouldn
    """)

    /// (Each contraction also with a typographic apostrophe: "I’m" is "I'm".)
    static let genericHashes = WordSet(generic.map { wordHash($0) } + generic.filter { $0.contains("'") }.map { wordHash(String($0.map { $0 == "'" ? "\u{2019}" : $0 })) })

    /// The first 800 bytes of `text` (cut at a character boundary): they say what a statement
    /// is about, and a run-on "sentence" of thousands of words (text without punctuation) must
    /// not cost more.
    static func leading(_ text: String) -> String {
        guard text.utf8.count > 800 else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: 800)
        while end > text.utf8.startIndex && text.utf8[end] & 0xC0 == 0x80 { end = text.utf8.index(before: end) }
        return String(text[..<end])
    }

    /// The content terms of `text`, read with the extraction tokenizer (bytes, no Characters).
    static func of(_ text: String) -> [Term] { analyse(text).terms }

    /// Content terms, and the hashes of the first six words (for back-reference tests).
    static func analyse(_ text: String) -> (terms: [Term], leading: [UInt64]) {
        let view = TextView(leading(text))
        var terms: [Term] = []
        terms.reserveCapacity(view.tokens.count)
        var leading: [UInt64] = []
        leading.reserveCapacity(6)
        var atSentenceStart = true
        for (i, tok) in view.tokens.enumerated() {
            if !tok.isWord {
                if tok.kind == .punct && (tok.first == 46 || tok.first == 33 || tok.first == 63) { atSentenceStart = true }
                continue
            }
            if leading.count < 6 { leading.append(tok.hash) }
            defer { atSentenceStart = false }
            guard tok.kind == .word, tok.end - tok.start >= 3, tok.hash != W.possessive, !genericHashes.contains(tok.hash) else { continue }
            let surface = view.word(i)
            let lower: String
            if surface.utf8.contains(where: { $0 >= 0x80 }) {
                lower = surface.lowercased()
            } else if tok.capitalized {
                // ASCII: `lowercased()` maps A-Z and nothing else, so the bytes are folded here.
                lower = String(decoding: view.bytes[tok.start..<tok.end].lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
            } else {
                lower = surface
            }
            let stemmed = stem(lower)
            // Most stems have no synonym: a hash test rules them out before the dictionary.
            let stemHash = wordHash(stemmed)
            let synonym = synonymHashes.contains(stemHash) ? synonyms[stemmed] : nil
            let finalStem = synonym ?? stemmed
            terms.append(Term(stem: finalStem, surface: tok.capitalized ? surface : lower, isName: tok.capitalized && !atSentenceStart,
                              key: synonym == nil ? stemHash : wordHash(finalStem)))
        }
        return (terms, leading)
    }

    /// A term's key and whether it is a name: all `ArticleDispute` compares.
    struct KeyTerm: Equatable {
        var key: UInt64
        var isName: Bool
    }

    /// The keys and name flags of `of(text)`, in its order, without its strings: an ASCII word
    /// is folded (when `analyse` folds it), stemmed and hashed in a small buffer, and only a
    /// stem whose hash may be a synonym's is made a string for the look-up. Other words take
    /// `analyse`'s own path.
    static func keys(of text: String) -> [KeyTerm] {
        let view = TextView(leading(text))
        var keys: [KeyTerm] = []
        keys.reserveCapacity(view.tokens.count)
        var buffer = [UInt8](repeating: 0, count: 64)
        var atSentenceStart = true
        for (i, tok) in view.tokens.enumerated() {
            if !tok.isWord {
                if tok.kind == .punct && (tok.first == 46 || tok.first == 33 || tok.first == 63) { atSentenceStart = true }
                continue
            }
            defer { atSentenceStart = false }
            guard tok.kind == .word, tok.end - tok.start >= 3, tok.hash != W.possessive, !genericHashes.contains(tok.hash) else { continue }
            let isName = tok.capitalized && !atSentenceStart
            let n = tok.end - tok.start
            guard n <= buffer.count, !view.bytes[tok.start..<tok.end].contains(where: { $0 >= 0x80 }) else {
                // Non-ASCII (or very long) words: exactly as `analyse` reads them.
                let surface = view.word(i)
                let lower = surface.utf8.contains(where: { $0 >= 0x80 }) ? surface.lowercased()
                    : tok.capitalized ? String(decoding: view.bytes[tok.start..<tok.end].lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self) : surface
                let stemmed = stem(lower)
                let stemHash = wordHash(stemmed)
                let synonym = synonymHashes.contains(stemHash) ? synonyms[stemmed] : nil
                keys.append(KeyTerm(key: synonym.map { wordHash($0) } ?? stemHash, isName: isName))
                continue
            }
            // `analyse` folds a capitalised ASCII word and keeps any other as written.
            for k in 0..<n {
                let b = view.bytes[tok.start + k]
                buffer[k] = tok.capitalized && b >= 65 && b <= 90 ? b | 0x20 : b
            }
            let (length, stemHash) = buffer.withUnsafeBufferPointer { word -> (Int, UInt64) in
                let bytes = UnsafeBufferPointer(rebasing: word[0..<n])
                var length = n
                for suffix in suffixes where n > suffix.utf8CodeUnitCount + 3 && endsWith(bytes, suffix) {
                    length = n - suffix.utf8CodeUnitCount
                    break
                }
                if length > 6 { length = 6 }
                return (length, wordHash(UnsafeBufferPointer(rebasing: word[0..<length])))
            }
            var key = stemHash
            if synonymHashes.contains(stemHash), let synonym = synonyms[String(decoding: buffer[0..<length], as: UTF8.self)] {
                key = wordHash(synonym)
            }
            keys.append(KeyTerm(key: key, isName: isName))
        }
        return keys
    }

    /// Stems that news uses interchangeably for one thing ("talks", "negotiations", "discussions").
    static let synonyms: [String: String] = [
        "negoti": "talk", "discus": "talk", "dialog": "talk", "truce": "ceasef", "incurs": "attack",
        "offens": "attack", "strike": "attack", "strik": "attack", "derail": "disrup", "halt": "stop", "suspen": "suspen",
        "killed": "kill", "deceas": "dead", "died": "dead", "death": "dead",
    ]

    /// Hashes of the synonyms' keys: a stem whose hash is not here is not a key.
    static let synonymHashes = WordSet(synonyms.keys.map { wordHash($0) })

    /// A light stemmer: plural and verb endings off, then the first six letters.
    /// The endings, tried in this order; the first that fits (with more than three bytes left
    /// before it) comes off.
    static let suffixes: [StaticString] = ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"]

    /// Works on bytes: one suffix off, then the first six bytes (whole characters). Reads the
    /// string's own UTF-8 storage and returns it unchanged when nothing comes off.
    static func stem(_ w: String) -> String {
        var storage = w
        return storage.withUTF8 { bytes -> String in
            let n = bytes.count
            var length = n
            for suffix in suffixes where n > suffix.utf8CodeUnitCount + 3 && endsWith(bytes, suffix) {
                length = n - suffix.utf8CodeUnitCount
                break
            }
            if length > 6 {
                var end = 6
                while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
                length = end
            }
            return length == n ? w : String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
        }
    }

    @inline(__always) private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let k = suffix.utf8CodeUnitCount
        return suffix.withUTF8Buffer { s in
            for j in 0..<k where bytes[bytes.count - k + j] != s[j] { return false }
            return true
        }
    }

    static let backReferenceWords: Set<String> = ["report", "reports", "information", "rumor", "rumors", "rumour", "rumours",
        "claim", "claims", "allegation", "allegations", "story", "such", "speculation", "it", "this", "that", "them", "these"]

    /// True when a statement only points back at what it answers: a denial whose content names
    /// the report or rumor it rejects, or says too little to stand on its own.
    static let backReferenceHashes = WordSet(backReferenceWords.map { wordHash($0) })
    static let weakBackReferences = WordSet(["it", "that"].map { wordHash($0) })

    static func pointsBack(_ s: Statement, termCount: Int, leading: [UInt64]) -> Bool {
        if leading.prefix(3).contains(where: { backReferenceHashes.contains($0) && !weakBackReferences.contains($0) }) { return true }
        guard s.stance == .denial else { return termCount < 2 }
        if termCount < 4 { return true }
        return leading.contains { backReferenceHashes.contains($0) }
    }

    /// How well a term names what a proposition is about: names (places, actors) and plain nouns
    /// say it best; participles, gerunds and adverbs ("disrupted", "holding", "often") say how,
    /// not what, so they only make the label when nothing better is there.
    static func labelWeight(_ term: Term) -> Double {
        if term.isName { return 1 }
        let bytes = term.surface.utf8
        // ASCII (nearly always): the endings compared as bytes. Otherwise `hasSuffix`, whose
        // comparison by characters a byte test could not match in every case.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let n = bytes.count
            @inline(__always) func ends(_ a: UInt8, _ b: UInt8) -> Bool {
                bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == a && bytes[bytes.index(before: bytes.endIndex)] == b
            }
            if n > 4 && ends(101, 100) { return 0.45 }                                        // ed
            if n > 5 && ends(110, 103) && bytes[bytes.index(bytes.endIndex, offsetBy: -3)] == 105 { return 0.45 }  // ing
            if n > 4 && ends(108, 121) { return 0.45 }                                        // ly
            return 1
        }
        for ending in ["ed", "ing", "ly"] where bytes.count > ending.utf8.count + 2 && term.surface.hasSuffix(ending) {
            return 0.45
        }
        return 1
    }

    /// A short label: the group's most distinctive terms, names capitalised as written.
    static func label(_ lists: [[Term]], idf: (UInt64) -> Double) -> String {
        // Score each stem once per statement; ties keep the order of first appearance. One
        // dictionary look-up per term: an entry remembers the last list that scored it.
        // Entries are found by the stem's hash (`key`), then the stem itself is compared: equal
        // stems have equal keys, and a chain keeps apart the rare different stems that share one.
        struct Entry { var stem: String; var key: UInt64; var value: Double; var order: Int; var lastList: Int; var nextWithKey: Int }
        var entryOfKey: [UInt64: Int] = [:]
        var entries: [Entry] = []
        entryOfKey.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for (l, list) in lists.enumerated() {
            for term in list {
                var found = entryOfKey[term.key] ?? -1
                while found >= 0 && entries[found].stem != term.stem { found = entries[found].nextWithKey }
                if found >= 0 {
                    let e = found
                    if entries[e].lastList == l { continue }
                    let weight = idf(term.key) * labelWeight(term)
                    entries[e].value = entries[e].value + weight * weight
                    entries[e].lastList = l
                } else {
                    let weight = idf(term.key) * labelWeight(term)
                    let chained = entryOfKey[term.key] ?? -1
                    entryOfKey[term.key] = entries.count
                    entries.append(Entry(stem: term.stem, key: term.key, value: weight * weight, order: entries.count, lastList: l, nextWithKey: chained))
                }
            }
        }
        // The three best by score, then first appearance (a total order: orders are unique).
        let top = entries.sorted { $0.value != $1.value ? $0.value > $1.value : $0.order < $1.order }.prefix(3)
        // The most frequent spelling of each top stem in the group; ties go to the smaller string.
        var forms: [[String: Int]] = Array(repeating: [:], count: top.count)
        let topStems = top.map(\.stem), topKeys = top.map(\.key)
        for list in lists {
            for term in list {
                guard let t = topKeys.indices.first(where: { topKeys[$0] == term.key && topStems[$0] == term.stem }) else { continue }
                forms[t][term.surface, default: 0] += 1
            }
        }
        let words = top.indices.map { t -> String in
            forms[t].max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? topStems[t]
        }
        return words.isEmpty ? "(no content)" : words.joined(separator: " · ")
    }
}
