/// Links statements across the corpus (API skeleton; filled in next).
enum CorpusLinker {
    static func link(_ statements: [Statement]) -> CorpusAnalysis {
        CorpusAnalysis(statements: statements, propositions: [], speakers: [])
    }
}
