import ArgumentParser
import Foundation
import GainsayCore
import GainsaySeeds

/// Loads the articles a command names: the embedded seeds when no path is given.
enum ArticleSource {
    static func load(_ paths: [String]) throws -> [Article] {
        let corpus = paths.isEmpty
            ? CorpusLoader.load(files: SeedCorpus.files.map { ($0.name, $0.bytes) })
            : try CorpusLoader.load(paths: paths)
        for problem in corpus.problems {
            FileHandle.standardError.write(Data(("gainsay: " + TextSanitizer.clean(problem.description, keepNewlines: false) + "\n").utf8))
        }
        return corpus.articles
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
        let articles = try ArticleSource.load(paths)
        if stream {
            guard format == .jsonl else { throw ValidationError("--stream writes JSON Lines only") }
            let out = FileHandle.standardOutput
            CorpusAnalysis.stream(articles, jobs: max(1, jobs)) { statements in
                out.write(Data(StatementExport.jsonLines(statements).utf8))
            }
            return
        }
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

