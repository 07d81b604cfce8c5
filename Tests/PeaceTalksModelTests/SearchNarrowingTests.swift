import Testing
@testable import PeaceTalksModel

/// Typing narrows to the previous query's paragraphs and remembers one-letter queries: the
/// results must be exactly what a fresh engine gives for the same text.
@Suite struct SearchNarrowingTests {
    static func typed(_ text: String) -> [String] {
        (1...text.count).map { String(text.prefix($0)) }
    }

    @Test func typingGivesTheSameResultsAsAFreshEngine() {
        let corpus = CorpusSketch.seedLike
        let typing = SearchEngine(corpus: corpus)
        let queries = Self.typed("rusland eis") + Self.typed("Oekraïne") + Self.typed("\"die eis i")
            + ["r", "ru", "rus", "ru", "r", "e", "ee", "eis @sjev", "eis", "Eis", "eis", "veilig", "v", "o", "o"]
        for query in queries {
            let fresh = SearchEngine(corpus: corpus).results(for: query)
            #expect(typing.results(for: query) == fresh, "query ‘\(query)’")
        }
    }

    @Test func aGrowingWordKeepsWhatTheShorterOneFound() {
        let typing = SearchEngine(corpus: CorpusSketch.seedLike)
        #expect(typing.results(for: "o").totalCount > 0)
        #expect(typing.results(for: "oe").totalCount > 0)
        let fresh = SearchEngine(corpus: CorpusSketch.seedLike)
        #expect(typing.results(for: "oekraïne leger") == fresh.results(for: "oekraïne leger"))
        // The quote, and its paragraph for the “Oekraïne” outside it; the pull quote repeating it is dropped.
        #expect(typing.results(for: "oekraïne leger").totalCount == 2)
    }

    @Test func wordsThatDoNotExtendTheLastQueryScanEverything() {
        let typing = SearchEngine(corpus: CorpusSketch.seedLike)
        _ = typing.results(for: "donetsk")
        let fresh = SearchEngine(corpus: CorpusSketch.seedLike)
        #expect(typing.results(for: "rusland") == fresh.results(for: "rusland"))
        #expect(typing.results(for: "rusland").totalCount >= 3)
    }
}
