import PeaceTalksModel

/// Look-ups for the reader's runs, which make blocks on every frame and count thousands of
/// items: they read in place instead of copying whole paragraphs and documents.
extension ExplorerData {
    func hasParagraph(document: Int, paragraph: Int) -> Bool {
        let documents = corpus.documents
        return documents.indices.contains(document) && documents[document].paragraphs.indices.contains(paragraph)
    }

    /// The title of the paragraph's section, `Opening` for an untitled one, `—` for none.
    func sectionTitle(document: Int, paragraph: Paragraph) -> String {
        let documents = corpus.documents
        guard documents.indices.contains(document) else { return "—" }
        let sections = documents[document].sections
        guard sections.indices.contains(paragraph.section) else { return "—" }
        return sections[paragraph.section].title ?? "Opening"
    }
}

/// A window of `text` around `span`, at most `before` scalars before it and `after` after,
/// the scalar offset where the window starts, and whether either end was cut.
func snippet(_ text: String, around span: TextSpan, before: Int, after: Int) -> (text: String, offset: Int, clippedStart: Bool, clippedEnd: Bool) {
    let scalars = text.unicodeScalars
    let from = max(0, span.start - before)
    let to = max(from, span.end + after)
    let start = scalars.index(scalars.startIndex, offsetBy: from, limitedBy: scalars.endIndex) ?? scalars.endIndex
    let end = scalars.index(start, offsetBy: to - from, limitedBy: scalars.endIndex) ?? scalars.endIndex
    return (String(scalars[start..<end]), from, from > 0, end < scalars.endIndex)
}
