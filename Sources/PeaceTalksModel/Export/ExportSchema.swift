// The JSON export's shape, documented field by field in docs/export.md.
// Lines are 1-based source lines; offsets are Unicode scalar offsets in a paragraph's text.
// Names are canonical actor names (ids beside them); issues are referred to by id.

/// The whole export: every document, and the quotes, events, actors and issues across them.
public struct ExportReport: Codable, Hashable, Sendable {
    /// Bumped only when a field changes meaning or disappears; new fields do not bump it.
    public var schemaVersion: Int
    @Nullable public var codebook: String?
    public var documents: [ExportDocument]
    public var quotes: [ExportQuote]
    public var events: [ExportEvent]
    public var actors: [ExportActor]
    public var issues: [ExportIssue]
    public var diagnostics: [ExportDiagnostic]
    /// Events that report the same happening, across articles (docs/model.md, "Clusters").
    public var clusters: [ExportCluster]
    /// Positions read in the text for the analyst to confirm or reject (docs/annotations.md).
    public var suggestedPositions: [ExportSuggestedPosition] = []
}

public struct ExportCluster: Codable, Hashable, Sendable {
    /// The key event's id when the reports name one; null otherwise.
    @Nullable public var keyEvent: String?
    /// The key event's name, else the first report's label.
    public var name: String
    public var date: String
    public var precision: String
    /// Indexes into `events`, in timeline order.
    public var events: [Int]
    /// Documents that report it, ascending.
    public var documents: [Int]
}

public struct ExportHistoryEntry: Codable, Hashable, Sendable {
    /// Index into `events`.
    public var event: Int
    public var date: String
    public var dateText: String
    public var label: String
    public var document: Int
    public var line: Int
    /// The side it speaks for: that of the first actor with a side the sentence names; null when none.
    @Nullable public var side: String?
    public var actorIds: [String]
}

public struct ExportDocument: Codable, Hashable, Sendable {
    public var id: Int
    public var path: String
    /// File name without folders.
    public var name: String
    /// Title from metadata; null when the article has none.
    @Nullable public var title: String?
    public var language: String
    /// Publication date from metadata or the article's dateline, ISO at its precision; null when unknown.
    @Nullable public var date: String?
    /// The year day-month dates are anchored to.
    public var anchorYear: Int
    /// Where the publication date and anchor year came from: `metadata`, `dateline` or `fileDate`.
    public var anchorSource: String
    @Nullable public var source: String?
    public var paragraphs: [ExportParagraph]
    public var sections: [ExportSection]
}

public struct ExportParagraph: Codable, Hashable, Sendable {
    public var index: Int
    public var line: Int
    /// `lede`, `heading`, `body` or `pullquote`.
    public var kind: String
    public var section: Int
    public var text: String
    /// For a pull quote: the source line of the paragraph it repeats.
    @Nullable public var repeatsLine: Int?
    /// For a pull quote: the index of the paragraph it repeats.
    @Nullable public var repeatsParagraph: Int?
    public var sentences: [TextSpan]
}

public struct ExportSection: Codable, Hashable, Sendable {
    public var index: Int
    @Nullable public var title: String?
    /// Source line of the heading; null for the opening section.
    @Nullable public var line: Int?
    /// Index of the first paragraph and one past the last.
    public var paragraphs: ExportRange
}

public struct ExportRange: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
}

public struct ExportQuote: Codable, Hashable, Sendable {
    /// Index in `documents`.
    public var document: Int
    public var line: Int
    public var paragraph: Int
    /// Where the quoted words lie in the paragraph's text (marks excluded).
    public var span: TextSpan
    public var text: String
    /// `speech` or `term`.
    public var kind: String
    @Nullable public var speaker: String?
    @Nullable public var speakerId: String?
    @Nullable public var citedBy: String?
    @Nullable public var citedById: String?
    /// How the speaker was found (`speechVerbAfter`, `speakerBeforeColon`, …); null without a speaker.
    @Nullable public var rule: String?
    /// True for a pull quote that repeats another quote; such a quote is never counted twice.
    public var isRepeat: Bool
    /// For a repeat: the source line of the quote it repeats.
    @Nullable public var repeatsLine: Int?
    public var issues: [String]
    /// The speaker's role as this document writes it (`Defensieminister`), beside the codebook's.
    @Nullable public var roleInText: String?
    /// The words that decided the speaker: the cue (`zei hij`), then the introduction of the
    /// person it stands for; empty without a speaker.
    public var evidence: [ExportEvidence]
}

