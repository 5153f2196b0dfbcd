/// An article's bytes and tokens, with the small helpers every extraction step needs.
struct TextView {
    let bytes: [UInt8]
    let tokens: [Token]

    /// A view of a piece of text (a statement's content, a sentence for its terms).
    init(_ text: String) {
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokenize(bytes)
    }

    /// A view of a whole article: its quotation style is the article's (`QuoteStyle`), so it is
    /// read here, once, and not for every snippet cut from it.
    init(article text: String) {
        bytes = Array(text.utf8)
        var tokens = Tokenizer.tokenize(bytes)
        QuoteStyle.mark(&tokens, bytes: bytes)
        self.tokens = tokens
    }

    /// The tokens as a buffer, for the longest rule functions: there the optimiser leaves each
    /// read of `tokens[k]` as a call to an outlined getter that copies the whole token (millions
    /// of calls per megabyte); a buffer's read is one load. It points into the storage of
    /// `tokens`, an array never mutated, alive as long as the view that holds it.
    var tokenBuffer: UnsafeBufferPointer<Token> { tokens.withUnsafeBufferPointer { $0 } }

    /// The source text from the start of token `a` to the end of token `b` (inclusive).
    func text(_ a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        return String(decoding: bytes[tokens[a].start..<tokens[b].end], as: UTF8.self)
    }
    func text(_ range: Range<Int>) -> String { range.isEmpty ? "" : text(range.lowerBound, range.upperBound - 1) }
    func word(_ i: Int) -> String { String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self) }
    /// The token's text lower-cased. An ASCII token is folded straight into the new string's
    /// storage (`lowercased()` folds only A-Z there); any other goes through `lowercased()`.
    func lower(_ i: Int) -> String {
        let s = tokens[i].start, e = tokens[i].end
        return bytes.withUnsafeBufferPointer { b in
            var ascii = e > s
            for k in s..<e where b[k] >= 0x80 { ascii = false; break }
            guard ascii else { return word(i).lowercased() }
            return String(unsafeUninitializedCapacity: e - s) { out in
                for k in s..<e { let c = b[k]; out[k - s] = c >= 65 && c <= 90 ? c | 0x20 : c }
                return e - s
            }
        }
    }

    /// True when token `i` ends with the ASCII `suffix`, ignoring case; no string is made.
    @inline(__always) func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[i]
        let n = suffix.utf8CodeUnitCount
        guard t.end - t.start >= n else { return false }
        return suffix.withUTF8Buffer { s in
            for j in 0..<n {
                var b = bytes[t.end - n + j]
                if b >= 65 && b <= 90 { b |= 0x20 }
                if b != s[j] { return false }
            }
            return true
        }
    }

    @inline(__always) func isWord(_ i: Int, _ h: UInt64) -> Bool { tokens[i].hash == h && tokens[i].isWord }
    @inline(__always) func isPunct(_ i: Int, _ c: UInt8) -> Bool { tokens[i].kind == .punct && tokens[i].first == c }
    @inline(__always) func isComma(_ i: Int) -> Bool { isPunct(i, 44) }
    /// A dash: a free-standing "-" (or the second of "--"), an en dash or an em dash.
    func isDash(_ k: Int) -> Bool {
        let tok = tokens[k]
        guard tok.kind == .punct else { return false }
        if tok.first == 45 { return !tok.attached || (k > 0 && tokens[k - 1].kind == .punct && tokens[k - 1].first == 45) }
        return tok.first == 0xE2 && (bytes[tok.start + 2] == 0x94 || bytes[tok.start + 2] == 0x93)
    }
    /// A dash, or a hyphen however it is attached.
    func isDashOrHyphen(_ k: Int) -> Bool { isDash(k) || (tokens[k].kind == .punct && tokens[k].first == 45) }

    /// Whether speech is quoted after token `t`, given whether it was before; nil when `t` is
    /// no speech mark. Double marks (“ ” « » ") open, close or toggle speech; single ones do
    /// only in copy that quotes speech in single marks (`QuoteStyle`), else they are
    /// apostrophes or quotations inside quotations.
    @inline(__always) func speechState(after t: Token, open: Bool) -> Bool? {
        switch t.kind {
        case .openQuote where t.singleSpeech || t.first != 0x27 && !(t.first == 0xE2 && bytes[t.start + 2] == 0x98): return true
        case .closeQuote where t.singleSpeech || !(t.first == 0xE2 && bytes[t.start + 2] == 0x99): return false
        case .ambiguousQuote where t.first == 0x22 || t.singleSpeech: return !open
        default: return nil
        }
    }
    /// Lower-case word in the set.
    @inline(__always) func lowerIn(_ i: Int, _ set: WordSet) -> Bool {
        tokens[i].isWord && !tokens[i].capitalized && set.contains(tokens[i].hash)
    }
    @inline(__always) func anyIn(_ i: Int, _ set: WordSet) -> Bool { tokens[i].isWord && set.contains(tokens[i].hash) }
}

