/// Where each screen puts things for a given terminal size. `update` (to page and keep the
/// selection visible) and `render` (to draw) both ask here, so they cannot disagree.
public struct ListGeometry: Sendable, Equatable {
    public let cols: Int
    public let rows: Int
    /// How many rows the list has, when known: a short list leaves its share to the preview.
    public let count: Int?
    /// True when some article knows its source or date: the list then gives them a column.
    public let hasSources: Bool

    public init(cols: Int, rows: Int, count: Int? = nil, hasSources: Bool = false) {
        self.cols = cols
        self.rows = rows
        self.count = count
        self.hasSources = hasSources
    }

    /// The source/date column, between the title and the counts, when there is width for it.
    public var showsSourceColumn: Bool { hasSources && cols >= Layout.listSourceColumnFromColumns }
    public var sourceWidth: Int { showsSourceColumn ? min(Layout.listSourceColumns, max(10, cols / 5)) : 0 }

    /// The column header row shows when there is height to spare.
    public var showsColumnHeader: Bool { rows >= 8 }
    /// First row of the article rows.
    public var bodyTop: Int { showsColumnHeader ? 2 : 1 }
    /// Rows for the list and the preview together.
    private var available: Int { max(1, rows - Layout.chromeRows - (showsColumnHeader ? 1 : 0)) }
    /// The selected article's statements show below the list when there is height for both.
    public var showsPreview: Bool { rows >= Layout.splitFromRows }
    /// How many article rows fit.
    public var bodyHeight: Int {
        guard showsPreview else { return available }
        return max(3, min(available * 2 / 5, count.map { $0 + 1 } ?? Int.max))
    }
    /// The preview: a header line, then one line per statement.
    public var previewTop: Int { bodyTop + bodyHeight }
    public var previewHeight: Int { showsPreview ? max(0, rows - 1 - previewTop) : 0 }
    public var showsParagraphColumn: Bool { cols >= Layout.listColumnsFromColumns }
    public var showsStanceColumn: Bool { cols >= Layout.listStanceColumnFromColumns }
    /// Columns left for the title: the row minus the marker, the count columns and a margin.
    /// Capped on wide terminals so the counts stay next to the titles they belong to.
    public var titleWidth: Int {
        max(1, min(Layout.listMaxTitleColumns, cols - 3 - countColumnsWidth - (showsSourceColumn ? sourceWidth + 2 : 0)))
    }
    /// The column just after the last count: the right edge of a row's content.
    public var rowEnd: Int { min(cols - 1, 2 + titleWidth + (showsSourceColumn ? sourceWidth + 2 : 0) + countColumnsWidth) }
    /// Where the source/date column starts.
    public var sourceX: Int { 2 + titleWidth + 2 }

    private var countColumnsWidth: Int {
        (showsParagraphColumn ? Layout.paragraphColumnWidth : 0) + (showsStanceColumn ? Layout.stanceColumnWidth : 0)
    }
}

/// The reader and help screens: a title bar, a scrolling body, a status line.
public struct PagerGeometry: Sendable, Equatable {
    public let cols: Int
    public let rows: Int

    public init(cols: Int, rows: Int) {
        self.cols = cols
        self.rows = rows
    }

    public var bodyTop: Int { 1 }
    public var bodyHeight: Int { max(1, rows - Layout.chromeRows) }
    /// The width the reader wraps its text at: the terminal less margins, capped for legibility.
    public var textWidth: Int {
        guard cols >= Layout.readerMarginFromColumns else { return max(1, cols) }
        return min(cols - 2 * Layout.readerMargin, Layout.readerMaxTextColumns)
    }
    /// Left margin of the text: none on narrow terminals, centring the column on wide ones.
    public var margin: Int { cols >= Layout.readerMarginFromColumns ? (cols - textWidth) / 2 : 0 }

    /// The largest top line that still fills the body with `lineCount` lines.
    public func maxTop(lineCount: Int) -> Int { max(0, lineCount - bodyHeight) }
}

/// The propositions and speakers screens: a list on top, the selected row's detail below.
public struct SplitGeometry: Sendable, Equatable {
    public let cols: Int
    public let rows: Int
    /// The list's share of the body: a third for propositions, more for speakers.
    public let listShare: Double

    public init(cols: Int, rows: Int, listShare: Double = 1.0 / 3.0) {
        self.cols = cols
        self.rows = rows
        self.listShare = listShare
    }

    public var showsColumnHeader: Bool { rows >= 8 }
    public var listTop: Int { showsColumnHeader ? 2 : 1 }
    private var available: Int { max(2, rows - Layout.chromeRows - (showsColumnHeader ? 1 : 0)) }
    public var listHeight: Int { max(1, min(available - 2, Int(Double(available) * listShare))) }
    /// The detail header row (column titles), then the scrolling detail lines.
    public var detailHeaderY: Int { listTop + listHeight }
    public var detailTop: Int { detailHeaderY + 1 }
    public var detailHeight: Int { max(1, rows - 1 - detailTop) }
    /// The two columns: left from x 1, a divider, right after it.
    public var columnWidth: Int { max(1, (cols - 3) / 2) }
    public var leftX: Int { 1 }
    public var dividerX: Int { 1 + columnWidth }
    public var rightX: Int { dividerX + 2 }
    public var rightWidth: Int { max(1, cols - rightX - 1) }
}

/// The reader: the text on top and, when the article has statements, their pane below.
public struct ReaderGeometry: Sendable, Equatable {
    public let pager: PagerGeometry
    public let statementCount: Int

    public init(cols: Int, rows: Int, statementCount: Int) {
        pager = PagerGeometry(cols: cols, rows: rows)
        self.statementCount = statementCount
    }

    /// Pane rows: a header, then up to a third of the body of statements.
    public var paneHeight: Int {
        guard statementCount > 0, pager.bodyHeight >= 6 else { return 0 }
        return 1 + min(statementCount, max(2, pager.bodyHeight / 3))
    }
    public var textHeight: Int { max(1, pager.bodyHeight - paneHeight) }
    public var paneTop: Int { pager.bodyTop + textHeight }
    public func maxTop(lineCount: Int) -> Int { max(0, lineCount - textHeight) }
}
