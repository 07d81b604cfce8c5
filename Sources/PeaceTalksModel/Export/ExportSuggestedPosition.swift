/// A suggested position in the export: a side's stance on an issue read in one sentence.
public struct ExportSuggestedPosition: Codable, Hashable, Sendable {
    public var issue: String
    /// Actor id of the side, and its canonical name.
    public var side: String
    public var sideName: String
    /// The actor the sentence names as taking the stance.
    public var actorId: String
    public var stance: String
    /// The stance word as written.
    public var verb: String
    public var document: Int
    public var paragraph: Int
    public var line: Int
    /// The sentence in its paragraph's text (Unicode scalar offsets), and its text.
    public var span: TextSpan
    public var text: String
    public var verbSpan: TextSpan
    public var confidence: Double
    /// `suggested`, `confirmed` or `rejected`.
    public var status: String
}

extension JSONExport {
    public static func suggestedPositions(_ corpus: Corpus) -> [ExportSuggestedPosition] {
        PositionSuggester.suggest(corpus).compactMap { suggestion in
            guard let paragraph = corpus.paragraph(suggestion.evidence), let span = suggestion.evidence.span else { return nil }
            return ExportSuggestedPosition(
                issue: suggestion.issue, side: suggestion.side, sideName: corpus.actor(suggestion.side)?.name ?? suggestion.side,
                actorId: suggestion.actor, stance: suggestion.stance.rawValue, verb: suggestion.verb,
                document: suggestion.evidence.document, paragraph: paragraph.index, line: paragraph.line, span: span,
                text: paragraph.text.scalarSlice(span), verbSpan: suggestion.verbSpan, confidence: suggestion.confidence,
                status: suggestion.verdict?.rawValue ?? "suggested")
        }
    }
}
