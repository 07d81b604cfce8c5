import PeaceTalksModel

/// Suggested positions in the issue reader and in compare: each one an entry marked
/// `◇ suggested`, apart from the positions above it, where a confirmed one shows as
/// `✓ confirmed`. Rejected suggestions are hidden; a dim line counts them.
extension ReaderBuilder {
    static let suggestedBadge = "◇ suggested"
    static let confirmedBadge = "✓ confirmed"
    /// How many open suggestions an issue's reader lists before its passages: in a corpus of
    /// hundreds of articles they would push the passages out of sight; compare lists them all.
    static let suggestionsInIssueReader = 5

    /// The issue's suggestions, of one side or of all; those without a verdict first in the
    /// data's order (document, paragraph, sentence).
    func suggestions(issue issueID: String?, side: String? = nil) -> [SuggestedPosition] {
        guard let issueID else { return [] }
        let all = data.suggestions.suggestions(issue: issueID)
        guard let side else { return all }
        return all.filter { $0.side == side }
    }

    /// A `Suggested` section: the undecided suggestions as entries, and how many were rejected.
    func appendSuggestions(_ all: [SuggestedPosition], to content: inout ReaderParts, indent: Int, showSide: Bool, limit: Int? = nil) {
        let every = all.filter { $0.verdict == nil && data.hasParagraph(document: $0.evidence.document, paragraph: $0.evidence.paragraph) }
        let open = limit.map { Array(every.prefix($0)) } ?? every
        let rejected = all.filter { $0.verdict == .rejected }.count
        guard !open.isEmpty || rejected > 0 else { return }
        content.append(ReaderBlock("Suggested (\(every.count)), not yet confirmed", style: theme.heading, indent: indent))
        if rejected > 0 {
            content.append(ReaderBlock("\(rejected) rejected, hidden", style: theme.dim, indent: indent + 2))
        }
        if every.count > open.count {
            content.append(ReaderBlock("the first \(open.count); compare (c) lists every one by side", style: theme.dim, indent: indent + 2))
        }
        let builder = detached
        content.appendSuggestionEntries(open)
        content.appendRun(open.map { ArticleTarget(document: $0.evidence.document, paragraph: $0.evidence.paragraph, spans: [$0.verbSpan], context: $0.evidence.span) }) { item, entry in
            builder.suggestionBlocks(open[item], indent: indent + 2, showSide: showSide, entry: entry)
        }
    }

    /// `◇ suggested · Russia demands (eist) · 0.81`, then the sentence with its stance word marked.
    func suggestionBlocks(_ suggestion: SuggestedPosition, indent: Int, showSide: Bool, entry: Int) -> [ReaderBlock] {
        guard let paragraph = data.paragraph(document: suggestion.evidence.document, paragraph: suggestion.evidence.paragraph) else { return [] }
        let who = showSide ? data.sideName(suggestion.side) + " " : ""
        let verb = suggestion.verb.lowercased() == suggestion.stance.rawValue ? "" : " (" + suggestion.verb + ")"
        let head = Self.suggestedBadge + " · " + who + suggestion.stance.rawValue + verb + " · "
            + String(format: "%.2f", suggestion.confidence)
        let badge = TextSpan(start: 0, end: Self.suggestedBadge.unicodeScalars.count)
        let headBlock = ReaderBlock(head, style: theme.text, highlights: Highlights().adding([badge], style: theme.suggested), indent: indent, entry: entry)
        let span = suggestion.evidence.span ?? TextSpan(start: 0, end: paragraph.text.unicodeScalars.count)
        let cut = snippet(paragraph.text, around: span, before: 0, after: 0)
        let prefix = documentPrefix(suggestion.evidence.document) + "¶\(paragraph.index + 1) " + (cut.clippedStart ? "…" : "")
        let shift = prefix.unicodeScalars.count - cut.offset
        let highlights = Highlights()
            .adding([TextSpan(start: 0, end: prefix.unicodeScalars.count)], style: theme.dim)
            .adding([TextSpan(start: suggestion.verbSpan.start + shift, end: suggestion.verbSpan.end + shift)], style: theme.match)
        let sentence = ReaderBlock(prefix + cut.text + (cut.clippedEnd ? "…" : ""), style: theme.text, highlights: highlights, indent: indent + 2, entry: entry)
        return [headBlock, sentence]
    }

    /// The confirmed suggestion a position's anchor comes from, if any.
    func confirmedSuggestion(at anchor: PassageRef, among confirmed: [SuggestedPosition]) -> SuggestedPosition? {
        confirmed.first { suggestion in
            suggestion.evidence.document == anchor.document && suggestion.evidence.paragraph == anchor.paragraph
                && (suggestion.evidence.span.flatMap { s in anchor.span.map { s.overlaps($0) } } ?? true)
        }
    }
}
