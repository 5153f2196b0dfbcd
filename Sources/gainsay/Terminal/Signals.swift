#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// Signals that must end or suspend the browser, noted by async-signal-safe handlers and acted on
/// by the main loop (which polls between key reads): these handlers only set a bit, never call
/// curses, so restoring the terminal happens on the main thread. Only fatal signals, after which
/// nothing else can run, call `endwin` from the handler.
enum TerminalSignals {
    /// Bit `n` set: signal `n` arrived since the last `take()`.
    private static let pending = Atomic<UInt64>(0)

    /// Signals that end the session (exit status 128 + the signal).
    static let terminating: Set<Int32> = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Every signal `install` handles.
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT]
    /// What was installed for each handled signal before us (SIG_IGN under `nohup`, say),
    /// indexed by signal number, put back by `uninstall`.
    nonisolated(unsafe) private static var previousActions = Array(repeating: sigaction(), count: 65)

    /// Installs the handlers for SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT. Must run before
    /// curses starts, so ncurses sees our handlers and does not install its own (it leaves
    /// SIGWINCH to ncurses, which turns it into KEY_RESIZE).
    static func install() {
        _ = pending.load(ordering: .relaxed)  // initialise the global before any handler runs
        for signal in handled { setHandler(signal, saving: &previousActions[Int(signal)]) }
        // A parent may have left these blocked (and the mask is inherited): unblock them, or
        // Ctrl-C, Ctrl-Z and resizes would never reach us.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&set, signal) }
        _ = sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Fatal signals (a Swift trap is SIGILL or SIGTRAP): the program cannot go on, but the
    /// terminal must not stay in curses mode.
    static let fatal: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    /// The actions that were in place before ours (the Swift runtime's backtracer, usually),
    /// indexed by signal number; filled before any handler can run, then only read.
    nonisolated(unsafe) private static var previousFatalActions = Array(repeating: sigaction(), count: 65)

    /// On a fatal signal: leave curses mode (`endwin`), put back the previous action and raise
    /// the signal again, so the crash still reports and ends the process as it would have.
    /// `endwin` is not formally async-signal-safe; on a path that is ending anyway, a restored
    /// terminal is worth that risk.
    static func installFatalHandlers() {
        #if canImport(Glibc)
        for fatalSignal in fatal {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                // The previous handler (the crash report) runs now, nested: SA_NODEFER.
                var previous = TerminalSignals.previousFatalActions[Int(number & 63)]
                _ = sigaction(number, &previous, nil)
                _ = raise(number)
                // Still alive (the report returned, or the signal came from `kill`): die of it.
                _ = signal(number, SIG_DFL)
                _ = raise(number)
                _exit(128 + number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_NODEFER)
            _ = sigaction(fatalSignal, &action, &previousFatalActions[Int(fatalSignal)])
        }
        #endif
    }

    /// Puts back the actions the fatal handlers replaced.
    static func uninstallFatalHandlers() {
        for fatalSignal in fatal { _ = sigaction(fatalSignal, &previousFatalActions[Int(fatalSignal)], nil) }
    }

    /// Puts back the actions in place before `install` (so a Ctrl-C after the UI is gone works).
    static func uninstall() {
        for signal in handled { _ = sigaction(signal, &previousActions[Int(signal)], nil) }
    }

    /// The signals that arrived since the last call, cleared.
    static func take() -> Set<Int32> {
        let bits = pending.exchange(0, ordering: .acquiringAndReleasing)
        guard bits != 0 else { return [] }
        return Set((1..<64).filter { bits & (1 << UInt64($0)) != 0 }.map(Int32.init))
    }

    /// Stops the process as the default SIGTSTP would (the terminal already restored by the
    /// caller); returns when the shell resumes it with `fg`.
    static func suspendSelf() {
        _ = signal(SIGTSTP, SIG_DFL)
        _ = raise(SIGTSTP)
        setHandler(SIGTSTP)
    }

    private static func setHandler(_ signal: Int32) {
        var ignored = sigaction()
        setHandler(signal, saving: &ignored)
    }

    private static func setHandler(_ signal: Int32, saving previous: inout sigaction) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { number in
            TerminalSignals.pending.bitwiseOr(1 << UInt64(number & 63), ordering: .relaxed)
        }
        #else
        action.__sigaction_u.__sa_handler = { number in
            TerminalSignals.pending.bitwiseOr(1 << UInt64(number & 63), ordering: .relaxed)
        }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(signal, &action, &previous)
    }
}
