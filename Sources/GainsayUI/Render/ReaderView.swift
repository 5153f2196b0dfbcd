import GainsayCore

/// One article: its title in the bar, the wrapped text with every statement marked by stance
/// (a style and a gutter marker, so it reads without colour), the statement pane below, and a
/// status line with the position.
enum ReaderView {
    static func draw(_ reader: ReaderScreen, state: AppState, into grid: inout Grid) {
        let geometry = ReaderGeometry(cols: grid.cols, rows: grid.rows, statementCount: state.index.statements(ofArticle: reader.article, state.filter).count)
        let pager = geometry.pager
        guard state.articles.indices.contains(reader.article) else { return }
        let article = state.articles[reader.article]
        let statements = state.index.statements(ofArticle: reader.article, state.filter)
        // Drawn at another width than the cached lines (a resize not yet applied): wrap here.
        let lines = reader.width == pager.textWidth ? reader.lines : ReaderLines.build(article, width: pager.textWidth)
        Bars.draw(article.title, right: "\(reader.article + 1)/\(state.articles.count)", y: 0, style: Theme.titleBar, into: &grid)
        let top = clamp(reader.top, 0, geometry.maxTop(lineCount: lines.count))
        // The statements that can touch the visible lines, found once per frame.
        let firstOffset = lines[top..<min(lines.count, top + geometry.textHeight)].first { $0.start >= 0 }?.start ?? 0
        let visibleStatements = statements.filter { state.index.statements[$0].end > firstOffset }
        for row in 0..<geometry.textHeight {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = pager.bodyTop + row
            var spans: [StyleSpan] = []
            var marker: (String, CellStyle)? = nil
            var current = false
            if line.start >= 0 {
                let length = line.text.unicodeScalars.count
                for statementIndex in visibleStatements {
                    let statement = state.index.statements[statementIndex]
                    if statement.start >= line.start + length { break }
                    guard statement.end > line.start else { continue }
                    let selected = statementIndex == reader.statement
                    let range = max(0, statement.start - line.start)..<max(0, min(length, statement.end - line.start))
                    spans.append(StyleSpan(range, selected ? Theme.currentStatement : StanceMark.style(statement.stance)))
                    if marker == nil || selected { marker = (StanceMark.of(statement.stance), StanceMark.style(statement.stance)) }
                    current = current || selected
                }
            }
            spans += Highlight.spans(line.text, state)
            grid.write(line.text, x: pager.margin, y: y, maxWidth: pager.textWidth, style: line.style, spans: spans)
            if pager.margin >= 2, let (mark, style) = marker {
                grid.write(mark, x: pager.margin - 2, y: y, style: style)
                if current { grid.write("›", x: pager.margin - 1, y: y, style: Theme.currentStatement) }
            }
        }
        if geometry.paneHeight > 0 {
            drawPane(reader, statements: statements, geometry: geometry, state: state, into: &grid)
        }
        let keys = reader.focus == .pane
            ? "j/k/n/p statement  Enter claims vs denials  Tab text  q back  ? help"
            : "j/k scroll  n/p statement  Tab statements  Enter claims vs denials  q back  ? help"
        Bars.status(position(top: top, height: geometry.textHeight, count: lines.count), keys: keys, state: state, into: &grid)
    }

    /// The statement pane: speaker (via), cue, stance marker and content, the selected one shown.
    private static func drawPane(_ reader: ReaderScreen, statements: [Int], geometry: ReaderGeometry, state: AppState, into grid: inout Grid) {
        let y0 = geometry.paneTop
        let focused = reader.focus == .pane
        let style = focused ? Theme.focusedHeader : Theme.columnHeader
        grid.fill(y: y0, style: style)
        let selectedPosition = reader.statement.flatMap { statements.firstIndex(of: $0) }
        let where_ = selectedPosition.map { "\($0 + 1)/\(statements.count)" } ?? "\(statements.count)"
        let what = state.filter == .all ? "Statements" : state.filter.label.capitalized
        grid.write("\(what) \(where_)  + claim  × denial  ~ neutral", x: 1, y: y0, maxWidth: grid.cols - 2, style: style)
        let height = geometry.paneHeight - 1
        let first = paneFirst(statements: statements, selected: reader.statement, height: height)
        for row in 0..<height {
            let position = first + row
            guard position < statements.count else { break }
            let statement = statements[position]
            let selected = statement == reader.statement
            if selected { grid.write("›", x: 0, y: y0 + 1 + row, style: Theme.normal) }
            StatementLine.draw(statement, x: 1, y: y0 + 1 + row, width: grid.cols - 2, state: state, selected: selected && focused, into: &grid)
        }
    }

    /// "All" when everything fits, else how far down the last visible line is, like `less`.
    static func position(top: Int, height: Int, count: Int) -> String {
        guard count > height else { return "All" }
        let shown = min(count, top + height)
        return "\(shown * 100 / count)%"
    }
}
