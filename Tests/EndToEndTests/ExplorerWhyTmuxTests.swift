import Foundation
import Testing

/// "Why this speaker" on the real binary and the seed: `w` on a quote opens the panel with the
/// speaker, the rule and the deciding words with their ¶ and line; Esc closes it, q then quits.
@Suite("Why this speaker in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerWhyTmuxTests {
    @Test func wOnTheSeedsFirstQuoteShowsTheRuleAndTheWordsThatDecided() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        try session.waitFor(text: "Territory", timeout: 30)
        session.send("4")
        try session.waitFor("the Quotes pane") { $0.contains("In its paragraph") }
        session.send("w")
        let screen = try session.waitFor("the why panel") { $0.contains("Why this speaker") && $0.contains("Evidence") }
        let rows = screen.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.contains("│ Speaker   ") }, "\(screen)")
        #expect(rows.contains { $0.contains("│ Rule      ") }, "\(screen)")
        // The evidence names its place: `¶3 · line 3 — the cue`, then its sentence.
        let evidence = try #require(rows.firstIndex { $0.contains("│ Evidence  ¶") && $0.contains(" · line ") && $0.contains("the cue") })
        #expect(rows[evidence + 1].contains("│   "), "\(screen)")
        #expect(rows.last?.contains("w Esc close") == true)
        session.send("Escape")
        try session.waitFor("the panel closed") { !$0.contains("Why this speaker") && $0.contains("In its paragraph") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
