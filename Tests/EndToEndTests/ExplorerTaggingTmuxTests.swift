import Foundation
import Testing

/// `t`, `m`, `s` in the real explorer: each change reaches the sidecar, and a new explorer
/// on the same article shows it; `m` with `$EDITOR` set edits the memo in that program.
@Suite("Explorer tags, memos and speakers in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerTaggingTmuxTests {
    /// An article written for this test.
    static let article = """
        Talks stall over territory

        Russia demands that Ukraine withdraw from the Donetsk region before any ceasefire. Ukraine rejects any withdrawal from its territory.

        "We will not give up our land," Zelensky said on Monday.

        """

    func articleFolder() throws -> (folder: URL, article: String, sidecar: String) {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pt-coding-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let article = folder.appendingPathComponent("talks.txt").path
        try Self.article.write(toFile: article, atomically: true, encoding: .utf8)
        return (folder, article, folder.appendingPathComponent("talks.annotations.yaml").path)
    }

    @Test func aTagAnInlineMemoAndASpeakerAreSavedAndShownAfterARestart() throws {
        let (folder, article, sidecar) = try articleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(arguments: [article], width: 120, height: 40, environment: ["EDITOR": "", "VISUAL": ""])
        defer { session.close() }
        try session.waitFor(text: "Territory")
        session.send("Enter")
        try session.waitFor("the passages of Territory") { $0.contains("Enter article") }
        session.send("t")
        try session.waitFor(text: "Enter pick")
        session.type("terr rus")
        session.send("Enter")
        try session.waitFor("the tag saved") { $0.contains("Saved to talks.annotations.yaml: tagged") }

        session.send("m")
        try session.waitFor(text: "Ctrl-O save")
        session.type("Both sides restate")
        session.send("Enter")
        session.type("their lines.")
        session.send("C-o")
        try session.waitFor("the memo saved") { $0.contains("Saved to talks.annotations.yaml: wrote the memo") }

        session.send("4")
        session.send("l")
        session.send("s")
        try session.waitFor(text: "Speaker of the quote")
        session.type("lavrov")
        session.send("Enter")
        try session.waitFor("the speaker saved") { $0.contains("Saved to talks.annotations.yaml: speaker set to") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)

        let saved = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(saved.contains("tags:") && saved.contains("issue: \"territory\"") && saved.contains("side: \"russia\""))
        #expect(saved.contains("text: \"Both sides restate\\ntheir lines.\""))
        #expect(saved.contains("speakers:") && saved.contains("lavrov"))

        let again = try TmuxSession(arguments: [article], width: 120, height: 40, environment: ["EDITOR": "", "VISUAL": ""])
        defer { again.close() }
        try again.waitFor(text: "Territory")
        again.send("Enter")
        try again.waitFor("the issue's tags and memos") { $0.contains("Tags and memos") && $0.contains("⚑") }
        again.send("Enter")
        try again.waitFor("the memo under its paragraph") { $0.contains("✎ Both sides restate ⏎ their lines.") }
        again.send("q")
        #expect(try again.waitForExitStatus() == 0)
    }

    @Test func mWithEditorSetEditsTheMemoInThatProgram() throws {
        let (folder, article, sidecar) = try articleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = folder.appendingPathComponent("append-editor").path
        // Appends a line to the file it is given last, as an editor saving would.
        try "#!/bin/sh\nfor last; do :; done\nprintf 'Written by the script editor.\\n' >> \"$last\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let session = try TmuxSession(arguments: [article], width: 120, height: 40, environment: ["EDITOR": editor, "VISUAL": ""])
        defer { session.close() }
        try session.waitFor(text: "Territory")
        session.send("m")
        try session.waitFor("the memo saved") { $0.contains("Saved to talks.annotations.yaml: wrote the memo on issue Territory") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
        let saved = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(saved.contains("about: issue") && saved.contains("text: \"Written by the script editor.\""))
    }
}
