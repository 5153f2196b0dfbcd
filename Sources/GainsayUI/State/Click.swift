import GainsayCore

/// A click selects what is under it (a list row, a column entry, a statement in the pane);
/// a click on what is already selected opens it, like Enter.
func click(_ state: inout AppState, x: Int, y: Int) {
    switch state.screen {
    case .articles(let list):
        let geometry = ListGeometry(cols: state.cols, rows: state.rows, count: state.index.articleRows(state.filter).count)
        let row = y - geometry.bodyTop
        guard row >= 0, row < geometry.bodyHeight else { return }
        let index = list.top + row
        guard index < state.index.articleRows(state.filter).count else { return }
        if index == list.selected { _ = update(&state, .open) } else { _ = update(&state, .scroll(lines: index - list.selected)) }
    case .reader(var reader):
        let geometry = readerGeometry(state, reader)
        guard geometry.paneHeight > 0 else { return }
        let statements = state.index.statements(ofArticle: reader.article, state.filter)
        let row = y - geometry.paneTop - 1
        let first = paneFirst(statements: statements, selected: reader.statement, height: geometry.paneHeight - 1)
        guard row >= 0, row < geometry.paneHeight - 1, statements.indices.contains(first + row) else { return }
        let statement = statements[first + row]
        if reader.statement == statement { _ = update(&state, .open); return }
        reader.focus = .pane
        reader.statement = statement
        reader.top = topShowing(statement, reader, state)
        state.replaceTop(.reader(reader))
    case .propositions(var screen):
        let geometry = SplitGeometry(cols: state.cols, rows: state.rows)
        if y >= geometry.listTop && y < geometry.listTop + geometry.listHeight {
            let row = screen.top + y - geometry.listTop
            guard row < state.index.propositionRows(state.filter).count else { return }
            if row == screen.selected && screen.focus == .list { _ = update(&state, .open); return }
            if row != screen.selected {
                let top = screen.top
                screen = PropositionsScreen(selected: row)
                screen.top = top
            }
            screen.focus = .list
            state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
        } else if y >= geometry.detailTop, let proposition = selectedProposition(screen, state) {
            let layout = state.index.layout(ofProposition: proposition, state.filter)
            let line = screen.detailTop + y - geometry.detailTop
            let isClaims = x < geometry.dividerX
            let entries = isClaims ? layout.claims : layout.denials
            guard let entry = entries.indices.first(where: { line >= layout.line(of: $0, claims: isClaims) && line < layout.line(of: $0, claims: isClaims) + layout.entryHeight }) else { return }
            let focus: ColumnFocus = isClaims ? .claims : .denials
            if screen.focus == focus && (isClaims ? screen.claim : screen.denial) == entry { _ = update(&state, .open); return }
            screen.focus = focus
            if isClaims { screen.claim = entry } else { screen.denial = entry }
            state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
        }
    case .speakers(var screen):
        let geometry = SplitGeometry(cols: state.cols, rows: state.rows, listShare: Layout.speakerListShare)
        if y >= geometry.listTop && y < geometry.listTop + geometry.listHeight {
            let row = screen.top + y - geometry.listTop
            guard row < state.index.speakerRows(state.filter).count else { return }
            if row == screen.selected && screen.focus == .list { _ = update(&state, .open); return }
            if row != screen.selected { screen.selected = row; screen.statement = 0; screen.detailTop = 0 }
            screen.focus = .list
            state.replaceTop(.speakers(keepSpeakersVisible(screen, state)))
        } else if y >= geometry.detailTop {
            let entry = screen.detailTop + (y - geometry.detailTop) / speakerStatementHeight
            let count = selectedSpeaker(screen, state).map { state.index.statements(ofSpeaker: $0, state.filter).count } ?? 0
            guard entry < count else { return }
            if screen.focus == .statements && screen.statement == entry { _ = update(&state, .open); return }
            screen.focus = .statements
            screen.statement = entry
            state.replaceTop(.speakers(keepSpeakersVisible(screen, state)))
        }
    case .help:
        return
    }
}

/// The first statement the reader's pane shows: the selected one stays in view, centred.
func paneFirst(statements: [Int], selected: Int?, height: Int) -> Int {
    guard height > 0, statements.count > height else { return 0 }
    let position = selected.flatMap { statements.firstIndex(of: $0) } ?? 0
    return clamp(position - height / 2, 0, statements.count - height)
}
