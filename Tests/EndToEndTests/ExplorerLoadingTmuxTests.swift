import Foundation
import Testing

/// A large corpus loads behind a progress screen, and Ctrl-C cancels it with the
/// terminal restored.
@Suite("Explorer loading in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerLoadingTmuxTests {
    @Test func progressIsShownAndCtrlCCancelsTheLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pt-corpus-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = Binary.packageRoot.appendingPathComponent("scripts/make-corpus").path
        let made = try CommandRun.shell("'\(generator)' 400 '\(folder.path)'")
        try #require(made.status == 0, "make-corpus failed: \(made.stderr)")

        let session = try TmuxSession(arguments: [folder.path])
        defer { session.close() }
        let screen = try session.waitFor("the progress screen counting the articles") {
            $0.contains("Loading articles") && $0.contains("/400")
        }
        #expect(screen.contains("Ctrl-C or q cancels"))
        session.send("C-c")
        #expect(try session.waitForExitStatus() == 128 + SIGINT)
        try ExplorerTmuxTests.expectTerminalRestored(session)
    }
}
