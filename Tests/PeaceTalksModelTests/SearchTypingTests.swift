import Testing
@testable import PeaceTalksModel

/// What typing leaves behind (narrowing, the memo) is only a shortcut: every query must give
/// exactly what a fresh engine gives, whatever was typed before it.
@Suite struct SearchTypingTests {
    static func typed(_ text: String) -> [String] {
        (1...text.count).map { String(text.prefix($0)) }
    }

    static func expectSameAsFresh(_ queries: [String], corpus: Corpus = CorpusSketch.seedLike) {
        let typing = SearchEngine(corpus: corpus)
        for query in queries {
            let fresh = SearchEngine(corpus: corpus).results(for: query)
            #expect(typing.results(for: query) == fresh, "query ‘\(query)’")
        }
    }

    @Test func aLongWordTypedLetterByLetter() {
        Self.expectSameAsFresh(Self.typed("onderhandelingen") + Self.typed("vredesonderhandelingen"))
    }

    @Test func aWordGrownAtItsStart() {
        Self.expectSameAsFresh(["raine", "kraine", "oekraine", "aine", "oekraïne", "Oekraïne"])
    }

    @Test func oneLetterWordsBesideALongerWord() {
        Self.expectSameAsFresh(Self.typed("oekraine r") + ["oekraine rus", "oekraine \"r\"", "oekraine R", "r oekraine", "oekraine z q"])
    }

    @Test func strictAndPhraseWordsAfterPlainOnes() {
        Self.expectSameAsFresh(Self.typed("rusland") + ["Rusland", "rusland \"de\"", "\"rusland wil\"", "rusland @sjevel", "rusland #territory"])
    }

    @Test func theSeedArticleAnswersAlikeAfterTyping() throws {
        let engine = SearchEngine(corpus: CorpusSketch.seedLike)
        for query in Self.typed("oekraine r") { _ = engine.results(for: query) }
        let result = engine.results(for: "oekraine r")
        #expect(result.totalCount > 0)
        #expect(result.hits.allSatisfy { !$0.spans.isEmpty })
    }
}
