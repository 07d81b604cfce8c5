import Foundation

/// One run of the real binary, stdin from /dev/null, stdout and stderr captured through files
/// (not pipes, so a large output can never fill a pipe and stall the run).
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data

    /// - Parameter environment: changes to the test's environment; a nil value removes the variable.
    /// - Parameter executable: another copy of the binary (e.g. one copied out of the checkout).
    static func peacetalks(
        _ arguments: [String], environment: [String: String?] = [:], directory: URL? = nil,
        executable: String = Binary.path
    ) throws -> CommandRun {
        let folder = try TemporaryFolder()
        let outPath = folder.path("stdout")
        let errPath = folder.path("stderr")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["PEACETALKS_CACHE_DIR"] = Binary.cacheDirectory
        // The developer's own codebook (~/.config/peacetalks/codebook.yaml) must not change what tests see.
        env["XDG_CONFIG_HOME"] = folder.path("config")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = directory ?? Binary.packageRoot
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        try launch(process)
        process.waitUntilExit()
        try out.close()
        try err.close()
        let data = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let errData = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return CommandRun(
            status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: data)
    }

    /// Runs `command` through `bash -c` (for pipelines such as `| head -1`), with `$PEACETALKS` set to the binary.
    static func shell(_ command: String, environment: [String: String] = [:]) throws -> CommandRun {
        let folder = try TemporaryFolder()
        let outPath = folder.path("stdout")
        let errPath = folder.path("stderr")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "{ \(command) ; } >'\(outPath)' 2>'\(errPath)' </dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["PEACETALKS"] = Binary.path
        env["PEACETALKS_CACHE_DIR"] = Binary.cacheDirectory
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = Binary.packageRoot
        try launch(process)
        process.waitUntilExit()
        let data = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let errData = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return CommandRun(
            status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: data)
    }

    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: stdoutData)
    }

    /// Starts `process`, again after a moment when the binary was copied just before: another
    /// test forking at that moment inherits the copy's open file, and the kernel then refuses
    /// to run it ("Text file busy") until that child has exec'd.
    static func launch(_ process: Process) throws {
        for attempt in 1...20 {
            do {
                return try process.run()
            } catch let error as NSError where attempt < 20 && Self.isTextFileBusy(error) {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    private static func isTextFileBusy(_ error: NSError) -> Bool {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        return (underlying?.domain == NSPOSIXErrorDomain && underlying?.code == Int(ETXTBSY))
            || (error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY))
    }
}
