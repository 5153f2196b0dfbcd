import Foundation
import Testing

/// The real binary in a real terminal (tmux). Serialized: each test owns a private tmux server,
/// but running them one at a time keeps the timing of a 2-core machine predictable.
@Suite(.serialized) struct BrowserE2ETests {
    /// The first words of each seed title, as the list must show them.
    static let seedTitles = [
        "Secret Negotiations Between Russia and Ukraine",
        "Russian Officials On Negotiations With Ukraine",
        "\"Is it possible to discuss matters",
        "Negotiations with Russia: Analysis of Reactions",
        "Russia and Ukraine Edge Closer to Nuclear Deal",
    ]

    /// What a walkthrough needs: the binary, tmux, a scratch directory for exit codes.
    struct Fixture {
        let binary: String
        let session: TmuxSession
        let scratch: URL

        /// Starts tmux at `cols` x `rows` with a shell prompt; nil without tmux (the tests that
        /// need it are disabled by `needsTmux` then, so this is only a guard).
        static func start(cols: Int = 80, rows: Int = 24) throws -> Fixture? {
            guard TmuxSession.tmuxPath != nil else { return nil }
            let binary = try #require(GainsayBinary.url(), "the gainsay binary was not built next to the tests").path
            let session = try TmuxSession(cols: cols, rows: rows)
            do {
                try session.waitFor(text: "$")
                return Fixture(binary: binary, session: session, scratch: try scratchDirectory())
            } catch {
                session.close()
                throw error
            }
        }

        func file(_ name: String) -> URL { scratch.appendingPathComponent(name) }

        /// Types the command that runs gainsay from /tmp, recording the terminal settings before
        /// and after and the exit status.
        /// With `recordingPid`, the browser's pid goes to the file "pid" (a shell that writes its
        /// own pid, then `exec`s the browser).
        func launch(arguments: String = "", recordingPid: Bool = false, environment: String = "") throws {
            let run = recordingPid
                ? "\(environment) sh -c 'echo $$ > \"\(file("pid").path)\"; exec \"\(binary)\" \(arguments)'"
                : "\(environment) '\(binary)' \(arguments)"
            let command = "cd /tmp && stty -g > '\(file("stty-before").path)'; \(run); "
                + "echo EXIT=$? > '\(file("exit").path)'; stty -g > '\(file("stty-after").path)'"
            try session.type(command)
        }

        func close() {
            session.close()
            try? FileManager.default.removeItem(at: scratch)
        }

        /// The exit line once written, e.g. "EXIT=0".
        func exitLine(timeout: Double = 15) -> String? {
            waitForFile(file("exit"), timeout: timeout)?.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// True when the terminal settings after the run equal those before it.
        func terminalRestored() -> Bool {
            guard let before = waitForFile(file("stty-before")), let after = waitForFile(file("stty-after")) else { return false }
            return before == after
        }
    }

    /// Skips, with this reason in the test report, when tmux is missing (CI installs it).
    static let needsTmux = ConditionTrait.enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed: apt-get install tmux")

