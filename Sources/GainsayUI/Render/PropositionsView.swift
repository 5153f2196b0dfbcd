import GainsayCore

/// Claims vs denials: the propositions (most statements first) on top; below, the selected one's
/// claims on the left and denials on the right, grouped by source so that what one article
/// claims sits on the same rows as what it (or its sources) deny.
enum PropositionsView {
    static func draw(_ screen: PropositionsScreen, state: AppState, into grid: inout Grid) {
        let geometry = SplitGeometry(cols: grid.cols, rows: grid.rows)
        let index = state.index
        let rows = index.propositionRows(state.filter)
        Bars.draw("Gainsay · Claims vs denials", right: rows.count == 1 ? "1 proposition" : "\(rows.count) propositions", y: 0, style: Theme.titleBar, into: &grid)
        let columns = CountedListColumns(cols: grid.cols, countsWidth: 20)
        let labelWidth = columns.labelWidth, countsX = columns.countsX, countsWidth = columns.countsWidth
        if geometry.showsColumnHeader {
            columns.drawHeader(label: "Proposition", counts: countsText("Claims", "Denials", "Src"),
                               focused: screen.focus == .list, y: 1, into: &grid)
        }
        if rows.isEmpty {
            grid.write(index.propositions.isEmpty ? "No propositions: no statements were found." : "No propositions with \(state.filter.label) (f: next filter).",
                       x: 2, y: geometry.listTop, maxWidth: grid.cols - 3, style: Theme.dim)
        }
        let top = clamp(screen.top, 0, max(0, rows.count - geometry.listHeight))
        for row in 0..<geometry.listHeight {
            let position = top + row
            guard position < rows.count else { break }
            let proposition = index.propositions[rows[position]]
            let y = geometry.listTop + row
            let selected = position == screen.selected
            let style = SelectedRow.begin(y: y, selected: selected, listFocused: screen.focus == .list, into: &grid)
            Highlight.write(proposition.label, x: 2, y: y, maxWidth: labelWidth, style: style, state: state, into: &grid)
            grid.write(countsText(String(proposition.claims), String(proposition.denials), String(proposition.sources)),
                       x: countsX, y: y, maxWidth: countsWidth, style: style)
        }
        if let proposition = selectedProposition(screen, state) {
            drawColumns(screen, proposition: proposition, geometry: geometry, state: state, into: &grid)
        }
        let position = rows.isEmpty ? "0/0" : "\(min(screen.selected, rows.count - 1) + 1)/\(rows.count)"
        let keys: String
        switch screen.focus {
        case .list: keys = "j/k move  Tab/Enter columns  ]/[ source  / search  f filter  q back"
        case .claims, .denials: keys = "j/k entry  Tab column  Enter read article  ]/[ source  q back"
        }
        Bars.status(position, keys: keys, state: state, into: &grid)
    }

