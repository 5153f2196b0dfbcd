import Testing
@testable import GainsayCore
import GainsaySeeds

@Suite struct PlainTextArticleTests {
    @Test func seedsLoadWithTitlesAndNoChrome() {
        let corpus = CorpusLoader.load(files: SeedCorpus.namedBytes)
        #expect(corpus.articles.count == 5)
        #expect(corpus.problems.isEmpty)
        for article in corpus.articles {
            #expect(!article.title.lowercased().contains("skip to content"))
            #expect(!article.title.hasPrefix("Home >"))
        }
    }
}
