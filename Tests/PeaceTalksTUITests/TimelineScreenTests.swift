import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// The Timeline pane as a time axis, its filter, and an issue's history by side, drawn
/// whole at 80×24 and 120×40 on two articles of our own.
@Suite struct TimelineScreenTests {
    @Test func timelineAtEightyByTwentyFourHasHeadingsRulersAndAHistogram() throws {
        var app = try TimelineFixture.app(width: 80, height: 24)
        app.press(.character("3"))
        #expect(app.screen.lines == [
            " peacetalks │ 2 documents                                              Timeline ",
            " 1 Issues   2 Actors   3 Timeline   4 Quotes   5 Documents   Reader             ",
            "┌──────────────────────────────────────────────────────────────────────────────┐",
            "│  2022 ▃▃                         ▃             █ 2025                        │",
            "│  2014 ───────────────────────────────────────────────────────────────────────│",
            "│▸ ● 2014       eerste  Bezette Rusland de Krim en begon de oorlog in…  Rusland│",
            "│    ┆ … 8 years …                                                             │",
            "│  2022 ───────────────────────────────────────────────────────────────────────│",
            "│    March                                                                     │",
            "│    2022-03    eerste  Istanbul talks (2022)  Rusland Oekraïne NAVO           │",
            "│    April                                                                     │",
            "│  ● 2022-04    eerste  Verklaarde Zelensky dat Oekraïne nooit grondgebied zal…│",
            "│    ┆ … 2 years …                                                             │",
            "│  2024 ───────────────────────────────────────────────────────────────────────│",
            "│    June                                                                      │",
            "│  ● 2024-06    tweede  Eist Poetin dat Oekraïne zich terugtrekt uit Donetsk e…│",
            "│    ┆ … 14 months …                                                           │",
            "│  2025 ───────────────────────────────────────────────────────────────────────│",
            "│    August                                                                    │",
            "│    2025-08-15         Alaska summit                    reported in 2 articles│",
            "│    2025-08-24 eerste  Herhaalde Lavrov dat Oekraïne neutraal moet blijven en…│",
            "│                                                                              │",
            "└───────────────────────────────────────────────────────────────────────── 1/6 ┘",
            " 1/6  ↑↓ move · [ ] year · f filter · Enter open · / search · ? help · q quit   ",
        ])
    }

    @Test func atOneHundredTwentyColumnsTheListTakesTheWidthAndLabelsShowWhole() throws {
        var app = try TimelineFixture.app(width: 120, height: 40)
        app.press(.character("3"))
        let lines = app.screen.lines
        // No reader beside the list while it has the keyboard.
        #expect(lines[1].hasPrefix("┌ 1 Issues ─ 2 Actors ─ 3 Timeline ─") && lines[1].hasSuffix("─┐") && !lines[1].contains("┐┌"))
        #expect(lines[2].hasPrefix("│  2022 ▃▃"))
        #expect(lines[3].hasPrefix("│  2014 ───"))
        #expect(lines[4] == "│▸ ● 2014       eerste  Bezette Rusland de Krim en begon de oorlog in de Donbas met steun aan…  Rusland                │")
        #expect(lines[5].hasPrefix("│    ┆ … 8 years …  "))
        #expect(lines[18] == "│    2025-08-15         Alaska summit  Trump Poetin Oekraïne                                     reported in 2 articles│")
        // Key events show their name whole; every other event's label at least 40 characters.
        #expect(lines[8].hasPrefix("│    2022-03    eerste  Istanbul talks (2022)  Rusland"))
        for index in [4, 10, 14, 19] {
            let label = lines[index].dropFirst(23).prefix { $0 != "…" }
            #expect(label.count >= 40, "\(lines[index])")
        }
        // Tags are the actors' colour (on a row that is not selected).
        let row = app.screen.row(8)
        let tag = row.firstIndex { $0.grapheme == "R" && $0.style == Theme.standard.speaker }
        #expect(tag != nil)
        // Enter opens the reader beside the list.
        app.press(.enter)
        #expect(app.screen.lines[1].contains("┐┌─ 2014 · eerste"))
    }

    @Test func headingsAreSkippedAndBracketsJumpByYear() throws {
        var app = try TimelineFixture.app(width: 80, height: 24)
        app.press(.character("3"), .down)
        #expect(app.screen.lines[9].hasPrefix("│▸   2022-03"))
        app.press(.up, .up)
        #expect(app.screen.lines[5].hasPrefix("│▸ ● 2014"))
        app.press(.character("]"), .character("]"))
        #expect(app.screen.lines[15].hasPrefix("│▸ ● 2024-06"))
        app.press(.character("["))
        #expect(app.screen.lines[9].hasPrefix("│▸   2022-03"))
        app.press(.character("]"), .character("]"), .character("]"))
        #expect(app.state.message == "No later year")
    }

    @Test func withoutColourTheHistogramIsAscii() throws {
        var app = try TimelineFixture.app(width: 80, height: 24, monochrome: true)
        app.press(.character("3"))
        let line = app.screen.lines[3]
        #expect(line.hasPrefix("│  2022 --                         -             # 2025"))
        #expect(line.unicodeScalars.allSatisfy { $0.isASCII || $0 == "│" })
    }

    /// A happening that matched a key event is named by it in the list, not by its first report.
    @Test func aClusterOfAKeyEventShowsTheKeyEventsName() throws {
        var app = try TimelineFixture.app(width: 120, height: 40)
        app.press(.character("3"), .end, .up)
        let data = app.explorer.data
        let keyed = try #require(data.clusters.firstIndex { $0.keyEvent == "alaska-summit" })
        #expect(data.clusterLabels[keyed] == "Alaska summit")
        let selected = try #require(app.screen.lines.first { $0.hasPrefix("│▸") })
        #expect(selected.contains("2025-08-15"))
        #expect(selected.contains("  Alaska summit"))
        // A happening without a key event keeps its first report's words.
        let plain = try #require(data.clusters.firstIndex { $0.keyEvent == nil })
        #expect(data.clusterLabels[plain] == EventLabel.label(of: data.timeline[data.clusters[plain].members[0]], in: data.corpus))
    }

    @Test func aClusterListsItsArticlesAndEnterOpensOne() throws {
        var app = try TimelineFixture.app(width: 120, height: 40)
        app.press(.character("3"), .end, .up, .enter)
        let text = app.screen.text
        #expect(text.contains("┌─ 2025-08-15 · 2 articles ─"))
        // The key event names the happening; the date line gives its first report's words.
        #expect(text.contains("│  Alaska summit "))
        #expect(text.contains("│  2025-08-15 · Ontmoetten Trump en Poetin"))
        #expect(text.contains("Issues: Ceasefire before or after peace talks"))
        #expect(text.contains("Reported in 2 articles — Enter opens one"))
        #expect(text.contains("#1 eerste · Onderhandelingen · ¶5 · 2025-08-15"))
        #expect(text.contains("#2 tweede · Top in Alaska · ¶2 · 2025-08-15"))
        app.press(.down, .enter)
        guard case .article(let target) = app.state.browse.reader.mode else {
            Issue.record("no article open")
            return
        }
        #expect(target.document == 1 && target.paragraph == 1)
        #expect(app.screen.text.contains("Top in Alaska"))
    }

    @Test func aFilterChosenInThePickerNarrowsTheTimelineAndShowsInTheTitle() throws {
        var app = try TimelineFixture.app(width: 80, height: 24)
        app.press(.character("3"), .character("f"))
        #expect(app.screen.lines[5].contains("│ ›  "))
        #expect(app.screen.text.contains("issue  Neutrality and alliance membership"))
        app.type("zelen")
        #expect(app.screen.lines[6].contains("▸ actor  Volodymyr Zelensky"))
        #expect(!app.screen.text.contains("actor  Rusland"))
        app.press(.enter)
        #expect(Array(app.screen.lines.prefix(7)) == [
            " peacetalks │ 2 documents                  Timeline · actor: Volodymyr Zelensky ",
            " 1 Issues   2 Actors   3 Timeline   4 Quotes   5 Documents   Reader             ",
            "┌ Filter: actor: Volodymyr Zelensky · F clears ────────────────────────────────┐",
            "│  2022 █ 2022                                                                 │",
            "│  2022 ───────────────────────────────────────────────────────────────────────│",
            "│    April                                                                     │",
            "│▸ ● 2022-04    eerste  Verklaarde Zelensky dat Oekraïne nooit grondgebied zal…│",
        ])
        #expect(app.screen.lines[7] == "│                                                                              │")
        app.press(.character("F"))
        #expect(app.screen.lines[2].hasPrefix("┌────"))
        #expect(app.screen.text.contains("2025-08-24"))
        // Esc leaves the timeline as it was.
        app.press(.character("f"), .escape)
        #expect(app.state.picker == nil && app.state.browse.timelineFilter == nil)
    }

    @Test func historyShowsAnIssuesDatedPassagesInTwoColumnsBySide() throws {
        var app = try TimelineFixture.app(width: 120, height: 40)
        app.press(.character("H"))
        var lines = app.screen.lines
        #expect(lines[1].contains("┌─ History: Territory ─"))
        #expect(lines[2].contains("│  Rusland                          │ Oekraïne                         │"))
        #expect(lines[3].contains("│  2014 · eerste                    │ 2022-04 · eerste                 │"))
        #expect(app.screen.text.contains("2024-06 · tweede"))
        // In time order: 2014 above June 2024 in Russia's column.
        let left = lines.map { String($0.dropFirst(49).prefix(34)) }
        let first = left.firstIndex { $0.contains("2014 · eerste") }
        let later = left.firstIndex { $0.contains("2024-06 · tweede") }
        #expect(first != nil && later != nil && first! < later!)
        // The keys compare uses switch the columns' sides.
        app.press(.character("]"))
        lines = app.screen.lines
        #expect(!lines[2].contains("│  Rusland  "))
        #expect(lines[2].contains("│ Oekraïne"))
        app.press(.escape)
        #expect(app.state.browse.reader.mode == .detail)
    }

    @Test func helpListsTheTimelineKeys() {
        let help = Keymap.helpLines.joined(separator: "\n")
        #expect(help.contains("Timeline"))
        #expect(help.contains("f                         filter by actor or issue"))
        #expect(help.contains("H                         history"))
    }
}
