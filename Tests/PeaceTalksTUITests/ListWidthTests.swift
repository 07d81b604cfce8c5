import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// The list grows with the terminal up to a third of its width, and its counts say what they count.
@Suite struct ListWidthTests {
    @Test(arguments: [(100, 40), (120, 48), (150, 50), (200, 66), (300, 100)])
    func listWidthGrowsToAThirdOfTheTerminal(width: Int, expected: Int) {
        let app = Fixture.app(width: width, height: 30)
        #expect(Layout(app.state).listBox.width == expected)
        // The list's right border stands there on screen; the reader starts after it.
        #expect(app.screen.lines[2].dropFirst(expected - 1).first == "│")
    }

    @Test func actorCountsAreLabelledMentions() {
        var app = Fixture.app(width: 120, height: 30)
        app.press(.character("2"))
        let rows = app.screen.lines.filter { $0.contains("Russia ·") || $0.contains("Sergej Lavrov ·") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains(" mentions│") || $0.contains(" mention│") }, "\(rows)")
    }

    @Test func aLongTitleKeepsItsRoomAndTheCountLosesItsLabel() {
        var corpus = Fixture.corpus()
        corpus.codebook.issues[0].title = "Territory, occupied provinces and the line of contact"
        let app = Fixture.app(width: 40, height: 12, corpus: corpus)
        let lines = app.screen.lines
        #expect(lines[3].hasPrefix("│▸ Territory, occupied"))
        #expect(lines[3].hasSuffix(" 2│"))
        #expect(lines[4].hasSuffix(" 1 passage│"))
    }
}
