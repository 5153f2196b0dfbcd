#if canImport(Glibc)
import Glibc
#endif
import GainsayCore
import GainsayUI

/// The interactive session: key in, `update`, `render`, draw the difference, until quit or a
/// terminating signal. Holds no logic of its own beyond that plumbing.
enum BrowserLoop {
    /// Runs the browser and returns the process exit status: 0 on quit, 128 + signal when a
    /// signal ended it. The terminal is restored on every path, errors included.
    static func run(state initial: AppState, mouse: Bool, environment: [String: String]) throws -> Int32 {
        TerminalSignals.install()
        defer { TerminalSignals.uninstall() }
        let terminal = try CursesTerminal(mouse: mouse, environment: environment)
        defer { terminal.restore() }
        TerminalSignals.installFatalHandlers()
        defer { TerminalSignals.uninstallFatalHandlers() }

        var state = initial
        _ = GainsayUI.update(&state, .resize(cols: terminal.cols, rows: terminal.rows))
        terminal.draw(render(state, cols: state.cols, rows: state.rows))
        while true {
            let signals = TerminalSignals.take()
            if let ending = signals.first(where: TerminalSignals.terminating.contains) {
                return 128 + ending
            }
            if signals.contains(SIGTSTP) || signals.contains(SIGCONT) {
                // Ctrl-Z: suspend until `fg`. SIGCONT alone: resumed after a stop we did not
                // see (SIGSTOP); the shell may have drawn over us. Either way: repaint it all.
                if signals.contains(SIGTSTP) { terminal.suspend() } else { terminal.invalidate() }
                _ = GainsayUI.update(&state, .resize(cols: terminal.cols, rows: terminal.rows))
                terminal.draw(render(state, cols: state.cols, rows: state.rows))
                continue
            }
            guard var key = terminal.readKey() else { continue }
            if case .resize = key {
                key = .resize(cols: terminal.cols, rows: terminal.rows)
                terminal.invalidate()
            }
            if state.send(key) == .quit { return 0 }
            terminal.draw(render(state, cols: state.cols, rows: state.rows))
        }
    }
}
