import Foundation

/// Finds the `gainsay` executable that `swift test` built next to the test bundle.
enum GainsayBinary {
    static func url(filePath: String = #filePath) -> URL? {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["GAINSAY_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        // On Linux the test bundle is an executable in the build directory (.build/debug).
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("gainsay"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("gainsay"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("gainsay"))
        }
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("gainsay"))
        }
        // Last resort: the package's own debug build.
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/gainsay"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// Runs a program to the end and returns its status and output.
///
/// Spawned with `posix_spawn` and reaped with `waitpid`, output through temporary files, and
/// every other descriptor closed in the child: `tmux new-session` leaves a server running that
/// would otherwise inherit our pipes (and Foundation's `Process` exit-watch socket) and make the
/// call wait forever.
func runProcess(_ executable: String, _ arguments: [String], stdinPath: String = "/dev/null") throws -> (status: Int32, stdout: String, stderr: String) {
    let directory = FileManager.default.temporaryDirectory
    let outPath = directory.appendingPathComponent("gainsay-e2e-out-\(UUID().uuidString)").path
    let errPath = directory.appendingPathComponent("gainsay-e2e-err-\(UUID().uuidString)").path
    defer {
        unlink(outPath)
        unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

    // Test threads block signals (dispatch workers do); the child must start with none blocked
    // and default actions, or tmux and everything under it would never see Ctrl-C or SIGWINCH.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGTSTP, SIGWINCH, SIGHUP, SIGQUIT, SIGCHLD, SIGPIPE] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (exitStatus, stdout, stderr)
}

/// The descriptors open in this process (from /proc/self/fd, or the low 256 elsewhere).
private func openDescriptors() -> [Int32] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else {
        return (0..<256).filter { fcntl($0, F_GETFD) != -1 }
    }
    // The directory listing itself opened a descriptor that is closed again by now.
    return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
}

/// A fresh scratch directory, removed by the caller.
func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gainsay-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
