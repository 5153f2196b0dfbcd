import GainsayCore

/// Draws `state` into a `cols` x `rows` grid. Pure: the same state and size give the same grid.
///
/// Below `Layout.minimumColumns` x `Layout.minimumRows` every screen gives way to a "terminal too
/// small" message, so no layout is ever drawn broken.
public func render(_ state: AppState, cols: Int, rows: Int) -> Grid {
    var grid = Grid(cols: cols, rows: rows)
    guard cols > 0, rows > 0 else { return grid }
    guard cols >= Layout.minimumColumns, rows >= Layout.minimumRows else {
        TooSmallView.draw(into: &grid)
        return grid
    }
    switch state.screen {
    case .articles(let list): ArticleListView.draw(list, state: state, into: &grid)
    case .reader(let reader): ReaderView.draw(reader, state: state, into: &grid)
    case .propositions(let screen): PropositionsView.draw(screen, state: state, into: &grid)
    case .speakers(let screen): SpeakersView.draw(screen, state: state, into: &grid)
    case .help(let help): HelpView.draw(help, state: state, into: &grid)
    }
    return grid
}

/// Bars shared by the screens.
enum Bars {
    /// A full-width bar on row `y`: `left` from the left (truncated with `…`), `right` flush
    /// right when there is room for it and the first 20 columns of the left text, or whenever it
    /// fits at all with `keepRight` (the status line's position matters more than its hints).
    static func draw(_ left: String, right: String = "", keepRight: Bool = false, y: Int, style: CellStyle, into grid: inout Grid) {
        grid.fill(y: y, style: style)
        let rightWidth = DisplayWidth.of(right)
        var leftRoom = grid.cols - 2
        if !right.isEmpty && rightWidth + 3 + (keepRight ? 0 : min(DisplayWidth.of(left), 20)) <= grid.cols {
            grid.write(right, x: grid.cols - rightWidth - 1, y: y, style: style)
            leftRoom = grid.cols - rightWidth - 3
        }
        grid.write(left, x: 1, y: y, maxWidth: leftRoom, style: style)
    }

    /// The status line: where you are, the keys that matter, and a notice when there is one.
    static func status(_ position: String, keys: String, notice: String?, into grid: inout Grid) {
        var left = keys
        if let notice { left = notice + "  " + keys }
        draw(left, right: position, keepRight: true, y: grid.rows - 1, style: Theme.statusBar, into: &grid)
    }

    /// The status line of a browsing screen: the query being typed takes it over; otherwise the
    /// active filter and query lead, then the notice and the screen's keys.
    static func status(_ position: String, keys: String, state: AppState, into grid: inout Grid) {
        if state.search.editing {
            draw("/" + state.search.query + "▏  Enter keep  Esc cancel", right: position, keepRight: true, y: grid.rows - 1, style: Theme.statusBar, into: &grid)
            return
        }
        var prefix = ""
        if state.filter != .all { prefix += "[\(state.filter.label)] " }
        if state.search.isActive { prefix += "/\(state.search.query) " + (state.screenKind == .reader ? "N/P  " : "n/N  ") }
        status(position, keys: prefix + keys, notice: state.notice, into: &grid)
    }
}

/// Search matches in a piece of text drawn on screen, as spans for `Grid.write`.
enum Highlight {
    static func spans(_ text: String, _ state: AppState) -> [StyleSpan] {
        guard state.search.isActive else { return [] }
        return SearchText.ranges(of: state.search.scalars, in: text).map { StyleSpan($0, Theme.highlight) }
    }

    /// Writes `text` with its search matches highlighted.
    @discardableResult
    static func write(_ text: String, x: Int, y: Int, maxWidth: Int, style: CellStyle, state: AppState, into grid: inout Grid) -> Int {
        grid.write(text, x: x, y: y, maxWidth: maxWidth, style: style, spans: spans(text, state))
    }
}

/// "Terminal too small": centred, wrapped to whatever width there is, shortened until it fits.
enum TooSmallView {
    static func draw(into grid: inout Grid) {
        let need = "\(Layout.minimumColumns)x\(Layout.minimumRows)"
        let messages = [
            "Terminal too small: \(grid.cols)x\(grid.rows). Need at least \(need).",
            "Terminal too small (need \(need))",
            "Too small (need \(need))",
            "Too small",
        ]
        let cols = grid.cols, rows = grid.rows
        let wrapped = messages.lazy.map { TextWrap.wrap($0, width: cols) }
        let lines = wrapped.first { $0.count <= rows } ?? TextWrap.wrap("Too small", width: cols)
        let top = max(0, (grid.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < grid.rows {
            let width = DisplayWidth.of(line.text)
            grid.write(line.text, x: max(0, (grid.cols - width) / 2), y: top + index, style: Theme.warning)
        }
    }
}
