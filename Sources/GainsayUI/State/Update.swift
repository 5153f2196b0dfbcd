import GainsayCore

/// Applies `action` to `state` and returns what the outside world must do.
///
/// Pure: no terminal, no clock, no files. Each action costs work proportional to the screen, not
/// to the corpus: wrapping happens only on open and resize.
public func update(_ state: inout AppState, _ action: Action) -> Effect {
    switch action {
    case .quit:
        return .quit
    case .back:
        if state.stack.count == 1 { return .quit }
        state.stack.removeLast()
    case .close:
        if state.stack.count > 1 { state.stack.removeLast() }
    case .home:
        state.stack.removeSubrange(1...)
    case .help:
        if state.screenKind == .help {
            state.stack.removeLast()
        } else {
            state.stack.append(.help(HelpScreen()))
        }
    case .resize(let cols, let rows):
        resize(&state, cols: cols, rows: rows)
    case .open:
        open(&state)
    case .click(let x, let y):
        click(&state, x: x, y: y)
    case .moveDown: move(&state, by: 1)
    case .moveUp: move(&state, by: -1)
    case .scroll(let lines): move(&state, by: lines)
    case .pageDown: move(&state, by: pageSize(state))
    case .pageUp: move(&state, by: -pageSize(state))
    case .top: move(&state, by: Int.min / 2)
    case .bottom: move(&state, by: Int.max / 2)
    }
    return .none
}

/// One page: the visible body less one line, so a line of context stays on screen.
private func pageSize(_ state: AppState) -> Int {
    let height: Int
    switch state.screenKind {
    case .articles: height = ListGeometry(cols: state.cols, rows: state.rows).bodyHeight
    case .reader, .help: height = PagerGeometry(cols: state.cols, rows: state.rows).bodyHeight
    }
    return max(1, height - 1)
}

/// Moves the selection (list) or the view (reader, help) by `delta` lines, clamped.
private func move(_ state: inout AppState, by delta: Int) {
    switch state.screen {
    case .articles(var list):
        guard !state.articles.isEmpty else { return }
        list.selected = clamp(list.selected.addingReportingOverflow(delta).partialValue, 0, state.articles.count - 1)
        state.replaceTop(.articles(keepVisible(list, count: state.articles.count, state: state)))
    case .reader(var reader):
        let geometry = PagerGeometry(cols: state.cols, rows: state.rows)
        reader.top = clamp(reader.top.addingReportingOverflow(delta).partialValue, 0, geometry.maxTop(lineCount: reader.lines.count))
        state.replaceTop(.reader(reader))
    case .help(var help):
        let geometry = PagerGeometry(cols: state.cols, rows: state.rows)
        let count = HelpLines.build(state.keyMap, width: geometry.textWidth).count
        help.top = clamp(help.top.addingReportingOverflow(delta).partialValue, 0, geometry.maxTop(lineCount: count))
        state.replaceTop(.help(help))
    }
}

/// Scrolls the list just enough that the selected row is visible.
private func keepVisible(_ list: ArticleListScreen, count: Int, state: AppState) -> ArticleListScreen {
    var list = list
    let height = ListGeometry(cols: state.cols, rows: state.rows).bodyHeight
    if list.selected < list.top { list.top = list.selected }
    if list.selected >= list.top + height { list.top = list.selected - height + 1 }
    list.top = clamp(list.top, 0, max(0, count - height))
    return list
}

private func open(_ state: inout AppState) {
    guard case .articles(let list) = state.screen, state.articles.indices.contains(list.selected) else { return }
    let width = PagerGeometry(cols: state.cols, rows: state.rows).textWidth
    let lines = ReaderLines.build(state.articles[list.selected], width: width)
    state.stack.append(.reader(ReaderScreen(article: list.selected, lines: lines, width: width)))
}

/// A click on a list row selects it; a click on the selected row opens it.
private func click(_ state: inout AppState, x: Int, y: Int) {
    guard case .articles(let list) = state.screen else { return }
    let geometry = ListGeometry(cols: state.cols, rows: state.rows)
    let row = y - geometry.bodyTop
    guard row >= 0, row < geometry.bodyHeight else { return }
    let index = list.top + row
    guard state.articles.indices.contains(index) else { return }
    if index == list.selected {
        open(&state)
    } else {
        move(&state, by: index - list.selected)
    }
}

/// Re-lays out every screen on the stack for the new size: rewraps readers (once, here) and
/// clamps every scroll position.
private func resize(_ state: inout AppState, cols: Int, rows: Int) {
    state.cols = max(0, cols)
    state.rows = max(0, rows)
    let pager = PagerGeometry(cols: state.cols, rows: state.rows)
    let helpCount = HelpLines.build(state.keyMap, width: pager.textWidth).count
    for index in state.stack.indices {
        switch state.stack[index] {
        case .articles(let list):
            state.stack[index] = .articles(keepVisible(list, count: state.articles.count, state: state))
        case .reader(var reader):
            if reader.width != pager.textWidth, state.articles.indices.contains(reader.article) {
                // Keep the same text at the top: find the line holding the old top line's offset.
                let anchor = reader.lines.indices.contains(reader.top) ? reader.lines[reader.top].start : -1
                reader.lines = ReaderLines.build(state.articles[reader.article], width: pager.textWidth)
                reader.width = pager.textWidth
                if anchor >= 0 {
                    reader.top = reader.lines.lastIndex { $0.start >= 0 && $0.start <= anchor } ?? 0
                }
            }
            reader.top = clamp(reader.top, 0, pager.maxTop(lineCount: reader.lines.count))
            state.stack[index] = .reader(reader)
        case .help(var help):
            help.top = clamp(help.top, 0, pager.maxTop(lineCount: helpCount))
            state.stack[index] = .help(help)
        }
    }
}

@inline(__always)
func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
}
