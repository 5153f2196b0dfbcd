/// Small word sets the attribution rules added for unseen news consult.
enum CueWords {
    /// Concessive conjunctions that open a second speaker's clause ("..., though an official denied it").
    static let concessive = Lexicon.hashes("though although")
    /// Words that open the content of a question verb ("questioned what", "asked whether").
    static let whWords = Lexicon.hashes("what whether why how who if when where")
    /// Prepositions that open a fronted adverbial ("In September, ..."), never a name.
    static let frontedPrepositions = Lexicon.hashes("""
    in on at for from with into over under during through without about after before since despite
    following amid until by
    """)
    static let police = wordHash("police"), per = wordHash("per"), courtesy = wordHash("courtesy")
    /// Words that open a subordinate clause with its own subject ("after he promised").
    static let clauseOpeners = hashes("after because when since while before once although though")
    static func hashes(_ words: String) -> WordSet { Lexicon.hashes(words) }
    /// Verbs of an inner statement reported by an outer one ("says X told police ...").
    static let nestedVerbs = hashes("said says told tells")
    /// Verbs by which an outlet carries what others said ("..., the agency reports").
    static let reportVerbs = hashes("reports reported report reporting")
    static let after = wordHash("after")
}
