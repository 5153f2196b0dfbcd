/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at a line break, or at `.`/`!`/`?`/`…` (with any closing quotes after it)
/// when the next token starts a new sentence, except after abbreviations (Mr., Gen., U.S.),
/// initials and when a quotation is followed by its attribution (`"Why?" she asked`).
enum SentenceSplitter {
    /// Longest sentence in tokens: text without punctuation is cut here so work stays bounded.
    static let maxTokens = 400

    typealias Tokens = UnsafeBufferPointer<Token>
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Token ranges of the sentences, in order.
    static func split(_ tokens: [Token], bytes: [UInt8]) -> [Range<Int>] {
        splitMarked(tokens, bytes: bytes).sentences
    }

    /// The sentences with their `SentenceMarks`, read in the same pass: the marks are tokens
    /// the splitter visits one by one anyway (it passes over words in bulk).
    static func splitMarked(_ tokens: [Token], bytes: [UInt8]) -> (sentences: [Range<Int>], marks: SentenceMarks) {
        // Read through unsafe buffers: the loop visits every token, and the arrays' bounds
        // checks and retains would cost more than its tests.
        tokens.withUnsafeBufferPointer { t in bytes.withUnsafeBufferPointer { b in split(t, b) } }
    }

    private static func split(_ tokens: Tokens, _ bytes: Bytes) -> (sentences: [Range<Int>], marks: SentenceMarks) {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = tokens.count
        // News averages about a dozen tokens a sentence: room for one per eight tokens spares
        // the array the five or six regrowths an article would otherwise cost.
        sentences.reserveCapacity(n / 8 + 4)
        // Per sentence, as `SentenceMarks` defines them: a quotation mark in it, a "/" or ":"
        // in it. `quote` and `slashOrColon` gather them for the sentence being read.
        var quoteMarks: [Bool] = [], slashMarks: [Bool] = []
        quoteMarks.reserveCapacity(n / 8 + 4)
        slashMarks.reserveCapacity(n / 8 + 4)
        var quote = false, slashOrColon = false
        // (Static helpers on `inout` locals, not nested functions: a nested function that
        // changes the locals it captures makes every access to them a checked one.)
        var inQuote = false
        while i < n {
            // Most tokens are words and numbers inside a line, short of the length cap: none is
            // a quotation or terminal mark, none ends a sentence, so nothing below applies.
            let bound = min(n, start + maxTokens)
            while i < bound {
                let kind = tokens[i].kind
                if tokens[i].afterNewline || !(kind == .word || kind == .number) { break }
                i &+= 1
            }
            guard i < n else { break }
            if i > start && (tokens[i].afterNewline || i - start >= maxTokens) {
                close(i, &start, &sentences, &quoteMarks, &slashMarks, &quote, &slashOrColon)
            }
            if tokens[i].afterNewline { inQuote = false }
            let t = tokens[i]
            mark(t, &quote, &slashOrColon)
            if isDoubleQuote(t, bytes: bytes) {
                if t.kind == .openQuote { inQuote = true } else if t.kind == .closeQuote { inQuote = false } else { inQuote.toggle() }
            }
            if t.kind == .punct && isTerminal(t, bytes: bytes) {
                var j = i + 1
                // Runs of terminal marks ("?!", "...").
                while j < n && tokens[j].kind == .punct && isTerminal(tokens[j], bytes: bytes) && !tokens[j].afterNewline { mark(tokens[j], &quote, &slashOrColon); j += 1 }
                // Questions and exclamations inside a quotation run on to its end.
                if inQuote && t.first != 46 && j < n && tokens[j].isWord && !tokens[j].afterNewline { i = j; continue }
                var closedQuote = false
                // An apostrophe pressed against the mark closes a single quotation (`Mother.'"`).
                while j < n && !tokens[j].afterNewline && (tokens[j].kind == .closeQuote || tokens[j].kind == .ambiguousQuote
                        || (tokens[j].kind == .punct && (tokens[j].first == 41 || tokens[j].first == 93 || (tokens[j].first == 0x27 && tokens[j].attached)))) {
                    if tokens[j].isQuote { closedQuote = true; if isDoubleQuote(tokens[j], bytes: bytes) { inQuote = false } }
                    mark(tokens[j], &quote, &slashOrColon)
                    j += 1
                }
                if j >= n || tokens[j].afterNewline {
                    close(j, &start, &sentences, &quoteMarks, &slashMarks, &quote, &slashOrColon); i = j; continue
                }
                if endsSentence(tokens, dot: i, next: j, closedQuote: closedQuote, bytes: bytes) {
                    close(j, &start, &sentences, &quoteMarks, &slashMarks, &quote, &slashOrColon); i = j; continue
                }
                i = j
                continue
            }
            i += 1
        }
        if start < n { close(n, &start, &sentences, &quoteMarks, &slashMarks, &quote, &slashOrColon) }
        return (sentences, SentenceMarks(quote: quoteMarks, slashOrColon: slashMarks))
    }

