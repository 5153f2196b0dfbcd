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

    /// The rows laid out in two columns for `width`: the keys, then what they do (with the
    /// screens they are limited to, if any).
    public static func build(_ keyMap: KeyMap, width: Int) -> [WrappedLine] {
        let rows = rows(keyMap)
        let keyWidth = keyColumnWidth(keyMap)
        var lines = [WrappedLine(text: "Keys" + spaces(keyWidth - 4) + "Action", start: -1, style: Theme.columnHeader)]
        for row in rows {
            let help = row.screens == "everywhere" ? row.help : "\(row.help) (\(row.screens))"
            lines.append(WrappedLine(text: row.keys + spaces(keyWidth - DisplayWidth.of(row.keys)) + help, start: -1))
        }
        return lines
    }

    /// The width of the keys column, gap included.
    public static func keyColumnWidth(_ keyMap: KeyMap) -> Int {
        (rows(keyMap).map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2
    }

    static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
}
