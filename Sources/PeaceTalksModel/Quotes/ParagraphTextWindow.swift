/// The paragraphs of a document as `ParagraphText`, names found, made when first asked for.
///
/// A `ParagraphText` takes some twenty times its paragraph's text (scalars and tokens), so a
/// long document keeps only the most recent `recent` of them: attribution looks back a few
/// paragraphs at most. An older one asked for again is made again, so what is kept changes
/// only the cost, never the result. A short document keeps them all.
final class ParagraphTextWindow {
    let paragraphs: [Paragraph]
    private let vocabulary: Set<String>
    private let keepAll: Bool
    private let recent: Int
    private var made: [ParagraphText?]
    /// Positions kept, oldest first (only when not keeping all).
    private var kept: [Int] = []
    /// Every paragraph's index is its position (as the segmenter makes them).
    private let indexIsPosition: Bool

    /// `keepAll` makes and keeps every paragraph's text now; otherwise each is made when
    /// asked for and only the latest `recent` are kept.
    init(paragraphs: [Paragraph], keepAll: Bool, recent: Int = 16) {
        self.paragraphs = paragraphs
        self.keepAll = keepAll
        self.recent = max(1, recent)
        indexIsPosition = paragraphs.indices.allSatisfy { paragraphs[$0].index == $0 }
        var vocabulary = Set<String>()
        if keepAll {
            var texts = paragraphs.map(ParagraphText.init)
            for text in texts {
                for token in text.tokens where token.isWord && !token.isCapitalised { vocabulary.insert(token.lower) }
            }
            for index in texts.indices { texts[index].findNames(vocabulary: vocabulary) }
            made = texts
        } else {
            // Only the words are needed here; the rest is made again when asked for.
            for paragraph in paragraphs {
                for token in SegmentTokenizer.tokens(Array(paragraph.text.unicodeScalars))
                where token.isWord && !token.isCapitalised {
                    vocabulary.insert(token.lower)
                }
            }
            made = Array(repeating: nil, count: paragraphs.count)
        }
        self.vocabulary = vocabulary
    }

    var count: Int { paragraphs.count }
    var indices: Range<Int> { paragraphs.indices }

    subscript(position: Int) -> ParagraphText {
        if let text = made[position] { return text }
        var text = ParagraphText(paragraphs[position])
        text.findNames(vocabulary: vocabulary)
        made[position] = text
        kept.append(position)
        if kept.count > recent {
            made[kept.removeFirst()] = nil
        }
        return text
    }

    /// The position of the paragraph whose index is `index`.
    func position(ofParagraph index: Int) -> Int? {
        if indexIsPosition { return paragraphs.indices.contains(index) ? index : nil }
        return paragraphs.firstIndex { $0.index == index }
    }
}
