import Foundation
import Testing

/// `y`, `e`, `p` and `M` in a real terminal: the citation reaches tmux's clipboard through
/// OSC 52, the user's editor and pager get `+LINE FILE` on a restored terminal, and the
/// explorer comes back whole afterwards.
@Suite("Explorer copy and open in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerExternalTmuxTests {
    /// A stand-in editor or pager: records its arguments, says it is running, and reads a line
    /// from the terminal (so it must own it, in cooked mode) before it ends.
    func recorder(in folder: URL, name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let script = """
            #!/bin/sh
            printf '%s\\n' "$@" > '\(path).args'
            echo '\(name.uppercased())-RUNNING'
            read answer
            echo "$answer" > '\(path).typed'
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// The citation on tmux's clipboard and the line it names.
    func copiedCitation(_ session: TmuxSession) throws -> (text: String, paragraph: Int, line: Int) {
        session.send("y")
        try session.waitFor("the status line to say it copied") { $0.contains("with its citation") && $0.contains("to the clipboard") }
        let buffer = session.tmux(["show-buffer"]).output
        let match = buffer.firstMatch(of: /\n— “[^”]+”.*, ¶(\d+), line (\d+)$/)
        try #require(match != nil, "tmux's buffer holds no citation: \(buffer)")
        return (buffer, Int(match!.1)!, Int(match!.2)!)
    }

    @Test func yPutsThePassageWithItsCitationOnTheClipboardThroughOSC52() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        // tmux takes an application's OSC 52 into a paste buffer when set-clipboard is on.
        session.tmux(["set-option", "-s", "set-clipboard", "on"])
        try session.waitFor(text: "Territory")
        session.send("Enter")
        try session.waitFor("the passages of Territory") { $0.contains("Enter article") }
        let copied = try copiedCitation(session)
        #expect(copied.text.hasPrefix("“"))
        let screen = session.capture()
        #expect(screen.contains("▌     ¶\(copied.paragraph) "), "the selected passage is the one copied")
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func eAndPRunEditorAndPagerAtTheLineAndTheExplorerComesBack() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pt-editor-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = try recorder(in: folder, name: "editor")
        let pager = try recorder(in: folder, name: "pager")
        let session = try TmuxSession(width: 120, height: 40, environment: ["EDITOR": editor, "VISUAL": "", "PAGER": pager])
        defer { session.close() }
        session.tmux(["set-option", "-s", "set-clipboard", "on"])
        try session.waitFor(text: "Territory")
        session.send("Enter")
        try session.waitFor("the passages of Territory") { $0.contains("Enter article") }
        let copied = try copiedCitation(session)
        let before = session.capture()

        session.send("e")
        try session.waitFor(text: "EDITOR-RUNNING")
        // The explorer let go of the terminal: main screen, no mouse reporting.
        #expect(SignalRestoreTmuxTests.modes(session) == .init(alternateScreen: false, mouseReporting: false))
        session.type("typed in the editor")
        session.send("Enter")
        let arguments = try waitForLines(folder.appendingPathComponent("editor.args").path)
        #expect(arguments.count == 2)
        #expect(arguments.first == "+\(copied.line)")
        // The file is the article, and its line is the copied passage's.
        let article = try String(contentsOfFile: arguments.last ?? "", encoding: .utf8)
        let line = article.split(separator: "\n", omittingEmptySubsequences: false)[copied.line - 1]
        let words = copied.text.dropFirst().prefix(40)
        #expect(line.contains(words), "line \(copied.line) of \(arguments.last ?? "") holds the copied passage")
        #expect(try waitForLines(folder.appendingPathComponent("editor.typed").path) == ["typed in the editor"])

        // Back: the same screen, full-screen modes again, and keys work.
        let redrawn = try session.waitFor("the explorer redrawn") { $0.contains("Enter article") && !$0.contains("EDITOR-RUNNING") }
        #expect(redrawn.split(separator: "\n").dropLast() == before.split(separator: "\n").dropLast())
        try SignalRestoreTmuxTests.expectFullScreen(session)

        session.send("p")
        try session.waitFor(text: "PAGER-RUNNING")
        session.send("Enter")
        #expect(try waitForLines(folder.appendingPathComponent("pager.args").path) == ["+\(copied.line)", arguments.last ?? ""])
        try session.waitFor("the explorer redrawn") { $0.contains("Enter article") && !$0.contains("PAGER-RUNNING") }

        session.send("Down")
        try session.waitFor("the next passage") { $0.contains(" 2/") }
        session.send("M")
        try session.waitFor("mouse capture off") { $0.contains("Mouse off") }
        #expect(SignalRestoreTmuxTests.modes(session).mouseReporting == false)
        session.send("M")
        try session.waitFor("mouse capture on") { $0.contains("Shift-drag selects text") }
        #expect(SignalRestoreTmuxTests.modes(session).mouseReporting == true)
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
        try SignalRestoreTmuxTests.expectRestored(session)
    }

    @Test func aMissingEditorIsReportedAndTheExplorerGoesOn() throws {
        let session = try TmuxSession(width: 120, height: 40, environment: ["EDITOR": "/nonexistent/editor", "VISUAL": ""])
        defer { session.close() }
        try session.waitFor(text: "Territory")
        session.send("Enter", "e")
        try session.waitFor("the failure on the status line") { $0.contains("No editor found") || $0.contains("ended with status") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
        try SignalRestoreTmuxTests.expectRestored(session)
    }

    /// The file's lines once it exists and is complete (written by a script, so wait a moment).
    func waitForLines(_ path: String, timeout: Double = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") {
                return text.split(separator: "\n").map(String.init)
            }
            usleep(20_000)
        }
        throw TmuxSession.Timeout(waitingFor: path, screen: "")
    }
}
