import Foundation

/// Facts about an article that its text does not give, from a `.meta.yaml` file beside it.
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    public var language: Language?
    /// Publication date; day-month dates in the text are anchored to its year.
    public var date: PartialDate?
    public var source: String?

    public init(title: String? = nil, language: Language? = nil, date: PartialDate? = nil, source: String? = nil) {
        self.title = title
        self.language = language
        self.date = date
        self.source = source
    }
}

/// An article as read from disk, before analysis.
public struct Article: Hashable, Sendable {
    public var path: String
    public var text: String
    public var metadata: ArticleMetadata
    /// When the file was last changed, read with its text; nil for text that has no file. A
    /// dateline-less article's dates are anchored to its year.
    public var modificationDate: Date?

    public init(
        path: String, text: String, metadata: ArticleMetadata = ArticleMetadata(), modificationDate: Date? = nil
    ) {
        self.path = path
        self.text = text
        self.metadata = metadata
        self.modificationDate = modificationDate
    }
}
