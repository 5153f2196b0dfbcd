/// A paragraph that ends in a colon after naming an author introduces a block quote: "The
/// minister said:", "Here is a statement from the club:", "Statement from Jane Roe, the group's
/// founder, on the ruling:", "Here's how her column starts:". The next paragraph, quoted or not,
/// is that author's. News sites print press releases and columns this way, without quotation
/// marks and without repeating who speaks.
enum BlockQuoteIntro {
    /// Nouns of written speech that name their author with "from"/"by" or a possessive.
    static let writtenNouns = Lexicon.hashes("""
    statement statements communique release letter note post blog column op-ed essay tweet message email
    e-mail memo article piece editorial
    """)
    static let possessivePronouns = Lexicon.hashes("his her their its")

    /// True when the sentence closes its paragraph on a colon (quotation marks aside), or on an
    /// ellipsis after a reporting verb ("also disputed the report…").
    static func endsOnColon(_ range: Range<Int>, view: TextView) -> Bool {
        var k = range.upperBound - 1
        while k > range.lowerBound && view.tokens[k].isQuote { k -= 1 }
        return view.isPunct(k, 58)
    }

    /// True when the sentence ends on an ellipsis ("…" or "...").
    static func endsOnEllipsis(_ range: Range<Int>, view: TextView) -> Bool {
        let t = view.tokens[range.upperBound - 1]
        guard t.kind == .punct else { return false }
        if t.first == 0xE2 && t.end - t.start == 3 && view.bytes[t.start + 1] == 0x80 && view.bytes[t.start + 2] == 0xA6 { return true }
        return range.count >= 3 && (range.upperBound - 3..<range.upperBound).allSatisfy { view.isPunct($0, 46) }
    }

    /// The author a verbless introduction names: "a statement from X", "statement by X", or
    /// "his post" (a pronoun to resolve).
    static func author(in range: Range<Int>, reader: PhraseReader, view: TextView) -> SpeakerPhrase? {
        let t = view.tokens
        for k in range where t[k].isWord && writtenNouns.contains(t[k].hash) {
            if k + 2 < range.upperBound, t[k + 1].isWord, !t[k + 1].capitalized, t[k + 1].hash == W.from || t[k + 1].hash == W.by,
               let r = reader.phraseStarting(at: k + 2, upperBound: range.upperBound), let p = reader.classify(r), p.kind != .report {
                return p
            }
            // "his post", "her blog post".
            var d = k - 1
            if d > range.lowerBound, t[d].isWord, writtenNouns.contains(t[d].hash) { d -= 1 }
            if d >= range.lowerBound, t[d].isWord, possessivePronouns.contains(t[d].hash) {
                let word = view.lower(d)
                let head = word == "his" ? "he" : word == "her" ? "she" : word == "their" ? "they" : "it"
                return SpeakerPhrase(phrase: view.word(d), name: view.word(d), kind: .pronoun, roles: [], head: head, isReference: true)
            }
        }
        return nil
    }

    /// True when no more than one blank line separates the introduction from the next
    /// paragraph: more means an embedded post (a tweet, a video) stood there and was lost, and
    /// what follows is the writer's own text again.
    static func adjoins(_ intro: Range<Int>, _ next: Range<Int>, view: TextView) -> Bool {
        var newlines = 0
        for b in view.tokens[intro.upperBound - 1].end..<view.tokens[next.lowerBound].start where view.bytes[b] == 10 { newlines += 1 }
        return newlines <= 2
    }

    /// True for the credit line of an embedded post: "— Jane Roe (@janeroe) May 4, 2015".
    static func isEmbedCredit(_ range: Range<Int>, view: TextView) -> Bool {
        let bytes = view.bytes
        let lo = view.tokens[range.lowerBound].start, hi = view.tokens[range.upperBound - 1].end
        guard hi - lo >= 2 else { return false }
        for b in lo..<(hi - 1) where bytes[b] == 40 && bytes[b + 1] == 64 { return true }
        return false
    }

    static let adjunctOpeners = Lexicon.hashes("in on at during via through after before from earlier later today yesterday tonight this last")

    /// True when what the verb governs before the colon is no clause: nothing, or an adjunct
    /// ("in a statement", "on Twitter", "on Friday").
    static func isOnlyAdjunct(_ content: Range<Int>, view: TextView) -> Bool {
        guard let first = content.first(where: { view.tokens[$0].isWord }) else { return true }
        return !view.tokens[first].capitalized && adjunctOpeners.contains(view.tokens[first].hash)
            && !content.contains { view.tokens[$0].isWord && view.tokens[$0].hash == W.that }
    }
}
