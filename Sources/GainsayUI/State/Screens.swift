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

/// The article list: which row is selected and which is at the top of the view. Rows are
/// positions in the list the stance filter leaves (all articles when the filter is off).
public struct ArticleListScreen: Sendable, Hashable {
    public var selected: Int = 0
    public var top: Int = 0
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }
}

/// Where keys go on the reader: scrolling the text, or moving through the statement pane.
public enum ReaderFocus: Sendable, Hashable { case text, pane }

/// One open article: its text wrapped for the current width (computed on open and on resize,
/// never on a key press), the first visible line, and the selected statement.
public struct ReaderScreen: Sendable, Hashable {
    public var article: Int
    public var top: Int = 0
    /// The wrapped lines and the text width they were wrapped at.
    public var lines: [WrappedLine]
    public var width: Int
    /// The selected statement (an index into the corpus statements), if any.
    public var statement: Int?
    public var focus: ReaderFocus = .text

    public init(article: Int, top: Int = 0, lines: [WrappedLine], width: Int, statement: Int? = nil, focus: ReaderFocus = .text) {
        self.article = article
        self.top = top
        self.lines = lines
        self.width = width
        self.statement = statement
        self.focus = focus
    }
}

/// Where keys go on the claims-vs-denials screen: `Tab` cycles list → claims → denials.
public enum ColumnFocus: Sendable, Hashable { case list, claims, denials }

/// Claims vs denials: the selected proposition (a row of the filtered list), and in its two
/// columns the selected entry of each and the first visible line.
public struct PropositionsScreen: Sendable, Hashable {
    public var selected: Int = 0
    public var top: Int = 0
    public var focus: ColumnFocus = .list
    /// Selected entries, as positions in the flattened columns.
    public var claim: Int = 0
    public var denial: Int = 0
    public var detailTop: Int = 0
    public init(selected: Int = 0) { self.selected = selected }
}

/// Where keys go on the speakers screen.
public enum SpeakerFocus: Sendable, Hashable { case list, statements }

/// Speakers: the selected speaker (a row of the filtered list) and their selected statement.
public struct SpeakersScreen: Sendable, Hashable {
    public var selected: Int = 0
    public var top: Int = 0
    public var focus: SpeakerFocus = .list
    public var statement: Int = 0
    public var detailTop: Int = 0
    public init(selected: Int = 0) { self.selected = selected }
}

/// The key help, scrolled to `top`.
public struct HelpScreen: Sendable, Hashable {
    public var top: Int = 0
    public init(top: Int = 0) { self.top = top }
}

/// One entry of the screen stack.
public enum Screen: Sendable, Hashable {
    case articles(ArticleListScreen)
    case reader(ReaderScreen)
    case propositions(PropositionsScreen)
    case speakers(SpeakersScreen)
    case help(HelpScreen)

    public var kind: ScreenKind {
        switch self {
        case .articles: return .articles
        case .reader: return .reader
        case .propositions: return .propositions
        case .speakers: return .speakers
        case .help: return .help
        }
    }
}

/// The `/` search: the query, whether it is still being typed, and where it started (so `Esc`
/// puts the view back).
public struct SearchState: Sendable, Hashable {
    public internal(set) var query: String = ""
    public internal(set) var editing: Bool = false
    /// The folded query as UTF-8 (for the corpus haystacks) and as scalars (for highlighting).
    var needle: [UInt8] = []
    var scalars: [Unicode.Scalar] = []
    var origin: Screen?

    public init() {}

    /// True when a query is set: matches are highlighted and `n`/`N` jump between them.
    public var isActive: Bool { !needle.isEmpty }

    mutating func set(_ query: String) {
        self.query = query
        scalars = query.unicodeScalars.map(SearchText.fold)
        needle = SearchText.folded(query)
    }
}
