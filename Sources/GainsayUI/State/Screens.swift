import GainsayCore

/// Claim, denial and neutral statement counts of one article. Issue 4's extraction fills these;
/// until then the list shows `Layout.unknownCount`.
public struct StanceCounts: Sendable, Hashable {
    public var claims: Int
    public var denials: Int
    public var neutral: Int
    public init(claims: Int, denials: Int, neutral: Int = 0) {
        self.claims = claims
        self.denials = denials
        self.neutral = neutral
    }
}

/// The article list: which row is selected and which is at the top of the view.
public struct ArticleListScreen: Sendable, Hashable {
    public var selected: Int = 0
    public var top: Int = 0
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }
}

/// One open article: its text wrapped for the current width (computed on open and on resize,
/// never on a key press) and the first visible line.
public struct ReaderScreen: Sendable, Hashable {
    public var article: Int
    public var top: Int = 0
    /// The wrapped lines and the text width they were wrapped at.
    public var lines: [WrappedLine]
    public var width: Int

    public init(article: Int, top: Int = 0, lines: [WrappedLine], width: Int) {
        self.article = article
        self.top = top
        self.lines = lines
        self.width = width
    }
}

/// The key help, scrolled to `top`.
public struct HelpScreen: Sendable, Hashable {
    public var top: Int = 0
    public init(top: Int = 0) { self.top = top }
}

/// One entry of the screen stack. Later screens (propositions, speakers) join this enum.
public enum Screen: Sendable, Hashable {
    case articles(ArticleListScreen)
    case reader(ReaderScreen)
    case help(HelpScreen)

    public var kind: ScreenKind {
        switch self {
        case .articles: return .articles
        case .reader: return .reader
        case .help: return .help
        }
    }
}
