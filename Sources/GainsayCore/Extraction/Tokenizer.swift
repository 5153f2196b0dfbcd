/// Splits an article's UTF-8 bytes into tokens in one pass.
///
/// The scan reads the bytes through an `UnsafeBufferPointer`: every access below is guarded by an
/// explicit `i < n` test already, and the array's own bounds checks and retains cost more than
/// the rest of the loop.
enum Tokenizer {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    static func tokenize(buffer bytes: Bytes) -> [Token] {
        // Every token takes at least one byte, so the article's length bounds their number; the
        // pages of that capacity that no token reaches are never touched.
        [Token](unsafeUninitializedCapacity: max(1, bytes.count)) { out, count in
            guard let base = out.baseAddress else { count = 0; return }
            count = scan(bytes, into: base)
        }
    }

    /// Writes the tokens of `bytes` into the uninitialised memory at `base` and returns how
    /// many it wrote. The count is a local, kept in a register: `Array.append` checks
    /// uniqueness and capacity through calls on every token, and a writer passed `inout` is
    /// read from and written back to memory on every token.
    private static func scan(_ bytes: Bytes, into base: UnsafeMutablePointer<Token>) -> Int {
        var count = 0
        let n = bytes.count
        let negations = Lexicon.negations, tables = scanTables  // read once, not per token
        let classes = tables.classes
        @inline(__always) func negates(_ start: Int, _ end: Int, _ hash: UInt64) -> Bool {
            StanceCues.negates(hash: hash, bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), negations: negations)
        }
        var i = 0
        var sawNewline = false
        var sawSpace = true
        // A ‘ opened in this paragraph and not yet closed.
        var singleQuoteOpen = false
        while i < n {
            // Most tokens are plain: white space, ASCII words, ASCII marks. A loop of their own
            // keeps its few values in registers; it stops at anything else.
            var run = SimpleRun(i: i, count: count, sawSpace: sawSpace, sawNewline: sawNewline, crossedNewline: false)
            scanSimple(bytes, into: base, &run, tables: tables)
            i = run.i
            count = run.count
            sawSpace = run.sawSpace
            sawNewline = run.sawNewline
            // (A line break closes any ‘ quotation of the paragraph, in either path.)
            if run.crossedNewline { singleQuoteOpen = false }
            guard i < n else { break }
            let b = bytes[i]
            if b == 10 { i += 1; sawNewline = true; sawSpace = true; singleQuoteOpen = false; continue }
            if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { i += 2; sawSpace = true; continue }
            let start = i
            var kind = Token.Kind.punct
            var capitalized = false
            var runHash: UInt64 = 0xcbf29ce484222325
            var hashed = start
            if b == 39 && i + 1 < n && bytes[i + 1] == 39 {
                // Two apostrophes close a quotation ('' in wire copy); `` opens one.
                i += 2
                kind = sawSpace ? .openQuote : .closeQuote
            } else if b == 96 && i + 1 < n && bytes[i + 1] == 96 {
                // `` opens a quotation; pressed against the word before it, it closes one
                // (copy whose '' all became ``).
                i += 2
                kind = sawSpace ? .openQuote : .closeQuote
            } else if !isASCIIAlnum(b), let (length, quoteKind) = punctuation(bytes, at: i) {
                i += length
                kind = quoteKind
                if b == 0x22 || (b == 0x27) {
                    // ASCII quotes: open after space or opening punctuation, else close.
                    if b == 0x27 {
                        // An apostrophe inside or after a word is not a quote.
                        let prevIsWord = start > 0 && isWordByte(bytes[start - 1])
                        let nextIsWord = i < n && isWordByte(bytes[i])
                        if prevIsWord { kind = .punct }
                        else if sawSpace && nextIsWord { kind = .openQuote }
                        else { kind = .punct }
                    } else {
                        kind = sawSpace ? .openQuote : .closeQuote
                        if sawSpace && (i >= n || bytes[i] == 32 || bytes[i] == 10) { kind = .ambiguousQuote }
                    }
                } else if quoteKind == .closeQuote && b == 0xE2 && bytes[start + 2] == 0x9D && sawSpace && i < n && bytes[i] != 32 && bytes[i] != 10 {
                    // "”Chelsea host many visitors,” the statement said": a right mark after a
                    // space or a paragraph's start and before a word opens the quotation (copy
                    // whose left marks all became right ones).
                    kind = .openQuote
                }
            } else {
                // A word: letters, digits, marks; inner hyphens, apostrophes and decimal points.
                let isDigit = b >= 48 && b <= 57
                kind = isDigit ? .number : .word
                capitalized = isUpperStart(bytes, at: i)
                // Fast path: the run of ASCII letters and digits that makes most words, hashed as
                // it is read. The loop below takes over at anything else.
                while i < n {
                    let c = bytes[i]
                    let folded = c | 0x20
                    if folded >= 97 && folded <= 122 { runHash = (runHash ^ UInt64(folded)) &* 0x100000001b3; i += 1; continue }
                    if c >= 48 && c <= 57 { runHash = (runHash ^ UInt64(c)) &* 0x100000001b3; i += 1; continue }
                    break
                }
                hashed = i
                // A space or line break ends the word: none of the joiners below applies.
                while i < n && bytes[i] != 32 && bytes[i] != 10 {
                    let c = bytes[i]
                    // "isn’t", "O’Brien": a curly apostrophe between letters joins them ("’s" is
                    // split off below).
                    if c == 0xE2 && i + 3 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 && isLetter(bytes[i + 3]) && i > start
                        && !((bytes[i + 3] | 0x20) == 115 && (i + 4 >= n || !isWordByte(bytes[i + 4]))) {
                        i += 3
                        continue
                    }
                    if isWordByte(c) {
                        if c >= 0x80 {
                            if punctuation(bytes, at: i) != nil { break }
                            i += utf8Length(c)
                        } else { i += 1 }
                        continue
                    }
                    // Inner joiners: hyphen, apostrophe (ASCII or ’) before a letter, "." or ","
                    // between digits. "'s" is split off as its own token.
                    if (c == 45 || c == 38) && i + 1 < n && isWordByte(bytes[i + 1]) { i += 1; continue }
                    if (c == 46 || c == 44) && isDigit && i + 1 < n && bytes[i + 1] >= 48 && bytes[i + 1] <= 57 { i += 1; continue }
                    // Domains: "ESPN.com", "news.bbc.co.uk".
                    if c == 46 && !isDigit && i + 3 < n && isDomainSuffix(bytes, at: i + 1) { i += 1; continue }
                    let apostrophe = c == 39 ? 1 : (c == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 ? 3 : 0)
                    if apostrophe > 0 && i + apostrophe < n && isLetter(bytes[i + apostrophe]) {
                        let after = i + apostrophe
                        let possessive = (bytes[after] | 0x20) == 115 && (after + 1 >= n || !isWordByte(bytes[after + 1]))
                        if possessive { break }
                        i = after
                        continue
                    }
                    break
                }
                if i == start { i += 1 }  // never stall
                // "al-Ansari", "el-Sisi", "bin-Salman": a name particle joined to a capitalised name.
                if !capitalized && kind == .word && i != hashed {
                    // (A word read wholly by the fast path holds no hyphen.)
                    var h = start
                    while h < i && h - start < 4 && bytes[h] != 45 { h += 1 }
                    if h < i - 1 && bytes[h] == 45 && isUpperStart(bytes, at: h + 1) { capitalized = true }
                }
            }
            var hash = hashBytes(bytes, hashed, i, seed: runHash)
            var end = i
            // A plural possessive: "Woods' agent", "the players' union", "Douglas’ rep" (the
            // curly one only when no ‘ is open in the paragraph, else it closes that quotation).
            if (b == 39 || (b == 0xE2 && kind == .closeQuote && bytes[start + 2] == 0x99 && !singleQuoteOpen)) && start > 0
                && (bytes[start - 1] | 0x20) == 115 && i < n && bytes[i] == 32 && i + 1 < n && isLetter(bytes[i + 1]) && !sawSpace {
                kind = .word
                hash = possessiveHash
            }
            if b == 0xE2 && kind == .openQuote && bytes[start + 2] == 0x98 { singleQuoteOpen = true }
            else if b == 0xE2 && kind == .closeQuote && bytes[start + 2] == 0x99 { singleQuoteOpen = false }
            // Possessive "'s" / "’s" token.
            if kind != .word && kind != .number && (b == 39 || b == 0xE2) && end < n && (bytes[end] | 0x20) == 115
                && (end + 1 >= n || !isWordByte(bytes[end + 1])) && start > 0 && isWordByte(bytes[start - 1]) {
                end += 1
                i = end
                kind = .word
                hash = possessiveHash
            }
            let negation = negates(start, end, hash)
            (base + count).initialize(to: Token(start: start, end: end, hash: hash, kind: kind, capitalized: capitalized,
                                                afterNewline: sawNewline, attached: !sawSpace, first: b, negation: negation,
                                                wordClass: TokenClass.of(classes[hash], isWord: kind == .word || kind == .number, capitalized: capitalized, negation: negation)))
            count += 1
            sawNewline = false
            sawSpace = false
        }
        return count
    }

    /// Where `scanSimple` starts and stops, and the state it carries.
    struct SimpleRun {
        var i: Int
        var count: Int
        var sawSpace: Bool
        var sawNewline: Bool
        /// A line break was read (the caller's open ‘ quotation ends there).
        var crossedNewline: Bool
    }

    /// Reads white space and line breaks, ASCII words that end where no joiner can follow, and
    /// one-byte ASCII marks that cannot be quotes, from `run.i` on, writing their tokens; stops
    /// at a non-ASCII byte, a quote mark, or a word the general path must read. Each token is
    /// exactly the one the general path of `scan` would make.
    @inline(never)
    private static func scanSimple(_ bytes: Bytes, into base: UnsafeMutablePointer<Token>, _ run: inout SimpleRun, tables: ScanTables) {
        let n = bytes.count
        guard run.i < n, let p = bytes.baseAddress else { return }
        // Plain `&+` and pointer steps throughout: `i` and `j` stay below `n`, so no overflow
        // check is needed, and the compiler's checks kept values out of registers. One table
        // base for the byte classes and the negations: fewer values to keep in registers.
        var i = run.i, out = base + run.count, sawSpace = run.sawSpace, sawNewline = run.sawNewline
        var crossedNewline = false
        defer { run = SimpleRun(i: i, count: out - base, sawSpace: sawSpace, sawNewline: sawNewline, crossedNewline: crossedNewline) }
        let prime: UInt64 = 0x100000001b3
        while i < n {
            let b = p[i]
            let f = tables.byteClass(b)
            if f < ScanTables.firstWordByte {
                if f == ScanTables.space { i &+= 1; sawSpace = true; continue }
                if f == ScanTables.newline { i &+= 1; sawSpace = true; sawNewline = true; crossedNewline = true; continue }
                // A non-ASCII byte or a quote mark: the general path reads it.
                guard f == ScanTables.mark || f == ScanTables.joiner else { return }
                // (No single ASCII mark negates: its hash is no negation's, and it is no "t".)
                let h = (0xcbf29ce484222325 ^ UInt64(b)) &* prime
                out.initialize(to: Token(start: i, end: i &+ 1, hash: h, kind: .punct, capitalized: false,
                                         afterNewline: sawNewline, attached: !sawSpace, first: b, negation: false,
                                         wordClass: tables.markClass(b)))
                out += 1
                sawNewline = false
                sawSpace = false
                i &+= 1
                continue
            }
            // An ASCII letter or digit: its class is the byte `wordHash` reads. The word is read
            // four bytes a step while four remain, so the bound is tested once per four bytes.
            var h = tables.firstHash(b)
            var j = i &+ 1
            var stop: UInt8 = ScanTables.stopper  // the class of the byte after the word (at the end: none follows)
            word: while true {
                if j &+ 4 <= n {
                    let f0 = tables.byteClass(p[j])
                    if f0 < ScanTables.firstWordByte { stop = f0; break word }
                    h = (h ^ UInt64(f0)) &* prime
                    let f1 = tables.byteClass(p[j &+ 1])
                    if f1 < ScanTables.firstWordByte { stop = f1; j &+= 1; break word }
                    h = (h ^ UInt64(f1)) &* prime
                    let f2 = tables.byteClass(p[j &+ 2])
                    if f2 < ScanTables.firstWordByte { stop = f2; j &+= 2; break word }
                    h = (h ^ UInt64(f2)) &* prime
                    let f3 = tables.byteClass(p[j &+ 3])
                    if f3 < ScanTables.firstWordByte { stop = f3; j &+= 3; break word }
                    h = (h ^ UInt64(f3)) &* prime
                    j &+= 4
                } else {
                    while j < n {
                        let fk = tables.byteClass(p[j])
                        if fk < ScanTables.firstWordByte { stop = fk; break }
                        h = (h ^ UInt64(fk)) &* prime
                        j &+= 1
                    }
                    break word
                }
            }
            // Most words end at a byte no joiner can be (a space, a line break, most marks, a
            // quote mark); "-", "&", ",", "." need `endsWord`'s look-ahead; after an apostrophe or
            // a non-ASCII byte the general path reads the word.
            if stop == ScanTables.other { return }
            if stop == ScanTables.joiner && !endsWord(bytes, at: j, afterDigit: b <= 57) { return }
            // `StanceCues.negates` for a word of ASCII letters and digits: it holds no apostrophe,
            // so it cannot end in "n't"; only the look-up can answer.
            // (One look-up gives the word's classes and whether it negates.)
            let classes = tables.classes[h]
            let negation = classes & TokenClass.asciiNegation != 0, capitalized = b >= 65 && b <= 90
            out.initialize(to: Token(start: i, end: j, hash: h, kind: b <= 57 ? .number : .word, capitalized: capitalized,
                                     afterNewline: sawNewline, attached: !sawSpace, first: b, negation: negation,
                                     wordClass: TokenClass.ofASCIIWord(classes, capitalized: capitalized)))
            out += 1
            sawNewline = false
            // A space after the word (the most common case) is passed over here, not read again.
            if stop == ScanTables.space { i = j &+ 1; sawSpace = true } else { i = j; sawSpace = false }
        }
    }

    /// The tables `scanSimple` reads, in one block of memory never freed (built once per
    /// process): a class per byte, then the hashes of the negations in open addressing.
    struct ScanTables: @unchecked Sendable {
        /// Byte classes below `firstWordByte`; an ASCII letter or digit's class is the byte
        /// `wordHash` reads for it (letters lower-cased), "0" (0x30) or more.
        static let other: UInt8 = 0      // non-ASCII, "'": the general path reads it, and a word it follows
        static let space: UInt8 = 1      // space, tab, CR, FF, VT
        static let mark: UInt8 = 2       // a one-byte mark that ends any word before it
        static let joiner: UInt8 = 3     // "-", "&", ",", ".": a mark, or part of the word before it
        static let stopper: UInt8 = 4    // '"', "`": ends a word, but the general path reads it
        static let newline: UInt8 = 5    // a line break: ends a word, and sets the next token after a newline
        static let firstWordByte: UInt8 = 0x30
        /// Where the hashes of one-letter words start: after the classes.
        private static let firstHashes = 256
        private let base: UnsafeMutableRawPointer
        /// Every hash's `TokenClass` bits, with `asciiNegation` for the negations.
        let classes: WordFlags
        /// Where the classes of one-byte marks start: after the hashes of one-byte words.
        private static let markClasses = firstHashes + 256 * 8

        init(negations: [UInt64]) {
            classes = TokenClass.makeTable(asciiNegations: negations)
            base = UnsafeMutableRawPointer.allocate(byteCount: Self.markClasses + 256, alignment: 8)
            for c in 0...255 {
                let b = UInt8(c)
                let value: UInt8
                if Tokenizer.asciiFold[b] != 0 { value = Tokenizer.asciiFold[b] }
                else if b >= 0x80 || b == 39 { value = Self.other }
                else if b == 32 || b == 9 || b == 13 || b == 12 || b == 11 { value = Self.space }
                else if b == 45 || b == 38 || b == 44 || b == 46 { value = Self.joiner }
                else if b == 10 { value = Self.newline }
                else if b == 34 || b == 96 { value = Self.stopper }
                else { value = Self.mark }
                base.storeBytes(of: value, toByteOffset: c, as: UInt8.self)
                // `wordHash` after the word's first byte (used for letters and digits only).
                base.storeBytes(of: (0xcbf29ce484222325 ^ UInt64(value)) &* 0x100000001b3, toByteOffset: Self.firstHashes + c * 8, as: UInt64.self)
                // The token classes of the one-byte mark `b`, hashed as `scanSimple` hashes it.
                let markClass = TokenClass.of(classes[(0xcbf29ce484222325 ^ UInt64(b)) &* 0x100000001b3], isWord: false, capitalized: false, negation: false)
                base.storeBytes(of: markClass, toByteOffset: Self.markClasses + c, as: UInt8.self)
            }
        }

        @inline(__always) func byteClass(_ b: UInt8) -> UInt8 { base.load(fromByteOffset: Int(b), as: UInt8.self) }

        /// The `TokenClass` bits of a token of the one-byte mark `b`.
        @inline(__always) func markClass(_ b: UInt8) -> UInt8 { base.load(fromByteOffset: Self.markClasses &+ Int(b), as: UInt8.self) }

        /// `wordHash` of the one byte `b`, an ASCII letter or digit.
        @inline(__always) func firstHash(_ b: UInt8) -> UInt64 { base.load(fromByteOffset: Self.firstHashes &+ Int(b) &* 8, as: UInt64.self) }
    }

    /// The negations an ASCII word can be (`StanceCues.negates` holds for it): `Lexicon.negations`
    /// but "nothing" and "none".
    static let scanTables = ScanTables(negations: Lexicon.negations.members.filter { $0 != W.nothing && $0 != W.none })

    /// True when a run of ASCII letters and digits followed by the ASCII byte at `j` ends
    /// there in the general path: no inner joiner takes it on ("-" or "&" before a word byte,
    /// "." or "," between digits, "." before a domain suffix, an apostrophe).
    @inline(never) static func endsWord(_ bytes: Bytes, at j: Int, afterDigit: Bool) -> Bool {
        let c = bytes[j]
        if c >= 0x80 || c == 39 { return false }
        let n = bytes.count
        switch c {
        case 45, 38: return !(j + 1 < n && isWordByte(bytes[j + 1]))
        case 44: return !(afterDigit && j + 1 < n && bytes[j + 1] >= 48 && bytes[j + 1] <= 57)
        case 46:
            if afterDigit { return !(j + 1 < n && bytes[j + 1] >= 48 && bytes[j + 1] <= 57) }
            return !(j + 3 < n && isDomainSuffix(bytes, at: j + 1))
        default: return true
        }
    }

    /// `wordHash("'s")` as a literal, so reading it in the loop costs no lazy initialisation.
    static let possessiveHash: UInt64 = 0x07bb4507b485d7af

    /// `wordHash` of `bytes[start..<end]`, without making a slice; `seed` continues a hash of the
    /// bytes before `start`.
    @inline(__always) static func hashBytes(_ bytes: Bytes, _ start: Int, _ end: Int, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed
        var k = start
        while k < end {
            let b = bytes[k]
            let l = (b >= 65 && b <= 90) ? b | 0x20 : b
            h = (h ^ UInt64(l)) &* 0x100000001b3
            k += 1
        }
        return h
    }

    /// "com", "org", "net", "co" followed by a non-letter.
    @inline(__always) static func isDomainSuffix(_ bytes: Bytes, at i: Int) -> Bool {
        let n = bytes.count
        @inline(__always) func endsAt(_ end: Int) -> Bool { end == n || !isLetter(bytes[end]) }
        guard i + 1 < n else { return false }
        let a = bytes[i] | 0x20, b = bytes[i + 1] | 0x20
        let c: UInt8 = i + 2 < n ? bytes[i + 2] | 0x20 : 0
        if a == 99 && b == 111 { return c == 109 ? endsAt(i + 3) : endsAt(i + 2) }   // com, co
        if a == 111 && b == 114 && c == 103 { return endsAt(i + 3) }                 // org
        if a == 110 && b == 101 && c == 116 { return endsAt(i + 3) }                 // net
        // A country code after a generic label: "co.uk", "com.au", "org.uk", "gov.uk".
        if isLetter(bytes[i]) && isLetter(bytes[i + 1]) && endsAt(i + 2) && i >= 4 && bytes[i - 1] == 46 {
            let l1 = bytes[i - 3] | 0x20, l2 = bytes[i - 2] | 0x20
            if l1 == 99 && l2 == 111 && bytes[i - 4] == 46 { return true }            // co.
            if i >= 5 && bytes[i - 5] == 46 {
                let l0 = bytes[i - 4] | 0x20
                if (l0 == 99 && l1 == 111 && l2 == 109) || (l0 == 111 && l1 == 114 && l2 == 103)
                    || (l0 == 110 && l1 == 101 && l2 == 116) || (l0 == 103 && l1 == 111 && l2 == 118) { return true }   // com. org. net. gov.
            }
        }
        return false
    }

    /// Per byte: the byte `wordHash` reads for an ASCII letter or digit (letters lower-cased),
    /// 0 for every other byte. One load per byte in the word loop instead of two range tests.
    static let asciiFold: ByteTable = ByteTable { b in
        if b >= 65 && b <= 90 { return b | 0x20 }
        return (b >= 97 && b <= 122) || (b >= 48 && b <= 57) ? b : 0
    }

    /// A 256-entry table indexed by a byte, in memory never freed (built once per process), so
    /// reading it costs no bounds check and no reference counting.
    struct ByteTable: @unchecked Sendable {
        private let entries: UnsafeMutablePointer<UInt8>
        init(_ value: (UInt8) -> UInt8) {
            entries = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            for b in 0...255 { entries[b] = value(UInt8(b)) }
        }
        @inline(__always) subscript(_ b: UInt8) -> UInt8 { entries[Int(b)] }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
    }
    @inline(__always) static func isASCIIAlnum(_ b: UInt8) -> Bool {
        let folded = b | 0x20
        return (folded >= 97 && folded <= 122) || (b >= 48 && b <= 57)
    }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 0x80
    }
    @inline(__always) static func utf8Length(_ b: UInt8) -> Int {
        b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// True when the word starting at `i` begins with an upper-case letter.
    @inline(__always) static func isUpperStart(_ bytes: Bytes, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b >= 65 && b <= 90 }
        return isUpperNonASCII(bytes, at: i)
    }

    /// The rare case of `isUpperStart`: a multi-byte first letter.
    @inline(never) static func isUpperNonASCII(_ bytes: Bytes, at i: Int) -> Bool {
        let b = bytes[i]
        let length = utf8Length(b)
        guard i + length <= bytes.count, length > 1 else { return false }
        guard let scalar = String(decoding: bytes[i..<(i + length)], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    /// Multi-byte and ASCII punctuation at `i`: its length and kind, or nil for a word byte.
    @inline(__always) static func punctuation(_ bytes: Bytes, at i: Int) -> (Int, Token.Kind)? {
        let b = bytes[i]
        if b < 0x80 {
            if isWordByte(b) { return nil }
            return (1, b == 0x22 || b == 0x27 ? .ambiguousQuote : .punct)
        }
        if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x9C, 0x9E: return (3, .openQuote)        // “ „
            case 0x9D: return (3, .closeQuote)             // ”
            case 0x98: return (3, .openQuote)              // ‘
            case 0x99: return (3, .closeQuote)             // ’ (apostrophes inside words are joined before)
            case 0x93, 0x94, 0xA6, 0xA2, 0x90, 0x91, 0x92, 0x95, 0xB9, 0xBA: return (3, .punct)
            default: return nil
            }
        }
        if b == 0xC2 && i + 1 < bytes.count {
            switch bytes[i + 1] {
            case 0xAB: return (2, .openQuote)   // «
            case 0xBB: return (2, .closeQuote)  // »
            case 0xA0...0xBF: return (2, .punct)
            default: return nil
            }
        }
        if b == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (0x80...0x91).contains(bytes[i + 2]) { return (3, .punct) }
        if b == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC { return (3, .punct) }
        return nil
    }
}
