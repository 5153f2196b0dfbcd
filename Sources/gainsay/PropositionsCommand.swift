import ArgumentParser
import Foundation
import GainsayCore

/// `gainsay propositions`: the propositions with their claim, denial and neutral counts.
struct PropositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "propositions", abstract: "List the propositions found across articles.")

    enum Format: String, ExpressibleByArgument { case jsonl, table }

    @Option(help: "Output format: jsonl or table.")
    var format: Format = .table

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = CorpusAnalysis.allCores

    @Argument(help: "Files or folders of articles. None: the embedded seed articles.")
    var paths: [String] = []

    func run() throws {
        let analysis = CorpusAnalysis.analyze(try ArticleSource.load(paths), jobs: max(1, jobs))
        let text = format == .jsonl ? PropositionExport.jsonLines(analysis.propositions) : PropositionExport.table(analysis.propositions)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