    /// Notes the token in its sentence's marks (`SentenceMarks`).
    @inline(__always) private static func mark(_ t: Token, _ quote: inout Bool, _ slashOrColon: inout Bool) {
        if t.isQuote { quote = true } else if t.kind == .punct && (t.first == 47 || t.first == 58) { slashOrColon = true }
    }

    /// Ends the sentence that started at `start` before token `end`, with its marks.
    @inline(__always) private static func close(_ end: Int, _ start: inout Int, _ sentences: inout [Range<Int>], _ quoteMarks: inout [Bool],
                                                _ slashMarks: inout [Bool], _ quote: inout Bool, _ slashOrColon: inout Bool) {
        sentences.append(start..<end)
        quoteMarks.append(quote)
        slashMarks.append(slashOrColon)
        quote = false
        slashOrColon = false
        start = end
    }

    /// “ ” « » and ASCII double quotes (single quotes double as apostrophes).
    @inline(__always) static func isDoubleQuote(_ t: Token, bytes: Bytes) -> Bool {
        guard t.isQuote else { return false }
        if t.singleSpeech { return true }
        if t.first == 0x22 || t.first == 0xC2 { return true }
        return t.first == 0xE2 && (bytes[t.start + 2] == 0x9C || bytes[t.start + 2] == 0x9D || bytes[t.start + 2] == 0x9E)
    }

    /// True when the word is written in upper-case letters and digits only ("PKO", "WA"): the
    /// splitter asks it of the article's buffer, the phrase reader of the view's bytes.
    static func isUpperCaseWord<B: RandomAccessCollection>(_ t: Token, bytes: B) -> Bool where B.Element == UInt8, B.Index == Int {
        guard t.end > t.start else { return false }
        for i in t.start..<t.end where !((bytes[i] >= 65 && bytes[i] <= 90) || (bytes[i] >= 48 && bytes[i] <= 57)) { return false }
        return true
    }

    @inline(__always) static func isTerminal(_ t: Token, bytes: Bytes) -> Bool {
        if t.first == 46 || t.first == 33 || t.first == 63 { return true }
        // … (E2 80 A6)
        return t.first == 0xE2 && t.end - t.start == 3 && bytes[t.start + 2] == 0xA6
    }

    /// Decides whether the terminal mark at `dot` ends the sentence, given the next token `next`.
    static func endsSentence(_ tokens: Tokens, dot: Int, next: Int, closedQuote: Bool, bytes: Bytes) -> Bool {
        let nextToken = tokens[next]
        let mark = tokens[dot].first
        // Lower case after the mark: the sentence goes on ("e.g. this", `"Why?" he asked`).
        if nextToken.kind == .word && !nextToken.capitalized { return false }
        if nextToken.kind == .punct && (nextToken.first == 44 || nextToken.first == 59 || nextToken.first == 58) { return false }
        // "PKO.WA", "VOD.L": a dot written between two upper-case words joins a ticker.
        if mark == 46, dot > 0, tokens[dot].attached, nextToken.kind == .word, nextToken.start == tokens[dot].end,
           tokens[dot - 1].kind == .word, isUpperCaseWord(tokens[dot - 1], bytes: bytes), isUpperCaseWord(nextToken, bytes: bytes) { return false }
        // "E! News": an exclamation mark that is part of a single capital's name.
        if mark == 33, dot > 0, tokens[dot - 1].kind == .word, tokens[dot - 1].capitalized, tokens[dot - 1].end - tokens[dot - 1].start == 1,
           tokens[dot].attached, tokens[dot - 1].hash != W.i, nextToken.kind == .word { return false }
        if mark == 46, dot > 0 {
            let previous = tokens[dot - 1]
            if previous.kind == .word && !tokens[dot].afterNewline && tokens[dot].attached {
                // Abbreviations and single-letter initials.
                // "No. 2" is an abbreviation; "No. Numerous reports ..." answers and ends.
                if Lexicon.abbreviations.contains(previous.hash) && !(previous.hash == W.no && nextToken.kind != .number) { return false }
                if previous.end - previous.start == 1 && previous.capitalized { return false }
            }
        }
        // A quotation ended by "?" or "!" (or ",") and followed by its attribution: `"Why?" Putin asked`.
        if closedQuote && mark != 46 && nextToken.kind == .word {
            var k = next
            var words = 0
            while k < tokens.count && words < 5 && tokens[k].kind == .word && !tokens[k].afterNewline {
                if Lexicon.reportingVerbs.contains(tokens[k].hash) && !tokens[k].capitalized { return false }
                k += 1; words += 1
            }
        }
        return true
    }
}
