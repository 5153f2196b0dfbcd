/// A clause complement without "that": "Jones believes the coach is leaving", "she fears her
/// brother is being used", "he vowed practices wouldn't change". Verbs that need a clause
/// ("believe", "fear", "vow") count as cues when a short subject and a finite auxiliary follow
/// them; "believes in hard work" or "noted the date" stay out.
enum ClauseComplement {
    /// Weak verbs whose object may be a bare clause.
    static let verbs = Lexicon.hashes("""
    believe believes believed think thinks thought fear fears feared vow vows vowed promise promises promised
    pledge pledges pledged predict predicts predicted estimate estimates estimated maintain maintains maintained
    hint hints hinted indicate indicates indicated note notes noted add adds added write writes wrote
    agree agrees agreed recall recalls recalled imply implies implied concluded concludes point points pointed
    """)
    /// Finite auxiliaries and copulas that show a clause has begun.
    static let finite = Lexicon.hashes("""
    is are was were will would could can has have had does did do should may might must isn't aren't wasn't
    weren't won't wouldn't couldn't can't hasn't haven't hadn't doesn't didn't don't shouldn't 's
    """)
    /// Words that cannot sit in the clause's subject.
    static let stops = Lexicon.hashes("in on at to for with by from of about into over that which who what how why whether if as and or but")

    /// True when a clause starts at `start`: a subject of at most six words (a name, a pronoun,
    /// a determiner phrase, possessives and ages allowed) then a finite auxiliary.
    static func startsClause(at start: Int, hi: Int, view: TextView) -> Bool {
        let t = view.tokens
        var k = start
        var words = 0
        while k < hi && words <= 6 {
            let tok = t[k]
            if tok.isWord {
                if words > 0 && finite.contains(tok.hash) && !tok.capitalized { return true }
                if !tok.capitalized && stops.contains(tok.hash) { return false }
                words += 1
            } else if !(view.isComma(k) || (tok.kind == .punct && (tok.first == 45 || tok.first == 39))) {
                return false
            }
            k += 1
        }
        return false
    }
}
