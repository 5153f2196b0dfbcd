import Foundation

/// How far a load has come, reported to a `progress` callback while files are read.
public struct LoadProgress: Sendable, Equatable {
    /// The file being read (`-` for standard input).
    public var path: String
    /// Bytes of that file read so far.
    public var bytesRead: Int
    /// The file's size, when known (not for pipes).
    public var bytesTotal: Int?
    /// Articles loaded so far, over all files.
    public var articles: Int
    /// Files finished so far, and how many there are in all.
    public var filesDone: Int
    public var filesTotal: Int
}

/// Prints load progress on standard error, for the commands.
///
/// Policy: nothing is printed unless standard error is a terminal (so logs and pipes stay clean),
/// and nothing until the load has taken more than a second (small loads stay silent); then one
/// line, rewritten in place at most ten times a second, and erased when the load ends.
public final class LoadProgressPrinter {
    private let start = Date()
    private var lastPrint = Date.distantPast
    private var printed = false
    private let enabled: Bool
    private let write: (String) -> Void

    /// `enabled` defaults to whether standard error is a terminal; `write` to standard error.
    public init(enabled: Bool = isatty(2) == 1, write: @escaping (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }) {
        self.enabled = enabled
        self.write = write
    }

    /// Shows `progress` if the load has run for a second and the last line is 0.1 s old.
    public func show(_ progress: LoadProgress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastPrint) >= 0.1 else { return }
        lastPrint = now
        printed = true
        write("\r\u{1B}[K" + Self.line(for: progress))
    }

    /// Erases the progress line, if one was printed.
    public func finish() {
        if printed { write("\r\u{1B}[K") }
        printed = false
    }

    /// The text of a progress line, e.g. "loading big.jsonl: 120 / 200 MB, 45000 articles (file 1 of 3)".
    public static func line(for progress: LoadProgress) -> String {
        let megabytes = { (bytes: Int) in String(bytes / 1_000_000) }
        var line = "loading \(TextSanitizer.clean(progress.path, keepNewlines: false)): \(megabytes(progress.bytesRead))"
        if let total = progress.bytesTotal { line += " / \(megabytes(total))" }
        line += " MB, \(progress.articles) articles"
        if progress.filesTotal > 1 { line += " (file \(min(progress.filesDone + 1, progress.filesTotal)) of \(progress.filesTotal))" }
        return line
    }
}
