/// A key press or terminal event, as the adapter decodes it from ncurses.
public enum Key: Sendable, Hashable {
    /// A printable character (`j`, `?`, `Q`, ...).
    case char(Character)
    /// A control chord: `.ctrl("d")` is Ctrl-D.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, esc, tab, backTab, backspace, delete
    case function(Int)
    /// The terminal changed size (KEY_RESIZE).
    case resize(cols: Int, rows: Int)
    case mouse(MouseEvent)
    /// A key the adapter could not name.
    case unknown(Int)

    /// How the key reads in the help screen and the README.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .esc: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .mouse: return "mouse"
        case .unknown(let code): return "key \(code)"
        }
    }
}

extension Key {
    /// The key for a character code as a terminal sends it (what `get_wch` returns with `OK`):
    /// Enter, Tab, Esc, Backspace and Ctrl chords are control codes; anything else printable is a
    /// character. Nil for a code that is not a Unicode scalar.
    public init?(characterCode code: UInt32) {
        switch code {
        case 10, 13: self = .enter
        case 9: self = .tab
        case 27: self = .esc
        case 8, 127: self = .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(code + 96) else { return nil }
            self = .ctrl(Character(letter))
        case 0..<32, 0x80..<0xA0: self = .unknown(Int(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .char(Character(scalar))
        }
    }
}

/// A mouse report, in screen coordinates.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
