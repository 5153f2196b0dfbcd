import GainsayCore

/// The proposition (a position in `BrowseIndex.propositions`) on the selected row, if any.
func selectedProposition(_ screen: PropositionsScreen, _ state: AppState) -> Int? {
    let rows = state.index.propositionRows(state.filter)
    return rows.indices.contains(screen.selected) ? rows[screen.selected] : nil
}

/// `j`/`k` on claims vs denials: the list row, or the entry of the focused column.
func movePropositions(_ state: inout AppState, _ screen: PropositionsScreen, by delta: Int) {
    var screen = screen
    switch screen.focus {
    case .list:
        let count = state.index.propositionRows(state.filter).count
        guard count > 0 else { return }
        let before = screen.selected
        screen.selected = moved(screen.selected, by: delta, within: 0, count - 1)
        if screen.selected != before { screen.claim = 0; screen.denial = 0; screen.detailTop = 0 }
    case .claims, .denials:
        guard let proposition = selectedProposition(screen, state) else { return }
        let layout = state.index.layout(ofProposition: proposition, state.filter)
        if screen.focus == .claims {
            screen.claim = moved(screen.claim, by: delta, within: 0, layout.claims.count - 1)
        } else {
            screen.denial = moved(screen.denial, by: delta, within: 0, layout.denials.count - 1)
        }
    }
    state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
}

/// Keeps the selected row and the focused entry (with its source header) in view.
func keepPropositionsVisible(_ screen: PropositionsScreen, _ state: AppState) -> PropositionsScreen {
    var screen = screen
    let geometry = SplitGeometry(cols: state.cols, rows: state.rows)
    let count = state.index.propositionRows(state.filter).count
    (screen.selected, screen.top) = visible(selected: screen.selected, top: screen.top, count: count, height: geometry.listHeight)
    guard let proposition = selectedProposition(screen, state) else { return screen }
    let layout = state.index.layout(ofProposition: proposition, state.filter)
    screen.claim = clamp(screen.claim, 0, layout.claims.count - 1)
    screen.denial = clamp(screen.denial, 0, layout.denials.count - 1)
    let height = geometry.detailHeight
    if screen.focus != .list {
        let isClaims = screen.focus == .claims
        let entries = isClaims ? layout.claims : layout.denials
        if !entries.isEmpty {
            let entry = isClaims ? screen.claim : screen.denial
            let line = layout.line(of: entry, claims: isClaims)
            // One row above the entry stays in view: its source's header, or the sticky copy of it.
            let first = line - 1
            if first < screen.detailTop { screen.detailTop = first }
            if line + layout.entryHeight > screen.detailTop + height { screen.detailTop = line + layout.entryHeight - height }
        }
    }
    screen.detailTop = clamp(screen.detailTop, 0, max(0, layout.lineCount - height))
    return screen
}

/// Enter on claims vs denials: from the list, into the columns; on an entry, its article.
func openFromPropositions(_ state: inout AppState, _ screen: PropositionsScreen) {
    guard let proposition = selectedProposition(screen, state) else { return }
    let layout = state.index.layout(ofProposition: proposition, state.filter)
    var screen = screen
    switch screen.focus {
    case .list:
        screen.focus = layout.claims.isEmpty && !layout.denials.isEmpty ? .denials : .claims
        state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
    case .claims, .denials:
        let entries = screen.focus == .claims ? layout.claims : layout.denials
        let entry = screen.focus == .claims ? screen.claim : screen.denial
        guard entries.indices.contains(entry) else { return }
        let statement = entries[entry]
        openArticle(&state, state.index.statementArticle[statement], statement: statement)
    }
}

/// `]`/`[`: the next or previous source (article) of the proposition, both columns moved to it.
func stepSource(_ state: inout AppState, by delta: Int) {
    guard case .propositions(var screen) = state.screen, let proposition = selectedProposition(screen, state) else { return }
    let layout = state.index.layout(ofProposition: proposition, state.filter)
    guard !layout.blocks.isEmpty else { return }
    let current: Int
    switch screen.focus {
    case .denials where layout.denialBlock.indices.contains(screen.denial): current = layout.denialBlock[screen.denial]
    case .list where screen.detailTop == 0: current = -1 + (delta < 0 ? 1 : 0)
    default: current = layout.claimBlock.indices.contains(screen.claim) ? layout.claimBlock[screen.claim]
        : (layout.denialBlock.indices.contains(screen.denial) ? layout.denialBlock[screen.denial] : 0)
    }
    let target = clamp(current + delta, 0, layout.blocks.count - 1)
    if let claim = layout.claimBlock.firstIndex(of: target) { screen.claim = claim }
    if let denial = layout.denialBlock.firstIndex(of: target) { screen.denial = denial }
    let block = layout.blocks[target]
    if screen.focus == .list || (screen.focus == .claims && block.claims.isEmpty) || (screen.focus == .denials && block.denials.isEmpty) {
        screen.focus = block.claims.isEmpty ? .denials : .claims
    }
    screen.detailTop = layout.blockLine[target]
    state.notice = "Source \(target + 1)/\(layout.blocks.count): \(state.articles.indices.contains(block.article) ? state.articles[block.article].title : "")"
    state.replaceTop(.propositions(keepPropositionsVisible(screen, state)))
}
