import GainsayCore

/// Everything the UI shows: the corpus, the screen stack and the terminal size.
///
/// A value: `update` changes it, `render` reads it, neither touches a terminal, so headless tests
/// drive the whole program through `send`.
public struct AppState: Sendable {
    public var articles: [Article]
    /// Statement counts by article id; an article without an entry shows "–".
    public var stanceCounts: [String: StanceCounts]
    public var keyMap: KeyMap
    /// Lookups computed once after load: what keeps every key press off the corpus.
    public let index: BrowseIndex
    /// Which stances the screens show (`f`).
    public internal(set) var filter: StanceFilter = .all
    public internal(set) var search = SearchState()
    /// The screens, home first. Never empty: `update` never pops the article list.
    public internal(set) var stack: [Screen]
    public internal(set) var cols: Int
    public internal(set) var rows: Int
    /// A one-line message for the status bar (e.g. files that could not be loaded).
    public var notice: String?

    public init(
        articles: [Article],
        cols: Int,
        rows: Int,
        analysis: CorpusAnalysis? = nil,
        stanceCounts: [String: StanceCounts] = [:],
        keyMap: KeyMap = .standard,
        notice: String? = nil
    ) {
        self.articles = articles
        var counts = stanceCounts
        if let analysis {
            let index = BrowseIndex(articles: articles, analysis: analysis)
            self.index = index
            for (position, article) in articles.enumerated() where counts[article.id] == nil {
                counts[article.id] = index.counts[position]
            }
        } else {
            self.index = BrowseIndex.empty(articles: articles)
        }
        self.stanceCounts = counts
        self.keyMap = keyMap
        self.stack = [.articles(ArticleListScreen())]
        self.cols = max(0, cols)
        self.rows = max(0, rows)
        self.notice = notice
    }

    /// The screen on top of the stack: the one shown.
    public var screen: Screen { stack[stack.count - 1] }
    public var screenKind: ScreenKind { screen.kind }

    /// What keys are read as: the search prompt while a query is typed, else the screen.
    public var inputKind: ScreenKind { search.editing ? .search : screenKind }

    /// The action `key` asks for on the current screen.
    public func action(for key: Key) -> Action? {
        keyMap.action(for: key, on: inputKind)
    }

    /// Maps `key` through the key table and applies it; a key that does nothing here gives `.none`.
    @discardableResult
    public mutating func send(_ key: Key) -> Effect {
        guard let action = action(for: key) else { return .none }
        // A notice answers the key before; terminal events (resize) keep it.
        if case .resize = action {} else { notice = nil }
        return update(&self, action)
    }

    /// True when the terminal is big enough for the screens' layouts.
    public var fitsMinimumSize: Bool {
        cols >= Layout.minimumColumns && rows >= Layout.minimumRows
    }

    mutating func replaceTop(_ screen: Screen) {
        stack[stack.count - 1] = screen
    }
}
