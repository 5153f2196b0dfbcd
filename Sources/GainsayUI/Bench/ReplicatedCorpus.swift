import GainsayCore

/// A large corpus made of copies of a small analysed one, for measuring the UI at scale without
/// running extraction on every copy: copy `k` of an article gets the id `id~k`, its statements
/// point at it, its propositions become copy `k`'s own, and speakers stay merged across copies
/// (so the speakers screen gets speakers with thousands of statements, the hard case).
public enum ReplicatedCorpus {
    public static func make(articles: [Article], analysis: CorpusAnalysis, count: Int) -> (articles: [Article], analysis: CorpusAnalysis) {
        guard !articles.isEmpty, count > 0 else { return ([], CorpusAnalysis(statements: [], propositions: [], speakers: [])) }
        let copies = (count + articles.count - 1) / articles.count
        var outArticles: [Article] = []
        outArticles.reserveCapacity(count)
        var statements: [Statement] = []
        var propositions: [Proposition] = []
        var speakerStatements: [String: [Int]] = [:]
        let byArticle = Dictionary(grouping: analysis.statements.indices, by: { analysis.statements[$0].article })
        for copy in 0..<copies {
            var remap: [Int: Int] = [:]
            for article in articles {
                guard outArticles.count < count else { break }
                var clone = article
                clone.id = "\(article.id)~\(copy)"
                clone.title = copy == 0 ? article.title : "\(article.title) (\(copy))"
                outArticles.append(clone)
                for index in byArticle[article.id] ?? [] {
                    var statement = analysis.statements[index]
                    statement.article = clone.id
                    statement.proposition = statement.proposition.map { "\($0)~\(copy)" }
                    remap[index] = statements.count
                    speakerStatements[statement.speakerID, default: []].append(statements.count)
                    statements.append(statement)
                }
            }
            for proposition in analysis.propositions {
                let indices = proposition.statementIndices.compactMap { remap[$0] }
                guard !indices.isEmpty else { continue }
                var clone = proposition
                clone.id = "\(proposition.id)~\(copy)"
                clone.statementIndices = indices
                propositions.append(clone)
            }
        }
        let speakers = analysis.speakers.map { speaker in
            Speaker(id: speaker.id, name: speaker.name, aliases: speaker.aliases, statementIndices: speakerStatements[speaker.id] ?? [])
        }
        return (outArticles, CorpusAnalysis(statements: statements, propositions: propositions, speakers: speakers))
    }
}
