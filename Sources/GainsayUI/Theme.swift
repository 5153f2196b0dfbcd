/// What a piece of text *is*, not what colour it has: the terminal adapter maps each role to a
/// colour pair (256 colours, 8 colours, or none with `NO_COLOR`), so screens never name colours.
public enum ColorRole: UInt8, Sendable, CaseIterable, Hashable {
    case normal
    case title
    case statusBar
    case selection
    case header
    case claim
    case denial
    case neutral
    case dim
    case highlight
    case help
    case warning
}

/// The look of one cell: a colour role plus attributes. Attributes carry meaning on their own so
/// that every marker still reads on a terminal without colour.
public struct CellStyle: Sendable, Hashable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let normal = CellStyle()
}

/// Every style the screens use, in one place.
public enum Theme {
    public static let normal = CellStyle(.normal)
    /// The top bar of each screen.
    public static let titleBar = CellStyle(.title, bold: true, reverse: true)
    /// The bottom line: position and the keys that matter.
    public static let statusBar = CellStyle(.statusBar, reverse: true)
    public static let selection = CellStyle(.selection, bold: true, reverse: true)
    /// The selected row of a list while another pane has the focus: still marked, not inverted.
    public static let selectionUnfocused = CellStyle(.normal, bold: true, underline: true)
    public static let columnHeader = CellStyle(.header, bold: true, underline: true)
    public static let articleHeading = CellStyle(.title, bold: true)
    public static let dim = CellStyle(.dim, dim: true)
    public static let claim = CellStyle(.claim, bold: true)
    public static let denial = CellStyle(.denial, underline: true)
    public static let neutral = CellStyle(.neutral)
    public static let highlight = CellStyle(.highlight, bold: true, underline: true)
    public static let helpKey = CellStyle(.help, bold: true)
    /// The selected statement in the reader text: reversed, so it shows without colour.
    public static let currentStatement = CellStyle(.selection, reverse: true)
    /// A focused pane's header.
    public static let focusedHeader = CellStyle(.header, bold: true, reverse: true)
    public static let warning = CellStyle(.warning, bold: true)
}

/// Layout constants, in one place, so screens agree and tests can name them.
public enum Layout {
    /// Below this size the screens show a "terminal too small" message instead of a layout.
    /// 20x6 still fits a title bar, four rows of content and a status line.
    public static let minimumColumns = 20
    public static let minimumRows = 6
    /// Rows taken by the title bar (top) and the status line (bottom) on every screen.
    public static let chromeRows = 2
    /// Columns of margin on each side of the reader text when the terminal is wide enough.
    public static let readerMargin = 2
    /// Widths at which the reader starts using margins and stops widening the text.
    public static let readerMarginFromColumns = 40
    public static let readerMaxTextColumns = 100
    /// The article list shows its paragraph count column from this width on, and its
    /// claims/denials column from the next.
    public static let listColumnsFromColumns = 40
    public static let listStanceColumnFromColumns = 60
    /// Widths of the paragraph count column and of the claims/denials column (with their gaps).
    public static let paragraphColumnWidth = 7
    public static let stanceColumnWidth = 18
    /// The claims/denials bar's full length, in columns.
    public static let barColumns = 8
    /// The list's date/source column: from this width on, at most this wide.
    public static let listSourceColumnFromColumns = 70
    public static let listSourceColumns = 28
    /// The widest the list's title column gets (long titles end in `…`).
    public static let listMaxTitleColumns = 110
    /// From this height the article list shows the selected article's statements below it.
    public static let splitFromRows = 14
    /// Lines a mouse wheel notch scrolls.
    public static let wheelLines = 3
    /// The speakers list's share of the body (their statements take the rest).
    public static let speakerListShare = 0.4
    /// What an unknown count shows.
    public static let unknownCount = "–"
    public static let ellipsis: Unicode.Scalar = "…"
}