    @Test(needsTmux, arguments: [Size(cols: 80, rows: 24), Size(cols: 120, rows: 35)])
    func walkthrough(_ size: Size) throws {
        guard let fixture = try Fixture.start(cols: size.cols, rows: size.rows) else { return }
        defer { fixture.close() }
        let session = fixture.session
        try fixture.launch()

        // The list: every seed title, no site chrome.
        let list = try session.waitFor(text: "5 articles")
        for title in Self.seedTitles {
            #expect(list.contains { $0.contains(title) }, "missing title \(title)")
        }
        #expect(!list.contains { $0.contains("Skip to content") })

        // Enter opens the first article.
        try session.keys("Enter")
        try session.waitFor(text: "Russia categorically denied")

        // ? shows the keys.
        try session.keys("?")
        let help = try session.waitFor(text: "Quit from anywhere")
        #expect(help.contains { $0.contains("Keys") && $0.contains("Action") })

        // Resize down and back: a sane screen each time.
        try session.resize(cols: 50, rows: 14)
        let small = try session.waitFor("help at 50x14") { screen in
            screen.count == 14 && screen.first?.contains("Help") == true && screen.contains { $0.contains("q/Esc back") }
        }
        #expect(small.allSatisfy { $0.count <= 50 })
        try session.resize(cols: size.cols, rows: size.rows)
        try session.waitFor("help at \(size)") { $0.count == size.rows && $0.contains { $0.contains("Quit from anywhere") } && $0.last?.contains("q/Esc back") == true }

        // q goes back one screen at a time: help → article → list.
        try session.keys("q")
        try session.waitFor(text: "Russia categorically denied")
        try session.keys("q")
        try session.waitFor(text: "5 articles")

        // Q quits with status 0 and the terminal is as it was.
        try session.keys("Q")
        #expect(fixture.exitLine() == "EXIT=0")
        #expect(fixture.terminalRestored())
        // The alternate screen is gone: the shell's own screen is back, and it echoes input.
        let after = try session.waitFor(text: "$")
        #expect(!after.contains { $0.contains("5 articles") })
        try session.type("echo restored-\(42 * 2)")
        try session.waitFor("echo output") { $0.contains("restored-84") && $0.contains { $0.contains("echo restored-") } }
    }

    /// The issue's walk: home → `2` → the talks proposition shows the Washington Post's claims on
    /// the same rows as the Zakharova and Lavrov denials → Tab, Enter opens the source article →
    /// `q` returns to the same place → `3` shows Zakharova with her other spelling.
    @Test(needsTmux, arguments: [Size(cols: 80, rows: 24), Size(cols: 120, rows: 40)])
    func claimsVersusDenialsWalk(_ size: Size) throws {
        guard let fixture = try Fixture.start(cols: size.cols, rows: size.rows) else { return }
        defer { fixture.close() }
        let session = fixture.session
        try fixture.launch()
        try session.waitFor(text: "5 articles")

        try session.keys("2")
        let claims = try session.waitFor(text: "Claims vs denials")
        // The first source: a Washington Post claim beside a Zakharova denial, on one row.
        #expect(claims.contains { $0.contains("Washington Post") && $0.contains("Zakharova") }, "\(claims.joined(separator: "\n"))")
        #expect(claims.contains { $0.contains("CLAIMS") && $0.contains("DENIALS") })

        // Tab into the claims, ] to the next source: the Washington Post beside Lavrov.
        try session.keys("Tab")
        try session.keys("]")
        let second = try session.waitFor("the second source") { screen in
            screen.contains { $0.contains("Lavrov") } && screen.contains { $0.contains("Sacharova") } && screen.last?.contains("Source 2/") == true
        }
        #expect(second.contains { $0.contains("Washington Post") && $0.contains("Lavrov") }
            || second.contains { $0.contains("Washington Post") && $0.contains("Moscow") }, "\(second.joined(separator: "\n"))")
        #expect(second.contains { $0.contains("Sacharova") })
        let before = try session.capture()

        // Enter opens the source article at that sentence.
        try session.keys("Enter")
        let reader = try session.waitFor("the source article") { $0.first?.contains("Russia and Ukraine Edge Closer") == true }
        #expect(reader.contains { $0.contains("Washington Post") })
        #expect(reader.contains { $0.contains("Statements") })

        // q: back exactly where we were (the status line's notice aside).
        try session.keys("q")
        let back = try session.waitFor("claims again") { $0.contains { $0.contains("CLAIMS") } }
        #expect(Array(back.dropLast()) == Array(before.dropLast()))

        // 3: the speakers, Zakharova with her other spelling.
        try session.keys("3")
        let speakers = try session.waitFor(text: "Speakers")
        #expect(speakers.contains { $0.contains("Maria Zakharova — also: Maria Sacharova") }, "\(speakers.joined(separator: "\n"))")

        try session.keys("Q")
        #expect(fixture.exitLine() == "EXIT=0")
        #expect(fixture.terminalRestored())
    }

