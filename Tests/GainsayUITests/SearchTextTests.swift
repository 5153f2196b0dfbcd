import Testing
@testable import GainsayUI

@Suite struct SearchTextTests {
    @Test func foldingIsCaseInsensitiveAndKeepsScalarCounts() {
        for text in ["Qatar TALKS", "ÉTÉ Straße", "日本語 Zoë", "İstanbul"] {
            let folded = String(decoding: SearchText.folded(text), as: UTF8.self)
            #expect(folded.unicodeScalars.count == text.unicodeScalars.count, "\(text)")
        }
        #expect(SearchText.folded("Qatar") == SearchText.folded("qATAR"))
        #expect(SearchText.folded("ÉTÉ") == SearchText.folded("été"))
    }

    @Test func findReturnsTheFirstByteOffsetFromAPosition() {
        let hay = SearchText.folded("talks, more talks")
        let needle = SearchText.folded("TALKS")
        #expect(SearchText.find(needle, in: hay) == 0)
        #expect(SearchText.find(needle, in: hay, from: 1) == 12)
        #expect(SearchText.find(needle, in: hay, from: 13) == nil)
        #expect(SearchText.find([], in: hay) == nil)
        #expect(SearchText.find(needle, in: []) == nil)
    }

    @Test func rangesAreInScalarsOfTheShownText() {
        let text = "日本語 Qatar and qatar"
        let ranges = SearchText.ranges(of: "qatar".unicodeScalars.map(SearchText.fold), in: text)
        #expect(ranges == [4..<9, 14..<19])
    }

    @Test func scalarAndByteOffsetsRoundTrip() {
        let bytes = SearchText.folded("aé日b")
        #expect(SearchText.byteOffset(ofScalar: 3, in: bytes) == 6)
        #expect(SearchText.scalarOffset(ofByte: 6, in: bytes) == 3)
    }

    @Test func sketchesNeverRejectARowThatContainsTheQuery() {
        let rows = ["the talks in qatar", "a denial by the ministry", "nothing here", "zz top"].map(SearchText.folded)
        let sketches = BigramSketches(rows)
        for query in ["talks", "qatar", "ministry", "zz", "the", "a d"] {
            let needle = SearchText.folded(query)
            let pairs = BigramSketches.query(needle)
            for (row, hay) in rows.enumerated() where SearchText.contains(needle, in: hay) {
                #expect(sketches.mayContain(row: row, pairs), "\(query) in row \(row)")
            }
        }
        #expect(!sketches.mayContain(row: 2, BigramSketches.query(SearchText.folded("qatar"))))
    }
}

@Suite struct ReplicatedCorpusTests {
    @Test func copiesKeepStatementsPropositionsAndMergedSpeakers() {
        let made = ReplicatedCorpus.make(articles: seedArticles, analysis: seedAnalysis, count: 12)
        #expect(made.articles.count == 12)
        #expect(Set(made.articles.map(\.id)).count == 12)
        let copies = 12.0 / Double(seedArticles.count)
        #expect(made.analysis.statements.count > seedAnalysis.statements.count * 2)
        #expect(Double(made.analysis.statements.count) <= Double(seedAnalysis.statements.count) * copies.rounded(.up))
        #expect(made.analysis.speakers.count == seedAnalysis.speakers.count)
        let state = AppState(articles: made.articles, cols: 80, rows: 24, analysis: made.analysis)
        #expect(state.index.articleStatements.allSatisfy { !$0.isEmpty })
        #expect(state.index.statementArticle.allSatisfy { $0 >= 0 })
    }
}

@Suite struct ReaderLineLookupTests {
    /// Every sentence start of every seed maps to the wrapped line that shows it.
    @Test func everyStatementFindsItsLine() {
        for (position, article) in seedArticles.enumerated() {
            let lines = ReaderLines.build(article, width: 60)
            for index in seedAnalysis.statements.indices where seedAnalysis.statements[index].article == article.id {
                let statement = seedAnalysis.statements[index]
                let line = lineIndex(ofOffset: statement.start, in: lines)
                #expect(lines[line].start >= 0 && lines[line].start <= statement.start, "article \(position)")
                let next = lines[(line + 1)...].first { $0.start >= 0 }
                #expect(next.map { $0.start > statement.start } ?? true)
            }
        }
    }
}
