import Foundation

/// Loads articles from files, folders, standard input and in-memory files, whatever their format
/// (see `InputFormat`). One bad file never stops a load: it becomes one `LoadProblem`.
public enum CorpusLoader {
    /// Loads every path in order; folders are walked recursively in path order (hidden files and
    /// folders, and web-page assets such as images, scripts and style sheets, are skipped); `-`
    /// reads standard input. Throws only when a path does not exist (checked before anything is
    /// read); unreadable or unusable files become `problems`.
    ///
    /// `progress` is called as files are read (often: the caller throttles); `problem` as each
    /// problem is found, so a command can print it at once.
    public static func load(
        paths: [String],
        progress: ((LoadProgress) -> Void)? = nil,
        problem: ((LoadProblem) -> Void)? = nil
    ) throws -> LoadedCorpus {
        try load(paths: paths, standardInput: 0, progress: progress, problem: problem)
    }

    /// Loads like `load(paths:)` but hands each article to `article` as soon as it is read and
    /// keeps none: memory stays bounded by the largest article, not the corpus. A story read a
    /// second time is dropped (counted in the result's `droppedDuplicates`). The result holds the
    /// problems and no articles.
    public static func stream(
        paths: [String],
        progress: ((LoadProgress) -> Void)? = nil,
        problem: ((LoadProblem) -> Void)? = nil,
        article: @escaping (Article) -> Void
    ) throws -> LoadedCorpus {
        try load(paths: paths, standardInput: 0, progress: progress, problem: problem, sink: article)
    }

    static func load(
        paths: [String],
        standardInput: Int32,
        progress: ((LoadProgress) -> Void)? = nil,
        problem: ((LoadProblem) -> Void)? = nil,
        sink: ((Article) -> Void)? = nil
    ) throws -> LoadedCorpus {
        for path in paths where path != "-" && !FileManager.default.fileExists(atPath: path) {
            throw LoadError.pathNotFound(path)
        }
        var inputs: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                inputs += filesBelow(path)
            } else {
                inputs.append(path)
            }
        }
        var session = LoadSession(filesTotal: inputs.count, progress: progress, problem: problem)
        session.standardInput = standardInput
        if let sink {
            session.corpus.retainsArticles = false
            session.sink = sink
        }
        for (index, input) in inputs.enumerated() {
            session.filesDone = index
            session.loadFile(input)
        }
        return session.corpus
    }

    /// Loads in-memory files (the embedded seeds): each is (file name, bytes).
    public static func load(files: [(name: String, bytes: [UInt8])], pathPrefix: String = "seeds/") -> LoadedCorpus {
        var corpus = LoadedCorpus()
        for file in files {
            parse(bytes: file.bytes, fileName: file.name, path: pathPrefix + file.name, into: &corpus)
        }
        return corpus
    }

    /// Parses one file's bytes, adding its articles or its problem to `corpus`.
    public static func parse(bytes: [UInt8], fileName: String, path: String, into corpus: inout LoadedCorpus) {
        var session = LoadSession(corpus: corpus)
        bytes.withUnsafeBytes { session.parse($0, fileName: fileName, path: path) }
        corpus = session.corpus
    }

    /// The article id for a file: its name without the last extension.
    public static func articleID(fileName: String) -> String {
        let name = (fileName as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// Extensions of files that sit beside saved pages but are never articles; skipped when a
    /// folder is walked (a file named on the command line is always tried).
    static let assetExtensions: Set<String> = [
        "js", "mjs", "css", "map", "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp", "tif",
        "tiff", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "m4a", "webm", "ogg", "wav", "mov",
        "wasm", "swf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "exe", "dll", "so", "dylib", "o",
        "pyc", "class", "jar", "db", "sqlite", "lock",
    ]

    /// Regular files below `directory`, skipping hidden ones and assets, sorted by path for a
    /// stable order.
    static func filesBelow(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            if assetExtensions.contains(InputFormat.fileExtension(name)) { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }
}
