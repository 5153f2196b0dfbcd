/// The kinds of screen, for the key table: which keys do something where.
public enum ScreenKind: String, Sendable, Hashable, CaseIterable {
    case articles
    case reader
    case propositions
    case speakers
    case help
    /// The `/` prompt while a query is being typed.
    case search

    /// How the help screen names the screen.
    public var label: String {
        switch self {
        case .articles: return "articles"
        case .reader: return "reader"
        case .propositions: return "claims/denials"
        case .speakers: return "speakers"
        case .help: return "help"
        case .search: return "search prompt"
        }
    }

    /// The screens that list rows (where `n`/`N` jump between matching rows).
    public static let lists: Set<ScreenKind> = [.articles, .propositions, .speakers]
    /// Every screen but the search prompt: the keys that work wherever you browse.
    public static let browsing: Set<ScreenKind> = [.articles, .reader, .propositions, .speakers, .help]
}

/// One row of the key table.
public struct KeyBinding: Sendable, Hashable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    /// Screens where the binding applies; empty means every screen.
    public var screens: Set<ScreenKind>

    public init(_ action: Action, keys: [Key], help: String, screens: Set<ScreenKind> = []) {
        self.action = action
        self.keys = keys
        self.help = help
        self.screens = screens
    }

    public func applies(on screen: ScreenKind) -> Bool { screens.isEmpty || screens.contains(screen) }

    /// "j ↓" — the keys as the help screen lists them; "text" for typing into the prompt.
    public var keyLabel: String { keys.isEmpty ? "text" : keys.map(\.label).joined(separator: " ") }

    /// "everywhere" or the screens, in table order.
    public var screenLabel: String {
        screens.isEmpty ? "everywhere" : ScreenKind.allCases.filter(screens.contains).map(\.label).joined(separator: ", ")
    }
}

/// The one key table: it drives dispatch and the help screen, so they cannot disagree.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]
    /// Key → bindings, in table order, built once so a key press is one hash lookup.
    private var index: [Key: [KeyBinding]]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var index: [Key: [KeyBinding]] = [:]
        for binding in bindings {
            for key in binding.keys { index[key, default: []].append(binding) }
        }
        self.index = index
    }

    /// The action `key` asks for on `screen`, or nil when it does nothing there. Resizes and
    /// mouse events are not in the table: they map to their actions directly.
    public func action(for key: Key, on screen: ScreenKind) -> Action? {
        switch key {
        case .resize(let cols, let rows):
            return .resize(cols: cols, rows: rows)
        case .mouse(let event):
            switch event.kind {
            case .press: return .click(x: event.x, y: event.y)
            case .wheelUp: return .scroll(lines: -Layout.wheelLines)
            case .wheelDown: return .scroll(lines: Layout.wheelLines)
            }
        default:
            if let action = index[key]?.first(where: { $0.applies(on: screen) })?.action { return action }
            // Typing a query: any printable character goes into it.
            if screen == .search, case .char(let character) = key { return .searchType(character) }
            return nil
        }
    }

    /// The bindings that apply on `screen`, in table order.
    public func bindings(on screen: ScreenKind) -> [KeyBinding] {
        bindings.filter { $0.applies(on: screen) }
    }

    /// The default key table. Every key of every screen is here: dispatch and help both read it.
    public static let standard = KeyMap(bindings: [
        KeyBinding(.searchAccept, keys: [.enter], help: "Keep the query: matches stay highlighted", screens: [.search]),
        KeyBinding(.searchCancel, keys: [.esc], help: "Drop the query and go back to where the search started", screens: [.search]),
        KeyBinding(.searchDelete, keys: [.backspace, .delete], help: "Delete the last character of the query", screens: [.search]),
        KeyBinding(.searchType(" "), keys: [], help: "Typed characters extend the query; the view jumps to the first match", screens: [.search]),
        KeyBinding(.moveDown, keys: [.char("j"), .down], help: "Move down one line (in the focused pane)", screens: ScreenKind.browsing),
        KeyBinding(.moveUp, keys: [.char("k"), .up], help: "Move up one line (in the focused pane)", screens: ScreenKind.browsing),
        KeyBinding(.top, keys: [.char("g"), .home], help: "Go to the top", screens: ScreenKind.browsing),
        KeyBinding(.bottom, keys: [.char("G"), .end], help: "Go to the bottom", screens: ScreenKind.browsing),
        KeyBinding(.pageDown, keys: [.pageDown, .ctrl("d"), .char(" ")], help: "Page down", screens: ScreenKind.browsing),
        KeyBinding(.pageUp, keys: [.pageUp, .ctrl("u")], help: "Page up", screens: ScreenKind.browsing),
        KeyBinding(.open, keys: [.enter, .right], help: "Open the selection: article, statement's proposition, entry's article", screens: [.articles, .reader, .propositions, .speakers]),
        KeyBinding(.nextStatement, keys: [.char("n")], help: "Next statement (during a search too: N/P move between matches)", screens: [.reader]),
        KeyBinding(.previousStatement, keys: [.char("p")], help: "Previous statement", screens: [.reader]),
        KeyBinding(.nextMatch, keys: [.char("n")], help: "Next row matching the search", screens: ScreenKind.lists),
        KeyBinding(.nextMatch, keys: [.char("N")], help: "Next search match in the text", screens: [.reader]),
        KeyBinding(.previousMatch, keys: [.char("N")], help: "Previous row matching the search", screens: ScreenKind.lists),
        KeyBinding(.previousMatch, keys: [.char("P")], help: "Previous search match in the text", screens: [.reader]),
        KeyBinding(.focusNext, keys: [.tab], help: "Focus the next pane (list → claims → denials; text ↔ statements)", screens: [.reader, .propositions, .speakers]),
        KeyBinding(.focusPrevious, keys: [.backTab], help: "Focus the previous pane", screens: [.reader, .propositions, .speakers]),
        KeyBinding(.nextSource, keys: [.char("]")], help: "Next source (article) on the same proposition", screens: [.propositions]),
        KeyBinding(.previousSource, keys: [.char("[")], help: "Previous source on the same proposition", screens: [.propositions]),
        KeyBinding(.search, keys: [.char("/")], help: "Search titles, statements and article text as you type", screens: ScreenKind.browsing.subtracting([.help])),
        KeyBinding(.cycleFilter, keys: [.char("f")], help: "Stance filter: all → claims → denials → neutral", screens: ScreenKind.browsing.subtracting([.help])),
        KeyBinding(.back, keys: [.char("q")], help: "Back one screen, to exactly where you were (on the article list: quit)", screens: ScreenKind.browsing),
        KeyBinding(.close, keys: [.esc, .left], help: "Back one screen", screens: ScreenKind.browsing),
        KeyBinding(.quit, keys: [.char("Q")], help: "Quit from anywhere", screens: ScreenKind.browsing),
        KeyBinding(.help, keys: [.char("?")], help: "Show this help", screens: ScreenKind.browsing),
        KeyBinding(.home, keys: [.char("1")], help: "Article list (home)", screens: ScreenKind.browsing),
        KeyBinding(.propositions, keys: [.char("2")], help: "Claims vs denials, by proposition", screens: ScreenKind.browsing),
        KeyBinding(.speakers, keys: [.char("3")], help: "Speakers, merged across articles", screens: ScreenKind.browsing),
    ])
}
