/// Lower-case nouns that name a person by what they do ("the trainer", "the presenter", "a
/// pundit"), recognised by their ending when the role lexicon does not list them: unseen news
/// brings roles no list foresees.
enum AgentNouns {
    /// Endings of agent nouns, longest first.
    static let endings: [StaticString] = ["ers", "ors", "ists", "ians", "ants", "er", "or", "ist", "ian", "ant"]
    /// Words with those endings that are not people.
    static let exceptions = Lexicon.hashes("""
    other others order orders number numbers matter matters water border borders corner corners power powers
    paper papers letter letters quarter quarters weather error errors after under over never ever either
    neither whether rather further together later earlier major minor factor factors sector sectors floor
    door doors interior terror center centre centers centres chapter chapters character characters
    computer computers cancer member barrier barriers register layer layers filter tower towers
    finger fingers river rivers summer winter winters october november december september manner answer
    answers motor motors mirror error variant variants restaurant restaurants giant important relevant
    significant distant constant instant elephant plant plants want wants grant grants
    vast east west least most first against past cost list lists tourist artist christian
    indian asian russian canadian australian italian brazilian ukrainian egyptian syrian iranian
    jordanian libyan tunisian nigerian norwegian hungarian belarusian algerian armenian civilian civilians
    rumor rumors rumour humor humour tumor tumors favor favour behavior behaviour color colour labor labour
    honor honour harbor harbour vapor armor armour flavor flavour endeavor endeavour error terrors matter
    """)

    /// True when the word at `k` is a lower-case agent noun.
    static func isAgentNoun(_ k: Int, view: TextView) -> Bool {
        let tok = view.tokens[k]
        guard tok.isWord, !tok.capitalized, tok.end - tok.start >= 5, !exceptions.contains(tok.hash) else { return false }
        if view.endsWith(k, "eer") && tok.end - tok.start < 6 { return false }
        for ending in endings where view.endsWith(k, ending) { return true }
        return view.endsWith(k, "pundit") || view.endsWith(k, "pundits")
    }
}
