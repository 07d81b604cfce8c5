import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// On a corpus of hundreds of articles, detail lists stop at a cap and say how many more
/// there are, instead of wrapping every passage on every key.
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

    @Test func issuePassagesStopAtTheCapAndCountTheRest() throws {
        let corpus = try Self.corpus(articles: ReaderBuilder.listCap + 40)
        let size = Size(width: 120, height: 30)
        var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: size)
        let top = app.render(size: size).lines.joined(separator: "\n")
        #expect(top.contains("Passages (\(ReaderBuilder.listCap + 40))"))
        app.send(.key(.tab))  // into the reader, then to its bottom
        app.send(.key(.end))
        let bottom = app.render(size: size).lines.joined(separator: "\n")
        #expect(bottom.contains("… and 40 more passages: search #land and words to narrow them"))
    }

    @Test func actorMentionsStopAtTheCap() throws {
        let corpus = try Self.corpus(articles: ReaderBuilder.listCap + 5)
        let explorer = Explorer(corpus: corpus, options: ExplorerOptions(), search: nil)
        let content = ReaderBuilder(data: explorer.data, theme: .standard, cache: nil).actor(0, width: 80)
        let texts = content.blocks.map(\.text)
        #expect(texts.contains("… and 5 more paragraphs with mentions: search \"Rusland\" to narrow them"))
        #expect(content.targets.count == ReaderBuilder.listCap)
    }
}
