/// Where something stands in a file the user wrote, for messages.
public struct FilePlace: Hashable, Sendable {
    public var line: Int?
    public var column: Int?

    public init(line: Int? = nil, column: Int? = nil) {
        self.line = line
        self.column = column
    }
}

/// A passage of one document, named by its text as a W3C Web Annotation TextQuoteSelector:
/// the exact text, and optionally a little of the text just before and after it, which tells
/// apart repeats of the same words.
public struct TextQuoteSelector: Hashable, Sendable {
    public var exact: String
    /// Text immediately before `exact`; empty when not needed.
    public var prefix: String
    /// Text immediately after `exact`; empty when not needed.
    public var suffix: String
    /// Where the selector stands in the annotation file, for the warning when it no longer matches.
    public var place: FilePlace

    public init(exact: String, prefix: String = "", suffix: String = "", place: FilePlace = FilePlace()) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.place = place
    }
}

/// A side's position on an issue in one document, as its annotation file states it.
public struct PositionAnnotation: Hashable, Sendable {
    public var issue: String
    public var actor: String
    public var summary: String
    /// The passages of the document that support the summary.
    public var anchors: [TextQuoteSelector]

    public init(issue: String, actor: String, summary: String, anchors: [TextQuoteSelector]) {
        self.issue = issue
        self.actor = actor
        self.summary = summary
        self.anchors = anchors
    }
}

/// What the analyst recorded about one document, read from its `ARTICLE.annotations.yaml`.
public struct DocumentAnnotations: Hashable, Sendable {
    /// The annotation file, for messages.
    public var path: String
    public var positions: [PositionAnnotation]
    /// Passages the analyst coded to an issue and a side.
    public var tags: [TagAnnotation] = []
    /// Suggested positions the analyst confirmed or rejected.
    public var decisions: [SuggestionDecision] = []
    /// Quotes whose speaker the analyst corrected.
    public var speakers: [SpeakerCorrection] = []
    public var memos: [MemoAnnotation] = []
    /// The comment lines at the top of the file, kept when the file is written again.
    public var headerComment: [String] = []

    public init(
        path: String, positions: [PositionAnnotation], tags: [TagAnnotation] = [], decisions: [SuggestionDecision] = [],
        speakers: [SpeakerCorrection] = [], memos: [MemoAnnotation] = []
    ) {
        self.path = path
        self.positions = positions
        self.tags = tags
        self.decisions = decisions
        self.speakers = speakers
        self.memos = memos
    }

    /// True when the analyst recorded nothing.
    public var isEmpty: Bool {
        positions.isEmpty && tags.isEmpty && decisions.isEmpty && speakers.isEmpty && memos.isEmpty
    }
}
