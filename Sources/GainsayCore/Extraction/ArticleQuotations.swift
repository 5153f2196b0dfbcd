/// How a sentence stands to the quotations around it: whether it opens, closes or leaves one
/// open, how much of it is quoted, and whether the quotation closes on another speaker's name.
/// The extractor asks these to carry a quotation's speaker across sentences and paragraphs.
extension ArticleExtractor {
    /// True when the last quotation mark of the sentence is followed by a short tail whose
    /// reporting verb has a subject other than a pronoun or a word of `name`: `"...," the
    /// presidency told France Presse.` or `"...," said Azhar.` after another speaker (`"...," it
    /// said.` and `"...," Puerta said.` after Mariano Puerta continue).
    static func endsWithOtherAttribution(_ range: Range<Int>, view: TextView, than name: String) -> Bool {
        let t = view.tokens
        guard let mark = range.last(where: { t[$0].isQuote }), mark > range.lowerBound else { return false }
        // The words after the mark, at most 12, in a buffer on the stack (not an array per call).
        var count = 0
        for k in (mark + 1)..<range.upperBound where t[k].isWord {
            count += 1
            if count > 12 { return false }
        }
        guard count > 0 else { return false }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { buffer in
            var n = 0
            for k in (mark + 1)..<range.upperBound where t[k].isWord { buffer[n] = k; n += 1 }
            return otherSpeaker(UnsafeBufferPointer(buffer), t, than: name)
        }
    }

    /// `endsWithOtherAttribution` on the words after the closing mark.
    private static func otherSpeaker(_ words: UnsafeBufferPointer<Int>, _ t: [Token], than name: String) -> Bool {
        guard let verb = words.firstIndex(where: { !t[$0].capitalized && Lexicon.reportingVerbs.contains(t[$0].hash) }) else { return false }
        // The speaker before the verb ("...," the president said), or after it when it comes
        // first ("...," said Azhar).
        let speaker = verb > 0 ? words[..<verb] : words[(verb + 1)...].prefix(3)
        // The name's words are hashed only for a speaker word that is no pronoun or determiner
        // ("...," he said needs none).
        var own: Set<UInt64>? = nil
        for k in speaker where !Lexicon.pronouns.contains(t[k].hash) && !Lexicon.determiners.contains(t[k].hash) {
            if own == nil { own = Set(ArticleState.lowerWords(name).map { wordHash($0) }) }
            if !own!.contains(t[k].hash) { return true }
        }
        return false
    }

    /// True when the sentence is a heading: a paragraph of its own (`endsParagraph`), five
    /// words or fewer, with no full stop, question or exclamation mark: `‘Disinformation’`
    /// between two paragraphs of a story is a subhead, not more of a quotation.
    static func isHeadingLine(_ range: Range<Int>, view: TextView, endsParagraph: Bool) -> Bool {
        guard endsParagraph, view.tokens[range.lowerBound].afterNewline else { return false }
        var words = 0
        for k in range {
            let t = view.tokens[k]
            if t.isWord { words += 1; if words > 5 { return false } }
            else if t.kind == .punct && (t.first == 46 || t.first == 63 || t.first == 33) { return false }
        }
        return true
    }

    /// True when the sentence opens with a double quotation mark (“ " «): a single mark, even
    /// one the article uses for speech, may end a word ("bling'") and never look closed.
    static func opensWithDoubleMark(_ range: Range<Int>, view: TextView) -> Bool {
        let q = view.tokens[range.lowerBound]
        if q.first == 0x22 || q.first == 0xC2 { return true }
        return q.first == 0xE2 && q.start + 2 < view.bytes.count && (view.bytes[q.start + 2] == 0x9C || view.bytes[q.start + 2] == 0x9D)
    }

