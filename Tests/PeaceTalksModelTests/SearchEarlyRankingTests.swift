import Foundation
import Testing
@testable import PeaceTalksModel

/// Typing asks for the best hits without counting them all: the hits must be exactly those of
/// a search that counts every hit (same order, scores and spans), and a total given as a lower
/// bound must not exceed the real one. The fast scorer for plain words must agree with the
/// general pass it stands in for.
@Suite(.serialized) struct SearchEarlyRankingTests {
    static let plainQueries = SearchIndexEquivalenceTests.queries.filter { !$0.contains("@") && !$0.contains("#") }

    static func early(_ engine: SearchEngine, _ query: String, limit: Int) -> SearchResult? {
        engine.results(for: query, limit: limit, cancellation: SearchCancellation(), countingEveryHit: false)
    }

    @Test(arguments: [1, 7, 50, 200])
    func stoppingEarlyKeepsTheSameHits(limit: Int) throws {
        let corpus = SearchIndexEquivalenceTests.corpus
        let engine = SearchEngine(corpus: corpus, wordIndex: WordIndex.built(from: corpus))
        let counting = SearchEngine(corpus: engine.corpus, wordIndex: nil)
        var stopped = 0
        for query in Self.plainQueries {
            // Each query typed a letter at a time, as the explorer asks for it, then again.
            let full = counting.results(for: query, limit: limit)
            for prefix in (1..<query.count).map({ String(query.prefix($0)) }) + [query] {
                _ = Self.early(engine, prefix, limit: limit)
            }
            let found = try #require(Self.early(engine, query, limit: limit))
            #expect(found.hits == full.hits, "query \(query), limit \(limit)")
            if found.totalIsExact {
                #expect(found.totalCount == full.totalCount, "query \(query)")
            } else {
                stopped += 1
                #expect(found.totalCount <= full.totalCount, "query \(query)")
                #expect(found.totalCount >= found.hits.count, "query \(query)")
            }
        }
        // Common words must actually have stopped early, or nothing was tested.
        #expect(stopped >= 5)
    }

    /// The paragraph that ranks first has the lower bound: its quote ties with a quote of a
    /// later paragraph whose bound is higher (it has a second match outside its quote), and
    /// equal scores rank in corpus order, so the lower bound must still be scored.
    @Test func aTieWithAnEarlierParagraphOfALowerBoundIsStillFound() throws {
        let first = "Zij zei: “De oorlog moet stoppen.” Daarna ging het over iets anders."
        let second = "Hij zei: “De oorlog duurt nog jaren.” Over die oorlog werd lang gepraat."
        let corpus = CorpusSketch.corpus([
            CorpusSketch.document(id: 0, [(first, .body, nil)], quotes: [.init(paragraph: 0, words: "De oorlog moet stoppen.")]),
            CorpusSketch.document(id: 1, [(second, .body, nil)], quotes: [.init(paragraph: 0, words: "De oorlog duurt nog jaren.")]),
        ])
        let engine = SearchEngine(corpus: corpus, wordIndex: WordIndex.built(from: corpus))
        for prefix in ["o", "oo", "oor", "oorl", "oorlo"] { _ = Self.early(engine, prefix, limit: 1) }
        let found = try #require(Self.early(engine, "oorlog", limit: 1))
        let full = SearchEngine(corpus: corpus, wordIndex: nil).results(for: "oorlog", limit: 1)
        #expect(full.hits.first?.document == 0)
        #expect(full.hits.first?.target == .quote(0))
        #expect(found.hits == full.hits)
    }

    @Test func aCountedSearchAfterAnEarlyOneHasTheExactTotal() throws {
        let engine = SearchEngine(corpus: SearchIndexEquivalenceTests.corpus)
        let early = try #require(Self.early(engine, "de", limit: 20))
        #expect(!early.totalIsExact)
        let counted = engine.results(for: "de", limit: 20)
        #expect(counted.totalIsExact)
        #expect(counted == SearchEngine(corpus: engine.corpus, wordIndex: nil).results(for: "de", limit: 20))
    }

    @Test func thePlainScorerAgreesWithTheGeneralPass() {
        let engine = SearchEngine(corpus: SearchIndexEquivalenceTests.corpus, wordIndex: nil)
        for query in Self.plainQueries {
            let general = SearchRun(engine: engine, query: SearchQuery(parsing: query), usesUnitScorer: false).run(limit: 200)
            let plain = SearchRun(engine: engine, query: SearchQuery(parsing: query)).run(limit: 200)
            #expect(plain == general, "query \(query)")
        }
    }
}
