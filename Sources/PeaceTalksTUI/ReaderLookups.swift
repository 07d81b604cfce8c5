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
/// the scalar offset where the window starts, and whether either end was cut. A cut end falls
/// between words, and the start moves up to the sentence the span is in when that sentence
/// starts inside the window, so a snippet never opens or closes on half a word.
func snippet(_ text: String, around span: TextSpan, before: Int, after: Int) -> (text: String, offset: Int, clippedStart: Bool, clippedEnd: Bool) {
    // Only the window and a word beyond it are copied: a paragraph may run to megabytes.
    let view = text.unicodeScalars
    var base = max(0, span.start - before - 1)
    var first = view.index(view.startIndex, offsetBy: base, limitedBy: view.endIndex) ?? view.endIndex
    if first == view.endIndex {
        // The span lies past the text: the window is the text's end, read whole.
        base = 0
        first = view.startIndex
    }
    let last = view.index(first, offsetBy: max(0, span.end + after + 21 - base), limitedBy: view.endIndex) ?? view.endIndex
    let window = Array(view[first..<last])
    let total = last == view.endIndex ? base + window.count : Int.max
    let (text, offset, clippedStart, clippedEnd) = snippet(window, total: total, base: base, around: span, before: before, after: after)
    return (text, offset, clippedStart, clippedEnd)
}

/// `snippet` over `scalars`, which are the text's scalars from `base` on; `total` is the text's
/// length when `scalars` reach its end, else `Int.max`.
private func snippet(
    _ scalars: [Unicode.Scalar], total: Int, base: Int, around span: TextSpan, before: Int, after: Int
) -> (text: String, offset: Int, clippedStart: Bool, clippedEnd: Bool) {
    let end = base + scalars.count
    let anchor = min(max(0, span.start), end)
    var from = max(0, anchor - before)
    var to = min(end, max(from, span.end + after))
    func at(_ index: Int) -> Unicode.Scalar { scalars[index - base] }
    if from > 0 {
        if let sentence = (from..<anchor).last(where: { index in
            index > base + 1 && isSentenceEnd(at, index - 1, floor: base) && at(index).properties.isWhitespace
        }) {
            from = sentence
        } else if from > base, let space = (from..<anchor).first(where: { at($0).properties.isWhitespace }),
                  isWordScalar(at(from - 1)) && isWordScalar(at(from)) {
            from = space
        }
        while from < anchor, at(from).properties.isWhitespace { from += 1 }
    }
    if to < end, to > max(from, span.end), isWordScalar(at(to - 1)), isWordScalar(at(to)) {
        if let space = (max(span.end, from)..<to).last(where: { at($0).properties.isWhitespace }) {
            to = space
        } else if let space = (to..<min(end, to + 20)).first(where: { !isWordScalar(at($0)) }) {
            to = space  // one long word: finish it
        }
    }
    return (String(scalars: scalars[(from - base)..<(to - base)]), from, from > 0, to < min(end, total))
}

private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-"
}

/// `.`, `?` or `!`, with any closing marks after it, ends the text before `index + 1`.
private func isSentenceEnd(_ scalar: (Int) -> Unicode.Scalar, _ index: Int, floor: Int) -> Bool {
    var at = index
    while at > floor, "’”\"')".unicodeScalars.contains(scalar(at)) { at -= 1 }
    return ".?!".unicodeScalars.contains(scalar(at)) && at > floor && isWordScalar(scalar(at - 1))
}
