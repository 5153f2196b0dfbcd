import Foundation
import Testing
@testable import GainsayCore

/// `CorpusLoader.stream` hands articles on as they are read and keeps none, so `extract --stream`
/// stays bounded by the largest article.
@Suite struct LoaderStreamTests {
    @Test func streamHandsOnEveryArticleAndKeepsNone() throws {
        let folder = TemporaryFolder()
        let lines = (1...50).map { #"{"id": "r\#($0)", "title": "Record \#($0)", "text": "The mayor said road \#($0) will reopen."}"# }
        folder.write("feed.jsonl", lines.joined(separator: "\n"))
        folder.write("one.txt", "A title\n\nThe coach said the team will win.\n")
        var seen: [String] = []
        let corpus = try CorpusLoader.stream(paths: [folder.path]) { seen.append($0.id) }
        #expect(seen.count == 51)
        #expect(seen.contains("r1") && seen.contains("r50") && seen.contains("one"))
        #expect(corpus.articles.isEmpty)
        #expect(corpus.streamedCount == 51)
        #expect(LoadExitStatus.of(corpus) == LoadExitStatus.success)
    }

    @Test func streamDropsARepeatedStoryAndCountsIt() throws {
        let folder = TemporaryFolder()
        let story = "Same story\n\nThe airline said the flight landed safely after a bird struck an engine on the climb out of the city, and that no passenger was hurt.\n"
        folder.write("a.txt", story)
        folder.write("b.txt", story)
        var seen: [String] = []
        let corpus = try CorpusLoader.stream(paths: [folder.path]) { seen.append($0.id) }
        #expect(seen == ["a"])
        #expect(corpus.droppedDuplicates == 1)
    }

    @Test func streamReportsProblemsAndNothingLoaded() throws {
        let folder = TemporaryFolder()
        folder.write("empty.txt", "")
        folder.write("blob.bin", [0, 1, 2, 0, 255, 0])
        var problems: [LoadProblem] = []
        var count = 0
        let corpus = try CorpusLoader.stream(paths: [folder.path], problem: { problems.append($0) }) { _ in count += 1 }
        #expect(count == 0)
        #expect(problems.count == 2)
        #expect(LoadExitStatus.of(corpus) == LoadExitStatus.nothingLoaded)
    }

    @Test func streamOfAMissingPathThrows() {
        #expect(throws: LoadError.self) {
            _ = try CorpusLoader.stream(paths: ["/no/such/gainsay/path"]) { _ in }
        }
    }
}
