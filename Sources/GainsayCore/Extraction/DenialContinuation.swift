/// A speaker's negated statement next to their own denial continues it: "X denied the report.
/// 'I have never met him,' he said." Annotators read the second statement as part of the
/// denial, not as a separate claim; so do readers of a contested story.
///
/// Only a negation of fact in the statement's main clause counts: not a position ("will not
/// negotiate", "won't", "can't", "not going to"), not a hedge ("not always", "not just", "not
/// surprising", "no longer"), not an opinion ("don't think"), and not a negation inside a
/// subordinate clause ("... that an exempt player he didn't pick").
/// Only the statement right before or right after, by the same speaker, can carry the denial.
enum DenialContinuation {
    /// Words that, right before a negation, make it a position or a possibility.
    static let modals = Lexicon.hashes("will would should could may might must can shall")
    /// Words that, right after a negation, make it a hedge, an intention or an opinion, not a
    /// denial: "not always", "not going to play", "don't think", "no longer".
    static let hedges = Lexicon.hashes("just only always necessarily surprising surprised right appropriate possible want enough that doubt going think believe longer sure")
    /// Contracted modal negations: positions, not denials.
    static let modalContractions = Lexicon.hashes("won't won’t can't can’t couldn't couldn’t wouldn't wouldn’t shouldn't shouldn’t mustn't mustn’t")
    /// Words that open a subordinate clause, where a negation is out of the main clause's scope.
    static let subordinators = Lexicon.hashes("that which who whom whose if unless until because when while although though whether")

    /// The statements with the claims that continue an adjacent denial of their speaker turned
    /// into denials.
    static func revise(_ statements: [ExtractedStatement]) -> [ExtractedStatement] {
        var result = statements
        for i in statements.indices where statements[i].statement.stance == .claim {
            let key = statements[i].key
            let before = i > 0 && statements[i - 1].key == key && statements[i - 1].statement.stance == .denial
            let after = i + 1 < statements.count && statements[i + 1].key == key && statements[i + 1].statement.stance == .denial
            guard before || after, negatesFact(TextView(statements[i].statement.content)) else { continue }
            result[i].statement.stance = .denial
        }
        return result
    }

    /// True when the content's main clause holds a negation of fact.
    static func negatesFact(_ view: TextView) -> Bool {
        let t = view.tokens
        var previous: UInt64 = 0
        var position = 0
        for k in t.indices where t[k].isWord {
            defer { previous = t[k].hash; position += 1 }
            if position >= 40 { break }
            let h = t[k].hash
            if position > 0 && !t[k].capitalized && subordinators.contains(h) { break }
            guard t[k].negation, h != W.nt || position > 0 else { continue }
            // ("We'd never rule out": a modal in a contraction.)
            if modals.contains(previous) || modalContractions.contains(h) || position > 0 && (view.endsWith(k - 1, "'d") || view.endsWith(k - 1, "’d")) { continue }
            if let next = (k + 1..<t.count).first(where: { t[$0].isWord }), hedges.contains(t[next].hash) { continue }
            return true
        }
        return false
    }
}
