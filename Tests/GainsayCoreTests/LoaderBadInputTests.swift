import Foundation
import Testing
@testable import GainsayCore

@Suite struct LoaderBadInputTests {
    static let good = "Good title\n\nThe minister said the plan would go ahead.\n"

    @Test func badFilesAreSkippedWithOneLineEachAndTheRestLoads() throws {
        let folder = TemporaryFolder()
        folder.write("a-good.txt", Self.good)
        folder.write("b-empty.txt", "")
        folder.write("c-binary.dat", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10] + [UInt8](repeating: 0, count: 100))
        folder.write("d-doc.pdf", Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3])
        folder.write("e-broken.xml", "<?xml version=\"1.0\"?><rss><channel><item></rss>")
        folder.write("f-broken.json", "[{\"title\": ")
        folder.write("g-blank.txt", "\n\n   \n\t\n")
        let unreadable = folder.write("h-secret.txt", Self.good)
        chmod(unreadable, 0)
        defer { chmod(unreadable, 0o644) }
        var printed: [String] = []
        let corpus = try CorpusLoader.load(paths: [folder.path], problem: { printed.append($0.description) })
        #expect(corpus.articles.map(\.id) == (getuid() == 0 ? ["a-good", "h-secret"] : ["a-good"]))
        let reasons = Dictionary(corpus.problems.map { (($0.path as NSString).lastPathComponent, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["b-empty.txt"] == "empty file")
        #expect(reasons["c-binary.dat"] == "binary file, not text")
        #expect(reasons["d-doc.pdf"] == "PDF document, not text")
        #expect(reasons["e-broken.xml"]?.hasPrefix("malformed XML") == true)
        #expect(reasons["f-broken.json"] == "malformed JSON: not valid JSON")
        #expect(reasons["g-blank.txt"] == "no text in file")
        if getuid() != 0 { #expect(reasons["h-secret.txt"] == "cannot read: permission denied") }
        // One problem per bad file, each printed once as it was found.
        #expect(Set(corpus.problems.map(\.path)).count == corpus.problems.count)
        #expect(printed == corpus.problems.map(\.description))
        #expect(LoadExitStatus.of(corpus) == 0)
    }

    @Test func nothingLoadedMeansExitStatusTwo() throws {
        let folder = TemporaryFolder()
        let empty = folder.write("empty.txt", "")
        let corpus = try CorpusLoader.load(paths: [empty])
        #expect(corpus.articles.isEmpty)
        #expect(LoadExitStatus.of(corpus) == 2)
        var lines: [String] = []
        let outcome = CommandLineLoad.load(paths: [empty], errorOutput: { lines.append($0) })
        #expect(outcome.exitStatus == 2)
        #expect(lines.first == "gainsay: \(empty): empty file")
        #expect(lines.last?.contains("no articles could be loaded") == true)
    }

    @Test func missingPathIsAClearErrorBeforeAnythingIsRead() throws {
        let folder = TemporaryFolder()
        let good = folder.write("good.txt", Self.good)
        let missing = folder.path + "/nope.txt"
        #expect(throws: LoadError.pathNotFound(missing)) { try CorpusLoader.load(paths: [good, missing]) }
        var lines: [String] = []
        let outcome = CommandLineLoad.load(paths: [good, missing], errorOutput: { lines.append($0) })
        #expect(outcome.exitStatus == 2)
        #expect(lines == ["gainsay: \(missing): no such file or directory"])
    }

    @Test func devicesAreRefusedNotReadForever() throws {
        let corpus = try CorpusLoader.load(paths: ["/dev/zero"])
        #expect(corpus.problems.first?.reason.contains("not a regular file") == true)
    }

    @Test func aDirectoryNamedAsAFileInsideIsWalked() throws {
        let folder = TemporaryFolder()
        folder.write("one/two/three.md", "# Deep title\n\nThe deep article said this.\n")
        folder.write(".hidden/secret.txt", Self.good)
        folder.write(".hidden.txt", Self.good)
        folder.write("page_files/script.js", "var a = 1;")
        folder.write("page_files/style.css", "p { color: red }")
        let corpus = try CorpusLoader.load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == ["three"])
        #expect(corpus.articles.first?.title == "Deep title")
        #expect(corpus.problems.isEmpty)
    }

    @Test func problemPathsAreSanitised() {
        let problem = LoadProblem(path: "evil\u{1B}]2;PWNED\u{07}.txt", reason: "bad\u{1B}[31m")
        #expect(!holdsUnsafeScalar(problem.description))
        #expect(problem.description == "evil.txt: bad")
    }
}

@Suite struct IngestCorpusTests {
    @Test func severalPathsAndStandardInput() throws {
        let folder = TemporaryFolder()
        let a = folder.write("a.txt", "Alpha\n\nThe alpha article said one thing.\n")
        let b = folder.write("sub/b.html", "<html><head><title>Beta</title></head><body><p>The beta article denied another thing.</p></body></html>")
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let stdinText = Array("{\"title\": \"Gamma\", \"text\": \"The gamma record confirmed a third thing.\"}\n".utf8)
        _ = stdinText.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        defer { close(fds[0]) }
        let corpus = try CorpusLoader.load(paths: [a, "-", folder.path + "/sub"], standardInput: fds[0])
        #expect(corpus.articles.map(\.title) == ["Alpha", "Gamma", "Beta"])
        #expect(corpus.articles.map(\.id) == ["a", "stdin-1", "b"])
        #expect(corpus.articles[1].path == "-")
        #expect(corpus.articles[2].path == b)
    }

