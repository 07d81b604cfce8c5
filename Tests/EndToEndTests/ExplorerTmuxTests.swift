import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The explorer on the real binary in a real terminal (tmux): start, quit, signals, resize.
/// Every test has its own tmux server, killed (and its folder removed) even when the test fails.
@Suite("Explorer in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerTmuxTests {
    /// What the title line shows for the seed: its metadata title, else its file name.
    static func seedTitle() throws -> String {
        let run = try CommandRun.peacetalks(["export", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        let document = (json?["documents"] as? [[String: Any]])?.first
        let title = document?["title"] as? String ?? document?["name"] as? String ?? "vredesgesprekken"
        // The title line may cut a long title; its start is enough.
        return String(title.prefix(24))
    }

    /// The terminal is back in line mode with echo: `stty -a` lists `icanon` and `echo`, not `-icanon`/`-echo`.
    static func expectTerminalRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try session.waitFor("stty -a output") { $0.contains("STTY-DONE") }
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(words.contains("icanon"), "screen:\n\(screen)", sourceLocation: sourceLocation)
        #expect(words.contains("echo"), "screen:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!words.contains("-icanon"), sourceLocation: sourceLocation)
        #expect(!words.contains("-echo"), sourceLocation: sourceLocation)
    }

    @Test func startsShowsTheTitleAndQuitsWithQ() throws {
        let title = try Self.seedTitle()
        let session = try TmuxSession()
        defer { session.close() }
        try session.waitFor(text: title)
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
        try Self.expectTerminalRestored(session)
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let title = try Self.seedTitle()
        let session = try TmuxSession()
        defer { session.close() }
        try session.waitFor(text: title)
        session.send("C-c")
        let status = try session.waitForExitStatus()
        #expect(status != 0)
        try Self.expectTerminalRestored(session)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let title = try Self.seedTitle()
        let session = try TmuxSession()
        defer { session.close() }
        try session.waitFor(text: title)
        let pid = try session.programPID()
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try session.waitForExitStatus() == 128 + SIGTERM)
        try Self.expectTerminalRestored(session)
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let title = try Self.seedTitle()
        let session = try TmuxSession()
        defer { session.close() }
        try session.waitFor(text: title)
        session.resize(width: 30, height: 10)
        try session.waitFor("the too-small message") { $0.lowercased().contains("too small") }
        session.resize(width: 120, height: 40)
        try session.waitFor(text: title)
        // Browsing, search, compare, help and resizes mid-search: ExplorerBrowsingTmuxTests.
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
