import GainsayCore

/// Applies `action` to `state` and returns what the outside world must do.
///
/// Pure: no terminal, no clock, no files. Each action costs work proportional to the screen, not
/// to the corpus: wrapping happens only on open and resize, lookups go through `BrowseIndex`.
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
    case .propositions:
        if state.screenKind != .propositions { state.stack.append(.propositions(PropositionsScreen())) }
    case .speakers:
        if state.screenKind != .speakers { state.stack.append(.speakers(SpeakersScreen())) }
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
    case .nextStatement: stepStatement(&state, by: 1)
    case .previousStatement: stepStatement(&state, by: -1)
    case .focusNext: cycleFocus(&state, forward: true)
    case .focusPrevious: cycleFocus(&state, forward: false)
    case .nextSource: stepSource(&state, by: 1)
    case .previousSource: stepSource(&state, by: -1)
    case .cycleFilter: cycleFilter(&state)
    case .search: startSearch(&state)
    case .searchType(let character): typeSearch(&state, character)
    case .searchDelete: deleteSearch(&state)
    case .searchAccept: state.search.editing = false; state.search.origin = nil
    case .searchCancel: cancelSearch(&state)
    case .nextMatch: jumpToMatch(&state, forward: true, includeCurrent: false)
    case .previousMatch: jumpToMatch(&state, forward: false, includeCurrent: false)
    }
    return .none
}

/// One page: the visible body less one line, so a line of context stays on screen.
private func pageSize(_ state: AppState) -> Int {
    let height: Int
    switch state.screen {
    case .articles: height = ListGeometry(cols: state.cols, rows: state.rows, count: state.index.articleRows(state.filter).count).bodyHeight
    case .reader(let reader): height = readerGeometry(state, reader).textHeight
    case .propositions(let screen):
        let geometry = SplitGeometry(cols: state.cols, rows: state.rows)
        height = screen.focus == .list ? geometry.listHeight : max(1, geometry.detailHeight / BrowseIndex.entryHeight + 1)
    case .speakers(let screen):
        let geometry = SplitGeometry(cols: state.cols, rows: state.rows, listShare: Layout.speakerListShare)
        height = screen.focus == .list ? geometry.listHeight : max(1, geometry.detailHeight / 2 + 1)
    case .help: height = PagerGeometry(cols: state.cols, rows: state.rows).bodyHeight
    }
    return max(1, height - 1)
}

/// Moves the selection (lists, focused panes) or the view (reader text, help) by `delta`, clamped.
private func move(_ state: inout AppState, by delta: Int) {
    switch state.screen {
    case .articles(var list):
        let count = state.index.articleRows(state.filter).count
        guard count > 0 else { return }
        list.selected = moved(list.selected, by: delta, within: 0, count - 1)
        state.replaceTop(.articles(keepVisible(list, count: count, state: state)))
    case .reader(var reader):
        if reader.focus == .pane {
            stepStatement(&state, by: delta)
            return
        }
        let geometry = readerGeometry(state, reader)
        reader.top = moved(reader.top, by: delta, within: 0, geometry.maxTop(lineCount: reader.lines.count))
        state.replaceTop(.reader(reader))
    case .propositions(let screen):
        movePropositions(&state, screen, by: delta)
    case .speakers(let screen):
        moveSpeakers(&state, screen, by: delta)
    case .help(var help):
        let geometry = PagerGeometry(cols: state.cols, rows: state.rows)
        let count = HelpLines.build(state.keyMap, width: geometry.textWidth).count
        help.top = moved(help.top, by: delta, within: 0, geometry.maxTop(lineCount: count))
        state.replaceTop(.help(help))
    }
}

/// Scrolls the list just enough that the selected row is visible.
func keepVisible(_ list: ArticleListScreen, count: Int, state: AppState) -> ArticleListScreen {
    var list = list
    let height = ListGeometry(cols: state.cols, rows: state.rows, count: count).bodyHeight
    (list.selected, list.top) = visible(selected: list.selected, top: list.top, count: count, height: height)
    return list
}

/// A selection clamped to `count` rows and a top that keeps it among `height` visible rows.
func visible(selected: Int, top: Int, count: Int, height: Int) -> (selected: Int, top: Int) {
    let selected = clamp(selected, 0, count - 1)
    var top = top
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    return (selected, clamp(top, 0, max(0, count - height)))
}

/// Enter: what it opens depends on the screen and the focused pane.
private func open(_ state: inout AppState) {
    switch state.screen {
    case .articles(let list):
        let rows = state.index.articleRows(state.filter)
        guard rows.indices.contains(list.selected) else { return }
        openArticle(&state, rows[list.selected], statement: nil)
    case .reader(let reader):
        guard let statement = reader.statement else {
            state.notice = "No statement selected: n/p or Tab to pick one"
            return
        }
        openProposition(&state, of: statement)
    case .propositions(let screen):
        openFromPropositions(&state, screen)
    case .speakers(let screen):
        openFromSpeakers(&state, screen)
    case .help:
        return
    }
}

