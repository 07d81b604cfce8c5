import Foundation
import TestSupport

/// One run of the real binary, through the shared runner (`ProcessRun`): stdin from /dev/null,
/// stdout and stderr captured through files, and with `timeout` a deadline after which it is killed.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
    /// Killed at the deadline `timeout` set.
    var timedOut = false

    /// - Parameter environment: changes to the test's environment; a nil value removes the variable.
    /// - Parameter executable: another copy of the binary (e.g. one copied out of the checkout).
    /// - Parameter timeout: seconds before the run is killed; nil waits for it to end.
    static func peacetalks(
        _ arguments: [String], environment: [String: String?] = [:], directory: URL? = nil,
        executable: String = Binary.path, timeout: Double? = nil
    ) throws -> CommandRun {
        // The folder only has to outlive the run.
        let folder = try TemporaryFolder()
        var env = ProcessInfo.processInfo.environment
        env["PEACETALKS_CACHE_DIR"] = Binary.cacheDirectory
        // The developer's own codebook (~/.config/peacetalks/codebook.yaml) must not change what tests see.
        env["XDG_CONFIG_HOME"] = folder.path("config")
        for (key, value) in environment { env[key] = value }
        return CommandRun(try ProcessRun.run(
            executable, arguments, environment: env, directory: directory ?? Binary.packageRoot, timeout: timeout))
    }

    /// Runs `command` through `bash -c` (for pipelines such as `| head -1`), with `$PEACETALKS` set to the binary.
    static func shell(_ command: String, environment: [String: String] = [:]) throws -> CommandRun {
        var env = ProcessInfo.processInfo.environment
        env["PEACETALKS"] = Binary.path
        env["PEACETALKS_CACHE_DIR"] = Binary.cacheDirectory
        for (key, value) in environment { env[key] = value }
        return CommandRun(try ProcessRun.run(
            "/bin/bash", ["-c", "{ \(command) ; }"], environment: env, directory: Binary.packageRoot))
    }

    private init(_ run: ProcessRun) {
        status = run.status
        stdout = run.stdout
        stderr = run.stderr
        stdoutData = run.stdoutData
        timedOut = run.timedOut
    }

    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: stdoutData)
    }

    /// Starts `process`, retrying a launch refused with "Text file busy" (see `ProcessRun.launch`).
    static func launch(_ process: Process) throws {
        try ProcessRun.launch(process)
    }
}
