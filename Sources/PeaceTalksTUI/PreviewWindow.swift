import PeaceTalksModel

/// The search preview's cut of a huge paragraph (a whole article on one line): a window of
/// it around the match, so the preview wraps a few thousand characters, not megabytes.
/// Enter still opens the whole article.
enum PreviewWindow {
    /// Paragraphs up to this many UTF-8 bytes are shown whole.
    static let limit = 4_000
    /// Of the window, the scalars kept before the first match.
    static let before = 1_000

    /// The paragraph, its text cut to the window (marked with “…” where cut), and the spans
    /// moved into it; spans outside the window are dropped, those across its edge clipped.
    static func clip(_ paragraph: Paragraph, spans: [TextSpan], context: TextSpan?) -> (Paragraph, [TextSpan], TextSpan?) {
        guard paragraph.text.utf8.count > limit else { return (paragraph, spans, context) }
        let anchor = spans.map(\.start).min() ?? context?.start ?? 0
        let cut = snippet(paragraph.text, around: TextSpan(start: anchor, end: anchor), before: before, after: limit - before)
        let length = cut.text.unicodeScalars.count
        let lead = cut.clippedStart ? 1 : 0
        func moved(_ span: TextSpan) -> TextSpan? {
            let start = max(span.start, cut.offset)
            let end = min(span.end, cut.offset + length)
            guard start < end || (span.start == span.end && start == end) else { return nil }
            return TextSpan(start: start - cut.offset + lead, end: end - cut.offset + lead)
        }
        var window = paragraph
        window.text = (cut.clippedStart ? "…" : "") + cut.text + (cut.clippedEnd ? "…" : "")
        window.sentences = []
        return (window, spans.compactMap(moved), context.flatMap(moved))
    }
}
