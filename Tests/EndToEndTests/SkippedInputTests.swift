#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// A folder with files that cannot be read: each is named in a warning, the rest is read, and
/// the exit status is 3. Every run has a deadline, so a FIFO that blocks fails the test
/// instead of hanging it.
@Suite("Skipped inputs", .timeLimit(.minutes(2)))
struct SkippedInputTests {
    /// Runs `executable` with `arguments` and no cache, killed after `seconds`.
    static func run(_ executable: String, _ arguments: [String], seconds: Double = 30) throws -> CommandRun {
        try CommandRun.peacetalks(
            arguments, environment: ["PEACETALKS_CACHE": "off"], executable: executable, timeout: seconds)
    }

    /// A folder other users can read, holding the seed article under `name`.
    func folderWithArticle(_ name: String = "a.txt") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        chmod(folder.url.path, 0o755)
        _ = try folder.file(name, try Data(contentsOf: URL(fileURLWithPath: Binary.seedArticle)))
        return folder
    }

    @Test func fifoInAFolderIsAWarningAndExit3() throws {
        let folder = try folderWithArticle()
        #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
        let run = try Self.run(Binary.path, ["summary", folder.url.path])
        #expect(!run.timedOut, "the load blocked on the FIFO")
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("documents\t1"))
        #expect(run.stderr.contains("\(folder.path("pipe.txt")): warning: not a regular file (FIFO)"), "\(run.stderr)")
    }

    @Test func nameNotValidUTF8IsShownEscaped() throws {
        let folder = try folderWithArticle()
        let bad = (Array(folder.path("bad").utf8) + [0xFF, 0x2E, 0x74, 0x78, 0x74, 0]).map { CChar(bitPattern: $0) }
        let descriptor = open(bad, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let run = try Self.run(Binary.path, ["summary", folder.url.path])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("\(folder.path("bad"))\\xff.txt: warning:"), "\(run.stderr)")
    }

    /// Root reads any file whatever its mode, so the check runs as `nobody` when the tests run as root.
    @Test func unreadableFileAndFolderAreWarningsAndExit3() throws {
        let folder = try folderWithArticle()
        _ = try folder.file("secret.txt", "Geheim.")
        _ = try folder.file("locked/c.txt", "Ook geheim.")
        chmod(folder.path("secret.txt"), 0)
        chmod(folder.path("locked"), 0)
        defer { chmod(folder.path("locked"), 0o755) }
        var executable = Binary.path
        var arguments = ["summary", folder.url.path]
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv is needed to drop root")
            arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", Binary.path] + arguments
            executable = setpriv
        }
        let run = try Self.run(executable, arguments)
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("documents\t1"), "stdout: \(run.stdout) stderr: \(run.stderr)")
        #expect(run.stderr.contains("\(folder.path("secret.txt")): warning: permission denied"), "\(run.stderr)")
        #expect(run.stderr.contains("\(folder.path("locked")): warning: folder cannot be read (permission denied)"))
    }

    @Test func nothingSkippedExitsZero() throws {
        let folder = try folderWithArticle()
        let run = try Self.run(Binary.path, ["summary", folder.url.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
    }

    @Test func maxTotalNamesTheFileAndTheFlag() throws {
        let run = try Self.run(Binary.path, ["summary", Binary.seedArticle, "--max-total", "1000"])
        #expect(run.status == 1)
        #expect(run.stderr.contains(Binary.seedArticle), "\(run.stderr)")
        #expect(run.stderr.contains("--max-total"))
        let zero = try Self.run(Binary.path, ["summary", Binary.seedArticle, "--max-total", "0"])
        #expect(zero.status == 2)
    }

    @Test func helpDocumentsExitStatus3() throws {
        let run = try Self.run(Binary.path, ["--help"])
        let help = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("3 completed but some inputs were skipped"), "\(run.stdout)")
        let summary = try Self.run(Binary.path, ["summary", "--help"])
        #expect(summary.stdout.contains("--max-total <bytes>"), "\(summary.stdout)")
    }
}
