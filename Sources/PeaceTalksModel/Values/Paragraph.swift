/// What a paragraph is in the article's structure.
public enum ParagraphKind: String, Sendable, Codable, CaseIterable {
    /// The opening paragraph, before the first section heading.
    case lede
    /// A section heading.
    case heading
    /// Running text.
    case body
    /// A short paragraph that repeats a sentence or quote from a nearby paragraph.
    case pullquote
}

/// One sentence of a paragraph.
public struct Sentence: Hashable, Sendable, Codable {
    /// Where the sentence lies in its paragraph's text.
    public var span: TextSpan

    public init(span: TextSpan) {
        self.span = span
    }
}

/// One paragraph of an article: a line of the source, or lines separated by blank lines.
public struct Paragraph: Hashable, Sendable, Codable {
    /// Position in the document, 0-based.
    public var index: Int
    /// 1-based line of the source file where the paragraph starts.
    public var line: Int
    public var kind: ParagraphKind
    /// Index into `Document.sections`.
    public var section: Int
    public var text: String
    public var sentences: [Sentence]
    /// For a pull quote: the index of the paragraph it repeats.
    public var repeatsParagraph: Int?

    public init(
        index: Int, line: Int, kind: ParagraphKind, section: Int, text: String,
        sentences: [Sentence], repeatsParagraph: Int? = nil
    ) {
        self.index = index
        self.line = line
        self.kind = kind
        self.section = section
        self.text = text
        self.sentences = sentences
        self.repeatsParagraph = repeatsParagraph
    }

    /// The sentence that contains scalar offset `offset`, if any.
    /// Binary search: sentences are in text order, and a long paragraph has many.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].span.start <= offset else { return nil }
        return low
    }
}

/// A run of paragraphs under one heading. The lede forms section 0, with no heading.
public struct Section: Hashable, Sendable, Codable {
    public var index: Int
    /// The heading's text; nil for the opening section.
    public var title: String?
    /// Index of the heading paragraph; nil for the opening section.
    public var headingParagraph: Int?
    /// The paragraphs in this section, the heading included.
    public var paragraphs: Range<Int>

    public init(index: Int, title: String?, headingParagraph: Int?, paragraphs: Range<Int>) {
        self.index = index
        self.title = title
        self.headingParagraph = headingParagraph
        self.paragraphs = paragraphs
    }
}
