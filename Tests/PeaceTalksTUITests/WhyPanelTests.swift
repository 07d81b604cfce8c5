import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// "Why this speaker" (`w`, issue 10): the rule in plain words and the words that decided,
/// each in its sentence with ¶ and line, read from a corpus the model built from our own text.
@Suite struct WhyPanelTests {
    /// Made up for the test: a person introduced with a role, a description, a surname, a
    /// pronoun nobody can be found for without doubt, and scare quotes.
    static let text = """
        Talks in Geneva

        Defence minister Ruben Brekelmans met the Ukrainian delegation on Monday in Geneva. He spoke at length with envoy Anna Kovalenko about the ceasefire.

        "We will keep talking," he said. "It is a trap," the envoy said afterwards.

        "Nobody wants this," Brekelmans said later. Some called the plan "peace through strength".
        """

    static func app(width: Int = 100, height: Int = 30) throws -> ExplorerApp {
        let codebook = try CodebookLayers.load([.builtIn]).codebook
        let article = Article(path: "geneva.txt", text: text, metadata: ArticleMetadata(title: "Geneva", language: .english))
        let corpus = CorpusBuilder.build(articles: [article], codebook: codebook)
        return ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: Size(width: width, height: height))
    }

    /// The screen's rows between the panel's top and bottom border.
    static func panel(_ screen: Screen) -> [String] {
        let lines = screen.lines
        guard let top = lines.firstIndex(where: { $0.contains("┌─ Why") }) else { return [] }
        let rest = lines[(top + 1)...]
        let bottom = rest.firstIndex { $0.contains("└") && $0.contains("┘") && !$0.hasPrefix("└") } ?? rest.endIndex
        return Array(lines[top..<bottom])
    }

    /// The evidence reaches the corpus's quotes (and so the reader) with its rule.
    @Test func theRuleAndEvidenceReachTheCorpusQuotes() throws {
        let app = try Self.app()
        let quotes = app.explorer.data.corpus.documents[0].quotes
        let envoy = try #require(quotes.first { $0.text == "It is a trap" })
        #expect(envoy.rule == .roleDescription)
        #expect(envoy.evidence.count == 2)
    }

    @Test func wOnARoleDescriptionShowsTheCueAndTheIntroductionEachInItsSentence() throws {
        var app = try Self.app()
        app.press(.character("4"))
        let row = try #require(app.explorer.data.quoteRows(speaker: "").firstIndex { app.explorer.data.quotes[$0].text == "It is a trap" })
        for _ in 0..<row { app.press(.down) }
        app.press(.character("w"))
        #expect(app.state.why != nil)
        let screen = app.screen
        let panel = Self.panel(screen).joined(separator: "\n")
        #expect(panel.contains("Why this speaker"))
        #expect(panel.contains("“It is a trap” — ¶3 · line 5"))
        #expect(panel.contains("Speaker   Anna Kovalenko"))
        #expect(panel.contains("Rule      a description (“the envoy said”) → the one person the document"))
        #expect(panel.contains("Evidence  ¶3 · line 5 — the cue"))
        #expect(panel.contains("\"It is a trap,\" the envoy said afterwards."))
        #expect(panel.contains("Evidence  ¶2 · line 3 — where the document introduced them"))
        #expect(panel.contains("He spoke at length with envoy Anna Kovalenko about the ceasefire."))
        // The deciding words are marked, the rest of the sentence is not.
        let theme = app.explorer.theme
        let cueRow = try #require(screen.lines.firstIndex { $0.contains("the envoy said afterwards") })
        let cells = screen.row(cueRow)
        let line = screen.lines[cueRow]
        let cueColumn = DisplayWidth.of(String(line[..<line.range(of: "the envoy said")!.lowerBound]))
        #expect(cells[cueColumn].style == theme.match)
        #expect(cells[cueColumn - 3].style != theme.match)
        let afterColumn = DisplayWidth.of(String(line[..<line.range(of: "afterwards")!.lowerBound]))
        #expect(cells[afterColumn].style != theme.match)
        #expect(screen.lines.last?.contains("w Esc close") == true)
    }

    @Test func aSurnameShowsWhereTheFullNameWasIntroduced() throws {
        var app = try Self.app()
        app.press(.character("4"))
        let row = try #require(app.explorer.data.quoteRows(speaker: "").firstIndex { app.explorer.data.quotes[$0].text == "Nobody wants this" })
        for _ in 0..<row { app.press(.down) }
        app.press(.character("w"))
        let panel = Self.panel(app.screen).joined(separator: "\n")
        #expect(panel.contains("Speaker   Ruben Brekelmans"))
        #expect(panel.contains("Rule      named next to the quote with a speech verb"))
        #expect(panel.contains("Evidence  ¶2 · line 3 — where the full name was introduced"))
        #expect(panel.contains("Defence minister Ruben Brekelmans met the Ukrainian delegation"))
    }

    @Test func aQuoteWithoutASpeakerSaysSoAndWhy() throws {
        var app = try Self.app()
        app.press(.character("4"))
        let data = app.explorer.data
        let row = try #require(data.quoteRows(speaker: "").firstIndex { data.quotes[$0].text == "We will keep talking" })
        try #require(data.quotes[row].speaker == nil)
        for _ in 0..<row { app.press(.down) }
        app.press(.character("w"))
        let panel = Self.panel(app.screen).joined(separator: "\n")
        #expect(panel.contains("Speaker   none"))
        #expect(panel.contains("Why       no cue found that names one person"))
        #expect(!panel.contains("Evidence"))
    }

    /// In the reader, a passage's quotes are explained together: a term says why it has no speaker.
    @Test func aPassageInTheArticleExplainsEachOfItsQuotes() throws {
        var app = try Self.app(width: 120, height: 40)
        let document = app.explorer.data.corpus.documents[0]
        let term = try #require(document.quotes.firstIndex { $0.text == "peace through strength" })
        #expect(document.quotes[term].kind == .term)
        app.send(.key(.character("4")))
        let row = try #require(app.explorer.data.quoteRows(speaker: "").firstIndex { app.explorer.data.quotes[$0].text == "Nobody wants this" })
        for _ in 0..<row { app.press(.down) }
        // Enter opens the quote's article, where the reader's target is the quote itself.
        app.press(.enter, .enter)
        guard case .article = app.state.browse.reader.mode else {
            Issue.record("the article did not open: \(app.state.browse.reader.mode)")
            return
        }
        app.press(.character("w"))
        #expect(app.state.why?.quotes == [QuoteRef(document: 0, index: document.quotes.firstIndex { $0.text == "Nobody wants this" }!)])
        // The panel picks every quote of a passage whose highlight is no quote.
        var state = app.state
        state.why = nil
        state.browse.reader.mode = .article(ArticleTarget(document: 0, paragraph: 3, spans: []))
        let layout = Layout(state)
        let refs = app.explorer.whyQuotes(state, layout: layout)
        #expect(refs.map(\.index) == document.quotes.indices.filter { document.quotes[$0].paragraph == 3 })
        state.why = WhyPanel(quotes: refs)
        let panel = Self.panel(app.explorer.render(state, size: state.size)).joined(separator: "\n")
        #expect(panel.contains("Why these speakers (2 quotes)"))
        #expect(panel.contains("“peace through strength”"))
        #expect(panel.contains("read as a term or scare quote"))
    }

    @Test func wEscAndQCloseThePanelAndNothingElseHappens() throws {
        var app = try Self.app()
        app.press(.character("4"))
        for key in [Key.character("w"), .escape, .character("q"), .enter] {
            app.press(.character("w"))
            #expect(app.state.why != nil)
            let pane = app.state.browse
            app.press(.character("2"), .character("/"))
            #expect(app.state.browse == pane, "keys other than the panel's do nothing while it is open")
            app.press(key)
            #expect(app.state.why == nil, "\(key) closes the panel")
            #expect(!app.shouldQuit)
            #expect(app.state.browse == pane)
        }
        // Ctrl-C still quits.
        app.press(.character("w"), .control("c"))
        #expect(app.shouldQuit)
    }

    @Test func noQuoteHereSaysSoAndOpensNothing() throws {
        var app = try Self.app()
        app.press(.character("w"))
        #expect(app.state.why == nil)
        #expect(app.screen.lines.last?.contains("No quote here") == true)
    }

    /// A panel taller than the screen scrolls with the moving keys and shows where it is.
    @Test func aLongPanelScrolls() throws {
        let app = try Self.app(width: 60, height: 12)
        let explorer = app.explorer
        let document = explorer.data.corpus.documents[0]
        var state = app.state
        state.why = WhyPanel(quotes: document.quotes.indices.map { QuoteRef(document: 0, index: $0) })
        let before = explorer.render(state, size: state.size)
        #expect(before.lines.contains { $0.contains("1–8/") })
        state = explorer.update(state, .moveDown)
        #expect(state.why?.scroll == 1)
        #expect(Self.panel(explorer.render(state, size: state.size)) != Self.panel(before))
        state = explorer.update(state, .bottom)
        let count = explorer.whyLines(try #require(state.why), width: WhyPanel.textWidth(boxWidth: 56)).count
        #expect(count > 8)
        #expect(state.why?.scroll == count - 8)
        state = explorer.update(state, .moveDown)
        #expect(state.why?.scroll == count - 8)
    }
}