    @Test func idsAreUniqueAndStable() throws {
        let folder = TemporaryFolder()
        folder.write("x/story.txt", "One\n\nThe first story said this thing clearly.\n")
        folder.write("y/story.txt", "Two\n\nThe second story denied that other thing.\n")
        folder.write("z/story.md", "Three\n\nA third story confirmed something else again.\n")
        let first = try CorpusLoader.load(paths: [folder.path])
        let second = try CorpusLoader.load(paths: [folder.path])
        #expect(first.articles.map(\.id) == ["story", "story-2", "story-3"])
        #expect(first.articles.map(\.id) == second.articles.map(\.id))
    }

    @Test func theSameStoryTwiceShowsOnceWithBothSources() throws {
        let folder = TemporaryFolder()
        let body = "The harbour authority said on Tuesday that the port would stay closed until Friday because of the storm damage."
        folder.write("a.html", """
            <html><head><title>Port closed</title><meta property="og:site_name" content="Daily Example"></head>
            <body><article><p>\(body)</p></article></body></html>
            """)
        folder.write("b.xml", """
            <rss><channel><title>Example Wire</title><item><title>Port stays shut</title>
            <description>\(body.replacingOccurrences(of: "the port", with: "the  PORT"))</description></item></channel></rss>
            """)
        let corpus = try CorpusLoader.load(paths: [folder.path])
        #expect(corpus.articles.count == 1)
        let article = try #require(corpus.articles.first)
        #expect(article.source == "Daily Example")
        #expect(article.alsoFrom == ["Example Wire (\(folder.path)/b.xml)"])
    }

    @Test func shortItemsAreNotMergedAsDuplicates() {
        var corpus = LoadedCorpus()
        corpus.add(Article(id: "a", title: "A", paragraphs: ["Live updates"]))
        corpus.add(Article(id: "b", title: "B", paragraphs: ["Live updates"]))
        #expect(corpus.articles.count == 2)
    }

    @Test func addKeepsIdsUniqueEvenAfterOutsideChanges() {
        var corpus = LoadedCorpus(articles: [Article(id: "a", title: "A", paragraphs: ["x"])])
        corpus.add(Article(id: "a", title: "A2", paragraphs: ["y"]))
        #expect(corpus.articles.map(\.id) == ["a", "a-2"])
        corpus.articles.append(Article(id: "a-3", title: "A3", paragraphs: ["z"]))
        corpus.add(Article(id: "a", title: "A4", paragraphs: ["w"]))
        #expect(corpus.articles.map(\.id) == ["a", "a-2", "a-3", "a-4"])
    }

    @Test func progressIsReportedPerFile() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", "Alpha\n\nThe alpha article said one thing.\n")
        folder.write("b.txt", "Beta\n\nThe beta article said another thing.\n")
        var seen: [LoadProgress] = []
        _ = try CorpusLoader.load(paths: [folder.path], progress: { seen.append($0) })
        #expect(seen.contains { $0.path.hasSuffix("a.txt") && $0.filesTotal == 2 && $0.filesDone == 0 })
        #expect(seen.contains { $0.path.hasSuffix("b.txt") && $0.filesDone == 1 && $0.articles == 1 })
        let line = LoadProgressPrinter.line(for: LoadProgress(path: "big.jsonl", bytesRead: 120_000_000, bytesTotal: 200_000_000,
                                                              articles: 45000, filesDone: 0, filesTotal: 3))
        #expect(line == "loading big.jsonl: 120 / 200 MB, 45000 articles (file 1 of 3)")
    }

    @Test func progressPrinterStaysSilentForShortLoadsAndWhenDisabled() {
        var written: [String] = []
        let printer = LoadProgressPrinter(enabled: true, write: { written.append($0) })
        printer.show(LoadProgress(path: "a", bytesRead: 1, bytesTotal: 2, articles: 0, filesDone: 0, filesTotal: 1))
        printer.finish()
        #expect(written.isEmpty)
        let disabled = LoadProgressPrinter(enabled: false, write: { written.append($0) })
        disabled.show(LoadProgress(path: "a", bytesRead: 1, bytesTotal: 2, articles: 0, filesDone: 0, filesTotal: 1))
        #expect(written.isEmpty)
    }

    @Test func commandLoadFallsBackToDefaultFilesOnlyWithoutPaths() throws {
        let seeds = [(name: "one.txt", bytes: Array("Title\n\nThe text said so.\n".utf8))]
        var lines: [String] = []
        let outcome = CommandLineLoad.load(paths: [], defaultFiles: seeds, errorOutput: { lines.append($0) })
        #expect(outcome.exitStatus == 0)
        #expect(outcome.corpus.articles.map(\.id) == ["one"])
        let folder = TemporaryFolder()
        let other = folder.write("two.txt", "Other\n\nAnother text said so.\n")
        let named = CommandLineLoad.load(paths: [other], defaultFiles: seeds, errorOutput: { lines.append($0) })
        #expect(named.corpus.articles.map(\.id) == ["two"])
        #expect(lines.isEmpty)
    }

    @Test func seedsStillLoadUnchanged() {
        let corpus = CorpusLoader.load(files: [("one.txt", Array("Title\n\nThe text said so.\n".utf8))])
        #expect(corpus.articles.first?.path == "seeds/one.txt")
        #expect(corpus.articles.first?.id == "one")
    }
}
