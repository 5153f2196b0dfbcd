import GainsayCore

/// Speakers merged across articles: name, other names, counts by stance; below, the selected
/// speaker's statements across articles.
enum SpeakersView {
    static func draw(_ screen: SpeakersScreen, state: AppState, into grid: inout Grid) {
        let geometry = SplitGeometry(cols: grid.cols, rows: grid.rows, listShare: Layout.speakerListShare)
        let index = state.index
        let rows = index.speakerRows(state.filter)
        Bars.draw("Gainsay · Speakers", right: rows.count == 1 ? "1 speaker" : "\(rows.count) speakers", y: 0, style: Theme.titleBar, into: &grid)
        let columns = CountedListColumns(cols: grid.cols, countsWidth: 18)
        let nameWidth = columns.labelWidth, countsX = columns.countsX, countsWidth = columns.countsWidth
        if geometry.showsColumnHeader {
            columns.drawHeader(label: "Speaker — also known as", counts: counts("+", "×", "~"),
                               focused: screen.focus == .list, y: 1, into: &grid)
        }
        if rows.isEmpty {
            grid.write("No speakers.", x: 2, y: geometry.listTop, style: Theme.dim)
        }
        let top = clamp(screen.top, 0, max(0, rows.count - geometry.listHeight))
        for row in 0..<geometry.listHeight {
            let position = top + row
            guard position < rows.count else { break }
            let speaker = index.speakers[rows[position]]
            let y = geometry.listTop + row
            let selected = position == screen.selected
            let style = SelectedRow.begin(y: y, selected: selected, listFocused: screen.focus == .list, into: &grid)
            Highlight.write(nameLine(speaker), x: 2, y: y, maxWidth: nameWidth, style: style, state: state, into: &grid)
            let tally = index.speakerCounts[rows[position]]
            grid.write(counts(String(tally.claims), String(tally.denials), String(tally.neutral)), x: countsX, y: y, maxWidth: countsWidth, style: style)
        }
        if let speaker = selectedSpeaker(screen, state) {
            drawStatements(screen, speaker: speaker, geometry: geometry, state: state, into: &grid)
        }
        let position = rows.isEmpty ? "0/0" : "\(min(screen.selected, rows.count - 1) + 1)/\(rows.count)"
        let keys = screen.focus == .list
            ? "j/k move  Tab/Enter statements  / search  f filter  q back  ? help"
            : "j/k statement  Enter read article  Tab list  q back  ? help"
        Bars.status(position, keys: keys, state: state, into: &grid)
    }

    /// "Maria Zakharova — also: Maria Sacharova, Sacharova".
    static func nameLine(_ speaker: Speaker) -> String {
        speaker.aliases.isEmpty ? speaker.name : speaker.name + " — also: " + speaker.aliases.joined(separator: ", ")
    }

    static func counts(_ claims: String, _ denials: String, _ neutral: String) -> String {
        func pad(_ text: String) -> String { String(repeating: " ", count: max(0, 6 - DisplayWidth.of(text))) + text }
        return pad(claims) + pad(denials) + pad(neutral)
    }

    private static func drawStatements(_ screen: SpeakersScreen, speaker: Int, geometry: SplitGeometry, state: AppState, into grid: inout Grid) {
        let statements = state.index.statements(ofSpeaker: speaker, state.filter)
        let focused = screen.focus == .statements
        let style = focused ? Theme.focusedHeader : Theme.columnHeader
        grid.fill(y: geometry.detailHeaderY, style: style)
        let name = state.index.speakers[speaker].name
        grid.write("Statements by \(name) (\(statements.count)) across articles", x: 1, y: geometry.detailHeaderY, maxWidth: grid.cols - 2, style: style)
        let fit = max(1, geometry.detailHeight / speakerStatementHeight)
        let top = clamp(screen.detailTop, 0, max(0, statements.count - fit))
        for row in 0..<fit {
            let position = top + row
            guard position < statements.count else { break }
            let index = statements[position]
            let statement = state.index.statements[index]
            let selected = focused && position == screen.statement
            let base = selected ? Theme.selection : Theme.normal
            let y = geometry.detailTop + row * speakerStatementHeight
            if selected {
                grid.fill(y: y, style: base)
                grid.fill(y: y + 1, style: base)
            }
            grid.write(selected ? "›" : StanceMark.of(statement.stance), x: 1, y: y, style: selected ? base : StanceMark.style(statement.stance))
            var used = 3
            used += grid.write(statement.cue + " · ", x: used, y: y, maxWidth: grid.cols - 1 - used, style: selected ? base : Theme.dim)
            let via = statement.via.isEmpty ? "" : "via \(statement.via.joined(separator: ", ")) · "
            Highlight.write(via + PropositionsView.sourceTitle(state.index.statementArticle[index], state), x: used, y: y,
                            maxWidth: grid.cols - 1 - used, style: selected ? base : Theme.dim, state: state, into: &grid)
            if y + 1 < grid.rows - 1 {
                Highlight.write("“" + statement.content + "”", x: 3, y: y + 1, maxWidth: grid.cols - 4, style: base, state: state, into: &grid)
            }
        }
    }
}
