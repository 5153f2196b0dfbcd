/// Small word sets the attribution rules added for unseen news consult.
enum CueWords {
    /// Concessive conjunctions that open a second speaker's clause ("..., though an official denied it").
    static let concessive = Lexicon.hashes("though although")
    /// Words that open the content of a question verb ("questioned what", "asked whether").
    static let whWords = Lexicon.hashes("what whether why how who if when where")
    /// Prepositions that open a fronted adverbial ("In September, ..."), never a name.
    static let frontedPrepositions = Lexicon.hashes("""
    in on at for from with into over under during through without about after before since despite
    following amid until by as while when if although though because since
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
    /// Lower-case links inside an organisation's name ("Society for the Prevention of Cruelty
    /// to Animals", "Observatory for Human Rights", "Committee on Foreign Relations").
    static let nameLinks = hashes("for to on")
    /// Words that quantify a noun, never a name by themselves ("Another said").
    static let quantifiers = hashes("another each every both either such several just only even simply")

    /// "i" for "I've", "I'm", "I'd", "I'll"; "we" for "we're", "we've": first-person contractions.
    static func firstPersonContraction(_ k: Int, view: TextView) -> String? {
        let tok = view.tokens[k]
        let bytes = view.bytes
        let n = tok.end - tok.start
        guard n >= 3 else { return nil }
        let b0 = bytes[tok.start] | 0x20
        if b0 == 0x69 && (bytes[tok.start + 1] == 39 || bytes[tok.start + 1] == 0xE2) { return "i" }
        if b0 == 0x77 && n >= 4 && (bytes[tok.start + 1] | 0x20) == 0x65 && (bytes[tok.start + 2] == 39 || bytes[tok.start + 2] == 0xE2) { return "we" }
        return nil
    }
    /// Verbs that give a report a label ("called the report fake", "branded the claims nonsense").
    static let labelVerbs = hashes("called calls branded brands dubbed dubs labelled labeled labels described describes slammed slams")
    static let fake = wordHash("fake")
    /// "The Globe, quoting an engineer, reported": the participle of a cited source.
    static let quoting = wordHash("quoting")
    /// "According to X, which spoke to Y": Y speaks to the outlet.
    static let spokeVerbs = hashes("spoke talked")
    /// "The allegations were first made/aired/published by X": who put a claim forward.
    static let airedVerbs = hashes("made aired published levelled leveled raised")
    /// "said only that ...": adverbs between a verb and its clause.
    static let focusAdverbs = hashes("only simply merely briefly")
    /// "moved quickly to deny", "was quick to dismiss", "rushed to reject".
    static let hasteWords = hashes("quick quickly swift swiftly moved rushed hastened sought")
    /// "did not return calls/messages/emails": a neutral non-answer.
    static let returnVerbs = hashes("return returned")
    static let messageReturns = hashes("calls call messages message emails email requests phone telephone")
    /// Verbs that put a claim forward: "after a website claimed ...".
    static let reportedClaimVerbs = hashes("claimed reported alleged suggested said wrote published")
    /// Nouns of a message sent to an outlet: "in a letter to X", "in a statement to X".
    static let messageNouns = hashes("letter statement email message note remarks comments interview")
    /// Months and their abbreviations, for dates between a subject and its verb.
    static let monthWords = hashes("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december")
    /// "a memo published by the news site X": documents an outlet puts forward.
    static let documentNouns = hashes("memo document documents report article story video letter email emails claim claims allegations")
    /// "in remarks carried by X", "an interview published by X": the outlet that ran it.
    static let carriedVerbs = hashes("carried published aired broadcast")
    /// "reached for comment by X", "contacted by X": the outlet that asked.
    static let contactVerbs = hashes("reached contacted approached")
    /// "refused to be drawn": the "be" of a passive infinitive after a refusal.
    static let be = wordHash("be")
    /// Verbs that are cues only after "declined to"/"refused to".
    static let declineOnlyVerbs = hashes("discuss elaborate specify identify drawn")
    /// "described it as a loud boom": a description with its content after "as".
    static let describeVerbs = hashes("described describes describing")
    static let claim = wordHash("claim")
    /// "Jane Roe from the museum", "Jane Roe at the university".
    static let fromWords = hashes("from at")
    /// Nouns of nationality that describe a person already named ("the Spaniard").
    static let demonyms: Set<String> = [
        "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman", "scotswoman", "welshman",
        "irishman", "irishwoman", "dutchman", "dutchwoman", "swede", "dane", "finn", "pole", "briton", "brit", "swiss",
        "german", "italian", "brazilian", "argentine", "argentinian", "portuguese", "belgian", "croatian", "croat", "serbian",
        "serb", "norwegian", "russian", "american", "australian", "canadian", "mexican", "colombian", "uruguayan",
        "chilean", "nigerian", "ghanaian", "senegalese", "ivorian", "cameroonian", "egyptian", "moroccan", "algerian",
        "tunisian", "japanese", "korean", "chinese", "austrian", "hungarian", "czech", "slovak", "slovenian", "greek",
        "turk", "ukrainian", "georgian", "kenyan", "ethiopian", "jamaican", "new zealander", "south african", "welsh",
    ]

    /// True for "spaniard", "28-year-old", "veteran": a word that, after "the", describes a person
    /// named before.
    static func isPersonDescription(_ word: String) -> Bool {
        demonyms.contains(word) || word.hasSuffix("-year-old")
    }
}
