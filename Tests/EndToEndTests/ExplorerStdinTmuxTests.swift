import Foundation
import Testing

/// `curl … | peacetalks -`: the article comes from the pipe, the keys from the terminal.
@Suite("Explorer on standard input", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerStdinTmuxTests {
    @Test func pipedArticleOpensAndKeysStillWork() throws {
        let command = "cat '\(Binary.seedArticle)' | '\(Binary.path)' -"
        let session = try TmuxSession(binary: "/bin/sh", arguments: ["-c", command], width: 100, height: 30)
        defer { session.close() }
        let screen = try session.waitFor("the explorer on stdin.txt") { $0.contains("stdin.txt") && $0.contains("Territory") }
        #expect(screen.contains("Security guarantees"))
        session.send("Down")
        try session.waitFor("the second issue in the reader") { $0.contains("─ Neutrality and alliance membership ─") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
