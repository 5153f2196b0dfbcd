import ArgumentParser
import Foundation
import GainsayCore
import GainsaySeeds

/// `gainsay articles [--format jsonl|table] [PATH ...]`: lists what was loaded, so a user can see
/// which files became which articles before reading them.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles loaded from files, folders or standard input (-).",
        discussion: """
        Reads plain text, Markdown, HTML pages, RSS/Atom feeds, JSON Lines and JSON arrays, \
        detected by content. Problems with single files are reported on standard error, one line \
        each; the exit status is 0 when anything loaded and 2 when nothing did.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }

    @Option(help: "Output format: jsonl or table.")
    var format: Format = .table

    @Flag(help: "With --format jsonl: include each article's text.")
    var withText = false

    @Flag(help: "List paragraph counts only, without extracting statements (faster on large inputs).")
    var noStatements = false

    @Argument(help: "Files or folders of articles, or - for standard input. None: the embedded seed articles.")
    var paths: [String] = []

    func run() throws {
        let outcome = CommandLineLoad.load(paths: paths, defaultFiles: SeedCorpus.files.map { ($0.name, $0.bytes) })
        guard outcome.exitStatus == LoadExitStatus.success else { throw ExitCode(outcome.exitStatus) }
        let corpus = outcome.corpus
        let counts = articleCounts(for: corpus.articles, withStatements: !noStatements)
        switch format {
        case .jsonl:
            // Written in slices so a listing of 100,000 articles is never one huge string.
            var start = 0
            while start < corpus.articles.count {
                let end = min(corpus.articles.count, start + 1000)
                let slice = ArticleListing.jsonLines(Array(corpus.articles[start..<end]), counts: Array(counts[start..<end]), includeText: withText)
                FileHandle.standardOutput.write(Data(slice.utf8))
                start = end
            }
        case .table:
            let table = ArticleListing.table(corpus.articles, counts: counts, width: terminalWidth())
            FileHandle.standardOutput.write(Data(table.utf8))
        }
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 120
    }
}

/// The counts listed per article, in the articles' order: the one place where they are computed.
/// Statement counts come from the extraction (`CorpusAnalysis.analyze`), split by stance;
/// `withStatements: false` lists paragraph counts only (no extraction, fast on huge corpora).
func articleCounts(for articles: [Article], withStatements: Bool = true) -> [ArticleListing.Counts] {
    guard withStatements else { return articles.map { ArticleListing.Counts(paragraphs: $0.paragraphs.count) } }
    let analysis = CorpusAnalysis.analyze(articles)
    var perArticle: [String: (claims: Int, denials: Int, neutral: Int)] = [:]
    for statement in analysis.statements {
        var tally = perArticle[statement.article] ?? (0, 0, 0)
        switch statement.stance {
        case .claim: tally.claims += 1
        case .denial: tally.denials += 1
        case .neutral: tally.neutral += 1
        }
        perArticle[statement.article] = tally
    }
    return articles.map { article in
        let tally = perArticle[article.id] ?? (0, 0, 0)
        return ArticleListing.Counts(paragraphs: article.paragraphs.count,
                                     statements: tally.claims + tally.denials + tally.neutral,
                                     claims: tally.claims, denials: tally.denials, neutral: tally.neutral)
    }
}
