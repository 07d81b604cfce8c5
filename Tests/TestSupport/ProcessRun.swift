#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One run of a program, stdin from /dev/null, stdout and stderr captured through files (not
/// pipes, so a large output can never fill a pipe and stall the run), killed after `timeout`.
public struct ProcessRun {
    public var status: Int32
    public var stdoutData: Data
    public var stderrData: Data
    /// The run was still going at its deadline and was killed: `status` is the signal's.
    public var timedOut: Bool

    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    public var stderr: String { String(decoding: stderrData, as: UTF8.self) }

    /// - Parameter environment: the whole environment of the run.
    /// - Parameter timeout: seconds before the run is terminated; nil waits for it however long it takes.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: URL,
        timeout: Double? = nil
    ) throws -> ProcessRun {
        let folder = try TemporaryFolder()
        let outPath = folder.path("stdout")
        let errPath = folder.path("stderr")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        try launch(process)
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            timedOut = process.isRunning
            if timedOut { process.terminate() }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessRun(
            status: process.terminationStatus,
            stdoutData: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
            stderrData: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(),
            timedOut: timedOut)
    }

    /// Starts `process`, again after a moment when the binary was copied just before: another
    /// test forking at that moment inherits the copy's open file, and the kernel then refuses
    /// to run it ("Text file busy") until that child has exec'd.
    public static func launch(_ process: Process) throws {
        for attempt in 1...20 {
            do {
                return try process.run()
            } catch let error as NSError where attempt < 20 && isTextFileBusy(error) {
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
