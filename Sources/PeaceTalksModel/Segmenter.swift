/// Splits an article into paragraphs, sections and sentences, and marks pull quotes.
public enum Segmenter {
    public struct Structure: Hashable, Sendable {
        public var paragraphs: [Paragraph]
        public var sections: [Section]
    }

    // STUB: to be replaced by the real segmenter.
    public static func segment(_ text: String, language: Language) -> Structure {
        var paragraphs: [Paragraph] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            let count = line.unicodeScalars.count
            paragraphs.append(Paragraph(
                index: paragraphs.count, line: offset + 1, kind: paragraphs.isEmpty ? .lede : .body, section: 0,
                text: String(line), sentences: [Sentence(span: TextSpan(start: 0, end: count))]))
        }
        let sections = [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<paragraphs.count)]
        return Structure(paragraphs: paragraphs, sections: sections)
    }
}