    /// A mouse report as an xterm sends it (X10 encoding: button, column, row, each + 32, 1-based).
    static func mouse(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test(needsTmux) func mouseClickSelectsOpensAndTheWheelScrolls() throws {
        guard let fixture = try Fixture.start() else { return }
        defer { fixture.close() }
        let session = fixture.session
        try fixture.launch()
        try session.waitFor(text: "5 articles")
        // Press and release on the fourth article's row: it is selected.
        try session.type(Self.mouse(button: 0, x: 6, y: 5) + Self.mouse(button: 3, x: 6, y: 5), enter: false)
        try session.waitFor("the clicked row selected") { $0.last?.hasSuffix("4/5") == true }
        // A second click on it opens it.
        try session.type(Self.mouse(button: 0, x: 6, y: 5) + Self.mouse(button: 3, x: 6, y: 5), enter: false)
        let reader = try session.waitFor("the reader") { $0.first?.contains("Negotiations with Russia") == true && $0.contains { $0.contains("Statements") } }
        // The wheel scrolls the text down by three lines.
        try session.type(Self.mouse(button: 65, x: 10, y: 6), enter: false)
        let scrolled = try session.waitFor("the text scrolled") { $0.count > 4 && reader.count > 4 && $0[1] == reader[4] }
        #expect(scrolled[1] != reader[1])
        try session.keys("Q")
        #expect(fixture.exitLine() == "EXIT=0")
    }

    @Test(needsTmux) func wideTerminalShowsFullTitles() throws {
        guard let fixture = try Fixture.start(cols: 200, rows: 50) else { return }
        defer { fixture.close() }
        try fixture.launch()
        let screen = try fixture.session.waitFor(text: "5 articles")
        #expect(screen.contains { $0.contains("Russia and Ukraine Edge Closer to Nuclear Deal, but at What Cost?") })
        try fixture.session.keys("Q")
        #expect(fixture.exitLine() == "EXIT=0")
    }

    @Test(needsTmux) func colourUnlessNoColor() throws {
        for noColor in [false, true] {
            guard let fixture = try Fixture.start() else { return }
            defer { fixture.close() }
            try fixture.launch(environment: noColor ? "env NO_COLOR=1" : "env -u NO_COLOR")
            try fixture.session.waitFor(text: "5 articles")
            let screen = try fixture.session.capture(escapes: true).joined(separator: "\n")
            // tmux reports colours as SGR 30-37/40-47 or 38;5;n/48;5;n (39/49 are the defaults).
            let colourCodes = ["38;5;", "48;5;"] + (30...37).map { "[\($0)m" } + (40...47).map { "[\($0)m" }
            let coloured = colourCodes.contains { screen.contains($0) }
            #expect(coloured != noColor, "NO_COLOR=\(noColor): \(screen.prefix(300))")
            if noColor { #expect(screen.contains("7m")) }  // the bars and selection in reverse video
            try fixture.session.keys("Q")
            #expect(fixture.exitLine() == "EXIT=0")
        }
    }

    @Test(needsTmux) func unicodeShowsWithoutALocale() throws {
        guard let fixture = try Fixture.start() else { return }
        defer { fixture.close() }
        // LANG unset means the "C" locale: the browser must still draw UTF-8.
        try fixture.launch(environment: "env -u LANG -u LC_ALL -u LC_CTYPE")
        let screen = try fixture.session.waitFor(text: "5 articles")
        #expect(screen.contains { $0.contains("Gainsay · Articles") })
        #expect(screen.contains { $0.hasPrefix("› Secret Negotiations") })
        try fixture.session.keys("Q")
        #expect(fixture.exitLine() == "EXIT=0")
    }

    @Test(needsTmux) func ctrlCRestoresTheTerminal() throws {
        guard let fixture = try Fixture.start() else { return }
        defer { fixture.close() }
        try fixture.launch()
        try fixture.session.waitFor(text: "5 articles")
        try fixture.session.keys("Enter")
        try fixture.session.waitFor(text: "Russia categorically denied")
        try fixture.session.keys("C-c")
        #expect(fixture.exitLine() == "EXIT=130")
        #expect(fixture.terminalRestored())
    }

    @Test(needsTmux) func sigtermRestoresTheTerminal() throws {
        guard let fixture = try Fixture.start() else { return }
        defer { fixture.close() }
        try fixture.launch(recordingPid: true)
        try fixture.session.waitFor(text: "5 articles")
        let pid = try #require(waitForFile(fixture.file("pid")).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        #expect(kill(pid, SIGTERM) == 0)
        #expect(fixture.exitLine() == "EXIT=143")
        #expect(fixture.terminalRestored())
        try fixture.session.waitFor("the shell") { !$0.contains { $0.contains("5 articles") } }
    }

    @Test(needsTmux) func aCrashStillRestoresTheTerminal() throws {
        guard let fixture = try Fixture.start() else { return }
        defer { fixture.close() }
        // The Swift runtime's crash report must not stop to ask questions.
        try fixture.launch(recordingPid: true, environment: "env SWIFT_BACKTRACE=interactive=no")
        try fixture.session.waitFor(text: "5 articles")
        let pid = try #require(waitForFile(fixture.file("pid")).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        // What a Swift trap raises: the process dies of it, the terminal comes back anyway.
        #expect(kill(pid, SIGILL) == 0)
        let exit = fixture.exitLine(timeout: 60)
        #expect(exit == "EXIT=\(128 + SIGILL)")
        #expect(fixture.terminalRestored())
    }

    @Test(needsTmux) func ctrlZSuspendsAndFgRedraws() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        guard let fixture = try Fixture.start() else { return }
        defer { fixture.close() }
        let session = fixture.session
        // Run alone, not in a list: a stopped job makes bash go on with the rest of a list.
        try session.type("cd /tmp && stty -g > '\(fixture.file("stty-before").path)'")
        try session.type("'\(fixture.binary)'")
        try session.waitFor(text: "5 articles")
        try session.keys("j")
        try session.waitFor(text: "2/5")
        try session.keys("C-z")
        // Suspended: the shell is back with its own settings.
        try session.waitFor(text: "Stopped")
        try session.type("stty -g > '\(fixture.file("stty-after").path)'")
        #expect(fixture.terminalRestored())
        try session.type("fg")
        // Resumed with a full redraw: the whole list, the selection where it was.
        let screen = try session.waitFor("the redrawn list") { screen in
            screen.contains { $0.contains("5 articles") } && screen.contains { $0.hasPrefix("› Russian Officials") }
                && screen.last?.contains("2/5") == true
        }
        #expect(!screen.contains { $0.contains("Stopped") || $0.contains("stty") })
        try session.keys("Q")
        try session.type("echo EXIT=$? > '\(fixture.file("exit").path)'")
        #expect(fixture.exitLine() == "EXIT=0")
    }

    @Test func notATerminalExits2WithAMessage() throws {
        let binary = try #require(GainsayBinary.url()).path
        let result = try runProcess(binary, [])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingPathExits2() throws {
        let binary = try #require(GainsayBinary.url()).path
        let result = try runProcess(binary, ["/nonexistent/gainsay-articles"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/gainsay-articles"))
        #expect(result.stderr.contains("no such file"))
    }

    @Test func standardInputCannotHoldArticles() throws {
        let binary = try #require(GainsayBinary.url()).path
        let result = try runProcess(binary, ["-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("reads keys from standard input"))
    }

    @Test func loadProblemsGoToStderrFirst() throws {
        let binary = try #require(GainsayBinary.url()).path
        let scratch = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data().write(to: scratch.appendingPathComponent("empty.txt"))
        try Data("A Title\n\nA paragraph of text.\n".utf8).write(to: scratch.appendingPathComponent("good.txt"))
        let result = try runProcess(binary, [scratch.path])
        #expect(result.stderr.contains("empty.txt: empty file"))
        #expect(result.status == 2)  // no terminal here; the problem was still reported first
    }
}

/// A terminal size, named in the test report as "80x24".
struct Size: Sendable, CustomTestStringConvertible {
    let cols: Int
    let rows: Int
    var testDescription: String { "\(cols)x\(rows)" }
}
