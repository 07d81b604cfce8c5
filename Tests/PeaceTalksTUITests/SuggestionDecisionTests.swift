import Foundation
import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// `y` / `x` on a suggested position, `u` and `U` / Ctrl-R: update only asks for the save (an
/// effect); the screen shows the change done only once the desk has written the sidecar.
@Suite struct SuggestionDecisionTests {
    private func count(_ needle: String, in screen: Screen) -> Int {
        screen.lines.reduce(0) { $0 + $1.components(separatedBy: needle).count - 1 }
    }

    @Test func compareShowsBothSidesSuggestionsMarkedSuggested() throws {
        let fixture = try SuggestionFixture()
        var (app, _) = try fixture.start()
        app.press(.character("c"))
        let screen = app.screen
        #expect(screen.lines[0].contains("Compare"))
        #expect(count("◇ suggested · demands", in: screen) == 1)
        #expect(count("◇ suggested · rejects", in: screen) == 1)
        #expect(count("✓ confirmed", in: screen) == 0)
        #expect(screen.lines.last?.contains("y confirm · x reject") == true)
    }

    @Test func yShowsConfirmedOnlyOnceTheSidecarHoldsIt() throws {
        let fixture = try SuggestionFixture()
        var (app, desk) = try fixture.start()
        app.press(.character("c"), .character("y"))
        // Asked, not yet done: nothing on disk, nothing shown as confirmed.
        guard case .annotate(let edit)? = app.state.effects.first else {
            Issue.record("no save asked for: \(app.state.effects), \(app.statusMessage ?? "")")
            return
        }
        #expect(edit.document == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.sidecar))
        #expect(count("✓ confirmed", in: app.screen) == 0)

        app.runAnnotationEffects(&desk)
        let saved = try String(contentsOfFile: fixture.sidecar, encoding: .utf8)
        #expect(saved.contains("verdict: confirmed"))
        #expect(saved.contains("side: \"russia\""))
        #expect(app.statusMessage == "Saved to talks.annotations.yaml: confirmed Territory / Rusland")
        let screen = app.screen
        #expect(count("✓ confirmed", in: screen) == 1)
        #expect(count("◇ suggested · demands", in: screen) == 0)
        #expect(count("◇ suggested · rejects", in: screen) == 1)
    }

    @Test func confirmedSurvivesARestart() throws {
        let fixture = try SuggestionFixture()
        var (app, desk) = try fixture.start()
        app.press(.character("c"), .character("y"))
        app.runAnnotationEffects(&desk)
        var (again, _) = try fixture.start()
        again.press(.character("c"))
        #expect(count("✓ confirmed", in: again.screen) == 1)
        #expect(count("◇ suggested · demands", in: again.screen) == 0)
    }

    @Test func xHidesTheSuggestionAndUndoRedoTakeItBackAndAgain() throws {
        let fixture = try SuggestionFixture()
        var (app, desk) = try fixture.start()
        // The right column's suggestion (Ukraine) is the second entry of compare.
        app.press(.character("c"), .down, .character("x"))
        app.runAnnotationEffects(&desk)
        #expect(count("◇ suggested · rejects", in: app.screen) == 0)
        #expect(count("1 rejected, hidden", in: app.screen) == 1)
        #expect(try String(contentsOfFile: fixture.sidecar, encoding: .utf8).contains("verdict: rejected"))

        app.press(.character("u"))
        app.runAnnotationEffects(&desk)
        #expect(count("◇ suggested · rejects", in: app.screen) == 1)
        #expect(!(try String(contentsOfFile: fixture.sidecar, encoding: .utf8)).contains("verdict:"))
        #expect(app.statusMessage == "Saved to talks.annotations.yaml: undid rejected Territory / Oekraïne")

        app.press(.control("r"))
        app.runAnnotationEffects(&desk)
        #expect(count("◇ suggested · rejects", in: app.screen) == 0)
        #expect(try String(contentsOfFile: fixture.sidecar, encoding: .utf8).contains("verdict: rejected"))

        app.press(.character("U"))
        app.runAnnotationEffects(&desk)
        #expect(app.statusMessage == "Nothing to redo")
    }

    @Test func yInTheIssueReaderConfirmsAndElsewhereCopies() throws {
        let fixture = try SuggestionFixture()
        var (app, desk) = try fixture.start()
        // The reader's first entry is the first suggestion (no positions yet).
        app.press(.character("l"))
        #expect(app.screen.lines.last?.contains("y confirm") == true)
        app.press(.character("y"))
        app.runAnnotationEffects(&desk)
        #expect(app.statusMessage?.hasPrefix("Saved to talks.annotations.yaml: confirmed") == true)
        #expect(count("✓ confirmed", in: app.screen) == 1)
        // The passages below are no suggestion: y copies there, as before.
        app.press(.end, .character("y"))
        let others = app.runAnnotationEffects(&desk)
        guard case .copyToClipboard? = others.first else {
            Issue.record("y on a passage did not copy: \(others), \(app.statusMessage ?? "")")
            return
        }
    }

    @Test func xWhereThereIsNoSuggestionSaysSoAndSavesNothing() throws {
        let fixture = try SuggestionFixture()
        var (app, desk) = try fixture.start()
        app.press(.character("x"))
        #expect(app.takeEffects().isEmpty)
        #expect(app.statusMessage?.hasPrefix("No suggestion under the cursor") == true)
        app.press(.character("u"))
        app.runAnnotationEffects(&desk)
        #expect(app.statusMessage == "Nothing to undo")
        #expect(!FileManager.default.fileExists(atPath: fixture.sidecar))
    }

    @Test func aFailedSaveSaysWhyAndShowsNothingDone() throws {
        let fixture = try SuggestionFixture()
        var (app, desk) = try fixture.start()
        // The article's folder is gone: the sidecar cannot be written (as in a read-only folder).
        try FileManager.default.removeItem(atPath: fixture.folder.path)
        app.press(.character("c"), .character("y"))
        app.runAnnotationEffects(&desk)
        #expect(app.statusMessage?.hasPrefix("Not saved: cannot save annotations") == true, "\(app.statusMessage ?? "")")
        #expect(count("✓ confirmed", in: app.screen) == 0)
        #expect(count("◇ suggested · demands", in: app.screen) == 1)
        // Nothing was done, so there is nothing to undo.
        app.press(.character("u"))
        app.runAnnotationEffects(&desk)
        #expect(app.statusMessage == "Nothing to undo")
    }
}

/// The coding views as a whole, at both sizes: compare with a suggestion selected in the right
/// column, and after `y` on the left one (confirmed, the other still suggested).
@Suite struct SuggestionScreenTests {
    @Test func compareWithSuggestionsAndAfterConfirming() throws {
        for size in WholeScreenTests.sizes {
            let fixture = try SuggestionFixture()
            var (app, desk) = try fixture.start(width: size.width, height: size.height)
            app.press(.character("c"), .down)
            ScreenRecord.check(app.screen, "compare-suggested-\(size.width)x\(size.height)")
            app.press(.up, .character("y"))
            app.runAnnotationEffects(&desk)
            ScreenRecord.check(app.screen, "compare-confirmed-\(size.width)x\(size.height)")
        }
    }

    @Test func issueReaderWithSuggestions() throws {
        for size in WholeScreenTests.sizes {
            let fixture = try SuggestionFixture()
            var (app, _) = try fixture.start(width: size.width, height: size.height)
            app.press(.character("l"))
            ScreenRecord.check(app.screen, "issue-suggested-\(size.width)x\(size.height)")
        }
    }
}
