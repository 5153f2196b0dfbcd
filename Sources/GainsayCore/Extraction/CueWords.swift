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
}
