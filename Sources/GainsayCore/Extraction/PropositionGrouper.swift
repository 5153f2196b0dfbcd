/// Groups statements into propositions: what a denial rejects, across articles.
enum PropositionGrouper {
    static func group(_ statements: inout [Statement]) -> [Proposition] { [] }
}
