/// One search hit: a quote or a passage, with the spans to highlight.
public struct SearchHit: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case quote(Int)
        case paragraph
    }

    public var document: Int
    public var paragraph: Int
    public var target: Target
    public var score: Double
    /// Matches, in the paragraph's text.
    public var spans: [TextSpan]

    public init(document: Int, paragraph: Int, target: Target, score: Double, spans: [TextSpan]) {
        self.document = document
        self.paragraph = paragraph
        self.target = target
        self.score = score
        self.spans = spans
    }
}

/// The one search engine that the command line and the explorer share.
public struct SearchEngine: Sendable {
    public let corpus: Corpus

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    // STUB
    public func search(_ query: String, limit: Int = 200) -> [SearchHit] { [] }
}
