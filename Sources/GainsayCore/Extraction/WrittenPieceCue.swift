/// "X wrote a blog post in which ...", "X published a lengthy article naming ...", "X posted a
/// column saying ...": a writer's verb whose object is the written piece; what the piece says
/// follows its connector.
enum WrittenPieceCue {
    static let verbs = Lexicon.hashes("wrote writes write published publishes publish posted posts penned pens")
    static let connectors = Lexicon.hashes("naming saying claiming alleging arguing suggesting reporting revealing stating that")
    static let which = wordHash("which")
    /// Verbs that report speech only with a written piece as object ("published an article
    /// naming", not "published by the club" nor "published its accounts").
    static let pieceOnlyVerbs = Lexicon.hashes("published publishes penned")

    /// The start of what the piece says, for the verb at `v` with its object at `after`.
    static func contentStart(verb v: Int, after: Int, hi: Int, view: TextView) -> Int? {
        let t = view.tokens
        guard t[v].isWord, verbs.contains(t[v].hash), after < hi, t[after].isWord, t[after].hash == W.a || t[after].hash == W.an else { return nil }
        var k = after + 1
        while k < hi && k - after <= 4 {
            guard t[k].isWord else { return nil }
            if BlockQuoteIntro.writtenNouns.contains(t[k].hash) || Lexicon.reportNouns.contains(t[k].hash) {
                // "a blog post", "a news article": the last noun of the run.
                while k + 1 < hi && t[k + 1].isWord && (BlockQuoteIntro.writtenNouns.contains(t[k + 1].hash) || Lexicon.reportNouns.contains(t[k + 1].hash)) { k += 1 }
                let c = k + 1
                guard c < hi, t[c].isWord, !t[c].capitalized else { return nil }
                if connectors.contains(t[c].hash) {
                    // "a report stating that ...": the clause after "that".
                    let start = c + 1 < hi && t[c].hash != W.that && t[c + 1].isWord && t[c + 1].hash == W.that ? c + 2 : c + 1
                    return start < hi ? start : nil
                }
                if t[c].hash == W.in, c + 2 < hi, t[c + 1].hash == which { return c + 2 }
                return nil
            }
            k += 1
        }
        return nil
    }
}
