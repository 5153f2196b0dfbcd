import GainsayCore

/// The home screen: one row per article with its title, paragraph count and claim/denial counts.
enum ArticleListView {
    static func draw(_ list: ArticleListScreen, state: AppState, into grid: inout Grid) {
        let geometry = ListGeometry(cols: grid.cols, rows: grid.rows)
        let count = state.articles.count
        Bars.draw("Gainsay · Articles", right: count == 1 ? "1 article" : "\(count) articles", y: 0, style: Theme.titleBar, into: &grid)
        if geometry.showsColumnHeader {
            grid.fill(y: 1, style: Theme.columnHeader)
            drawRow(title: "Title", paragraphs: "Paras", stance: "Claims/Denials", y: 1, geometry: geometry, style: Theme.columnHeader, into: &grid)
        }
        if count == 0 {
            grid.write("No articles.", x: 2, y: geometry.bodyTop, style: Theme.dim)
        }
        // Render clamps too, so a state built at another size still draws sanely.
        let top = clamp(list.top, 0, max(0, count - geometry.bodyHeight))
        for row in 0..<geometry.bodyHeight {
            let index = top + row
            guard index < count else { break }
            let article = state.articles[index]
            let selected = index == list.selected
            let style = selected ? Theme.selection : Theme.normal
            let y = geometry.bodyTop + row
            if selected {
                grid.fill(y: y, style: style)
                grid.write("›", x: 0, y: y, style: style)
            }
            drawRow(title: article.title, paragraphs: String(article.paragraphs.count),
                    stance: stanceText(state.stanceCounts[article.id]), y: y, geometry: geometry, style: style, into: &grid)
        }
        let position = count == 0 ? "0/0" : "\(min(list.selected, count - 1) + 1)/\(count)"
        Bars.status(position, keys: "j/k move  Enter open  ? help  q quit", notice: state.notice, into: &grid)
    }

    /// "3 claims, 2 denials" as `3 / 2` under the "Claims/Denials" header, or the unknown mark.
    static func stanceText(_ counts: StanceCounts?) -> String {
        guard let counts else { return Layout.unknownCount }
        return "\(counts.claims) / \(counts.denials)"
    }

    private static func drawRow(title: String, paragraphs: String, stance: String, y: Int,
                                geometry: ListGeometry, style: CellStyle, into grid: inout Grid) {
        grid.write(title, x: 2, y: y, maxWidth: geometry.titleWidth, style: style)
        var right = geometry.rowEnd
        if geometry.showsStanceColumn {
            let width = DisplayWidth.of(stance)
            grid.write(stance, x: max(0, right - width), y: y, maxWidth: Layout.stanceColumnWidth - 2, style: style)
            right -= Layout.stanceColumnWidth
        }
        if geometry.showsParagraphColumn {
            let width = DisplayWidth.of(paragraphs)
            grid.write(paragraphs, x: max(0, right - width), y: y, maxWidth: Layout.paragraphColumnWidth - 2, style: style)
        }
    }
}
