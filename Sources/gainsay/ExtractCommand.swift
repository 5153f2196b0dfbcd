import ArgumentParser
import Foundation
import GainsayCore
import GainsaySeeds

/// Loads the articles a command names (the embedded seeds when no path is given) the way every
/// command does: problems on standard error, exit status 2 when nothing loaded.
enum ArticleSource {
    static func load(_ paths: [String]) throws -> [Article] {
        let outcome = CommandLineLoad.load(paths: paths, defaultFiles: SeedCorpus.namedBytes)
        guard outcome.exitStatus == LoadExitStatus.success else { throw ExitCode(outcome.exitStatus) }
        return outcome.corpus.articles
    }

    /// Hands articles on in batches of `batch` as they are read, never holding the corpus.
    static func stream(_ paths: [String], batch: Int, _ handle: @escaping ([Article]) -> Void) throws {
        var pending: [Article] = []
        let status = CommandLineLoad.stream(paths: paths, defaultFiles: SeedCorpus.namedBytes) { article in
            pending.append(article)
            if pending.count >= batch {
                handle(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { handle(pending) }
        guard status == LoadExitStatus.success else { throw ExitCode(status) }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// `gainsay extract`: every attributed statement, in JSON Lines, JSON, CSV or Markdown.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the attributed statements of articles.")

    @Option(help: "Output format: jsonl, json, csv or markdown.")
    var format: ExportFormat = .jsonl

    @Option(help: "Worker threads (default: all cores). The output does not depend on it.")
    var jobs: Int = CorpusAnalysis.allCores

    @Flag(help: "JSON Lines per article as soon as it is read: speakers and propositions are linked within each article only, and memory stays bounded by the largest article.")
    var stream = false

    @Argument(help: "Files or folders of articles. None: the embedded seed articles.")
    var paths: [String] = []

    func run() throws {
        if stream {
            guard format == .jsonl else { throw ValidationError("--stream writes JSON Lines only") }
            let out = FileHandle.standardOutput
            let workers = max(1, jobs)
            try ArticleSource.stream(paths, batch: workers * 4) { batch in
                CorpusAnalysis.stream(batch, jobs: workers) { statements in
                    out.write(Data(StatementExport.jsonLines(statements).utf8))
                }
            }
            return
        }
        let articles = try ArticleSource.load(paths)
        let analysis = CorpusAnalysis.analyze(articles, jobs: max(1, jobs))
        let labels = Dictionary(analysis.propositions.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let out = FileHandle.standardOutput
        if format == .jsonl {
            // One write per article keeps output flowing for large corpora.
            var index = 0
            while index < analysis.statements.count {
                var end = index
                while end < analysis.statements.count && analysis.statements[end].article == analysis.statements[index].article { end += 1 }
                out.write(Data(StatementExport.jsonLines(Array(analysis.statements[index..<end]), labels: labels).utf8))
                index = end
            }
        } else {
            out.write(Data(StatementExport.render(analysis.statements, format: format, labels: labels).utf8))
        }
    }
}

