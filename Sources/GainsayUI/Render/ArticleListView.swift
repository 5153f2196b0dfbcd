import GainsayCore

/// The home screen: one row per article with its title, paragraph count, claim/denial counts and
/// a small bar, and below the list a preview of the selected article's statements.
enum ArticleListView {
    static func draw(_ list: ArticleListScreen, state: AppState, into grid: inout Grid) {
        let rows = state.index.articleRows(state.filter)
        let geometry = ListGeometry(cols: grid.cols, rows: grid.rows, count: rows.count, hasSources: state.index.hasSources)
        let count = rows.count
        let right = count == state.articles.count ? (count == 1 ? "1 article" : "\(count) articles") : "\(count) of \(state.articles.count) articles"
        Bars.draw("Gainsay · Articles", right: right, y: 0, style: Theme.titleBar, into: &grid)
        if geometry.showsColumnHeader {
            grid.fill(y: 1, style: Theme.columnHeader)
            if geometry.showsSourceColumn {
                grid.write("Date · source", x: geometry.sourceX, y: 1, maxWidth: geometry.sourceWidth, style: Theme.columnHeader)
            }
            drawRow(title: "Title", paragraphs: "Paras", counts: nil, header: "Claims/Denials", y: 1, geometry: geometry, state: state, style: Theme.columnHeader, into: &grid)
        }
        if count == 0 {
            grid.write(state.articles.isEmpty ? "No articles." : "No articles with \(state.filter.label) (f: next filter).", x: 2, y: geometry.bodyTop, style: Theme.dim)
        }
        // Render clamps too, so a state built at another size still draws sanely.
        let top = clamp(list.top, 0, max(0, count - geometry.bodyHeight))
        for row in 0..<geometry.bodyHeight {
            let index = top + row
            guard index < count else { break }
            let position = rows[index]
            let article = state.articles[position]
            let selected = index == list.selected
            let y = geometry.bodyTop + row
            let style = SelectedRow.begin(y: y, selected: selected, into: &grid)
            if geometry.showsSourceColumn {
                let source = [article.date, article.source].compactMap { $0 }.joined(separator: " · ")
                Highlight.write(source, x: geometry.sourceX, y: y, maxWidth: geometry.sourceWidth, style: selected ? style : Theme.dim, state: state, into: &grid)
            }
            drawRow(title: article.title, paragraphs: String(article.paragraphs.count), counts: state.stanceCounts[article.id],
                    header: nil, y: y, geometry: geometry, state: state, style: style, into: &grid)
        }
        if geometry.showsPreview, rows.indices.contains(list.selected) {
            drawPreview(article: rows[list.selected], geometry: geometry, state: state, into: &grid)
        }
        let position = count == 0 ? "0/0" : "\(min(list.selected, count - 1) + 1)/\(count)"
        Bars.status(position, keys: "j/k move  Enter open  2 claims/denials  3 speakers  / search  f filter  ? help", state: state, into: &grid)
    }

    /// "3 claims, 2 denials" as `3/5` under the "Claims/Denials" header, or the unknown mark.
    static func stanceText(_ counts: StanceCounts?) -> String {
        guard let counts else { return Layout.unknownCount }
        return "\(counts.claims)/\(counts.denials)"
    }

    /// The bar: `+` for claims, `×` for denials, scaled to the article with the most.
    static func bar(_ counts: StanceCounts, max: Int) -> (claims: Int, denials: Int) {
        guard max > 0 else { return (0, 0) }
        func scaled(_ n: Int) -> Int { n == 0 ? 0 : Swift.max(1, (n * Layout.barColumns + max / 2) / max) }
        var claims = scaled(counts.claims), denials = scaled(counts.denials)
        while claims + denials > Layout.barColumns { if claims >= denials { claims -= 1 } else { denials -= 1 } }
        return (claims, denials)
    }

