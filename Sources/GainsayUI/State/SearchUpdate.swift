import GainsayCore

/// `/`: starts typing a query; the screen as it is now is where `Esc` returns.
func startSearch(_ state: inout AppState) {
    state.search.editing = true
    state.search.origin = state.screen
    state.search.set("")
}

/// A typed character: the query grows and the view jumps to the first match from where the
/// search started. Matches of a longer query are a subset of the shorter one's, so the scan goes
/// on from the current match instead of starting over: typing narrows, it never rescans.
func typeSearch(_ state: inout AppState, _ character: Character) {
    state.search.set(state.search.query + String(character))
    state.notice = nil
    jumpToMatch(&state, forward: true, includeCurrent: true)
}

/// Backspace: the query shrinks; the view goes back to the origin and finds the first match again.
func deleteSearch(_ state: inout AppState) {
    guard !state.search.query.isEmpty else { return }
    var query = state.search.query
    query.removeLast()
    state.search.set(query)
    if let origin = state.search.origin { state.replaceTop(origin) }
    if !query.isEmpty { jumpToMatch(&state, forward: true, includeCurrent: true) }
}

/// Esc while typing: no query, and the view exactly as before `/`.
func cancelSearch(_ state: inout AppState) {
    if let origin = state.search.origin { state.replaceTop(origin) }
    state.search = SearchState()
}

/// `n`/`N` on lists (and typing): the next or previous row whose title, statements or text match,
/// wrapping around; `N`/`P` in the reader: the next or previous match in the text.
func jumpToMatch(_ state: inout AppState, forward: Bool, includeCurrent: Bool) {
    guard state.search.isActive else {
        if !state.search.editing { state.notice = "No search yet: / to search" }
        return
    }
    let needle = state.search.needle
    let pairs = BigramSketches.query(needle)
    let index = state.index
    switch state.screen {
    case .articles(var list):
        let rows = index.articleRows(state.filter)
        guard let row = scan(rows, from: list.selected, forward: forward, includeCurrent: includeCurrent, matches: { index.articleMatches(needle, pairs, $0) }) else {
            return noMatch(&state)
        }
        list.selected = row
        state.replaceTop(.articles(keepVisible(list, count: rows.count, state: state)))
    case .propositions(var screen):
        let rows = index.propositionRows(state.filter)
        guard let row = scan(rows, from: screen.selected, forward: forward, includeCurrent: includeCurrent, matches: { index.propositionMatches(needle, pairs, $0) }) else {
            return noMatch(&state)
        }
        if row != screen.selected {
            let top = screen.top
            screen = PropositionsScreen(selected: row)
            screen.top = top
        }
        state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
    case .speakers(var screen):
        let rows = index.speakerRows(state.filter)
        guard let row = scan(rows, from: screen.selected, forward: forward, includeCurrent: includeCurrent, matches: { index.speakerMatches(needle, pairs, $0) }) else {
            return noMatch(&state)
        }
        if row != screen.selected {
            let top = screen.top
            screen = SpeakersScreen(selected: row)
            screen.top = top
        }
        state.replaceTop(.speakers(keepSpeakersVisible(screen, state)))
    case .reader:
        _ = readerJump(&state, forward: forward, includeCurrent: includeCurrent)
    case .help:
        return
    }
}

private func noMatch(_ state: inout AppState) {
    state.notice = "No match for \"\(state.search.query)\""
}

/// The first row, from `from` in the given direction and wrapping around, whose item matches.
/// Stops at the first hit: the cost is the distance to the next match, not the corpus.
private func scan(_ rows: [Int], from: Int, forward: Bool, includeCurrent: Bool, matches: (Int) -> Bool) -> Int? {
    guard !rows.isEmpty else { return nil }
    let start = clamp(from, 0, rows.count - 1)
    let step = forward ? 1 : rows.count - 1
    var row = includeCurrent ? start : (start + step) % rows.count
    for _ in 0..<rows.count {
        if matches(rows[row]) { return row }
        row = (row + step) % rows.count
    }
    return nil
}
