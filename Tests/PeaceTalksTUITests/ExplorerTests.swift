import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

@Suite struct ExplorerTests {
    @Test func downDownInIssuesShowsTheThirdIssuesPassages() {
        var app = Fixture.app()
        app.press(.down, .down)
        let text = app.screen.text
        #expect(app.state.browse.selected == 2)
        #expect(text.contains("┌─ Ceasefire ─"))
        #expect(text.contains("Passages (2)"))
        #expect(text.contains("mentions “tafel”"))
        #expect(text.contains("mentions “frontlijn”"))
        #expect(!text.contains("Territory · Grondgebied"))
        #expect(app.screen.lines.last?.hasPrefix(" 3/3 ") == true)
    }

    @Test func issuesListShowsPassageCountsAndPositions() {
        let app = Fixture.app()
        let lines = app.screen.lines
        #expect(lines[2].hasPrefix("│▸ Territory"))
        #expect(lines[2].contains(" 2 passages│"))
        #expect(app.screen.text.contains("■ Russia"))
        #expect(app.screen.text.contains("Freeze the front line; no land given up."))
        #expect(app.screen.cursor?.row == 2)
    }

    @Test func searchForOekraineHighlightsOekraine() {
        var app = Fixture.app()
        app.press(.character("/"))
        app.type("oekraine")
        let screen = app.screen
        #expect(screen.lines.last?.hasPrefix("/oekraine") == true)
        #expect(screen.cursor?.row == 29)
        #expect(screen.cursor?.column == 9)
        // Every "Oekraïne" in the results list, and in the previewed paragraph (marked
        // with ▌ in the gutter), is drawn in the match style.
        var found = 0
        let listWidth = 48
        for row in 0..<screen.size.height {
            let cells = screen.row(row)
            let graphemes = cells.map(\.grapheme)
            let inPreview = graphemes.contains("▌")
            for column in 0..<(cells.count - 8) where graphemes[column..<(column + 8)].joined() == "Oekraïne" && (column < listWidth || inPreview) {
                found += 1
                #expect(cells[column..<(column + 8)].allSatisfy { $0.style == Theme.standard.match })
            }
        }
        #expect(found >= 3)
        #expect(!screen.row(2).contains { $0.grapheme == "d" && $0.style == Theme.standard.match })
    }

