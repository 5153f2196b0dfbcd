/// The kinds of screen, for the key table: which keys do something where.
public enum ScreenKind: String, Sendable, Hashable, CaseIterable {
    case articles
    case reader
    case help

    /// How the help screen names the screen.
    public var label: String {
        switch self {
        case .articles: return "list"
        case .reader: return "reader"
        case .help: return "help"
        }
    }
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

    /// "j ↓" — the keys as the help screen lists them.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }

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
            return index[key]?.first { $0.applies(on: screen) }?.action
        }
    }

    /// The bindings that apply on `screen`, in table order.
    public func bindings(on screen: ScreenKind) -> [KeyBinding] {
        bindings.filter { $0.applies(on: screen) }
    }

    /// The default key table.
    public static let standard = KeyMap(bindings: [
        KeyBinding(.moveDown, keys: [.char("j"), .down], help: "Move down one line"),
        KeyBinding(.moveUp, keys: [.char("k"), .up], help: "Move up one line"),
        KeyBinding(.top, keys: [.char("g"), .home], help: "Go to the top"),
        KeyBinding(.bottom, keys: [.char("G"), .end], help: "Go to the bottom"),
        KeyBinding(.pageDown, keys: [.pageDown, .ctrl("d"), .char(" ")], help: "Page down"),
        KeyBinding(.pageUp, keys: [.pageUp, .ctrl("u")], help: "Page up"),
        KeyBinding(.open, keys: [.enter, .right], help: "Open the selected article", screens: [.articles]),
        KeyBinding(.back, keys: [.char("q")], help: "Back one screen (on the article list: quit)"),
        KeyBinding(.close, keys: [.esc, .left], help: "Back one screen"),
        KeyBinding(.quit, keys: [.char("Q")], help: "Quit from anywhere"),
        KeyBinding(.help, keys: [.char("?")], help: "Show this help"),
        KeyBinding(.home, keys: [.char("1")], help: "Article list (home)"),
    ])
}
