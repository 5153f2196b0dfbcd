/// Where each screen puts things for a given terminal size. `update` (to page and keep the
/// selection visible) and `render` (to draw) both ask here, so they cannot disagree.
public struct ListGeometry: Sendable, Equatable {
    public let cols: Int
    public let rows: Int

    public init(cols: Int, rows: Int) {
        self.cols = cols
        self.rows = rows
    }

    /// The column header row shows when there is height to spare.
    public var showsColumnHeader: Bool { rows >= 8 }
    /// First row of the article rows.
    public var bodyTop: Int { showsColumnHeader ? 2 : 1 }
    /// How many article rows fit.
    public var bodyHeight: Int { max(1, rows - Layout.chromeRows - (showsColumnHeader ? 1 : 0)) }
    public var showsParagraphColumn: Bool { cols >= Layout.listColumnsFromColumns }
    public var showsStanceColumn: Bool { cols >= Layout.listStanceColumnFromColumns }
    /// Columns left for the title: the row minus the marker, the count columns and a margin.
    /// Capped on wide terminals so the counts stay next to the titles they belong to.
    public var titleWidth: Int {
        max(1, min(Layout.listMaxTitleColumns, cols - 3 - countColumnsWidth))
    }
    /// The column just after the last count: the right edge of a row's content.
    public var rowEnd: Int { min(cols - 1, 2 + titleWidth + countColumnsWidth) }

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