    /// True when the quotation opened by sentence `first` closes, later in its paragraph, on a
    /// sentence whose own attribution names someone other than `name`.
    static func paragraphClosesOnOther(from first: Int, _ sentences: [Range<Int>], view: TextView, than name: String) -> Bool {
        var open = endsInsideQuote(sentences[first], view: view, startsInside: false)
        var i = first + 1
        while open && i < sentences.count && !view.tokens[sentences[i].lowerBound].afterNewline {
            open = endsInsideQuote(sentences[i], view: view, startsInside: open)
            if !open { return endsWithOtherAttribution(sentences[i], view: view, than: name) }
            i += 1
        }
        return false
    }

    /// True when the quotation opened in the paragraph starting at sentence `first` is closed
    /// before the paragraph ends.
    static func paragraphClosesQuote(from first: Int, _ sentences: [Range<Int>], view: TextView) -> Bool {
        var open = false
        var i = first
        while i < sentences.count && (i == first || !view.tokens[sentences[i].lowerBound].afterNewline) {
            open = endsInsideQuote(sentences[i], view: view, startsInside: open)
            i += 1
        }
        return !open
    }

    /// The number of words inside double quotation marks in the sentence.
    /// The words inside quotation marks in `range`; none when most of them are capitalised, as
    /// in a quoted title (`published details from "Fear: Trump in the White House."`), which is
    /// no one's speech.
    static func quotedWordCount(_ range: Range<Int>, view: TextView) -> Int {
        var open = false, count = 0, capitals = 0
        for k in range {
            let t = view.tokens[k]
            if let state = view.speechState(after: t, open: open) { open = state }
            else if open && t.isWord {
                count += 1
                if t.capitalized { capitals += 1 }
            }
        }
        return capitals * 2 > count ? 0 : count
    }

    /// True when every word of the sentence stands inside double quotation marks.
    static func isQuotedThroughout(_ range: Range<Int>, view: TextView, startsInside: Bool) -> Bool {
        var open = startsInside
        for k in range {
            let t = view.tokens[k]
            if let state = view.speechState(after: t, open: open) { open = state }
            else if t.isWord && !open { return false }
        }
        return true
    }

    static func containsQuote(_ range: Range<Int>, view: TextView) -> Bool {
        range.contains { view.tokens[$0].kind == .openQuote || (view.tokens[$0].kind == .ambiguousQuote && view.tokens[$0].first == 0x22) }
    }

    /// True when the sentence leaves a quotation open (an odd number of double quotes).
    static func endsInsideQuote(_ range: Range<Int>, view: TextView, startsInside: Bool) -> Bool {
        var open = startsInside
        view.tokens.withUnsafeBufferPointer { tokens in
            for k in range {
                let t = tokens[k]
                // Most tokens are words: one test rules them out.
                guard t.isQuote else { continue }
                if let state = view.speechState(after: t, open: open) { open = state }
            }
        }
        return open
    }
}

/// What marks each sentence holds, read in one pass over the tokens: the scans that look only
/// at quotation marks (`endsInsideQuote`, `containsQuote`, `quotedWordCount`), or only at "/"
/// and ":" (`CaptionCredit.isCredit`), give their no-mark answer at once for the many
/// sentences without any.
struct SentenceMarks {
    /// A quotation mark (`Token.isQuote`) in the sentence.
    var quote: [Bool]
    /// A "/" or ":" in the sentence.
    var slashOrColon: [Bool]

    init(quote: [Bool], slashOrColon: [Bool]) {
        self.quote = quote
        self.slashOrColon = slashOrColon
    }

    init(_ sentences: [Range<Int>], view: TextView) {
        quote = Array(repeating: false, count: sentences.count)
        slashOrColon = Array(repeating: false, count: sentences.count)
        view.tokens.withUnsafeBufferPointer { t in
            for (index, range) in sentences.enumerated() {
                var q = false, sc = false
                for k in range {
                    let tok = t[k]
                    if tok.isQuote { q = true } else if tok.kind == .punct && (tok.first == 47 || tok.first == 58) { sc = true }
                }
                quote[index] = q
                slashOrColon[index] = sc
            }
        }
    }
}
