/// Reporting verbs under an infinitive: "was unable to confirm", "was not able to verify" (a
/// non-answer, like "declined to comment"), "has been forced to confirm that" (a statement).
enum InfinitiveCue {
    /// Heads that make the infinitive a non-answer.
    static let unable = Lexicon.hashes("unable")
    /// Heads that are a non-answer only when negated ("not able to").
    static let able = Lexicon.hashes("able")
    /// Heads under which the speaker still says it ("forced to confirm", "moved to deny").
    static let saying = Lexicon.hashes("forced compelled obliged moved quick quickly rushed hastened prompted")
}

/// "had no immediate comment", "did not immediately have any comment", "has no comment": a
/// non-answer with its subject before the verb "have".
enum NoCommentCue {
    static let comment = wordHash("comment")
    static let haveForms = Lexicon.hashes("have has had having")
    static let quantifiers = Lexicon.hashes("no any")
    static let modifiers = Lexicon.hashes("immediate further official additional public")

    /// For "comment" at `v`: the index of the form of "have" it completes, or nil.
    static func haveIndex(comment v: Int, lo: Int, view: TextView) -> Int? {
        let t = view.tokens
        guard t[v].isWord, t[v].hash == W.comment else { return nil }  // (`comment`, as a literal: no lazy initialisation per call)
        var k = v - 1
        if k >= lo, t[k].isWord, modifiers.contains(t[k].hash) { k -= 1 }
        guard k - 1 >= lo, t[k].isWord, quantifiers.contains(t[k].hash), t[k - 1].isWord, haveForms.contains(t[k - 1].hash) else { return nil }
        return k - 1
    }
}
