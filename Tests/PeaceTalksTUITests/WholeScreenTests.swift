import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// One whole screen per view at 80×24 and 120×40, compared with `Screens/` (see `ScreenRecord`).
/// Recorded on the drawing before the explorer was split into components, so they show
/// that the split changed nothing a user sees.
@Suite struct WholeScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// A view: the keys that reach it from the start, on the one-article fixture or the corpus.
    struct View: Sendable, CustomStringConvertible {
        var name: String
        var corpus = false
        var keys: [Key]
        var description: String { name }
    }

    static let views: [View] = [
        View(name: "issues", keys: []),
        View(name: "actors", keys: [.character("2")]),
        View(name: "timeline", keys: [.character("3")]),
        View(name: "quotes", keys: [.character("4")]),
        View(name: "reader", keys: [.enter, .down]),
        View(name: "article", keys: [.enter, .down, .enter]),
        View(name: "compare", keys: [.character("c")]),
        View(name: "history", keys: [.character("H")]),
        View(name: "search", keys: [.character("/")] + "rusland".map(Key.character)),
        View(name: "help", keys: [.character("?")]),
        View(name: "filter", keys: [.character("3"), .character("f"), .character("r")]),
        View(name: "speaker", keys: [.character("4"), .character("f"), .character("o")]),
        View(name: "actor-reader", keys: [.character("2"), .down, .down, .down, .enter]),
        View(name: "why", keys: [.character("4"), .character("w")]),
        View(name: "selection", keys: [.enter, .character("v"), .character("v")]),
        View(name: "tag-picker", keys: [.enter, .character("v"), .character("t")] + "terr".map(Key.character)),
        View(name: "memo-editor", keys: [.enter, .character("m")] + "Een memo".map(Key.character) + [.enter] + "op twee regels".map(Key.character)),
        View(name: "corpus-issues", corpus: true, keys: []),
        View(name: "corpus-timeline", corpus: true, keys: [.character("3"), .down]),
        View(name: "corpus-quotes", corpus: true, keys: [.character("4"), .enter]),
        View(name: "documents", corpus: true, keys: [.character("5"), .down]),
        View(name: "documents-reader", corpus: true, keys: [.character("5"), .character("l")]),
        View(name: "documents-article", corpus: true, keys: [.character("5"), .down, .enter]),
    ]

    @Test(arguments: views)
    func view(_ view: View) {
        for size in Self.sizes {
            var app = view.corpus
                ? CorpusFixture.app(width: size.width, height: size.height)
                : Fixture.app(width: size.width, height: size.height)
            for key in view.keys { app.press(key) }
            ScreenRecord.check(app.screen, "\(view.name)-\(size.width)x\(size.height)")
        }
    }

    @Test func loading() {
        for size in Self.sizes {
            let screen = LoadingView.render(size: size, done: 7, total: 20, message: "article-00007.txt", monochrome: false)
            ScreenRecord.check(screen, "loading-\(size.width)x\(size.height)")
        }
    }

    /// Below 40×12 the explorer says so; the loading view keeps one line.
    @Test func tooSmall() {
        for size in [Size(width: 39, height: 24), Size(width: 120, height: 11)] {
            var app = Fixture.app(width: size.width, height: size.height)
            app.press(.character("2"))
            ScreenRecord.check(app.screen, "too-small-\(size.width)x\(size.height)")
            let loading = LoadingView.render(size: size, done: 3, total: 9, message: "", monochrome: false)
            ScreenRecord.check(loading, "loading-too-small-\(size.width)x\(size.height)")
        }
    }
}
