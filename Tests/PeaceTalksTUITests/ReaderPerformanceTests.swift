import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// Costs that must not grow with the text or the number of hits. These print their
/// measurements; they assert what a user sees, never a time.
@Suite struct ReaderPerformanceTests {
    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        let hundredths = Int(ms * 100)
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction) ms"
    }

    /// Scrolling a 5 MB paragraph: once wrapped, a key costs the visible lines.
    @Test func scrollingAFiveMegabyteParagraphDoesNotRewrapIt() {
        let huge = String(repeating: "Oekraïne wil eerst een staakt-het-vuren 中文 😀 ", count: 100_000)
        #expect(huge.utf8.count > 5_000_000)
        let explorer = Explorer(corpus: Fixture.corpus(extraText: huge), search: { _ in [] })
        let clock = ContinuousClock()
        var state = explorer.initialState(size: Size(width: 120, height: 40))
        let layout = Layout(size: state.size)
        let target = ArticleTarget(document: 0, paragraph: 6, spans: [TextSpan(start: 0, end: 8)])

        // Before: every reader lookup wrapped the whole article (three or four per key).
        let uncached = ReaderBuilder(data: explorer.data, theme: explorer.theme, cache: nil)
        let wrapOnce = clock.measure { _ = uncached.article(target, width: layout.readerTextWidth).lineCount }

        state.browse.focus = .reader
        let open = clock.measure {
            explorer.openArticle(&state, target, layout: layout)
            state = explorer.normalize(state)
            _ = explorer.render(state, size: state.size)
        }
        var screen = Screen(size: state.size)
        let keys = 50
        let scrolling = clock.measure {
            for index in 0..<keys {
                state = explorer.update(state, index % 10 == 9 ? .pageDown : .moveDown)
                screen = explorer.render(state, size: state.size)
            }
        }
        // Another passage of the same document reuses the wrapped article.
        let other = clock.measure {
            explorer.openArticle(&state, ArticleTarget(document: 0, paragraph: 5, spans: []), layout: layout)
            state = explorer.normalize(state)
            _ = explorer.render(state, size: state.size)
        }
        print("5 MB paragraph: one whole wrap \(Self.milliseconds(wrapOnce)) (the old cost of each reader lookup, 3–4 per key);",
              "open \(Self.milliseconds(open)); per key after \(Self.milliseconds(scrolling / keys)); another passage of the same document \(Self.milliseconds(other))")
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == 120 })
        #expect(state.browse.reader.scroll > 0)
        #expect(screen.text.contains("staakt-het-vuren"))
    }

    /// The same state renders the same screen whether the cache is warm or cold.
    @Test func cachedAndFreshExplorersDrawTheSameScreens() {
        let warm = Explorer(corpus: CorpusFixture.corpus(), search: Fixture.fakeSearch(CorpusFixture.corpus()))
        var state = warm.initialState(size: Size(width: 100, height: 24))
        for action in [Action.focusReader, .moveDown, .moveDown, .moveDown, .moveDown, .open, .moveDown, .resize(Size(width: 60, height: 20)),
                       .back, .showPane(.timeline), .moveDown, .resize(Size(width: 130, height: 30)), .focusReader, .open] {
            state = warm.update(state, action)
            let cold = Explorer(corpus: CorpusFixture.corpus(), search: Fixture.fakeSearch(CorpusFixture.corpus()))
            #expect(warm.render(state, size: state.size) == cold.render(state, size: state.size), "\(action)")
        }
    }

    /// A query with a hundred thousand hits: the list draws only its visible rows.
    @Test func manySearchHitsRenderOnlyTheVisibleWindow() {
        let corpus = Fixture.corpus()
        func hits(_ count: Int) -> SearchFunction {
            let all = (0..<count).map { index in
                SearchHit(document: 0, paragraph: index % 6, target: .paragraph, score: 1, spans: [TextSpan(start: 0, end: 4)])
            }
            return { _ in all }
        }
        let clock = ContinuousClock()
        var timings: [String] = []
        for count in [100, 100_000] {
            var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: Size(width: 120, height: 40), search: hits(count))
            app.press(.character("/"))
            app.type("x")
            var screen = app.screen
            let frames = 20
            let render = clock.measure {
                for _ in 0..<frames {
                    app.press(.control("n"))
                    screen = app.screen
                }
            }
            timings.append("\(count) hits: \(Self.milliseconds(render / frames)) per key and frame")
            #expect(screen.text.contains("Search: \(count) results"))
            #expect(screen.lines[2].contains("¶"))
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == 120 })
            #expect(app.state.search?.selected == frames)
            app.press(.pageDown)
            #expect(app.state.search?.selected ?? 0 > frames)
        }
        print("Search results list: " + timings.joined(separator: "; "))
    }
}

@Suite struct SearchTotalTests {
    /// The engine lists the best 200; the list says how many there are in all.
    @Test func moreHitsThanListedSayHowManyInAll() {
        var corpus = Fixture.corpus()
        let text = "Het bestand werd opnieuw besproken."
        corpus.documents[0].paragraphs = (0..<250).map { index in
            Paragraph(index: index, line: index + 1, kind: .body, section: 0, text: text, sentences: Fixture.sentences(text))
        }
        corpus.documents[0].sections = [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<250)]
        var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: Size(width: 120, height: 30))
        app.press(.character("/"))
        app.type("bestand")
        let screen = app.screen
        #expect(app.state.search?.results.count == 200)
        #expect(app.state.search?.total == 250)
        #expect(screen.text.contains("Search: 200 of 250 results"))
        #expect(screen.lines.last?.hasSuffix(" 200 of 250 results · Enter open ") == true)
    }
}
