import Foundation
import Testing
@testable import GainsayCore
import GainsaySeeds

@Suite struct CorpusListingTests {
    static let articles = [
        Article(id: "a", title: "Port closed after storm", paragraphs: ["p1", "p2"], source: "Daily Example",
                date: "2024-05-01T10:00:00Z", url: "https://x.example/a", path: "news/a.html", alsoFrom: ["Wire (b.xml)"]),
        Article(id: "wide", title: "東京で会議が開かれた", paragraphs: ["p"], path: "w.txt"),
    ]

    @Test func jsonLinesHaveOneSortedObjectPerArticle() throws {
        let out = ArticleListing.jsonLines(Self.articles, counts: Self.articles.map { .init(paragraphs: $0.paragraphs.count) })
        let lines = out.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "a")
        #expect(first["source"] as? String == "Daily Example")
        #expect(first["paragraphs"] as? Int == 2)
        #expect(first["alsoFrom"] as? [String] == ["Wire (b.xml)"])
        #expect(lines[0].hasPrefix("{\"alsoFrom\""))
    }

    @Test func tableAlignsColumnsByDisplayWidth() {
        let out = ArticleListing.table(Self.articles, counts: Self.articles.map { .init(paragraphs: $0.paragraphs.count) }, width: 100)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID    TITLE"))
        #expect(lines[0].contains("PARAS"))
        #expect(lines[1].contains("2024-05-01"))
        #expect(lines[1].contains("news/a.html +1 more"))
        // The source column starts at the same display column in every row.
        let sourceColumn = { (line: String) -> Int? in
            for marker in ["SOURCE", "Daily Example", "- "] {
                if let range = line.range(of: marker) { return ArticleListing.displayWidth(String(line[..<range.lowerBound])) }
            }
            return nil
        }
        #expect(sourceColumn(lines[0]) == sourceColumn(lines[1]))
        #expect(sourceColumn(lines[1]) == sourceColumn(lines[2]))
    }

    @Test func statementCountsReplaceParagraphCountsWhenKnown() {
        let out = ArticleListing.table([Self.articles[0]], counts: [.init(paragraphs: 2, statements: 5, claims: 3, denials: 1, neutral: 1)])
        #expect(out.contains("STMTS"))
        #expect(out.contains("5 (3c/1d/1n)"))
    }

    @Test func longTitlesAreCut() {
        #expect(ArticleListing.fit("abcdefghij", to: 5) == "abcd…")
        #expect(ArticleListing.fit("東京東京", to: 5) == "東京…")
        #expect(ArticleListing.fit("short", to: 10) == "short")
    }
}

@Suite struct CorpusListingCountTests {
    /// `gainsay articles` counts statements per article without corpus-wide grouping; that is only
    /// right while grouping never adds, drops or re-classifies statements. This pins it down.
    @Test func perArticleExtractionCountsMatchTheCorpusAnalysis() {
        let corpus = CorpusLoader.load(files: SeedCorpus.namedBytes)
        let analysis = CorpusAnalysis.analyze(corpus.articles, jobs: 1)
        for article in corpus.articles {
            let alone = CorpusAnalysis.statements(in: article)
            let linked = analysis.statements(inArticle: article.id)
            #expect(alone.count == linked.count, "\(article.id)")
            #expect(alone.map(\.stance) == linked.map(\.stance), "\(article.id)")
        }
    }
}
