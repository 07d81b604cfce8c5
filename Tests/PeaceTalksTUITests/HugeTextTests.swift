import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

@Suite struct HugeTextTests {
    /// A paragraph of over a megabyte: opening and scrolling stay linear per key.
    @Test func aMegabyteParagraphOpensAndScrolls() {
        let huge = String(repeating: "Oekraïne wil eerst een staakt-het-vuren 中文 😀 ", count: 25_000)
        let explorer = Explorer(corpus: Fixture.corpus(extraText: huge), search: { _ in [] })
        var state = explorer.initialState(size: Size(width: 120, height: 40))
        state.browse.focus = .reader
        state.browse.reader.mode = .article(ArticleTarget(document: 0, paragraph: 6, spans: [TextSpan(start: 41, end: 43)]))
        for action in [Action.pageDown, .pageDown, .bottom, .moveUp] {
            state = explorer.update(state, action)
        }
        let screen = explorer.render(state, size: state.size)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == 120 })
        #expect(screen.text.contains("中文"))
        #expect(screen.text.contains("Bot") || screen.text.contains("%"))
    }
}
