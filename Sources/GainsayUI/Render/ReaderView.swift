import GainsayCore

/// One article: its title in the bar, the wrapped text, and a status line with the position.
enum ReaderView {
    static func draw(_ reader: ReaderScreen, state: AppState, into grid: inout Grid) {
        let geometry = PagerGeometry(cols: grid.cols, rows: grid.rows)
        guard state.articles.indices.contains(reader.article) else { return }
        let article = state.articles[reader.article]
        // Drawn at another width than the cached lines (a resize not yet applied): wrap here.
        let lines = reader.width == geometry.textWidth ? reader.lines : ReaderLines.build(article, width: geometry.textWidth)
        Bars.draw(article.title, right: "\(reader.article + 1)/\(state.articles.count)", y: 0, style: Theme.titleBar, into: &grid)
        let top = clamp(reader.top, 0, geometry.maxTop(lineCount: lines.count))
        for row in 0..<geometry.bodyHeight {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            grid.write(line.text, x: geometry.margin, y: geometry.bodyTop + row, maxWidth: geometry.textWidth, style: line.style)
        }
        Bars.status(position(top: top, height: geometry.bodyHeight, count: lines.count),
                    keys: "j/k scroll  Space/PgDn page  g/G top/end  q back  ? help", notice: nil, into: &grid)
    }

    /// "All" when everything fits, else how far down the last visible line is, like `less`.
    static func position(top: Int, height: Int, count: Int) -> String {
        guard count > height else { return "All" }
        let shown = min(count, top + height)
        return "\(shown * 100 / count)%"
    }
}
