/// One analysed article.
public struct Document: Hashable, Sendable {
    /// Position in the corpus.
    public var id: Int
    public var path: String
    public var metadata: ArticleMetadata
    public var language: Language
    /// The year day-month dates are anchored to, and how it was chosen.
    public var anchor: DateAnchor
    public var paragraphs: [Paragraph]
    public var sections: [Section]
    public var quotes: [Quote]
    public var events: [Event]
    public var mentions: [Mention]
    public var issueLinks: [IssueLink]
    /// Actor id → the role as this document writes it (`Defensieminister`, `Kremlin spokesman`),
    /// beside the codebook's role.
    public var rolesInText: [String: String]

    public init(
        id: Int, path: String, metadata: ArticleMetadata, language: Language, anchor: DateAnchor,
        paragraphs: [Paragraph], sections: [Section], quotes: [Quote], events: [Event],
        mentions: [Mention], issueLinks: [IssueLink], rolesInText: [String: String] = [:]
    ) {
        self.id = id
        self.path = path
        self.metadata = metadata
        self.language = language
        self.anchor = anchor
        self.paragraphs = paragraphs
        self.sections = sections
        self.quotes = quotes
        self.events = events
        self.mentions = mentions
        self.issueLinks = issueLinks
        self.rolesInText = rolesInText
    }

    /// File name without folders, for titles and lists.
    public var name: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The title from metadata, else the file name.
    public var displayTitle: String { metadata.title ?? name }
}

/// The year that a day-month date such as `18 augustus` belongs to.
public struct DateAnchor: Hashable, Sendable {
    public enum Source: String, Sendable, Codable {
        /// The metadata's publication date.
        case metadata
        /// A dateline in the article's first lines (`Kyiv, Dec. 1 (Reuters)`, `1 december 2025`).
        case dateline
        /// Neither was there: the file's modification year. Day-month dates then take a year only
        /// from their own sentence or paragraph.
        case fileDate
    }

    public var year: Int
    /// The publication date, from metadata or a dateline; dates without a year are placed nearest it.
    public var published: PartialDate?
    public var source: Source

    public init(year: Int, published: PartialDate? = nil, source: Source) {
        self.year = year
        self.published = published
        self.source = source
    }
}
