/// A negotiation issue as the codebook defines it.
public struct Issue: Hashable, Sendable, Identifiable {
    public var id: String
    /// English title.
    public var title: String
    /// Label in the article's language, e.g. `Grondgebied`.
    public var label: String
    public var description: String
    /// Words and stems that tie a passage to the issue; `*` at the end matches any ending.
    public var keywords: [String]
    /// Section headings whose paragraphs all belong to the issue.
    public var sections: [String]
    /// Words that count only beside a keyword of the issue in the same sentence (or in one of
    /// its sections): `verkiezingen` alone is not about legitimacy.
    public var weakKeywords: [String]
    /// Phrases inside which a keyword does not count: `in ruil daarvoor` is no territorial swap.
    public var excludedPhrases: [String]

    public init(
        id: String, title: String, label: String, description: String, keywords: [String],
        sections: [String], weakKeywords: [String] = [], excludedPhrases: [String] = []
    ) {
        self.id = id
        self.title = title
        self.label = label
        self.description = description
        self.keywords = keywords
        self.sections = sections
        self.weakKeywords = weakKeywords
        self.excludedPhrases = excludedPhrases
    }
}

/// Why a passage is linked to an issue.
public enum LinkReason: Hashable, Sendable {
    /// The paragraph stands in a section whose heading the codebook ties to the issue.
    case section(String)
    /// The paragraph contains one of the issue's keywords (the word as written).
    case keyword(String)
    /// The analyst tagged the passage to the issue for this side (actor id).
    case tagged(side: String)

    /// A short English phrase for lists and exports.
    public var summary: String {
        switch self {
        case .section(let heading): return "in section “\(heading)”"
        case .keyword(let word): return "mentions “\(word)”"
        case .tagged(let side): return "tagged for \(side)"
        }
    }
}

/// A passage that supports an issue, with the reasons and the words to highlight.
public struct IssueLink: Hashable, Sendable {
    public var issue: String
    public var document: Int
    public var paragraph: Int
    public var reasons: [LinkReason]
    /// Keyword matches inside the paragraph.
    public var spans: [TextSpan]

    public init(issue: String, document: Int, paragraph: Int, reasons: [LinkReason], spans: [TextSpan]) {
        self.issue = issue
        self.document = document
        self.paragraph = paragraph
        self.reasons = reasons
        self.spans = spans
    }
}

/// A side's position on an issue, summarised in English and anchored to its document's text.
public struct Position: Hashable, Sendable {
    public var issue: String
    /// Actor id of the side.
    public var actor: String
    public var summary: String
    /// The quoted fragments (each selector's exact text) as the annotation file gives them.
    public var fragments: [String]
    /// Where the fragments were found; a fragment not found leaves a warning instead.
    public var anchors: [PassageRef]
    /// The fragments that no longer match the document: kept, so the position is never lost.
    public var unanchored: [String]

    public init(
        issue: String, actor: String, summary: String, fragments: [String], anchors: [PassageRef],
        unanchored: [String] = []
    ) {
        self.issue = issue
        self.actor = actor
        self.summary = summary
        self.fragments = fragments
        self.anchors = anchors
        self.unanchored = unanchored
    }
}
