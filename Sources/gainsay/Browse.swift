#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import GainsayCore
import GainsaySeeds
import GainsayUI

/// `gainsay [browse] [PATH ...]`: opens the browser (the seeds when no path is given).
///
/// Loading reports as every command does (`CommandLineLoad`: problems on standard error before
/// the screen opens, exit 2 when a path does not exist or nothing loaded); then the terminal
/// session runs until `q` on the list, `Q`, or a signal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the browser on articles (default: the embedded seeds).",
        discussion: "Keys: j/k move, Enter open, 2 claims vs denials, 3 speakers, / search, f filter, q back (quits from the list), Q quit, ? all keys."
    )

    @Argument(help: "Files or folders of articles. None: the embedded seed articles.")
    var paths: [String] = []

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    func run() throws {
        // Keys come from standard input, so articles cannot: say so before reading anything.
        if paths.contains("-") {
            CommandLineLoad.writeToStandardError("gainsay: browse reads keys from standard input, so it cannot read articles from it; pass files, or use `gainsay extract -`")
            throw ExitCode(2)
        }
        let outcome = CommandLineLoad.load(paths: paths, defaultFiles: SeedCorpus.namedBytes)
        guard outcome.exitStatus == LoadExitStatus.success else { throw ExitCode(outcome.exitStatus) }
        let corpus = outcome.corpus
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            CommandLineLoad.writeToStandardError("gainsay: the browser needs a terminal on standard input and output; run it in a terminal (not through a pipe or a file), or use `gainsay articles` / `gainsay extract` for text output")
            throw ExitCode(2)
        }
        let skipped = corpus.problems.count
        let notice = skipped == 0 ? nil : "\(skipped) file\(skipped == 1 ? "" : "s") skipped (see stderr)"
        // Extraction runs once, before the screen opens; every screen reads its results. On a
        // large corpus that takes a moment, so say what is happening instead of a blank wait.
        if corpus.articles.count >= 500 {
            CommandLineLoad.writeToStandardError("gainsay: finding statements in \(corpus.articles.count) articles…")
        }
        let analysis = CorpusAnalysis.analyze(corpus.articles)
        let state = AppState(articles: corpus.articles, cols: 80, rows: 24, analysis: analysis, notice: notice)
        let status: Int32
        do {
            status = try BrowserLoop.run(state: state, mouse: !noMouse, environment: ProcessInfo.processInfo.environment)
        } catch {
            CommandLineLoad.writeToStandardError("gainsay: \(error)")
            throw ExitCode(1)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
