/// Everything a user (or the terminal) can ask the program to do. Keys map to actions through
/// `KeyMap`; `update` only ever sees actions, so tests and the terminal drive it the same way.
public enum Action: Sendable, Hashable {
    case moveDown, moveUp
    case top, bottom
    case pageDown, pageUp
    /// Open what is selected (an article from the list).
    case open
    /// Back one screen; on the home screen, quit (`q`).
    case back
    /// Back one screen; never quits (`Esc`).
    case close
    /// Quit from anywhere (`Q`).
    case quit
    case help
    /// Go to the article list, the home screen (`1`).
    case home
    /// Open claims vs denials (`2`) or the speakers (`3`) on top of the current screen.
    case propositions, speakers
    /// Next / previous statement (reader).
    case nextStatement, previousStatement
    /// Move focus to the next / previous pane (`Tab`, `Shift-Tab`).
    case focusNext, focusPrevious
    /// Next / previous source on the same proposition (`]`, `[`).
    case nextSource, previousSource
    /// Cycle the stance filter all → claims → denials → neutral (`f`).
    case cycleFilter
    /// Start a search (`/`); next / previous match.
    case search, nextMatch, previousMatch
    /// While typing a query: add a character, delete one, accept, cancel.
    case searchType(Character), searchDelete, searchAccept, searchCancel
    /// The terminal is now `cols` x `rows`.
    case resize(cols: Int, rows: Int)
    /// A click at a screen position: selects the row under it.
    case click(x: Int, y: Int)
    /// Mouse wheel: scroll by `lines` (negative: up).
    case scroll(lines: Int)
}

/// What `update` asks the outside world to do. The adapter performs it; tests assert on it.
public enum Effect: Sendable, Hashable {
    case none
    case quit
}
