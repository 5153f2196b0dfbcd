import Foundation

/// A tmux server of our own (a private socket, no user config) with one session, for driving
/// the real binary in a real terminal. `close()` kills the server; call it in a `defer`.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        let what: String
        let screen: String
        var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
    }

    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let tmux: String
    let socket = "gainsay-e2e-\(UUID().uuidString.prefix(8))"
    let name = "e2e"

    /// Starts a session `cols` x `rows` running an interactive shell without rc files.
    init(cols: Int, rows: Int) throws {
        guard let tmux = Self.tmuxPath else { throw CocoaError(.fileNoSuchFile) }
        self.tmux = tmux
        let shell = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash --norc --noprofile -i" : "/bin/sh -i"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(cols)", "-y", "\(rows)",
                 "env PS1='$ ' " + shell])
    }

    /// Types `text` literally (no key names), then Enter when `enter` is true.
    func type(_ text: String, enter: Bool = true) throws {
        try run(["send-keys", "-t", name, "-l", text])
        if enter { try keys("Enter") }
    }

    /// Sends tmux key names: "Enter", "Escape", "C-c", "q", "?".
    func keys(_ names: String...) throws {
        try run(["send-keys", "-t", name] + names)
    }

    func resize(cols: Int, rows: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// The visible pane, one string per row; with `escapes`, including the colour and attribute
    /// sequences tmux would send.
    func capture(escapes: Bool = false) throws -> [String] {
        let output = try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name])
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Polls the pane until `predicate` holds on a settled screen (two captures 50 ms apart
    /// agree, so a frame caught while the program is still drawing it is not taken), up to
    /// `timeout` seconds; returns that capture.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) {
                Thread.sleep(forTimeInterval: 0.05)
                let again = try capture()
                if again == screen { return screen }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(what: what, screen: screen.joined(separator: "\n"))
    }

    /// Polls until the pane shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 15) throws -> [String] {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Kills the server (and with it the shell and anything still running in the pane) and
    /// removes its socket file.
    func close() {
        let socketPath = (try? run(["display-message", "-p", "#{socket_path}"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? run(["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try runProcess(tmux, ["-L", socket] + arguments)
        if result.status != 0 {
            throw NSError(domain: "tmux", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.joined(separator: " ")): \(result.stderr)"])
        }
        return result.stdout
    }
}

/// Polls until the file at `url` exists and has content, up to `timeout` seconds.
func waitForFile(_ url: URL, timeout: Double = 15) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if let data = FileManager.default.contents(atPath: url.path), !data.isEmpty {
            return String(decoding: data, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
}
