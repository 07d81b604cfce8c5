/// Splits an article into paragraphs, sections and sentences, and marks pull quotes.
///
/// Rules:
/// - Paragraphs: when blank lines separate blocks of text, each block is a paragraph and its
///   lines join with a space; otherwise each non-empty line is one. `\n`, `\r\n` and `\r` all
///   end a line. `line` is the 1-based source line where the paragraph starts. Text is trimmed.
/// - The first paragraph is the lede.
/// - A heading is short (≤ `headingMaxWords` words, ≤ `headingMaxScalars` scalars), starts with
///   an uppercase letter or a digit, does not start with a quote mark, does not end with
///   `.`, `,`, `;` or `:`, and is followed by a paragraph that is not heading-like.
/// - Pull quotes: see `PullQuoteDetector`.
/// - Sentences: see `SentenceSplitter`.
/// - Sections: section 0 holds the paragraphs before the first heading (no title); each
///   heading opens a section whose range includes the heading itself.
public enum Segmenter {
    public struct Structure: Hashable, Sendable {
        public var paragraphs: [Paragraph]
        public var sections: [Section]
    }

    static let headingMaxWords = 8
    static let headingMaxScalars = 70

    public static func segment(_ text: String, language: Language) -> Structure {
        var paragraphs: [Paragraph] = []
        // Each block's scalars live only while its paragraph is made: all of them at once
        // would take four times the text (the pull quote detector makes its few again).
        var headingLike: [Bool] = []
        ParagraphBlocks.forEachBlock(of: text.unicodeScalars) { block in
            paragraphs.append(Paragraph(
                index: paragraphs.count, line: block.line, kind: paragraphs.isEmpty ? .lede : .body,
                section: 0, text: ScalarClass.string(block.scalars, TextSpan(start: 0, end: block.scalars.count)),
                sentences: SentenceSplitter.split(block.scalars).map { Sentence(span: $0) }))
            headingLike.append(looksLikeHeading(block.scalars))
        }

        for index in paragraphs.indices.dropFirst()
        where headingLike[index] && index + 1 < paragraphs.count && !headingLike[index + 1] {
            paragraphs[index].kind = .heading
        }

        for (index, target) in PullQuoteDetector.detect(paragraphs) {
            paragraphs[index].kind = .pullquote
            paragraphs[index].repeatsParagraph = target
        }

        var sections = [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<0)]
        for index in paragraphs.indices {
            if paragraphs[index].kind == .heading {
                sections.append(Section(
                    index: sections.count, title: paragraphs[index].text, headingParagraph: index,
                    paragraphs: index..<index))
            }
            let last = sections.count - 1
            sections[last].paragraphs = sections[last].paragraphs.lowerBound..<(index + 1)
            paragraphs[index].section = last
        }
        return Structure(paragraphs: paragraphs, sections: sections)
    }

    static func looksLikeHeading(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, let last = scalars.last, scalars.count <= headingMaxScalars else {
            return false
        }
        guard ScalarClass.isUpper(first) || ScalarClass.isDigit(first), !QuoteMarks.isMark(first) else {
            return false
        }
        guard !".,;:".unicodeScalars.contains(last) else { return false }
        var words = 0
        var inWord = false
        for scalar in scalars {
            let space = ScalarClass.isSpace(scalar)
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return words <= headingMaxWords
    }
}

/// The paragraphs of a source text, before any analysis.
enum ParagraphBlocks {
    struct Block {
        /// 1-based source line where the block starts.
        var line: Int
        var scalars: [Unicode.Scalar]
    }

    /// Two passes over the text, one line at a time: the whole text as scalars, all its
    /// lines, and all its blocks never exist at once (each would be four times a long
    /// article's size). `body` gets each block in order.
    static func forEachBlock(of text: some Collection<Unicode.Scalar>, _ body: (Block) -> Void) {
        var blank: [Bool] = []
        forEachLine(of: text) { line in blank.append(line.allSatisfy(ScalarClass.isSpace)) }
        guard let firstText = blank.firstIndex(of: false), let lastText = blank.lastIndex(of: false) else {
            return
        }
        let usesBlankSeparators = blank[firstText...lastText].contains(true)
        var current: Block?
        var index = 0
        forEachLine(of: text) { line in
            defer { index += 1 }
            let trimmed = ScalarClass.trimmed(line, TextSpan(start: 0, end: line.count))
            // A copy of its own at its size: `line` is a buffer kept for the longest line so far.
            var content: [Unicode.Scalar] = []
            content.reserveCapacity(trimmed.end - trimmed.start)
            content.append(contentsOf: line[trimmed.start..<trimmed.end])
            if content.isEmpty {
                if let done = current { body(done) }
                current = nil
            } else if !usesBlankSeparators {
                body(Block(line: index + 1, scalars: content))
            } else if current != nil {
                current?.scalars.append(" ")
                current?.scalars.append(contentsOf: content)
            } else {
                current = Block(line: index + 1, scalars: content)
            }
        }
        if let done = current { body(done) }
    }

    /// Each line, ended by `\n`, `\r\n` or a lone `\r`; the last one even when empty.
    static func forEachLine(of text: some Collection<Unicode.Scalar>, _ body: ([Unicode.Scalar]) -> Void) {
        var line: [Unicode.Scalar] = []
        var afterReturn = false
        for scalar in text {
            if scalar == "\n" && afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = false
            if scalar == "\n" || scalar == "\r" {
                body(line)
                line.removeAll(keepingCapacity: true)
                afterReturn = scalar == "\r"
            } else {
                line.append(scalar)
            }
        }
        body(line)
    }
}