    /// "  12   10   3": claims, denials and sources in fixed columns.
    static func countsText(_ claims: String, _ denials: String, _ sources: String) -> String {
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text }
        return pad(claims, 7) + pad(denials, 8) + pad(sources, 5)
    }

    private static func drawColumns(_ screen: PropositionsScreen, proposition: Int, geometry: SplitGeometry, state: AppState, into grid: inout Grid) {
        let layout = state.index.layout(ofProposition: proposition, state.filter)
        let headerY = geometry.detailHeaderY
        let claimsStyle = screen.focus == .claims ? Theme.focusedHeader : Theme.columnHeader
        let denialsStyle = screen.focus == .denials ? Theme.focusedHeader : Theme.columnHeader
        grid.fill(y: headerY, x: 0, width: geometry.dividerX, style: claimsStyle)
        grid.fill(y: headerY, x: geometry.dividerX + 1, style: denialsStyle)
        grid.write("+ CLAIMS (\(layout.claims.count))", x: geometry.leftX, y: headerY, maxWidth: geometry.columnWidth, style: claimsStyle)
        grid.write("│", x: geometry.dividerX, y: headerY, style: Theme.dim)
        grid.write("× DENIALS (\(layout.denials.count))", x: geometry.rightX, y: headerY, maxWidth: geometry.rightWidth, style: denialsStyle)
        if layout.blocks.isEmpty {
            grid.write(state.filter == .all ? "No claims or denials." : "Hidden by the filter (f).", x: geometry.leftX, y: geometry.detailTop, maxWidth: grid.cols - 2, style: Theme.dim)
            return
        }
        let top = clamp(screen.detailTop, 0, max(0, layout.lineCount - geometry.detailHeight))
        let selectedClaim = screen.focus == .claims && layout.claims.indices.contains(screen.claim) ? layout.claims[screen.claim] : nil
        let selectedDenial = screen.focus == .denials && layout.denials.indices.contains(screen.denial) ? layout.denials[screen.denial] : nil
        for (blockIndex, block) in layout.blocks.enumerated() {
            let blockLine = layout.blockLine[blockIndex]
            let blockEnd = blockLine + 1 + block.slots * layout.entryHeight
            if blockEnd <= top || blockLine >= top + geometry.detailHeight { continue }
            let headerRow = blockLine - top
            if headerRow >= 0 {
                let y = geometry.detailTop + headerRow
                grid.fill(y: y, style: Theme.dim)
                Highlight.write("── \(blockIndex + 1)/\(layout.blocks.count) " + sourceTitle(block.article, state) + " ", x: 1, y: y, maxWidth: grid.cols - 2, style: Theme.dim, state: state, into: &grid)
            }
            for slot in 0..<block.slots {
                let entryLine = blockLine + 1 + slot * layout.entryHeight
                if slot < block.claims.count {
                    drawEntry(block.claims[slot], line: entryLine, top: top, x: geometry.leftX, width: geometry.columnWidth - 1,
                              selected: block.claims[slot] == selectedClaim, geometry: geometry, state: state, into: &grid)
                }
                if slot < block.denials.count {
                    drawEntry(block.denials[slot], line: entryLine, top: top, x: geometry.rightX, width: geometry.rightWidth,
                              selected: block.denials[slot] == selectedDenial, geometry: geometry, state: state, into: &grid)
                }
            }
        }
        // Scrolled into a source: its header sticks to the top row, so every entry shows its article.
        var headerRows = Set(layout.blockLine.map { $0 - top })
        if let current = layout.blockLine.lastIndex(where: { $0 < top }), !layout.blockLine.contains(top) {
            let y = geometry.detailTop
            grid.fill(y: y, style: Theme.dim)
            Highlight.write("── \(current + 1)/\(layout.blocks.count) " + sourceTitle(layout.blocks[current].article, state) + " ", x: 1, y: y,
                            maxWidth: grid.cols - 2, style: Theme.dim, state: state, into: &grid)
            headerRows.insert(0)
        }
        for row in 0..<geometry.detailHeight where !headerRows.contains(row) && top + row < layout.lineCount {
            grid.write("│", x: geometry.dividerX, y: geometry.detailTop + row, style: Theme.dim)
        }
    }

    /// "Source · Title" of the article at `position`.
    static func sourceTitle(_ position: Int, _ state: AppState) -> String {
        guard state.articles.indices.contains(position) else { return "" }
        let article = state.articles[position]
        return [article.source, article.date, article.title].compactMap { $0 }.joined(separator: " · ")
    }

    /// One entry: the stance marker and speaker (via outlet), then the content on two lines.
    private static func drawEntry(_ statement: Int, line: Int, top: Int, x: Int, width: Int, selected: Bool,
                                  geometry: SplitGeometry, state: AppState, into grid: inout Grid) {
        guard state.index.statements.indices.contains(statement), width > 2 else { return }
        let s = state.index.statements[statement]
        let base = selected ? Theme.selection : Theme.normal
        let content = TextWrap.wrap("“" + s.content + "”", width: width - 2)
        for offset in 0..<BrowseIndex.entryHeight {
            let row = line + offset - top
            guard row >= 0, row < geometry.detailHeight else { continue }
            let y = geometry.detailTop + row
            if selected { grid.fill(y: y, x: x, width: width, style: base) }
            if offset == 0 {
                grid.write(selected ? "›" : StanceMark.of(s.stance), x: x, y: y, style: selected ? base : StanceMark.style(s.stance))
                Highlight.write(state.index.speakerLine(statement) + " " + s.cue, x: x + 2, y: y, maxWidth: width - 2,
                                style: selected ? base : CellStyle(.normal, bold: true), state: state, into: &grid)
            } else {
                let wrapped = offset - 1
                guard wrapped < content.count else { continue }
                // The last content line ends in … when the content goes on.
                var text = content[wrapped].text
                if offset == BrowseIndex.entryHeight - 1 && content.count > wrapped + 1 { text += " " + content[wrapped + 1].text }
                Highlight.write(text, x: x + 2, y: y, maxWidth: width - 2, style: base, state: state, into: &grid)
            }
        }
    }
}
