/// A word, number or punctuation mark of an article, found by scanning its UTF-8 bytes.
///
/// Tokens carry a hash of their lower-cased bytes so lexicon look-ups need no `String`; strings
/// are made only for the few sentences that hold a statement.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, openQuote, closeQuote, ambiguousQuote }
    /// Byte offsets in the article's UTF-8 text.
    var start: Int
    var end: Int
    var hash: UInt64
    var kind: Kind
    /// The first letter is upper case.
    var capitalized: Bool
    /// A line break separates this token from the previous one.
    var afterNewline: Bool
    /// The token touches the previous one (no white space between them).
    var attached: Bool
    /// The first byte, for punctuation tests.
    var first: UInt8
    /// `StanceCues.negates` holds for the token: set once by the tokenizer, because the stance
    /// rules ask it of every word of every content, several times over.
    var negation: Bool = false
    /// A single quotation mark in an article that quotes speech in single marks only (see
    /// `QuoteStyle`): it opens or closes speech as a double mark does elsewhere.
    var singleSpeech: Bool = false
    /// The word lists the token's hash is in, as `TokenClass` bits (set by the tokenizer).
    var wordClass: UInt8 = 0

    // (Always inlined: in the longest rule functions the optimiser otherwise leaves them as
    // calls, hundreds of thousands per megabyte.)
    @inline(__always) var isWord: Bool { kind == .word || kind == .number }
    @inline(__always) var isQuote: Bool { kind == .openQuote || kind == .closeQuote || kind == .ambiguousQuote }
}

/// FNV-1a over lower-cased bytes: the key of every lexicon.
@inline(__always) func wordHash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
    var h: UInt64 = 0xcbf29ce484222325
    for b in bytes {
        let l = (b >= 65 && b <= 90) ? b | 0x20 : b
        h = (h ^ UInt64(l)) &* 0x100000001b3
    }
    return h
}

@inline(__always) func wordHash(_ string: String) -> UInt64 { wordHash(string.utf8) }
