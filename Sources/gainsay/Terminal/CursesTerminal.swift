#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import GainsayUI

/// The ncursesw screen: starts and restores the terminal, reads keys, and draws grids by writing
/// only the cells that changed since the last frame.
///
/// Not thread-safe; one instance lives on the main thread for the whole session.
final class CursesTerminal {
    enum StartError: Error, CustomStringConvertible {
        case cannotOpen(term: String)
        var description: String {
            switch self {
            case .cannotOpen(let term): return "cannot open the terminal (TERM=\(term.isEmpty ? "unset" : term))"
            }
        }
    }

    private let palette: Palette
    /// The grid on screen, or nil when the next draw must repaint everything.
    private var previous: Grid?
    private var active = true
    /// Key reads wait at most this long, so the loop notices signals promptly.
    static let pollMilliseconds: Int32 = 100

    /// Opens the terminal: locale first (wide characters), then curses in cbreak mode so Ctrl-C
    /// and Ctrl-Z still raise signals, keypad for function keys, no echo, hidden cursor.
    init(mouse: Bool, environment: [String: String]) throws {
        Self.useUTF8Locale()
        guard gainsay_newterm() != nil else {
            throw StartError.cannotOpen(term: environment["TERM"] ?? "")
        }
        cbreak()
        noecho()
        nonl()
        let screen = gainsay_stdscr()
        keypad(screen, true)
        wtimeout(screen, Self.pollMilliseconds)
        set_escdelay(25)
        curs_set(0)
        palette = Palette.setUp(environment: environment)
        if mouse {
            mouseinterval(0)
            let events = gainsay_button1_pressed() | gainsay_button4_pressed() | gainsay_button5_pressed()
            _ = mousemask(events, nil)
        }
    }

    deinit { restore() }

    /// Takes the user's locale (before `initscr`, so ncurses speaks wide characters). When that
    /// locale is not UTF-8 (LANG unset gives "C", and every non-ASCII glyph would vanish), the
    /// character type alone switches to a UTF-8 locale: terminals today expect UTF-8 anyway.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().filter({ $0 != "-" }) == "UTF8" { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { return }
    }

    var cols: Int { Int(gainsay_cols()) }
    var rows: Int { Int(gainsay_lines()) }

    /// Leaves curses mode: the shell gets its screen, echo and line mode back. Safe to repeat.
    func restore() {
        guard active else { return }
        active = false
        _ = mousemask(0, nil)
        endwin()
    }

    /// Suspends for Ctrl-Z: restores the terminal, stops the process, and on `fg` takes the
    /// terminal back and schedules a full repaint.
    func suspend() {
        endwin()
        TerminalSignals.suspendSelf()
        // Resumed.
        refresh()
        previous = nil
        _ = gainsay_clear_on_next_refresh()
    }

    /// The next key, or nil when none came within the poll interval.
    func readKey() -> Key? {
        var code: Int32 = 0
        let status = gainsay_get_key(&code)
        if status == gainsay_err() { return nil }
        return KeyDecoder.key(status: status, code: code)
    }

    /// Draws `grid`: only cells that differ from the previous frame are written.
    func draw(_ grid: Grid) {
        let full = previous.map { $0.cols != grid.cols || $0.rows != grid.rows } ?? true
        if full { werase(gainsay_stdscr()) }
        var chars = [wchar_t](repeating: 0, count: Cell.maxCombiningMarks + 2)
        for y in 0..<grid.rows {
            for x in 0..<grid.cols {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                var count = 0
                for scalar in cell.text.unicodeScalars where count <= Cell.maxCombiningMarks {
                    chars[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 { chars[0] = 32; count = 1 }
                chars[count] = 0
                let (attrs, pair) = palette.attributes(cell.style)
                // The bottom-right cell reports ERR on some terminals although it is drawn.
                _ = gainsay_put_cell(Int32(y), Int32(x), chars, attrs, pair)
            }
        }
        wnoutrefresh(gainsay_stdscr())
        doupdate()
        previous = grid
    }

    /// Forgets the screen contents, so the next draw repaints every cell.
    func invalidate() {
        previous = nil
        _ = gainsay_clear_on_next_refresh()
    }
}
