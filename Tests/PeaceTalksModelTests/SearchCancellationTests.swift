import Testing
@testable import PeaceTalksModel

/// A search given up half-way answers nil and leaves nothing behind for the next keystroke;
/// a paragraph with thousands of quotes ranks each of them on its own matches.
@Suite struct SearchCancellationTests {
    @Test func aCancelledSearchAnswersNil() {
        let engine = SearchEngine(corpus: CorpusSketch.seedLike)
        let cancellation = SearchCancellation()
        cancellation.cancel()
        #expect(engine.results(for: "rusland", cancellation: cancellation) == nil)
        #expect(engine.results(for: "rusland", cancellation: SearchCancellation()) == engine.results(for: "rusland"))
    }

    @Test func aCancelledSearchLeavesTheNextOneUnchanged() throws {
        let fresh = SearchEngine(corpus: CorpusSketch.seedLike)
        let typed = SearchEngine(corpus: CorpusSketch.seedLike)
        for prefix in ["r", "ru", "rus"] { _ = typed.results(for: prefix) }
        let cancelled = SearchCancellation()
        cancelled.cancel()
        _ = typed.results(for: "rusl", cancellation: cancelled)
        for query in ["rusl", "rusla", "ruslan", "rusland", "rusland o"] {
            #expect(typed.results(for: query) == fresh.results(for: query), "\(query)")
        }
    }

    /// One paragraph, many quotes: every quote holding the word is a hit highlighting it inside
    /// that quote only, and the passage highlights only what no quote hit shows.
    @Test func manyQuotesInOneParagraphEachRankOnTheirOwnMatches() throws {
        let count = 400
        var text = "Vrede buiten. "
        var quotes: [CorpusSketch.QuoteSketch] = []
        var words: [String] = []
        for number in 0..<count {
            let said = number.isMultiple(of: 2) ? "‘vrede nu \(number) ja’" : "‘oorlog dan \(number) nee’"
            words.append(said)
            text += "Iemand zei \(said). "
        }
        text += "En vrede aan het eind."
        for said in words { quotes.append(CorpusSketch.QuoteSketch(paragraph: 0, words: said)) }
        let document = CorpusSketch.document(id: 0, [(text, .body, nil)], quotes: quotes)
        let engine = SearchEngine(corpus: CorpusSketch.corpus([document]))
        let result = engine.results(for: "vrede", limit: 1_000)
        let quoteHits = result.hits.filter { if case .quote = $0.target { return true } else { return false } }
        #expect(quoteHits.count == count / 2)
        for hit in quoteHits {
            guard case .quote(let index) = hit.target else { continue }
            let span = document.quotes[index].span
            #expect(hit.spans.count == 1)
            #expect(hit.spans.allSatisfy { span.start <= $0.start && $0.end <= span.end })
        }
        let passage = try #require(result.hits.first { $0.target == .paragraph })
        let scalars = Array(text.unicodeScalars)
        let shown = passage.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(shown == ["Vrede", "vrede"])
        #expect(passage.spans.first?.start == 0)
    }
}
