import Foundation
import Testing

/// The search prompt never holds the screen: a 100 KB paste is capped and taken in, and a
/// search over an article that is one huge line answers while the keys still work. The
/// timeouts are generous: they catch hangs (minutes before the fix), not slowness.
@Suite("Explorer search without hangs in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerSearchHangTmuxTests {
    @Test func aHundredKilobytePasteIsCappedAndEscThenQStillQuit() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        try session.waitFor(text: "q quit")
        session.send("/")
        try session.waitFor("the search prompt") { $0.contains("Esc cancel") }
        // One line of words, no newline (a pasted newline would be Enter).
        let words = ["vrede", "grens", "akkoord", "gesprek", "bestand", "delegatie"]
        var text = ""
        var number = 0
        while text.utf8.count < 100_000 {
            text += words[number % words.count] + " "
            number += 1
        }
        text = String(text.prefix(100_000))
        let file = session.folder.appendingPathComponent("paste.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        session.tmux(["load-buffer", file.path])
        session.tmux(["paste-buffer", "-t", "0"])
        // Every character past the limit is counted as dropped, on the status line.
        let dropped = 100_000 - 256
        let screen = try session.waitFor("the whole paste taken in", timeout: 120) { $0.contains("256-character limit: \(dropped) dropped") }
        let status = screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.hasPrefix("/"))
        // The keys answer at once: Esc closes the prompt, q quits.
        session.send("Escape")
        try session.waitFor("the prompt closed", timeout: 3) { $0.contains("q quit") }
        session.send("q")
        #expect(try session.waitForExitStatus(timeout: 3) == 0)
    }

    @Test func typingInAnArticleOfOneHugeLineShowsResultsPromptly() throws {
        let folder = try TemporaryFolder()
        // About 1 MB on one line, with thousands of quotes in its single paragraph.
        var text = ""
        var round = 0
        while text.utf8.count < 1_000_000 {
            text += "In ronde \(round) spraken de delegaties over vrede en grenzen. ‘Wij willen vrede, maar niet tegen elke prijs’, zegt minister Jansen. De gesprekken duurden tot laat. "
            round += 1
        }
        let article = folder.url.appendingPathComponent("een-regel.txt")
        try (text + "\n").write(to: article, atomically: true, encoding: .utf8)
        let session = try TmuxSession(arguments: [article.path], width: 120, height: 40)
        defer { session.close() }
        // Analysing a megabyte in a debug build takes a while; that is not what is tested here.
        try session.waitFor(text: "q quit", timeout: 300)
        session.send("/")
        try session.waitFor("the search prompt") { $0.contains("Esc cancel") }
        session.type("vrede")
        // Each key shows at once: the query, and the marker or the results.
        try session.waitFor("the query with the marker or results", timeout: 5) { screen in
            screen.contains("/vrede") && (screen.contains("searching…") || screen.contains("results ·"))
        }
        let screen = try session.waitFor("results", timeout: 60) { $0.contains("results · Enter open") }
        #expect(screen.contains("Search: 200 of"))
        session.send("Escape")
        try session.waitFor("the prompt closed", timeout: 5) { $0.contains("q quit") }
        session.send("q")
        #expect(try session.waitForExitStatus(timeout: 5) == 0)
    }
}