    private static func drawRow(title: String, paragraphs: String, counts: StanceCounts?, header: String?, y: Int,
                                geometry: ListGeometry, state: AppState, style: CellStyle, into grid: inout Grid) {
        if header == nil {
            Highlight.write(title, x: 2, y: y, maxWidth: geometry.titleWidth, style: style, state: state, into: &grid)
        } else {
            grid.write(title, x: 2, y: y, maxWidth: geometry.titleWidth, style: style)
        }
        var right = geometry.rowEnd
        if geometry.showsStanceColumn {
            if let header {
                let width = DisplayWidth.of(header)
                grid.write(header, x: max(0, right - width), y: y, maxWidth: Layout.stanceColumnWidth - 2, style: style)
            } else {
                let text = stanceText(counts)
                let barX = right - Layout.barColumns
                grid.write(text, x: max(0, barX - 1 - DisplayWidth.of(text)), y: y, maxWidth: Layout.stanceColumnWidth - Layout.barColumns - 3, style: style)
                if let counts {
                    let (claims, denials) = bar(counts, max: max(state.index.maxCount, counts.claims + counts.denials))
                    grid.write(String(repeating: "+", count: claims), x: barX, y: y, style: merge(style, Theme.claim))
                    grid.write(String(repeating: "×", count: denials), x: barX + claims, y: y, style: merge(style, Theme.denial))
                }
            }
            right -= Layout.stanceColumnWidth
        }
        if geometry.showsParagraphColumn {
            let width = DisplayWidth.of(paragraphs)
            grid.write(paragraphs, x: max(0, right - width), y: y, maxWidth: Layout.paragraphColumnWidth - 2, style: style)
        }
    }

    /// A stance colour on a row keeps the row's selection look.
    static func merge(_ row: CellStyle, _ stance: CellStyle) -> CellStyle {
        row.reverse ? row : stance
    }

    /// The selected article's statements, one per line: marker, speaker (via), cue, content.
    private static func drawPreview(article position: Int, geometry: ListGeometry, state: AppState, into grid: inout Grid) {
        let statements = state.index.statements(ofArticle: position, state.filter)
        let y0 = geometry.previewTop
        grid.fill(y: y0, style: Theme.columnHeader)
        let what = state.filter == .all ? "Statements" : state.filter.label.capitalized
        grid.write("\(what) (\(statements.count)) · Enter reads the article", x: 2, y: y0, maxWidth: grid.cols - 3, style: Theme.columnHeader)
        if statements.isEmpty {
            grid.write(state.index.statements.isEmpty ? "No statements extracted." : "No statements found in this article.", x: 2, y: y0 + 1, style: Theme.dim)
            return
        }
        for row in 0..<max(0, geometry.previewHeight - 1) {
            guard row < statements.count else { break }
            let y = y0 + 1 + row
            if row == geometry.previewHeight - 2 && statements.count > row + 1 {
                grid.write("… \(statements.count - row) more", x: 2, y: y, style: Theme.dim)
                break
            }
            StatementLine.draw(statements[row], x: 1, y: y, width: grid.cols - 2, state: state, into: &grid)
        }
    }
}

/// One statement on one line: `+ Speaker (via Outlet) cue: content`, the marker in the stance's
/// style, the content highlighted where it matches the search.
enum StatementLine {
    static func draw(_ index: Int, x: Int, y: Int, width: Int, state: AppState, selected: Bool = false, into grid: inout Grid) {
        guard state.index.statements.indices.contains(index), width > 2 else { return }
        let statement = state.index.statements[index]
        let base = selected ? Theme.selection : Theme.normal
        if selected { grid.fill(y: y, x: x, width: width, style: base) }
        grid.write(StanceMark.of(statement.stance), x: x, y: y, style: selected ? base : StanceMark.style(statement.stance))
        let who = state.index.speakerLine(index)
        var used = 2
        used += Highlight.write(who, x: x + used, y: y, maxWidth: min(width - used, max(12, width / 3)), style: selected ? base : CellStyle(.normal, bold: true), state: state, into: &grid)
        used += grid.write(" \(statement.cue): ", x: x + used, y: y, maxWidth: max(0, width - used), style: selected ? base : Theme.dim)
        Highlight.write(statement.content, x: x + used, y: y, maxWidth: max(0, width - used), style: base, state: state, into: &grid)
    }
}
