/// Which marks quote speech in an article.
///
/// Most copy quotes speech in double marks (" “ ” « »), and the extractor counts only those:
/// single marks are apostrophes, or quotations inside quotations. British and South Asian copy
/// often quotes speech in single marks alone ('We deny it,' he said.). In an article with no
/// double mark at all, its single marks are speech marks, and an apostrophe pressed against a
/// comma or full stop before a space (`done,' a spokesman said`) closes one.
enum QuoteStyle {
    /// Marks the single quotation marks of an article that has no double ones as speech marks.
    static func mark(_ tokens: inout [Token], bytes: [UInt8]) {
        var singles = 0
        for t in tokens where t.isQuote {
            if isSingle(t, bytes) { singles += 1 } else { return }
        }
        guard singles > 0 else { return }
        for i in tokens.indices {
            let t = tokens[i]
            if t.isQuote {
                if isSingle(t, bytes) { tokens[i].singleSpeech = true }
            } else if t.kind == .punct && t.first == 0x27 && t.attached && i > 0 && closingPunct(tokens[i - 1]) && t.end - t.start == 1
                        && (i + 1 >= tokens.count || !tokens[i + 1].attached) {
                tokens[i].kind = .closeQuote
                tokens[i].singleSpeech = true
            }
        }
    }

    /// ' ‘ ’ (and the '' of wire copy, which opens or closes like a double mark, is left out).
    static func isSingle(_ t: Token, _ bytes: [UInt8]) -> Bool {
        if t.first == 0x27 { return t.end - t.start == 1 }
        return t.first == 0xE2 && t.end - t.start == 3 && (bytes[t.start + 2] == 0x98 || bytes[t.start + 2] == 0x99)
    }

    /// `,` `.` `!` `?`: what a quotation's last word is followed by before its closing mark.
    static func closingPunct(_ t: Token) -> Bool {
        t.kind == .punct && (t.first == 44 || t.first == 46 || t.first == 33 || t.first == 63)
    }
}
