/// The help screen's lines, generated from the key table (so help can never go stale).
public enum HelpLines {
    /// One help row: the keys, what they do, where they apply. Section rows have no keys.
    public struct Row: Sendable, Hashable {
        public var keys: String
        public var help: String
        public var screens: String
    }

    public static func rows(_ keyMap: KeyMap) -> [Row] {
        var rows = keyMap.bindings.map { Row(keys: $0.keyLabel, help: $0.help, screens: $0.screenLabel) }
        rows.append(Row(keys: "mouse", help: "Wheel scrolls; a click selects, a second click opens", screens: "everywhere"))
        return rows
    }

    /// The sections of the help: the keys that work on every browsing screen, then each screen's own.
    static func sections(_ keyMap: KeyMap) -> [(title: String, rows: [Row])] {
        let everywhere = keyMap.bindings.filter { $0.screens.isEmpty || $0.screens == ScreenKind.browsing }
        var result: [(String, [Row])] = [("Everywhere", everywhere.map { Row(keys: $0.keyLabel, help: $0.help, screens: "everywhere") }
            + [Row(keys: "mouse", help: "Wheel scrolls; a click selects, a second click opens", screens: "everywhere")])]
        let titles: [ScreenKind: String] = [.articles: "Articles (1)", .reader: "Article reader", .propositions: "Claims vs denials (2)",
                                            .speakers: "Speakers (3)", .help: "Help (?)", .search: "Search prompt (/)"]
        for screen in ScreenKind.allCases {
            let own = keyMap.bindings.filter { !$0.screens.isEmpty && $0.screens != ScreenKind.browsing && $0.screens.contains(screen) }
            guard !own.isEmpty else { continue }
            result.append((titles[screen] ?? screen.label, own.map { Row(keys: $0.keyLabel, help: $0.help, screens: screen.label) }))
        }
        return result
    }

    /// The rows in two columns for `width`, by section: the keys, then what they do (wrapped,
    /// continuation lines indented to the text column).
    public static func build(_ keyMap: KeyMap, width: Int) -> [WrappedLine] {
        let keyWidth = keyColumnWidth(keyMap)
        var lines = [WrappedLine(text: "Keys" + spaces(keyWidth - 4) + "Action", start: -1, style: Theme.columnHeader)]
        for (title, rows) in sections(keyMap) {
            lines.append(WrappedLine(text: "", start: -1))
            lines.append(WrappedLine(text: title, start: -1, style: Theme.articleHeading))
            for row in rows {
                let wrapped = TextWrap.wrap(row.help, width: max(10, width - keyWidth))
                for (index, part) in wrapped.enumerated() {
                    let keys = index == 0 ? row.keys : ""
                    lines.append(WrappedLine(text: keys + spaces(keyWidth - DisplayWidth.of(keys)) + part.text, start: -1))
                }
            }
        }
        return lines
    }

    /// The width of the keys column, gap included.
    public static func keyColumnWidth(_ keyMap: KeyMap) -> Int {
        (rows(keyMap).map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2
    }

    static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
}
