/// One search hit: a quote or a passage, with the spans to highlight.
public struct SearchHit: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        /// Index in `Document.quotes`.
        case quote(Int)
        case paragraph
    }

    public var document: Int
    public var paragraph: Int
    public var target: Target
    public var score: Double
    /// Matches, in the paragraph's text (Unicode scalar offsets), sorted.
    public var spans: [TextSpan]

    public init(document: Int, paragraph: Int, target: Target, score: Double, spans: [TextSpan]) {
        self.document = document
        self.paragraph = paragraph
        self.target = target
        self.score = score
        self.spans = spans
    }
}

/// The best hits of a search, and how many hits there are in all.
public struct SearchResult: Hashable, Sendable {
    /// At most `limit` hits, best first.
    public var hits: [SearchHit]
    /// Every hit the query has, beyond the limit too; at least that many when not `totalIsExact`.
    public var totalCount: Int
    /// False when the search stopped once the best hits were known, before counting the rest.
    public var totalIsExact: Bool

    public init(hits: [SearchHit], totalCount: Int, totalIsExact: Bool = true) {
        self.hits = hits
        self.totalCount = totalCount
        self.totalIsExact = totalIsExact
    }
}

/// The one search engine that the command line and the explorer share.
///
/// Built once per corpus: `init` folds every paragraph into one byte buffer (or maps the one
/// stored with the analysis), so each search is a `memchr` scan over it. The syntax is in `SearchQuery`; the matching and
/// ranking rules in docs/model.md, “Search”.
public struct SearchEngine: Sendable {
    public let corpus: Corpus
    let index: SearchIndex
    /// Narrows each search to the paragraphs holding its words; nil scans them all.
    let wordIndex: WordIndex?

    /// Uses the word index stored with the corpus's analysis, when it has one.
    public init(corpus: Corpus) {
        self.init(corpus: corpus, wordIndex: corpus.storedWordIndex)
    }

    /// With `wordIndex` (ignored unless it was made from this corpus's paragraphs), or without.
    public init(corpus: Corpus, wordIndex: WordIndex?) {
        self.corpus = corpus
        // The folded text stored beside the analysis, when there is one: folding every
        // paragraph again was a third of a warm one-shot search.
        let index = wordIndex?.storedSearchIndex(for: corpus) ?? SearchIndex(corpus: corpus)
        self.index = index
        self.wordIndex = wordIndex.flatMap { $0.unitCount == index.units.count ? $0 : nil }
    }

    /// Builds now what typing a query letter by letter needs (per-paragraph letter counts),
    /// so the first keystroke does not pay for it. A one-shot search never needs it.
    public func prepareForTyping() {
        _ = index.letters
        _ = index.layout
    }

    public func search(_ query: String, limit: Int = 200) -> [SearchHit] {
        results(for: SearchQuery(parsing: query), limit: limit).hits
    }

    public func search(_ query: SearchQuery, limit: Int = 200) -> [SearchHit] {
        results(for: query, limit: limit).hits
    }

    public func results(for query: String, limit: Int = 200) -> SearchResult {
        results(for: SearchQuery(parsing: query), limit: limit)
    }

    public func results(for query: SearchQuery, limit: Int = 200) -> SearchResult {
        SearchRun(engine: self, query: query).run(limit: max(0, limit)) ?? SearchResult(hits: [], totalCount: 0)
    }

    /// The same search, given up as soon as `cancellation` is set: nil then. Unless
    /// `countingEveryHit`, it stops once the best `limit` hits are known (the same hits, in the
    /// same order), and the total may then be a lower bound (`totalIsExact`): typing needs the
    /// best hits now, and the exact total can follow.
    public func results(
        for query: String, limit: Int = 200, cancellation: SearchCancellation, countingEveryHit: Bool = true
    ) -> SearchResult? {
        guard !cancellation.isCancelled else { return nil }
        return SearchRun(engine: self, query: SearchQuery(parsing: query), cancellation: cancellation, countsEveryHit: countingEveryHit)
            .run(limit: max(0, limit))
    }

    /// Ids of the actors `@name` stands for: a name or alias, or any word of one, that starts
    /// with it, compared without case and accents.
    public func speakers(matching name: String) -> Set<String> {
        Self.actorIDs(matching: name, among: corpus.actors)
    }

    /// Ids of the actors whose id, name or an alias begins with `name` (or has a word that
    /// does), ignoring case and accents: what `@name` and `--speaker NAME` mean.
    public static func actorIDs(matching name: String, among actors: [Actor]) -> Set<String> {
        var folder = TextFolder()
        let wanted = folder.fold(name)
        guard !wanted.isEmpty else { return [] }
        var ids = Set<String>()
        for actor in actors {
            for candidate in [actor.id, actor.name] + actor.aliases {
                let folded = folder.fold(candidate.replacingOccurrences(of: "*", with: ""))
                let words = folded.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).map(Array.init)
                if folded.starts(with: wanted) || words.contains(where: { $0.starts(with: wanted) }) {
                    ids.insert(actor.id)
                    break
                }
            }
        }
        return ids
    }

    /// Ids of the issues `#name` stands for: the id itself, or an id, label or title it begins.
    public func issues(matching name: String) -> Set<String> {
        var folder = TextFolder()
        let wanted = folder.fold(name)
        guard !wanted.isEmpty else { return [] }
        if let exact = corpus.issues.first(where: { folder.fold($0.id) == wanted }) { return [exact.id] }
        return Set(corpus.issues.filter { issue in
            [issue.id, issue.label, issue.title].contains { folder.fold($0).starts(with: wanted) }
        }.map(\.id))
    }
}
