#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import GainsayCore
import GainsaySeeds
import GainsayUI

/// `gainsay [browse] [PATH ...]`: opens the browser (the seeds when no path is given).
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the browser on articles (default: the embedded seeds).",
        discussion: "Keys: j/k move, Enter open, q back (quits from the list), Q quit, ? help."
    )

    @Argument(help: "Files or folders of articles. None: the embedded seed articles.")
    var paths: [String] = []

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (text selection).")
    var noMouse = false

    func run() throws {
        let corpus: LoadedCorpus
        do {
            corpus = paths.isEmpty
                ? CorpusLoader.load(files: SeedCorpus.files.map { ($0.name, $0.bytes) })
                : try CorpusLoader.load(paths: paths)
        } catch {
            printError("gainsay: \(error)")
            throw ExitCode(2)
        }
        for problem in corpus.problems { printError("gainsay: skipped \(problem)") }
        guard !corpus.articles.isEmpty else {
            printError("gainsay: no articles to show")
            throw ExitCode(1)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError("gainsay: the browser needs a terminal on standard input and output; run it in a terminal (not through a pipe or a file)")
            throw ExitCode(2)
        }
        let skipped = corpus.problems.count
        let notice = skipped == 0 ? nil : "\(skipped) file\(skipped == 1 ? "" : "s") skipped (see stderr)"
        let environment = ProcessInfo.processInfo.environment
        let state = AppState(articles: corpus.articles, cols: 80, rows: 24, notice: notice)
        let status: Int32
        do {
            status = try BrowserLoop.run(state: state, mouse: !noMouse, environment: environment)
        } catch {
            printError("gainsay: \(error)")
            throw ExitCode(1)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
