/// A file that could not be loaded, and why, in words a user can act on.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        // Paths are user data too: a file name can hold an escape sequence.
        self.path = TextSanitizer.clean(path, keepNewlines: false)
        self.reason = TextSanitizer.clean(reason, keepNewlines: false)
    }
    public var description: String { "\(path): \(reason)" }
}

/// What a load produced: every article that could be read, and one problem per file that could not.
///
/// Articles are added through `add(_:)`, which keeps ids unique and folds a story loaded twice
/// into one article whose `alsoFrom` names the other copy.
public struct LoadedCorpus: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    /// False while streaming (`CorpusLoader.stream`): articles are handed on as they are read and
    /// not kept, so only the fingerprints of their stories stay; a later copy of a story that was
    /// already handed on is dropped and counted in `droppedDuplicates`.
    public var retainsArticles = true
    /// Copies of a story dropped while streaming (they cannot join an article already handed on).
    public private(set) var droppedDuplicates = 0
    /// Articles handed on while streaming (they are no longer in `articles`).
    public private(set) var streamedCount = 0

    /// Index of what `add` has seen; rebuilt when `articles` was changed from outside.
    private var ids: Set<String> = []
    private var stories: [StoryFingerprint: Int] = [:]
    private var indexedCount = 0

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }

    /// Adds an article: every field sanitised; the id made unique ("name", "name-2", …) in load
    /// order; a story whose text was already loaded is not added again, its origin is appended to
    /// the first copy's `alsoFrom` instead. Returns false when it was folded into another.
    @discardableResult
    public mutating func add(_ article: Article) -> Bool {
        reindexIfNeeded()
        let safe = Self.sanitized(article)
        let fingerprint = StoryFingerprint(paragraphs: safe.paragraphs)
        if let fingerprint, let index = stories[fingerprint] {
            guard index >= 0 else {
                droppedDuplicates += 1
                return false
            }
            var kept = articles[index]
            var origin = Self.origin(of: safe)
            if safe.path != nil && safe.path == kept.path {
                // Two records of one file: the path alone would not say which.
                origin += " #\(safe.id)"
            }
            if !kept.alsoFrom.contains(origin) { kept.alsoFrom.append(origin) }
            for other in safe.alsoFrom where !kept.alsoFrom.contains(other) { kept.alsoFrom.append(other) }
            articles[index] = kept
            return false
        }
        var unique = safe
        unique.id = uniqueID(safe.id)
        ids.insert(unique.id)
        if let fingerprint { stories[fingerprint] = retainsArticles ? articles.count : -1 }
        articles.append(unique)
        indexedCount = articles.count
        return true
    }

    /// Takes the articles added since the last call (streaming: the loader hands them on at once).
    mutating func drainArticles() -> [Article] {
        let drained = articles
        streamedCount += drained.count
        articles = []
        indexedCount = 0
        return drained
    }

    /// How a folded duplicate is named in `alsoFrom`: its outlet and where it was read from,
    /// e.g. "Example Wire (feeds/wire.xml)", or just the place when the outlet is unknown.
    static func origin(of article: Article) -> String {
        let place = article.path ?? article.url ?? article.id
        guard let source = article.source, !source.isEmpty else { return place }
        return "\(source) (\(place))"
    }

    private func uniqueIDCandidate(_ base: String, _ n: Int) -> String { n == 1 ? base : "\(base)-\(n)" }

    private func uniqueID(_ id: String) -> String {
        let base = id.isEmpty ? "article" : id
        var n = 1
        while ids.contains(uniqueIDCandidate(base, n)) { n += 1 }
        return uniqueIDCandidate(base, n)
    }

    private mutating func reindexIfNeeded() {
        guard retainsArticles else { return }
        guard indexedCount != articles.count || (ids.isEmpty && !articles.isEmpty) else { return }
        ids = Set(articles.map(\.id))
        stories = [:]
        for (index, article) in articles.enumerated() {
            if let fingerprint = StoryFingerprint(paragraphs: article.paragraphs), stories[fingerprint] == nil {
                stories[fingerprint] = index
            }
        }
        indexedCount = articles.count
    }

    /// The article with every field safe to print: no controls, escapes or bidi overrides.
    static func sanitized(_ article: Article) -> Article {
        let field = { (value: String) -> String in ArticleText.field(value) }
        let optional = { (value: String?) -> String? in value.map(field).flatMap { $0.isEmpty ? nil : $0 } }
        let dirtyParagraphs = article.paragraphs.contains { TextSanitizer.needsCleaning($0, keepNewlines: false) }
        let id = field(article.id), title = field(article.title)
        let source = optional(article.source), date = optional(article.date)
        let url = optional(article.url), path = optional(article.path)
        let alsoFrom = article.alsoFrom.map(field)
        if !dirtyParagraphs && id == article.id && title == article.title && source == article.source
            && date == article.date && url == article.url && path == article.path && alsoFrom == article.alsoFrom {
            return article
        }
        let paragraphs = dirtyParagraphs
            ? article.paragraphs.map { ArticleText.collapseSpaces(TextSanitizer.clean($0, keepNewlines: false)) }.filter { !$0.isEmpty }
            : article.paragraphs
        return Article(id: id, title: title, paragraphs: paragraphs, source: source, date: date, url: url,
                       path: path, alsoFrom: alsoFrom)
    }

    /// Records a problem.
    public mutating func report(_ problem: LoadProblem) { problems.append(problem) }
}

/// Errors that stop a load as a whole (as opposed to one bad file among many).
public enum LoadError: Error, Sendable, CustomStringConvertible, Equatable {
    case pathNotFound(String)
    public var description: String {
        switch self {
        case .pathNotFound(let path): return "\(TextSanitizer.clean(path, keepNewlines: false)): no such file or directory"
        }
    }
}

/// The exit status every command that loads articles uses, so `browse`, `extract` and `articles`
/// agree: 0 when at least one article loaded (problems with other files are reported but are not
/// failures), 2 when nothing loaded or a named path does not exist.
public enum LoadExitStatus {
    public static let success: Int32 = 0
    public static let nothingLoaded: Int32 = 2

    public static func of(_ corpus: LoadedCorpus) -> Int32 {
        corpus.articles.isEmpty && corpus.streamedCount == 0 ? nothingLoaded : success
    }

    public static func of(_ error: LoadError) -> Int32 { nothingLoaded }
}
