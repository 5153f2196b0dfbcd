import Foundation

/// A file that could not be loaded, and why, in words a user can act on.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}

/// What a load produced: every article that could be read, and one problem per file that could not.
public struct LoadedCorpus: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]
    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}

/// Errors that stop a load as a whole (as opposed to one bad file among many).
public enum LoadError: Error, Sendable, CustomStringConvertible, Equatable {
    case pathNotFound(String)
    public var description: String {
        switch self {
        case .pathNotFound(let path): return "\(path): no such file or directory"
        }
    }
}

/// Loads articles from files, folders and in-memory files.
public enum CorpusLoader {
    /// Loads every path in order; folders are walked recursively in file-name order.
    /// Throws only when a path does not exist; unreadable or unusable files become `problems`.
    public static func load(paths: [String]) throws -> LoadedCorpus {
        var corpus = LoadedCorpus()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError.pathNotFound(path)
            }
            if isDirectory.boolValue {
                for file in filesBelow(path) { loadFile(file, into: &corpus) }
            } else {
                loadFile(path, into: &corpus)
            }
        }
        return corpus
    }

    /// Loads in-memory files (the embedded seeds): each is (file name, bytes).
    public static func load(files: [(name: String, bytes: [UInt8])], pathPrefix: String = "seeds/") -> LoadedCorpus {
        var corpus = LoadedCorpus()
        for file in files {
            parse(bytes: file.bytes, fileName: file.name, path: pathPrefix + file.name, into: &corpus)
        }
        return corpus
    }

    /// Parses one file's bytes, adding its article or its problem to `corpus`.
    public static func parse(bytes: [UInt8], fileName: String, path: String, into corpus: inout LoadedCorpus) {
        if bytes.isEmpty {
            corpus.problems.append(LoadProblem(path: path, reason: "empty file"))
            return
        }
        if TextDecoding.looksBinary(bytes) {
            corpus.problems.append(LoadProblem(path: path, reason: "binary file, not text"))
            return
        }
        let text = TextDecoding.decode(bytes).text
        let article = PlainTextArticle.parse(text, id: articleID(fileName: fileName), path: path)
        if article.paragraphs.isEmpty && article.title == article.id {
            corpus.problems.append(LoadProblem(path: path, reason: "no text in file"))
            return
        }
        corpus.articles.append(article)
    }

    /// The article id for a file: its name without the last extension.
    public static func articleID(fileName: String) -> String {
        let name = (fileName as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    private static func loadFile(_ path: String, into corpus: inout LoadedCorpus) {
        guard let data = FileManager.default.contents(atPath: path) else {
            corpus.problems.append(LoadProblem(path: path, reason: "cannot read file (permission denied?)"))
            return
        }
        parse(bytes: [UInt8](data), fileName: path, path: path, into: &corpus)
    }

    /// Regular files below `directory`, skipping hidden ones, sorted by path for a stable order.
    static func filesBelow(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }
}
