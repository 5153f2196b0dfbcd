import Foundation

/// Loading as every command does it (`browse`, `extract`, `articles`), so they all behave alike:
/// progress on standard error (see `LoadProgressPrinter`), one line per problem on standard error
/// as it is found ("gainsay: PATH: REASON"), a clear message for a path that does not exist or
/// when nothing loaded, and the exit status of `LoadExitStatus`.
public enum CommandLineLoad {
    /// The result of loading for a command.
    public struct Outcome: Sendable {
        /// What loaded (empty when nothing did).
        public var corpus: LoadedCorpus
        /// 0 when the command should go on; otherwise the status to exit with.
        public var exitStatus: Int32
    }

    /// Loads `paths`, or `defaultFiles` (the embedded seeds) when no path is given: the one call a
    /// command needs, e.g. `CommandLineLoad.load(paths: paths, defaultFiles: SeedCorpus.namedBytes)`
    /// followed by `guard outcome.exitStatus == 0 else { throw ExitCode(outcome.exitStatus) }`.
    public static func load(paths: [String], defaultFiles: [(name: String, bytes: [UInt8])],
                            errorOutput: @escaping (String) -> Void = writeToStandardError) -> Outcome {
        guard paths.isEmpty else { return load(paths: paths, errorOutput: errorOutput) }
        let corpus = CorpusLoader.load(files: defaultFiles)
        for problem in corpus.problems { errorOutput("gainsay: \(problem)") }
        return Outcome(corpus: corpus, exitStatus: LoadExitStatus.of(corpus))
    }

    /// Loads `paths`, reporting on `errorOutput` (standard error by default).
    public static func load(paths: [String], errorOutput: @escaping (String) -> Void = writeToStandardError) -> Outcome {
        reporting(paths: paths, errorOutput: errorOutput) { progress, problem in
            try CorpusLoader.load(paths: paths, progress: progress, problem: problem)
        }
    }

    /// Streams `paths` (or `defaultFiles` when none is given) to `article` one article at a time,
    /// reporting as `load` does; returns the exit status (0 when anything loaded).
    public static func stream(paths: [String], defaultFiles: [(name: String, bytes: [UInt8])],
                              errorOutput: @escaping (String) -> Void = writeToStandardError,
                              article: @escaping (Article) -> Void) -> Int32 {
        guard !paths.isEmpty else {
            let outcome = load(paths: paths, defaultFiles: defaultFiles, errorOutput: errorOutput)
            outcome.corpus.articles.forEach(article)
            return outcome.exitStatus
        }
        return reporting(paths: paths, errorOutput: errorOutput) { progress, problem in
            try CorpusLoader.stream(paths: paths, progress: progress, problem: problem, article: article)
        }.exitStatus
    }

    /// Runs one load with progress on standard error, each problem reported as it is found, and
    /// the closing messages (repeated stories dropped while streaming, nothing loaded, a path that
    /// does not exist): the part `load` and `stream` share.
    private static func reporting(
        paths: [String], errorOutput: @escaping (String) -> Void,
        _ run: (_ progress: @escaping (LoadProgress) -> Void, _ problem: @escaping (LoadProblem) -> Void) throws -> LoadedCorpus
    ) -> Outcome {
        let printer = LoadProgressPrinter()
        defer { printer.finish() }
        do {
            let corpus = try run(printer.show) { problem in
                printer.finish()
                errorOutput("gainsay: \(problem)")
            }
            printer.finish()
            if corpus.droppedDuplicates > 0 {
                errorOutput("gainsay: \(corpus.droppedDuplicates) repeated \(corpus.droppedDuplicates == 1 ? "story" : "stories") skipped")
            }
            let status = LoadExitStatus.of(corpus)
            if status != LoadExitStatus.success {
                errorOutput("gainsay: no articles could be loaded from \(paths.count == 1 ? "that path" : "those paths")")
            }
            return Outcome(corpus: corpus, exitStatus: status)
        } catch let error as LoadError {
            errorOutput("gainsay: \(error)")
            return Outcome(corpus: LoadedCorpus(), exitStatus: LoadExitStatus.of(error))
        } catch {
            errorOutput("gainsay: \(error)")
            return Outcome(corpus: LoadedCorpus(), exitStatus: LoadExitStatus.nothingLoaded)
        }
    }

    /// Writes one line to standard error.
    public static func writeToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
