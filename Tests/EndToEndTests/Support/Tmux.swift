import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with `posix_spawn` and waits for it. Not `Foundation.Process`: a tmux server
/// forked from `tmux new-session` inherits Process's pipes and `waitUntilExit` never returns.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Output goes to a file (read back after the wait), so no pipe is left for a server to inherit.
    static func run(_ arguments: [String], outputFile: String) -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // The server and its pane inherit this environment (PATH for `stty`, `mv`; locale).
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LANG"] = environment["LANG"] ?? "C.UTF-8"
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        // The test runner's threads block signals, and a spawned process inherits the mask: a tmux
        // server (and its pane) that block SIGTERM and SIGHUP would survive kill-server. So the
        // child starts with no signal blocked and every signal at its default action.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard spawned == 0 else { return Result(status: -1, output: "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        // Exited normally: the exit code; killed: 128 + signal, as a shell reports it.
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code, output: output)
    }
}

/// A tmux server of our own (its own socket, no user config) with one pane running the real binary.
/// `close()` (also run on deinit) kills the server and removes the folder, whatever the test did.
final class TmuxSession {
    static var isAvailable: Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }

    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    let folder: URL
    let socket: String
    private var closed = false
    private var counter = 0

    var statusFile: String { folder.appendingPathComponent("status").path }
    var pidFile: String { folder.appendingPathComponent("pid").path }
    /// `stty -g` in the pane just before the program starts and just after it ends.
    var sttyBeforeFile: String { folder.appendingPathComponent("stty-before").path }
    var sttyAfterFile: String { folder.appendingPathComponent("stty-after").path }

    /// Starts `peacetalks ARGUMENTS` (the debug build unless `binary` names another) in a
    /// `width`×`height` pane, from `directory`. After the program ends, the pane saves `stty -g`,
    /// writes the exit status to a file, runs `stty -a` (to show the terminal was restored) and
    /// then stays open in an interactive shell.
    init(
        binary: String = Binary.path, arguments: [String] = [], width: Int = 120, height: Int = 40,
        environment: [String: String] = [:], directory: String = Binary.packageRoot.path
    ) throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pt-tmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        socket = folder.appendingPathComponent("sock").path
        let quote = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let exports = environment.merging(["PEACETALKS_CACHE_DIR": Binary.cacheDirectory]) { given, _ in given }.map { "export \($0.key)=\(quote($0.value))" }.joined(separator: "\n")
        // The outer shell traps (not ignores) the signals, so it survives Ctrl-C and goes on to
        // report; the program, exec'ed by a child shell, starts with the default handlers.
        let script = """
            #!/bin/sh
            \(exports)
            cd \(quote(directory))
            trap : INT TERM HUP QUIT
            ulimit -c 0
            stty -g > \(quote(sttyBeforeFile))
            sh -c 'echo $$ > "$1.tmp" && mv "$1.tmp" "$1"; shift; exec "$@"' sh \(quote(pidFile)) \(([binary] + arguments).map(quote).joined(separator: " "))
            status=$?
            stty -g > \(quote(sttyAfterFile))
            echo $status > \(quote(statusFile + ".tmp")) && mv \(quote(statusFile + ".tmp")) \(quote(statusFile))
            stty -a
            echo STTY-DONE
            exec sh -i
            """
        let scriptPath = folder.appendingPathComponent("run.sh").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "sh \(quote(scriptPath))"])
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        counter += 1
        let output = folder.appendingPathComponent("out-\(counter)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        return Spawn.run(["tmux", "-u", "-S", socket, "-f", "/dev/null"] + arguments, outputFile: output)
    }

    /// Keys by tmux name (`q`, `C-c`, `Down`, `Enter`).
    func send(_ keys: String...) {
        tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Literal UTF-8 text.
    func type(_ text: String) {
        tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    func capture() -> String {
        tmux(["capture-pane", "-p", "-t", "0"]).output
    }

    /// Polls the screen every 20 ms until `condition` holds on a settled frame; on timeout
    /// throws with the screen.
    ///
    /// On a loaded machine tmux can show a frame the program has only half written, and a
    /// condition on one part of the screen then holds before the rest is drawn. So a screen
    /// counts only once a second capture, a moment later, shows the same text; a screen that
    /// keeps changing while the condition holds is taken after a few tries.
    @discardableResult
    func waitFor(
        _ description: String, timeout: Double = 20, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        var unsettled = 0
        while true {
            if condition(screen) {
                usleep(120_000)
                let again = capture()
                if again == screen { return screen }
                unsettled += 1
                if unsettled >= 8, condition(again) { return again }
                screen = again
                continue
            }
            if Date() > deadline { throw Timeout(waitingFor: description, screen: screen) }
            usleep(20_000)
            screen = capture()
        }
    }

    func waitFor(text: String, timeout: Double = 20) throws {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// The program's exit status, once the pane has written it.
    func waitForExitStatus(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(20_000)
        }
        throw Timeout(waitingFor: "the program to exit", screen: capture())
    }

    func programPID(timeout: Double = 10) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
                let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return pid
            }
            usleep(20_000)
        }
        throw Timeout(waitingFor: "the program's pid", screen: capture())
    }
}
