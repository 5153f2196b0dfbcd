import Foundation
@testable import GainsayCore

/// A temporary folder for one test, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "gainsay-ingest-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` (sub-folders created) and returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let full = (path as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

/// Parses in-memory bytes as the loader would parse a file named `name`.
func parseFile(_ name: String, _ text: String) -> LoadedCorpus {
    parseFile(name, Array(text.utf8))
}

func parseFile(_ name: String, _ bytes: [UInt8]) -> LoadedCorpus {
    var corpus = LoadedCorpus()
    CorpusLoader.parse(bytes: bytes, fileName: name, path: name, into: &corpus)
    return corpus
}

/// Every string field of an article, for "nothing unsafe anywhere" checks.
func allFields(_ article: Article) -> [String] {
    [article.id, article.title, article.text, article.source ?? "", article.date ?? "", article.url ?? "",
     article.path ?? ""] + article.paragraphs + article.alsoFrom
}

/// True when `text` holds a C0/C1 control (other than none at all), ESC, or a bidi override.
func holdsUnsafeScalar(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
        let v = scalar.value
        return (v < 0x20 && v != 0x0A) || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }
}