/// Pushes the reader on article `position`, scrolled to `statement` when given.
func openArticle(_ state: inout AppState, _ position: Int, statement: Int?) {
    guard state.articles.indices.contains(position) else { return }
    let width = PagerGeometry(cols: state.cols, rows: state.rows).textWidth
    let lines = ReaderLines.build(state.articles[position], width: width)
    var reader = ReaderScreen(article: position, lines: lines, width: width, statement: statement)
    if let statement { reader.top = topShowing(statement, reader, state) }
    state.stack.append(.reader(reader))
}

/// `f`: the next stance filter; every list keeps its selected item when the filter still shows it.
private func cycleFilter(_ state: inout AppState) {
    let old = state.filter
    let new = old.next
    state.filter = new
    for position in state.stack.indices {
        switch state.stack[position] {
        case .articles(var list):
            list.selected = remap(list.selected, from: state.index.articleRows(old), to: state.index.articleRows(new))
            state.stack[position] = .articles(keepVisible(list, count: state.index.articleRows(new).count, state: state))
        case .propositions(var screen):
            screen.selected = remap(screen.selected, from: state.index.propositionRows(old), to: state.index.propositionRows(new))
            screen.claim = 0; screen.denial = 0; screen.detailTop = 0
            if screen.focus != .list { screen.focus = .list }
            state.stack[position] = .propositions(screen)
        case .speakers(var screen):
            screen.selected = remap(screen.selected, from: state.index.speakerRows(old), to: state.index.speakerRows(new))
            screen.statement = 0; screen.detailTop = 0
            state.stack[position] = .speakers(screen)
        case .reader(var reader):
            if let statement = reader.statement, state.index.statements.indices.contains(statement),
               !new.admits(state.index.statements[statement].stance) {
                reader.statement = nil
                reader.focus = .text
            }
            state.stack[position] = .reader(reader)
        case .help:
            break
        }
    }
    fixTops(&state)
}

/// The row in `to` holding the item at row `row` of `from`, or the nearest one after it.
private func remap(_ row: Int, from: [Int], to: [Int]) -> Int {
    guard from.indices.contains(row), !to.isEmpty else { return 0 }
    let item = from[row]
    var low = 0, high = to.count
    while low < high {
        let mid = (low + high) / 2
        if to[mid] < item { low = mid + 1 } else { high = mid }
    }
    return min(low, to.count - 1)
}

/// Re-lays out every screen on the stack for the new size: rewraps readers (once, here) and
/// clamps every scroll position.
private func resize(_ state: inout AppState, cols: Int, rows: Int) {
    state.cols = max(0, cols)
    state.rows = max(0, rows)
    let pager = PagerGeometry(cols: state.cols, rows: state.rows)
    for index in state.stack.indices {
        guard case .reader(var reader) = state.stack[index] else { continue }
        if reader.width != pager.textWidth, state.articles.indices.contains(reader.article) {
            // Keep the same text at the top: find the line holding the old top line's offset.
            let anchor = reader.lines.indices.contains(reader.top) ? reader.lines[reader.top].start : -1
            reader.lines = ReaderLines.build(state.articles[reader.article], width: pager.textWidth)
            reader.width = pager.textWidth
            if anchor >= 0 {
                reader.top = reader.lines.lastIndex { $0.start >= 0 && $0.start <= anchor } ?? 0
            }
        }
        state.stack[index] = .reader(reader)
    }
    fixTops(&state)
}

/// Clamps every screen's scroll position to the current size.
private func fixTops(_ state: inout AppState) {
    let pager = PagerGeometry(cols: state.cols, rows: state.rows)
    let helpCount = HelpLines.build(state.keyMap, width: pager.textWidth).count
    for index in state.stack.indices {
        switch state.stack[index] {
        case .articles(let list):
            state.stack[index] = .articles(keepVisible(list, count: state.index.articleRows(state.filter).count, state: state))
        case .reader(var reader):
            reader.top = clamp(reader.top, 0, readerGeometry(state, reader).maxTop(lineCount: reader.lines.count))
            state.stack[index] = .reader(reader)
        case .propositions(let screen):
            state.stack[index] = .propositions(keepPropositionsVisible(screen, state))
        case .speakers(let screen):
            state.stack[index] = .speakers(keepSpeakersVisible(screen, state))
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

/// `value` moved by `delta` (which may be huge: page keys, `G`) and kept within `low...high`;
/// the add never traps on overflow.
@inline(__always)
func moved(_ value: Int, by delta: Int, within low: Int, _ high: Int) -> Int {
    clamp(value.addingReportingOverflow(delta).partialValue, low, high)
}
