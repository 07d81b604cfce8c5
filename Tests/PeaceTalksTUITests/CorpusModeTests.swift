import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// With several documents, every item says where it comes from.
@Suite struct CorpusModeTests {
    @Test func titleLineCountsDocumentsAndIssuesCountAcrossThem() {
        let app = CorpusFixture.app()
        let lines = app.screen.lines
        #expect(lines[0].contains("│ 2 documents"))
        #expect(lines[2].hasPrefix("│▸ Territory"))
        #expect(lines[2].contains(" 3 passages│"))
    }

    @Test func timelineMergesDocumentsInDateOrderWithLabels() {
        var app = CorpusFixture.app()
        app.press(.character("3"))
        // Event rows only: headings and rulers stand between them.
        let rows = app.screen.lines.filter { $0.dropFirst(5).prefix(2) == "20" }
        let expected = [
            ("2022-03", "vrede…sprekken"), ("2023-04", "article-00002"), ("2024-06", "vrede…sprekken"),
            ("2025-08-15", "article-00002"), ("2025-08-24", "vrede…sprekken"),
        ]
        for (row, (date, label)) in zip(rows, expected) {
            #expect(row.contains(date) && row.contains(label), "\(row)")
        }
        // Labels line up in one column.
        let columns = rows.compactMap { row in row.range(of: "vrede…").map { row.distance(from: row.startIndex, to: $0.lowerBound) } ?? row.range(of: "article-").map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        #expect(Set(columns).count == 1)
        #expect(rows.count == 5)
        app.press(.down, .enter)
        let text = app.screen.text
        #expect(text.contains("┌─ 2023-04 · article-00002 ─"))
        #expect(text.contains("#2 article-00002 · Tweede artikel · ¶2"))
        #expect(text.contains("In april 2023 sprak Rusland weer over de NAVO."))
    }

    @Test func enterOnThePassageOfTheSecondDocumentOpensThatDocument() {
        var app = CorpusFixture.app()
        app.press(.enter)
        // Two position anchors, three suggestions, two passages of the first document, then the second's.
        app.press(.down, .down, .down, .down, .down, .down, .down)
        let detail = app.screen.text
        #expect(detail.contains("article-00002 · § Opening · ¶1 · line 1"))
        #expect(detail.contains("vrede…sprekken · § Grondgebied · ¶3"))
        #expect(detail.contains("vrede…sprekken · ¶3 "))
        app.press(.enter)
        guard case .article(let target) = app.state.browse.reader.mode else {
            Issue.record("no article open")
            return
        }
        #expect(target.document == 1 && target.paragraph == 0)
        let text = app.screen.text
        #expect(text.contains("┌─ #2 article-00002 · Tweede artikel ─"))
        #expect(text.contains("Wij geven niets op"))
        #expect(!text.contains("Grondgebied"))
        #expect(app.screen.lines.last?.hasPrefix(" ¶1/2 ") == true)
    }

    @Test func searchResultsAndActorsShowTheirDocument() {
        var app = CorpusFixture.app()
        app.press(.character("/"))
        app.type("grondgebied")
        let lines = app.screen.lines
        // The heading, the paragraph of the first document, then the second document's lede.
        #expect(lines[2].contains("vrede…sprekken ¶2│"))
        #expect(lines[3].contains("vrede…sprekken ¶3│"))
        #expect(lines[4].contains("article-00002 ¶1│"))
        app.press(.control("n"), .control("n"), .enter)
        guard case .article(let target) = app.state.browse.reader.mode else {
            Issue.record("no article open")
            return
        }
        #expect(target.document == 1)
        #expect(app.screen.text.contains("Zelensky zei op 15 augustus 2025"))

        var actors = CorpusFixture.app()
        actors.press(.character("2"), .down)
        let text = actors.screen.text
        #expect(text.contains("article-00002 · ¶1 · line 1"))
        #expect(text.contains("“Wij geven niets op” [territory]"))
    }

    @Test func everyRowKeepsTheScreenWidth() {
        for width in [40, 80, 120] {
            var app = CorpusFixture.app(width: width, height: 14)
            for key in [Key.character("3"), .down, .enter, .down, .enter, .character("2"), .enter] {
                app.press(key)
                #expect(app.screen.lines.allSatisfy { DisplayWidth.of($0) == width })
            }
        }
    }
}

/// The Documents pane: only with several articles, a row per article, Enter reads it.
@Suite struct DocumentsPaneTests {
    @Test func oneRowPerArticleWithItsCountsAndEnterOpensIt() {
        var app = CorpusFixture.app(width: 80, height: 24)
        app.press(.character("5"))
        let text = app.screen.text
        #expect(text.contains("5 Documents"))
        #expect(text.contains("2025-09-02 vrede…sprekken"))
        // The second article: one speech quote, two events, one linked issue.
        #expect(text.contains("Tweede artikel"))
        #expect(text.contains("1 quote · 2 events · 1 issue"))
        app.press(.down, .enter)
        #expect(app.state.browse.reader.mode == .article(ArticleTarget(document: 1, paragraph: 0)))
        #expect(app.screen.text.contains("Zelensky zei op 15 augustus 2025"))
        // Where the list is narrow, the counts shorten and the title keeps its room.
        var wide = CorpusFixture.app(width: 120, height: 40)
        wide.press(.character("5"))
        #expect(wide.screen.text.contains("1q 2e 1i"))
        #expect(wide.screen.text.contains("Tweede artikel"))
    }

    @Test func whereFiveTabsDoNotFitTheActiveOneKeepsItsWholeName() {
        var app = CorpusFixture.app(width: 120, height: 40)
        let issuesBorder = app.screen.text.split(separator: "\n")[1]
        #expect(issuesBorder.contains(" 1 Issues "), "\(issuesBorder)")
        #expect(issuesBorder.contains(" 5 "), "every tab stays: \(issuesBorder)")
        app.press(.character("5"))
        let documentsBorder = app.screen.text.split(separator: "\n")[1]
        #expect(documentsBorder.contains(" 5 Documents "), "\(documentsBorder)")
        #expect(documentsBorder.contains(" 1 "), "every tab stays: \(documentsBorder)")
    }

    @Test func aSingleArticleHasNoDocumentsTab() {
        var app = Fixture.app(width: 120, height: 30)
        #expect(!app.screen.text.contains("Documents"))
        app.press(.character("5"))
        #expect(app.state.browse.pane == .issues)
    }
}
