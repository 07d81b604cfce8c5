import Testing
@testable import PeaceTalksModel

/// Ranking keeps only candidates that beat the worst of the best found so far: the best few
/// must still be exactly the first few of the whole ranking, in order, with the same total.
@Suite(.serialized) struct SearchRankingCutoffTests {
    @Test func theBestFewAreTheStartOfTheWholeRanking() throws {
        let corpus = SearchIndexEquivalenceTests.corpus
        try #require(corpus.documents.count >= 40)
        let engine = SearchEngine(corpus: corpus, wordIndex: nil)
        var cut = 0
        for query in SearchIndexEquivalenceTests.queries {
            // Far above the total: every candidate is kept and sorted once, the cut never applies.
            let whole = engine.results(for: query, limit: 1_000_000)
            for limit in [1, 7, 20, 50] {
                let few = engine.results(for: query, limit: limit)
                #expect(few.totalCount == whole.totalCount, "query \(query), limit \(limit)")
                #expect(few.hits == Array(whole.hits.prefix(limit)), "query \(query), limit \(limit)")
                if whole.totalCount > max(4 * limit, 64) { cut += 1 }
            }
        }
        // Enough of these searches had more candidates than the cut starts at.
        #expect(cut >= 20)
    }
}