/// A span of words in one paragraph that decided a speaker.
public struct ExportEvidence: Codable, Hashable, Sendable {
    public var line: Int
    public var paragraph: Int
    public var span: TextSpan
    public var text: String
}

public struct ExportEvent: Codable, Hashable, Sendable {
    /// ISO 8601 at the written precision: `2024`, `2024-06`, `2024-05-20`.
    public var date: String
    /// `year`, `month` or `day`.
    public var precision: String
    public var document: Int
    public var line: Int
    public var paragraph: Int
    public var sentence: Int
    /// The date expression as written.
    public var dateText: String
    /// How the expression became this date: `written`, `publicationYear`, `sentenceYear`,
    /// `paragraphYear` or `relative` (docs/model.md).
    public var resolution: String
    /// A short label: the clause that holds the date, without the date words.
    public var label: String
    /// Index into `clusters`.
    public var cluster: Int
    /// The sentence that gives the date.
    public var text: String
    /// Canonical names of the actors named in the sentence.
    public var actors: [String]
    public var actorIds: [String]
    public var issues: [String]
}

public struct ExportActor: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// `person`, `state`, `organisation` or `bloc`.
    public var kind: String
    /// Actor id of the side, if any.
    @Nullable public var side: String?
    @Nullable public var role: String?
    /// The role as the texts write it (the first document that gives one), beside `role`.
    @Nullable public var roleInText: String?
    public var aliases: [String]
    /// True when the codebook lacks the actor and the text introduced it.
    public var discovered: Bool
    /// Source lines where the actor is named, pull quotes left out, ascending and each once.
    public var lines: [Int]
    /// The same places with their document, for corpora of several documents.
    public var passages: [ExportPlace]
    /// Mentions outside pull quotes.
    public var mentionCount: Int
    /// Speech quotes with this speaker, repeats left out.
    public var quoteCount: Int
}

public struct ExportPlace: Codable, Hashable, Sendable {
    public var document: Int
    public var line: Int
    public var paragraph: Int
}

public struct ExportIssue: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var label: String
    public var description: String
    public var keywords: [String]
    /// Source lines of the linked paragraphs, ascending and each once.
    public var lines: [Int]
    public var links: [ExportIssueLink]
    public var positions: [ExportPosition]
    /// The issue's dated passages in time order, with the sides they speak of.
    public var history: [ExportHistoryEntry]
}

public struct ExportIssueLink: Codable, Hashable, Sendable {
    public var document: Int
    public var line: Int
    public var paragraph: Int
    /// Short English phrases: `in section “…”`, `mentions “…”`.
    public var reasons: [String]
    /// Keyword matches in the paragraph's text.
    public var spans: [TextSpan]
}

public struct ExportPosition: Codable, Hashable, Sendable {
    /// Canonical name of the side.
    public var actor: String
    public var actorId: String
    public var summary: String
    /// The fragments the annotation file quotes as support.
    public var fragments: [String]
    /// Source lines where the fragments were found.
    public var lines: [Int]
    public var anchors: [ExportPlace]
    /// The fragments that no longer match the document (each also a warning).
    public var unanchored: [String]
}

public struct ExportDiagnostic: Codable, Hashable, Sendable {
    /// `error` or `warning`.
    public var severity: String
    public var file: String
    @Nullable public var line: Int?
    @Nullable public var column: Int?
    public var message: String
}

/// What `peacetalks summary` reports.
public struct ExportSummary: Codable, Hashable, Sendable {
    public var documents: Int
    /// Paragraphs, pull quotes included.
    public var paragraphs: Int
    public var pullQuotes: Int
    public var sections: Int
    /// Quotes, repeats left out.
    public var quotes: Int
    public var speechQuotes: Int
    public var termQuotes: Int
    public var events: Int
    public var actors: Int
    public var discoveredActors: Int
    public var issues: Int
    public var positions: Int
    public var warnings: [ExportDiagnostic]
}

/// One search result, as `peacetalks search --json` prints it.
public struct ExportSearchHit: Codable, Hashable, Sendable {
    public var document: Int
    public var path: String
    public var line: Int
    public var paragraph: Int
    /// `quote` or `paragraph`.
    public var target: String
    /// Index in the document's quotes, for a quote hit.
    @Nullable public var quote: Int?
    public var score: Double
    /// The paragraph's text; `spans` point into it.
    public var text: String
    public var spans: [TextSpan]
}
