import Testing
@testable import PeaceTalksModel

/// Position lists kept between keystrokes and letter summaries are only shortcuts: every
/// query must give exactly what a fresh engine gives, whatever was typed before it.
@Suite struct SearchPositionsTests {
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

    @Test func aWordGrownPastTheKeptBytesStillMatches() {
        // Longer than the 8 bytes kept after each start: the list is read again from the text.
        Self.expectSameAsFresh(Self.typed("onderhandelingen") + Self.typed("vredesonderhandelingen"))
    }

    @Test func aWordGrownAtItsStartIsComparedInTheText() {
        Self.expectSameAsFresh(["raine", "kraine", "oekraine", "aine", "oekraïne", "Oekraïne"])
    }

    @Test func oneLetterWordsBesideAListedWord() {
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

    @Test func letterSummaryCountsTheFirstEightAndTheirBestStrength() {
        let buffer = Array("a ab ba aaaaaaaaaa".utf8) + [0]
        let unit = SearchIndex.Unit(
            document: 0, paragraph: 0, start: 0, end: buffer.count - 1, checkpointStart: 0, checkpointEnd: 0,
            quoteStart: 0, quoteEnd: 0, repeatsUnit: -1, scalarCount: Int32(buffer.count - 1))
        let summary = LetterSummary(buffer: FoldedBytes(copying: buffer), units: [unit])
        // The first `a` is a whole word: strength 3; 13 a's in all, counted up to 8.
        #expect(summary.summary(unit: 0, byte: UInt8(ascii: "a"))?.count == 8)
        #expect(summary.summary(unit: 0, byte: UInt8(ascii: "a"))?.strength == 3)
        #expect(summary.summary(unit: 0, byte: UInt8(ascii: "b"))?.count == 2)
        #expect(summary.summary(unit: 0, byte: UInt8(ascii: "b"))?.strength == 2)
        #expect(summary.summary(unit: 0, byte: UInt8(ascii: "z"))?.count == 0)
        #expect(summary.summary(unit: 0, byte: UInt8(ascii: "1")) == nil)
    }
}
