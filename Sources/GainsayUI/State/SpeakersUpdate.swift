import GainsayCore

/// The speaker (a position in `BrowseIndex.speakers`) on the selected row, if any.
func selectedSpeaker(_ screen: SpeakersScreen, _ state: AppState) -> Int? {
    let rows = state.index.speakerRows(state.filter)
    return rows.indices.contains(screen.selected) ? rows[screen.selected] : nil
}

/// Lines one statement takes in the speakers screen: where and how, then what.
let speakerStatementHeight = 2

/// `j`/`k` on the speakers screen: the list row, or the selected statement.
func moveSpeakers(_ state: inout AppState, _ screen: SpeakersScreen, by delta: Int) {
    var screen = screen
    switch screen.focus {
    case .list:
        let count = state.index.speakerRows(state.filter).count
        guard count > 0 else { return }
        let before = screen.selected
        screen.selected = moved(screen.selected, by: delta, within: 0, count - 1)
        if before != screen.selected { screen.statement = 0; screen.detailTop = 0 }
    case .statements:
        screen.statement = screen.statement.addingReportingOverflow(delta).partialValue
    }
    state.replaceTop(.speakers(keepSpeakersVisible(screen, state)))
}

func keepSpeakersVisible(_ screen: SpeakersScreen, _ state: AppState) -> SpeakersScreen {
    var screen = screen
    let geometry = SplitGeometry(cols: state.cols, rows: state.rows, listShare: Layout.speakerListShare)
    let count = state.index.speakerRows(state.filter).count
    (screen.selected, screen.top) = visible(selected: screen.selected, top: screen.top, count: count, height: geometry.listHeight)
    let statements = selectedSpeaker(screen, state).map { state.index.statements(ofSpeaker: $0, state.filter) } ?? []
    let fit = max(1, geometry.detailHeight / speakerStatementHeight)
    (screen.statement, screen.detailTop) = visible(selected: screen.statement, top: screen.detailTop, count: statements.count, height: fit)
    return screen
}

/// Enter on the speakers screen: from the list, into their statements; on a statement, its article.
func openFromSpeakers(_ state: inout AppState, _ screen: SpeakersScreen) {
    guard let speaker = selectedSpeaker(screen, state) else { return }
    var screen = screen
    switch screen.focus {
    case .list:
        screen.focus = .statements
        state.replaceTop(.speakers(keepSpeakersVisible(screen, state)))
    case .statements:
        let statements = state.index.statements(ofSpeaker: speaker, state.filter)
        guard statements.indices.contains(screen.statement) else { return }
        let statement = statements[screen.statement]
        openArticle(&state, state.index.statementArticle[statement], statement: statement)
    }
}