/// Hashes of single words the extractor tests often.
enum W {
    static let appearance: UInt64 = 0x2ff4d3a863a7ea1f /* appearance */
    static let denied: UInt64 = 0xae36324e0a5783d6 /* denied */
    static let media: UInt64 = 0xb333b8c7b846af83 /* media */
    static let speaking: UInt64 = 0x9e9f30d7370e9e57 /* speaking */
    static let wont: UInt64 = 0xb741095eade2ea64 /* won't */
    static let on: UInt64 = 0x08b05807b5566370 /* on */
    // Literal FNV-1a values (see `wordHash`), so reading them costs no lazy initialisation;
    // WordHashTests checks each against `wordHash`.
    static let according: UInt64 = 0x22069a7dca739b67 /* according */, to: UInt64 = 0x08c83907b56ac0a4 /* to */, that: UInt64 = 0x256cadef3232570c /* that */
    static let citing: UInt64 = 0x3f83c9a117b70ee9 /* citing */, by: UInt64 = 0x08a64b07b54df8d4 /* by */, of: UInt64 = 0x08b06007b5567108 /* of */, and: UInt64 = 0xe6f79719051ff286 /* and */
    static let the: UInt64 = 0x56f5c9194461d57c /* the */, a: UInt64 = 0xaf63dc4c8601ec8c /* a */, an: UInt64 = 0x089c3807b5458406 /* an */, `as`: UInt64 = 0x089c5507b545b54d /* as */
    static let comments: UInt64 = 0x2ce5b7abe8cec6d7 /* comments */, remarks: UInt64 = 0x6163f6ab42dca106 /* remarks */, interview: UInt64 = 0x064a29379f7662b4 /* interview */
    static let with: UInt64 = 0xa66b06f655a0c2e9 /* with */, `in`: UInt64 = 0x08b73807b55c4bbe /* in */, perspective: UInt64 = 0x1f7fb6af8fd92cb5 /* perspective */
    static let view: UInt64 = 0xfe46f400c6b86658 /* view */, opinion: UInt64 = 0x144e9000987ff9fd /* opinion */, from: UInt64 = 0x7f845078d7a5c0b5 /* from */
    static let including: UInt64 = 0xf6bd22e8ea1b8a30 /* including */, such: UInt64 = 0xb6cd691921c53a5e /* such */, among: UInt64 = 0xc3b922c27fc5d78b /* among */
    static let declined: UInt64 = 0xec3be484d6dd1ec7 /* declined */, refused: UInt64 = 0xdd362779f48a4b03 /* refused */, not: UInt64 = 0x215ad619258e9f4a /* not */
    static let there: UInt64 = 0xeaee9e725db25b5d /* there */, no: UInt64 = 0x08b35907b5589afa /* no */, only: UInt64 = 0x072ddab46af04ab7 /* only */, any: UInt64 = 0xe6f7b419052023cd /* any */
    static let one: UInt64 = 0x1a08aa1921ca5caf /* one */, saying: UInt64 = 0x224f0d56fee49628 /* saying */, possessive: UInt64 = 0x07bb4507b485d7af /* 's */
    static let while_: UInt64 = 0xce87a3885811296e /* while */, whereas: UInt64 = 0x1e5dfed9400bc798 /* whereas */, but: UInt64 = 0x00611e19135a72cc /* but */
    static let head: UInt64 = 0x0a8f12cc5f9a0c03 /* head */, state: UInt64 = 0xee63aaad45b1b116 /* state */, government: UInt64 = 0xdba50dd5b59c0116 /* government */
    /// "declined to comment", "has yet to confirm": the words before "to" that withhold.
    static let declinedTo = [wordHash("declined"), wordHash("refused"), wordHash("declines"), wordHash("refuses"), wordHash("declining"), wordHash("refusing")]
    static let comment: UInt64 = 0x8a0021ca40aeac3e /* comment */, if_: UInt64 = 0x08b73007b55c3e26 /* if */, unless: UInt64 = 0x41ec56a8916fd663 /* unless */, until: UInt64 = 0x1fcc8b4e81fbac2f /* until */
    static let whose: UInt64 = 0xe0ede18862cb0a23 /* whose */, because: UInt64 = 0x83e1ead99b5801bb /* because */, which: UInt64 = 0xce989e88581f9422 /* which */, who: UInt64 = 0x5ec5fc194891690f /* who */, when: UInt64 = 0x9bf6bff64f32f639 /* when */
    static let he: UInt64 = 0x08ba5307b55eaf76 /* he */, she: UInt64 = 0x8245aa195cea9e21 /* she */, him: UInt64 = 0x3373311930068ff5 /* him */, her: UInt64 = 0x334a1a192fe363cc /* her */
    static let they: UInt64 = 0x2579baef323cf77f /* they */, them: UInt64 = 0x2579c6ef323d0be3 /* them */, it: UInt64 = 0x08b73e07b55c55f0 /* it */, we: UInt64 = 0x08cb5307b56d22a9 /* we */, i: UInt64 = 0xaf63e44c8601fa24 /* i */
    static let these: UInt64 = 0xeaf1ba725db4c0c8 /* these */, this: UInt64 = 0x2587bcef32493841 /* this */, those: UInt64 = 0x418338728eb9a12a /* those */
    static let also: UInt64 = 0x84ca5683ab0358d2 /* also */, told: UInt64 = 0x2fd9f6ef389a0874 /* told */, tell: UInt64 = 0xfa48fcef19cf1ae2 /* tell */, tells: UInt64 = 0x19205b48daea2463 /* tells */
    static let informed: UInt64 = 0x358ae1c2b3d00689 /* informed */, assured: UInt64 = 0x47cb29d0ce01bc24 /* assured */, news: UInt64 = 0xe5495bbaa03a6526 /* news */
    static let nobody: UInt64 = 0x1d3b7e9137dffe1e /* nobody */, nothing: UInt64 = 0x1c4b98deef5e330a /* nothing */, none: UInt64 = 0x3c0d17bad169557b /* none */, neither: UInt64 = 0x5faa8d7396c967c8 /* neither */
    static let never: UInt64 = 0xcbd8031e3d026dc9 /* never */, cannot: UInt64 = 0x735305aa63d7e26a /* cannot */, nt: UInt64 = 0x2219c61926316022 /* n't */
    static let ready: UInt64 = 0x8935baf305f374b4 /* ready */, `for`: UInt64 = 0xdcb27818fed9da90 /* for */
}
