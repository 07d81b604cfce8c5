import Foundation
import Testing

/// A user's walk through the explorer on the seed, in a real terminal: browse issues,
/// search as you type, compare two sides, help, and resizes in every mode.
@Suite("Explorer browsing in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerBrowsingTmuxTests {
    func started(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        try session.waitFor(text: "Territory")
        return session
    }

    @Test func downDownShowsTheThirdIssueInTheReader() throws {
        let session = try started()
        defer { session.close() }
        session.send("Down", "Down")
        // The status line is drawn last: waiting for it too keeps a half-drawn frame out of the capture.
        let screen = try session.waitFor("the reader titled with the third issue, and its count") {
            $0.contains("─ Denazification and legitimacy ─") && $0.contains("3/6")
        }
        #expect(screen.contains("Positions"))
        #expect(screen.contains("Denazificatie"))
        // Enter moves into the passages; the status line counts them.
        session.send("Enter")
        try session.waitFor("the passage counter") { $0.contains("1/") && $0.contains("Enter article") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func searchAsYouTypeFoldsAccentsAndEscReturns() throws {
        let session = try started()
        defer { session.close() }
        session.send("/")
        try session.waitFor(text: "/")
        session.type("oekraine")
        // The accent-folded query finds the accented word in the results list (the title line has it too).
        try session.waitFor("results for oekraine, with the accented word") {
            $0.contains("/oekraine") && $0.contains("28 results") && $0.split(separator: "\n").dropFirst().contains { $0.contains("Oekraïne") }
        }
        // A speaker filter narrows the results to quotes of that speaker.
        session.send("C-u")
        session.type("@sjevel waanzinnig")
        try session.waitFor("Sjevel's quote") { $0.contains("/@sjevel waanzinnig") && $0.contains("Die eis is waanzinnig") }
        session.send("Escape")
        try session.waitFor("the issues list again") { $0.contains("▸ Territory") && !$0.contains("/@sjevel") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func compareShowsRussiaAndUkraineAndSwitchesSides() throws {
        let session = try started()
        defer { session.close() }
        session.send("c")
        let screen = try session.waitFor("the compare view") { $0.contains("Compare: Territory") }
        #expect(screen.contains("Rusland"))
        #expect(screen.contains("Oekraïne"))
        session.send("]")
        try session.waitFor("the left column switched to the next side") { $0.contains("Verenigde Staten") }
        // A resize in compare keeps the view.
        session.resize(width: 80, height: 24)
        try session.waitFor("compare after a resize") { $0.contains("Verenigde Staten") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func helpListsTheKeysAndCloses() throws {
        let session = try started()
        defer { session.close() }
        // Ctrl-S (search) is XOFF to a tty with flow control on: every key after it would wait
        // for a Ctrl-Q, and the help below would never show.
        session.send("C-s")
        try session.waitFor("the search prompt from Ctrl-S") { $0.contains("Esc cancel") }
        session.send("Escape")
        session.send("?")
        let screen = try session.waitFor("the help overlay") { $0.contains("Keys") && $0.contains("open the search prompt") }
        #expect(screen.contains("quit"))
        session.send("Escape")
        try session.waitFor("help closed") { !$0.contains("open the search prompt") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func smallestSupportedSizeAndResizeMidSearch() throws {
        let session = try started()
        defer { session.close() }
        session.resize(width: 40, height: 12)
        let small = try session.waitFor("the 40×12 layout") { $0.contains("Issues") && !$0.lowercased().contains("too small") }
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 40 })
        session.send("/")
        session.type("sancties")
        try session.waitFor("results at 40×12") { $0.contains("results") || $0.contains("sancties") }
        session.resize(width: 39, height: 11)
        try session.waitFor("too small mid-search") { $0.lowercased().contains("too small") }
        session.resize(width: 120, height: 40)
        try session.waitFor("the search back at full size") { $0.contains("/sancties") && $0.contains("results") }
        session.send("Escape")
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
