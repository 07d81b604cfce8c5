import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// `y` copies, `e` and `p` open the article elsewhere, `M` lets the mouse go: update only asks
/// (an `Effect`, a flag) and says so on the status line; the backend does the rest.
@Suite struct ExternalEffectsTests {
    @Test func yCopiesTheSelectedQuoteWithSpeakerTitleDateParagraphAndLine() {
        var app = Fixture.app()
        app.press(.character("2"), .end, .enter)
        app.press(.character("y"))
        #expect(app.takeEffects() == [.copyToClipboard(
            "“Het houdt gewoon geen steek”\n— Oksana Sjevel, “Vredesgesprekken 2025” (vredesgesprekken.txt), 2025-09-02, ¶1, line 1")])
        #expect(app.statusMessage == "Copied the quote with its citation (¶1) to the clipboard")
        #expect(app.screen.lines.last?.contains("Copied the quote with its citation") == true)
        // Taken once: the backend must not copy it again on the next key.
        #expect(app.takeEffects().isEmpty)
    }

    @Test func yOnAnIssuePassageCopiesTheWholeParagraph() {
        var app = Fixture.app()
        // Y: the entry is a suggested position now, where y would confirm it.
        app.press(.enter, .down, .down, .character("Y"))
        let effects = app.takeEffects()
        guard case .copyToClipboard(let text)? = effects.first else {
            Issue.record("no copy effect: \(effects), message \(app.statusMessage ?? "none")")
            return
        }
        let paragraph = Fixture.texts[2].2
        #expect(text.hasPrefix("“" + paragraph + "”\n— “Vredesgesprekken 2025”"))
        #expect(text.hasSuffix("¶3, line 3"))
        #expect(app.statusMessage?.hasPrefix("Copied the passage") == true)
    }

    @Test func controlCharactersInTheArticleAreEscapedInTheCopy() {
        let app = Fixture.app(corpus: Fixture.corpus(extraText: "Lavrov\u{1B}]0;owned\u{07} zei niets."))
        let text = app.explorer.citation(for: ArticleTarget(document: 0, paragraph: 6)) ?? ""
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Lavrov\\x1b]0;owned\\x07 zei niets."))
    }

    @Test func nothingToCopyInCompareAndNoEffect() {
        var app = Fixture.app()
        app.press(.character("c"), .character("y"))
        #expect(app.takeEffects().isEmpty)
        #expect(app.statusMessage?.hasPrefix("Nothing to copy") == true)
    }

    @Test func yInTheSearchPromptIsTyped() {
        var app = Fixture.app()
        app.press(.character("/"), .character("y"), .character("e"), .character("p"), .character("M"))
        #expect(app.state.search?.text == "yepM")
        #expect(app.takeEffects().isEmpty)
        #expect(app.mouseCapture)
    }

    @Test func eAndPAskForTheEditorAndPagerAtTheFileAndLine() {
        var app = Fixture.app()
        app.press(.character("2"), .end, .enter, .down, .character("e"))
        #expect(app.takeEffects() == [.openExternal(.editor, path: "seeds/vredesgesprekken.txt", line: 4)])
        app.press(.character("p"))
        #expect(app.takeEffects() == [.openExternal(.pager, path: "seeds/vredesgesprekken.txt", line: 4)])
        // In the article view, the paragraph it was opened at.
        app.press(.enter, .character("e"))
        #expect(app.takeEffects() == [.openExternal(.editor, path: "seeds/vredesgesprekken.txt", line: 4)])
    }

    @Test func capitalMTogglesMouseCaptureAndHelpMentionsShiftDrag() {
        var app = Fixture.app()
        #expect(app.mouseCapture)
        app.press(.character("M"))
        #expect(!app.mouseCapture)
        #expect(app.statusMessage?.contains("drag selects text") == true)
        app.press(.character("M"))
        #expect(app.mouseCapture)
        #expect(app.statusMessage?.contains("Shift-drag") == true)
        #expect(Keymap.helpLines.contains { $0.hasPrefix("  Shift-drag ") && $0.contains("selects text") })
        #expect(Keymap.helpLines.contains { $0.hasPrefix("  M ") })
        #expect(Keymap.helpLines.contains { $0.hasPrefix("  y ") })
    }
}
