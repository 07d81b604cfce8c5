import PeaceTalksModel

/// The search query parser, and a search with the parsed query over a small corpus.
///
/// A query is what a user types or pastes: any text at all. Parsing must not crash, and
/// writing a parsed query back in its own syntax and parsing that must give the same query,
/// or the prompt would show one search and run another.
enum FuzzQueryTarget {
    static let engine: SearchEngine = {
        let corpus = CorpusBuilder.build(
            articles: [Article(path: "fuzz.txt", text: FuzzCodebook.sample + "\n\n" + FuzzCodebook.sample)],
            codebook: FuzzCodebook.shared)
        return SearchEngine(corpus: corpus)
    }()

    static func run(_ text: String) {
        let query = SearchQuery(parsing: text)
        let again = SearchQuery(parsing: query.text)
        if again != query {
            fatalError("query does not survive its own syntax: \(query) -> \(query.text.debugDescription) -> \(again)")
        }
        // Long pastes are cut in the explorer; the engine still has to answer them.
        _ = engine.search(query, limit: 20)
    }
}
