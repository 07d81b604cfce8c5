import Foundation
import Testing

/// Coding in the real explorer, in tmux: suggested positions for both sides in compare, `y`
/// confirming one into the sidecar so that it survives a restart, and `kill -9` right after
/// change upon change never losing what the screen showed saved.
@Suite("Explorer coding in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerCodingTmuxTests {
    /// Our own article: Russia and Ukraine each take a stance on territory.
    static let twoSides = """
        Talks in Geneva stall over territory

        GENEVA, 3 March 2025 - Negotiators met again on Monday without a breakthrough.

        Russia demands that Ukraine withdraw its troops from the Donetsk region before any ceasefire.

        Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.

        """

    /// No user codebook and no cache from the machine: only the built-in codebook.
    static func environment(_ folder: TemporaryFolder) -> [String: String] {
        ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "PEACETALKS_CACHE": "off"]
    }

    @Test func compareShowsBothSidesSuggestedAndYConfirmsIntoTheSidecarForGood() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("talks.txt", Self.twoSides)
        let sidecar = folder.path("talks.annotations.yaml")
        #expect(!FileManager.default.fileExists(atPath: sidecar))

        let session = try TmuxSession(arguments: [article], environment: Self.environment(folder))
        defer { session.close() }
        try session.waitFor(text: "Territory")
        session.send("c")
        let compare = try session.waitFor("compare with suggestions") { $0.contains("Compare: Territory") && $0.contains("◇ suggested") }
        #expect(compare.contains("◇ suggested · demands"), "Russia's side: \(compare)")
        #expect(compare.contains("◇ suggested · rejects"), "Ukraine's side: \(compare)")
        #expect(!compare.contains("✓ confirmed"))

        session.send("y")
        let saved = try session.waitFor("the save") { $0.contains("Saved to talks.annotations.yaml") }
        #expect(saved.contains("✓ confirmed · ¶3 Russia demands"))
        #expect(!saved.contains("◇ suggested · demands"))
        let text = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(text.contains("verdict: confirmed"))
        #expect(text.contains("exact: \"Russia demands that Ukraine withdraw its troops from the Donetsk region before any ceasefire.\""))
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)

        let again = try TmuxSession(arguments: [article], environment: Self.environment(folder))
        defer { again.close() }
        try again.waitFor(text: "Territory")
        again.send("c")
        let restarted = try again.waitFor("compare after the restart") { $0.contains("Compare: Territory") && $0.contains("◇ suggested") }
        #expect(restarted.contains("✓ confirmed · ¶3 Russia demands"))
        #expect(!restarted.contains("◇ suggested · demands"))
        #expect(restarted.contains("◇ suggested · rejects"))
        again.send("q")
        #expect(try again.waitForExitStatus() == 0)
    }

    /// Many suggestions of one side on territory, one per paragraph.
    static let many = (["Talks on territory", "GENEVA, 3 March 2025 - The talks went on."] + (1...24).map {
        "In round \($0) of the talks, Russia demands that Ukraine withdraw from the Donetsk region."
    }).joined(separator: "\n\n") + "\n"

    /// Each suggestion's status (`suggested`, `confirmed`, `rejected`) by line, as the file says;
    /// fails when the file does not read.
    static func statuses(_ article: String, _ folder: TemporaryFolder, round: Int) throws -> [Int: String] {
        let run = try CommandRun.peacetalks(["suggestions", "--json", article], environment: environment(folder).mapValues { $0 })
        try #require(run.status == 0, "round \(round): the sidecar does not read: \(run.stderr)")
        let rows = try #require(try run.json() as? [[String: Any]])
        var result: [Int: String] = [:]
        for row in rows where row["issue"] as? String == "territory" && row["side"] as? String == "russia" {
            if let line = row["line"] as? Int, let status = row["status"] as? String { result[line] = status }
        }
        return result
    }

    @Test func killMinusNineRightAfterEachOfTwentyChangesLosesNothingShownSaved() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("talks.txt", Self.many)
        var state = try Self.statuses(article, folder, round: -1)
        try #require(state.count >= 20, "the article gives \(state.count) suggestions")
        var generator = SystemRandomNumberGenerator()
        var changes = 0
        for round in 0..<20 {
            let session = try TmuxSession(arguments: [article], environment: Self.environment(folder))
            defer { session.close() }
            try session.waitFor(text: "Territory")
            let pid = try session.programPID()
            // The reader: confirmed anchors first, then the open suggestions in line order.
            session.send("l")
            try session.waitFor("the reader") { $0.contains("x reject") }
            let confirmed = state.values.filter { $0 == "confirmed" }.count
            for _ in 0..<confirmed { session.send("j") }
            let target = try #require(state.filter { $0.value == "suggested" }.keys.min(), "round \(round): nothing left to decide")
            var expected = state
            let key = round % 3 == 1 ? "y" : "x"
            expected[target] = key == "y" ? "confirmed" : "rejected"
            session.send(key)
            changes += 1
            var shownSaved = false
            // What the file may hold when the screen did not say: the state before the key, or after it.
            var before = state
            if round % 4 == 3 {
                // Then undo it: the undo is the change killed right after. The change's save was
                // seen, so before the undo's own save the file holds the change.
                try session.waitFor("the save") { $0.contains("Saved to talks.annotations.yaml") }
                session.send("u")
                changes += 1
                before = expected
                expected = state
                usleep(UInt32.random(in: 0...150_000, using: &generator))
                shownSaved = session.capture().contains("Saved to talks.annotations.yaml: undid")
            } else if round % 2 == 0 {
                // Killed as soon as the screen says saved.
                try session.waitFor("the save") { $0.contains("Saved to talks.annotations.yaml") }
                shownSaved = true
            } else {
                // Killed at any moment after the key: saved or not, never half-saved.
                usleep(UInt32.random(in: 0...150_000, using: &generator))
                shownSaved = session.capture().contains("Saved to talks.annotations.yaml")
            }
            kill(pid, SIGKILL)
            _ = try session.waitForExitStatus()
            let found = try Self.statuses(article, folder, round: round)
            if shownSaved {
                #expect(found == expected, "round \(round): the screen showed \(key) saved, the file says otherwise")
            } else {
                // Either before or after the last key, nothing else.
                #expect(found == expected || found == before, "round \(round): the file holds neither the old nor the new state")
            }
            state = found
        }
        #expect(changes >= 20)
        #expect(state.values.contains("confirmed") && state.values.contains("rejected"))
    }
}
