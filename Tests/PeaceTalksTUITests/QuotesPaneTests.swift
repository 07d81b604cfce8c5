import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// The Quotes pane: every quote with its speaker, narrowed by speaker as the name is typed.
@Suite struct QuotesPaneTests {
    /// A corpus with a second speaker, so a filter has something to leave out.
    static func corpus() -> Corpus {
        var corpus = Fixture.corpus()
        let text = Fixture.texts[5].2
        corpus.documents[0].quotes.append(Quote(
            document: 0, paragraph: 5, span: Fixture.span("die eis", in: text), text: "die eis",
            kind: .speech, speaker: "lavrov", citedBy: nil, rule: .partialQuote, repeatsQuote: nil, issues: []))
        return corpus
    }

    @Test func fourListsEveryQuoteWithItsSpeaker() {
        var app = Fixture.app(corpus: Self.corpus())
        app.press(.character("4"))
        #expect(app.state.browse.pane == .quotes)
        let text = app.screen.text
        #expect(text.contains("▸ Oksana Sjevel “Het houdt gewoon geen steek”"))
        #expect(text.contains("  Sergej Lavrov “die eis”"))
        #expect(app.explorer.data.quotes.count == 3)
        #expect(text.contains("4 Quotes"))
        // The reader shows the selected quote, and Enter, y and e act on it.
        #expect(text.contains("In its paragraph"))
        app.press(.character("y"))
        #expect(app.takeEffects().first == .copyToClipboard(
            "“Het houdt gewoon geen steek”\n— Oksana Sjevel, “Vredesgesprekken 2025” (vredesgesprekken.txt), 2025-09-02, ¶1, line 1"))
    }

    @Test func typingASpeakerNarrowsTheListOnEveryKeyAndEscPutsItBack() {
        var app = Fixture.app(corpus: Self.corpus())
        app.press(.character("4"), .character("f"))
        #expect(app.screen.lines.last?.hasPrefix("Speaker: ") == true)
        app.type("lav")
        // q, j and the digits are typed, not taken as keys.
        #expect(!app.shouldQuit)
        #expect(app.screen.text.contains("▸ Sergej Lavrov “die eis”"))
        #expect(!app.screen.text.contains("Oksana Sjevel “"))
        #expect(app.screen.lines.last?.hasPrefix("Speaker: lav") == true)
        #expect(app.screen.lines.last?.hasSuffix(" 1 quote ") == true)
        app.type("q")
        #expect(!app.shouldQuit)
        #expect(app.screen.text.contains("No quote by that speaker"))
        app.press(.backspace, .enter)
        #expect(app.state.speakerPrompt == nil)
        #expect(app.state.browse.quoteSpeaker == "lav")
        #expect(app.screen.lines[0].contains("Quotes · speaker “lav”"))
        // f again edits the filter; Esc puts back the one kept before.
        app.press(.character("f"), .backspace, .backspace, .backspace)
        app.type("SJ")
        #expect(app.screen.text.contains("▸ Oksana Sjevel"))
        app.press(.escape)
        #expect(app.state.browse.quoteSpeaker == "lav")
        app.press(.character("F"))
        #expect(app.state.browse.quoteSpeaker.isEmpty)
        #expect(app.explorer.data.count(of: .quotes, browse: app.state.browse) == 3)
    }

    @Test func accentsAndCaseAreIgnoredInTheSpeakerFilter() {
        let data = ExplorerData(corpus: Self.corpus())
        #expect(data.quoteRows(speaker: "SERGEJ lav").count == 1)
        #expect(data.quoteRows(speaker: "sjëvel").count == 2)
        #expect(data.quoteRows(speaker: "").count == 3)
    }

    @Test func fInOtherPanesStillOpensTheTimelinePicker() {
        var app = Fixture.app()
        app.press(.character("f"))
        #expect(app.state.picker != nil)
        #expect(app.state.speakerPrompt == nil)
    }
}
