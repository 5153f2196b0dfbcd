import GainsayCore

/// The reader's layout for the statements the filter shows.
func readerGeometry(_ state: AppState, _ reader: ReaderScreen) -> ReaderGeometry {
    ReaderGeometry(cols: state.cols, rows: state.rows, statementCount: state.index.statements(ofArticle: reader.article, state.filter).count)
}

/// The wrapped line holding text offset `offset`. Blank and heading lines (offset -1) sit
/// between paragraphs, so this is a scan over the article's lines (thousands at most), not the corpus.
func lineIndex(ofOffset offset: Int, in lines: [WrappedLine]) -> Int {
    lines.lastIndex { $0.start >= 0 && $0.start <= offset } ?? 0
}

/// A top line that shows `statement` a third of the way down the text area.
func topShowing(_ statement: Int, _ reader: ReaderScreen, _ state: AppState) -> Int {
    guard state.index.statements.indices.contains(statement) else { return reader.top }
    let line = lineIndex(ofOffset: state.index.statements[statement].start, in: reader.lines)
    let geometry = readerGeometry(state, reader)
    return clamp(line - geometry.textHeight / 3, 0, geometry.maxTop(lineCount: reader.lines.count))
}

/// `n`/`p` (and `j`/`k` in the pane): the next or previous statement, with the text scrolled to it.
func stepStatement(_ state: inout AppState, by delta: Int) {
    guard case .reader(var reader) = state.screen else { return }
    let statements = state.index.statements(ofArticle: reader.article, state.filter)
    guard !statements.isEmpty else {
        state.notice = state.filter == .all ? "No statements in this article" : "No \(state.filter.label) in this article"
        return
    }
    let target: Int
    if let current = reader.statement, let position = statements.firstIndex(of: current) {
        target = moved(position, by: delta, within: 0, statements.count - 1)
    } else {
        // Nothing selected yet: the first statement at or below the top line (or above it).
        let topOffset = reader.lines.indices.contains(reader.top) ? max(0, reader.lines[reader.top].start) : 0
        let below = statements.firstIndex { state.index.statements[$0].start >= topOffset } ?? statements.count - 1
        target = delta >= 0 ? below : max(0, below - 1)
    }
    reader.statement = statements[target]
    reader.top = topShowing(statements[target], reader, state)
    state.replaceTop(.reader(reader))
}

/// Enter on a statement: claims vs denials, on its proposition, with the statement selected.
func openProposition(_ state: inout AppState, of statement: Int) {
    let index = state.index
    guard index.statementProposition.indices.contains(statement) else { return }
    let proposition = index.statementProposition[statement]
    guard proposition >= 0 else {
        state.notice = "This statement is not grouped with a proposition"
        return
    }
    let rows = index.propositionRows(state.filter)
    guard let row = sortedPosition(of: proposition, in: rows) else { return }
    var screen = PropositionsScreen(selected: row)
    let layout = index.layout(ofProposition: proposition, state.filter)
    if let entry = layout.claims.firstIndex(of: statement) {
        screen.focus = .claims
        screen.claim = entry
    } else if let entry = layout.denials.firstIndex(of: statement) {
        screen.focus = .denials
        screen.denial = entry
    }
    state.stack.append(.propositions(keepPropositionsVisible(screen, state)))
}

/// Tab / Shift-Tab: the next or previous pane of the screen.
func cycleFocus(_ state: inout AppState, forward: Bool) {
    switch state.screen {
    case .reader(var reader):
        reader.focus = reader.focus == .text ? .pane : .text
        state.replaceTop(.reader(reader))
        if reader.focus == .pane && reader.statement == nil { stepStatement(&state, by: 1) }
    case .propositions(var screen):
        let order: [ColumnFocus] = [.list, .claims, .denials]
        let position = order.firstIndex(of: screen.focus) ?? 0
        screen.focus = order[(position + (forward ? 1 : order.count - 1)) % order.count]
        state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
    case .speakers(var screen):
        screen.focus = screen.focus == .list ? .statements : .list
        state.replaceTop(.speakers(keepSpeakersVisible(screen, state)))
    case .articles, .help:
        return
    }
}

/// Scrolls the reader so the next (or previous) search match in the text is in view.
func readerJump(_ state: inout AppState, forward: Bool, includeCurrent: Bool) -> Bool {
    guard case .reader(var reader) = state.screen, state.search.isActive, !reader.lines.isEmpty else { return false }
    let geometry = readerGeometry(state, reader)
    let topLine = reader.lines.indices.contains(reader.top) ? reader.lines[reader.top].start : 0
    // Typing: from the top line on. `N`: from the next line on. `P`: before the top line.
    let from: Int
    if forward && !includeCurrent {
        let next = reader.lines[min(reader.lines.count - 1, reader.top + 1)...].first { $0.start >= 0 }
        from = next.map(\.start) ?? Int.max / 2
    } else {
        from = max(0, topLine)
    }
    guard let hit = state.index.textMatch(state.search.needle, inArticle: reader.article, fromScalar: from, backward: !forward) else {
        state.notice = "No more matches for \"\(state.search.query)\""
        return false
    }
    let line = lineIndex(ofOffset: hit, in: reader.lines)
    reader.top = clamp(line, 0, geometry.maxTop(lineCount: reader.lines.count))
    state.replaceTop(.reader(reader))
    return true
}

/// The position of `value` in ascending `rows` (every filter's rows are ascending), or nil.
func sortedPosition(of value: Int, in rows: [Int]) -> Int? {
    var low = 0, high = rows.count
    while low < high {
        let mid = (low + high) / 2
        if rows[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low < rows.count && rows[low] == value ? low : nil
}