    @Test func enterOpensTheResultAndNStepsThroughResults() {
        var app = Fixture.app()
        app.press(.character("/"))
        app.type("oekraine")
        app.press(.enter)
        #expect(app.state.search == nil)
        #expect(app.state.browse.reader.mode == .article(ArticleTarget(document: 0, paragraph: 2, spans: app.state.results[0].spans)))
        #expect(app.statusMessage?.contains("Result 1/2") == true)
        app.press(.character("n"))
        if case .article(let target) = app.state.browse.reader.mode { #expect(target.paragraph == 5) } else { Issue.record("no article") }
        app.press(.character("n"))
        #expect(app.statusMessage?.contains("wrapped") == true)
    }

    @Test func escRestoresThePreSearchSelection() {
        var app = Fixture.app()
        app.press(.character("2"), .down, .down, .enter)
        let before = app.state.browse
        app.press(.character("/"))
        app.type("rusland")
        app.press(.control("n"))
        #expect(app.state.search?.selected == 1)
        app.press(.escape)
        #expect(app.state.search == nil)
        #expect(app.state.browse == before)
        #expect(app.screen.text.contains("┌─ United States ─"))
    }

    @Test func upAndDownInThePromptRecallEarlierSearches() {
        var app = Fixture.app()
        app.press(.character("/"))
        app.type("navo")
        app.press(.enter)
        app.press(.character("/"))
        app.type("tafel")
        app.press(.enter)
        app.press(.character("/"))
        app.type("ru")
        app.press(.up)
        #expect(app.state.search?.text == "tafel")
        app.press(.up)
        #expect(app.state.search?.text == "navo")
        #expect(app.state.search?.results.count == 1)
        app.press(.up)
        #expect(app.state.search?.text == "navo")
        app.press(.down, .down)
        #expect(app.state.search?.text == "ru")
        app.press(.control("u"))
        #expect(app.state.search?.text == "")
        #expect(app.state.history == ["navo", "tafel"])
    }

    @Test func promptEditing() {
        var app = Fixture.app()
        app.press(.character("/"))
        app.type("navx")
        app.press(.backspace)
        app.type("o")
        app.press(.left, .left, .delete)
        #expect(app.state.search?.text == "nao")
        #expect(app.state.search?.cursor == 2)
        app.press(.escape)
        #expect(app.state.search == nil)
        #expect(app.state.history.isEmpty)
    }

    @Test func lineWithWideCharactersKeepsTheRightBorder() {
        let extra = "中文报道：俄罗斯与乌克兰的和平谈判 😀👍🏽 Oekraïne en ❤️ vrede – ‘steek’ café e\u{301}e\u{301} 한국어 텍스트 ＡＢＣ"
        for width in [100, 101, 117, 120, 60, 41] {
            var app = Fixture.app(width: width, height: 40, corpus: Fixture.corpus(extraText: extra))
            app.press(.character("3"), .character("1"))
            // Open the extra paragraph in its article.
            app.press(.character("/"))
            app.type("한국어")
            app.press(.enter)
            let screen = app.screen
            #expect(screen.text.contains("한국어"))
            for row in 1..<(screen.size.height - 1) where width >= 100 || row != 1 {
                let last = screen[row, width - 1].grapheme
                #expect(["│", "┃", "┐", "┘"].contains(last), "row \(row) at width \(width): \(screen.lines[row])")
                #expect(DisplayWidth.of(screen.lines[row]) == width)
            }
        }
    }

    @Test func tooSmallMessageAndRecovery() {
        var app = Fixture.app(width: 39, height: 11)
        #expect(app.screen.text.contains("Terminal too small (39×11)"))
        #expect(app.screen.text.contains("40×12"))
        app.send(.resize(Size(width: 40, height: 11)))
        #expect(app.screen.text.contains("Terminal too small (40×11)"))
        app.send(.resize(Size(width: 40, height: 12)))
        let lines = app.screen.lines
        #expect(!app.screen.text.contains("too small"))
        #expect(lines[1] == " 1 Iss   2 Act   3 Tim   4 Quo   Reader ")
        #expect(lines[3].hasPrefix("│▸ Territory"))
        #expect(lines.count == 12 && lines.allSatisfy { DisplayWidth.of($0) == 40 })
    }

    @Test func helpOverlayListsEveryKeyAndCloses() {
        var app = Fixture.app(width: 120, height: 100)
        app.press(.character("?"))
        let text = app.screen.text
        #expect(text.contains("Keys — ? Esc q close"))
        for needle in ["Tab Shift-Tab", "/ Ctrl-S", "n N", "[ ]", "{ } < >", "q Ctrl-C", "1 2 3", "mouse"] {
            #expect(text.contains(needle), "\(needle)")
        }
        app.press(.character("q"))
        #expect(!app.shouldQuit)
        #expect(!app.screen.text.contains("Keys — "))
        app.press(.character("?"), .escape)
        #expect(!app.state.showHelp)
    }

    @Test func helpScrollsOnASmallTerminal() {
        var app = Fixture.app(width: 40, height: 12)
        app.press(.character("?"))
        #expect(app.screen.text.contains("Moving"))
        app.press(.character("G"))
        #expect(app.screen.text.contains("quit"))
        #expect(!app.screen.text.contains("Moving"))
    }

    @Test func compareShowsTwoSidesAndSwitchesColumns() {
        var app = Fixture.app()
        app.press(.character("c"))
        var lines = app.screen.lines
        let header = lines.first { $0.contains("Russia") && $0.contains("Ukraine") }
        #expect(header != nil)
        #expect(app.screen.text.contains("Compare: Territory"))
        #expect(app.screen.text.contains("Freeze the front line"))
        app.press(.character("}"))
        lines = app.screen.lines
        #expect(lines.contains { $0.contains("Russia") && $0.contains("United States") })
        #expect(app.screen.text.contains("No position on this issue."))
        app.press(.character("]"))
        lines = app.screen.lines
        #expect(lines.contains { $0.contains("Ukraine") && $0.contains("United States") && $0.range(of: "Ukraine")!.lowerBound < $0.range(of: "United States")!.lowerBound })
        // Resize mid-compare keeps compare and a valid screen.
        app.send(.resize(Size(width: 44, height: 12)))
        #expect(app.state.browse.reader.mode == .compare)
        #expect(app.screen.lines.allSatisfy { DisplayWidth.of($0) == 44 })
        app.press(.escape)
        #expect(app.state.browse.reader.mode == .detail)
    }

    @Test func narrowLayoutShowsOneViewWithTabs() {
        var app = Fixture.app(width: 60, height: 16)
        var lines = app.screen.lines
        #expect(lines[1].hasPrefix(" 1 Issues   2 Actors   3 Timeline   4 Quotes   Reader "))
        #expect(lines[3].hasPrefix("│▸ Territory"))
        app.press(.enter)
        lines = app.screen.lines
        #expect(lines[2].hasPrefix("┌─ Territory ─"))
        #expect(!app.screen.text.contains("│▸ Territory"))
        #expect(app.screen.row(1)[47].style == Theme.standard.tabActive)
        app.press(.escape)
        #expect(app.screen.lines[3].hasPrefix("│▸ Territory"))
        app.press(.character("3"))
        #expect(app.screen.lines[3].contains("2022 █"))
        #expect(app.screen.lines[6].contains("▸   2022-03"))
    }

    @Test func articleShowsThePassageInContextWithSpeaker() {
        var app = Fixture.app()
        app.press(.enter)          // to the reader
        app.press(.down, .down, .down, .down, .down)    // the first passage (after two position anchors and three suggestions)
        app.press(.enter)
        let text = app.screen.text
        #expect(text.contains("┌─ Vredesgesprekken 2025 ─"))
        #expect(text.contains("— Oksana Sjevel"))
        #expect(text.contains("❝ ‘Rusland heeft geen ruil voorgesteld.’"))
        // The target paragraph is marked in the gutter and its keyword highlighted.
        let screen = app.screen
        let row = screen.lines.firstIndex { $0.contains("Rusland eiste dat Oekraïne grondgebied") }!
        #expect(screen.lines[row].contains("││▌ Rusland"))
        let cells = screen.row(row)
        let start = cells.firstIndex { $0.grapheme == "g" && $0.style == Theme.standard.match }
        #expect(start != nil)
        app.press(.escape)
        #expect(app.state.browse.reader.mode == .detail)
        #expect(app.state.browse.reader.entry == 5)
    }

    @Test func timelineMarksEventsOfTheSelectedIssue() {
        var app = Fixture.app()
        app.press(.down)           // Neutrality
        app.press(.character("3"))
        // Events sit under year and month headings, a ruler before each gap.
        let lines = app.screen.lines
        #expect(lines[3].hasPrefix("│  2022 ───"))
        #expect(lines[4].hasPrefix("│    March "))
        #expect(lines[5].contains("● 2022-03"))
        #expect(lines[6].hasPrefix("│    ┆ … 2 years …"))
        #expect(lines[9].contains("  2024-06"))
        #expect(lines[13].contains("● 2025-08-24"))
        app.press(.down, .enter)
        // Issues by title, not id.
        #expect(app.screen.text.contains("Issues: Territory"))
    }

    @Test func actorsShowQuotesWithTagsAndMentions() {
        var app = Fixture.app(width: 120, height: 40)
        app.press(.character("2"), .end)
        let text = app.screen.text
        #expect(text.contains("person · professor aan Tufts University · 1 mention"))
        #expect(text.contains("“Rusland heeft geen ruil voorgesteld.” [territory]"))
        #expect(text.contains("Mentions (1)"))
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var app = Fixture.app()
        app.send(.mouse(.click(row: 4, column: 5)))
        #expect(app.state.browse.selected == 2)
        app.send(.mouse(.click(row: 1, column: 14)))
        #expect(app.state.browse.pane == .actors)
        app.send(.mouse(.click(row: 5, column: 60)))
        #expect(app.state.browse.focus == .reader)
        app.send(.mouse(.wheelDown(row: 5, column: 60)))
        #expect(app.state.browse.reader.scroll >= 0)
        app.send(.mouse(.wheelDown(row: 3, column: 3)))
        #expect(app.state.browse.selected == 3)
    }

    @Test func quitWithQAndControlC() {
        var app = Fixture.app()
        app.press(.character("q"))
        #expect(app.shouldQuit)
        var other = Fixture.app()
        other.press(.character("/"), .control("c"))
        #expect(other.shouldQuit)
    }

    @Test func monochromeUsesNoColours() {
        var app = Fixture.app(monochrome: true)
        app.press(.character("/"))
        app.type("oekraine")
        let screen = app.screen
        #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(screen.cells.contains { $0.style.reverse })
    }

    @Test func defaultThemeNeverSetsWhiteOrBlackOnDefault() {
        var app = Fixture.app()
        app.press(.character("c"))
        for cell in app.screen.cells where cell.style.background == .default {
            #expect(cell.style.foreground != .white && cell.style.foreground != .black)
        }
    }

    @Test func wholeScreenAtFortyByTwelve() {
        let app = Fixture.app(width: 40, height: 12)
        #expect(app.screen.lines == [
            " peacetalks │ Vredesgesprekken…  Issues ",
            " 1 Iss   2 Act   3 Tim   4 Quo   Reader ",
            "┌──────────────────────────────────────┐",
            "│▸ Territory                 2 passages│",
            "│  Neutrality                 1 passage│",
            "│  Ceasefire                 2 passages│",
            "│                                      │",
            "│                                      │",
            "│                                      │",
            "│                                      │",
            "└───────────────────────────────── 1/3 ┘",
            " 1/3  ↑↓ move · Enter open · 1–4 panes …",
        ])
    }
}
