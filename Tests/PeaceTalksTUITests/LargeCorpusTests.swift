import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// On a corpus of hundreds of articles, detail lists show every item: their blocks are
/// made and wrapped only when they are counted or drawn.
@Suite struct LargeCorpusTests {
    static func corpus(articles: Int) throws -> Corpus {
        let codebook = try CodebookLoader.parse("""
            version: 1
            sides: [east]
            issues:
              - id: land
                title: Territory
                label: Grondgebied
                description: Land.
                keywords: [grondgebied]
            actors:
              - id: east
                name: Rusland
                kind: state
            """, path: "test.codebook.yaml")
        let texts = (0..<articles).map { number in
            Article(path: "a\(number).txt", text: "Rusland eist grondgebied in artikel \(number).\nEen tweede alinea zonder meer.")
        }
        return CorpusBuilder.build(articles: texts, codebook: codebook)
    }

    @Test func anIssueShowsEveryPassageAndEndReachesTheLast() throws {
        let corpus = try Self.corpus(articles: 340)
        let size = Size(width: 120, height: 30)
        var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: size)
        let top = app.render(size: size).text
        #expect(top.contains("Passages (340)"))
        #expect(top.contains(" Top "))
        app.send(.key(.tab))  // into the reader, then to its bottom
        app.send(.key(.end))
        let bottom = app.render(size: size)
        #expect(bottom.text.contains("Rusland eist grondgebied in artikel 339."))
        #expect(bottom.text.contains(" Bot "))
        // The issue's suggested positions are entries too, above the passages.
        let suggested = PositionSuggester.suggest(corpus).filter { $0.issue == corpus.issues[0].id }.count
        #expect(suggested == 340)
        let entries = 340 + min(suggested, ReaderBuilder.suggestionsInIssueReader)
        let last = bottom.lines.last ?? ""
        #expect(last.hasPrefix(" \(entries)/\(entries) "), "status line: \(last)")
        #expect(!bottom.text.contains("more passages"))
        // Back up one passage, and open it: the article of the one before the last.
        app.send(.key(.up))
        #expect(app.render(size: size).lines.last?.hasPrefix(" \(entries - 1)/\(entries) ") == true)
        app.send(.key(.enter))
        guard case .article(let target) = app.state.browse.reader.mode else {
            Issue.record("Enter did not open the article")
            return
        }
        #expect(target.document == 338)
        #expect(app.render(size: size).text.contains("#339 a338"))
    }

    @Test func anActorShowsEveryMention() throws {
        let corpus = try Self.corpus(articles: 305)
        let explorer = Explorer(corpus: corpus, options: ExplorerOptions(), search: nil)
        let content = ReaderBuilder(data: explorer.data, theme: .standard, cache: nil).actor(0, width: 80)
        let texts = content.allBlocks().map(\.text)
        #expect(content.targets.count == 305)
        #expect(texts.contains("a304 · ¶1 · line 1"))
        #expect(!texts.contains { $0.contains("more paragraphs") })
    }

    /// Showing an issue counts its lines only a few screens deep; End counts them all.
    @Test func showingAnIssueCountsOnlyTheFirstScreens() throws {
        let corpus = try Self.corpus(articles: 2_000)
        var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: Size(width: 120, height: 30))
        _ = app.render(size: app.state.size)
        let layout = Layout(size: app.state.size)
        guard let content = app.explorer.readerView(app.state, layout: layout).main else {
            Issue.record("no reader content")
            return
        }
        #expect(content.unitCount > 2_000)
        #expect(content.geometry.countedUnits < 500)
        app.send(.key(.tab))
        app.send(.key(.end))
        #expect(content.geometry.countedUnits == content.unitCount)
        #expect(app.render(size: app.state.size).text.contains("artikel 1999."))
    }
}
