/// One paragraph prepared for quote extraction: scalars, tokens, sentences, quotes and names.
struct ParagraphText: Sendable {
    let index: Int
    let kind: ParagraphKind
    let repeatsParagraph: Int?
    let scalars: [Unicode.Scalar]
    let tokens: [SegmentToken]
    let sentences: [TextSpan]
    /// Outermost quotes, in text order.
    let quotes: [QuotePair]
    private(set) var runs: [NameRun] = []
    private(set) var runStarting: [Int: Int] = [:]
    private(set) var runEnding: [Int: Int] = [:]

    init(_ paragraph: Paragraph) {
        index = paragraph.index
        kind = paragraph.kind
        repeatsParagraph = paragraph.repeatsParagraph
        let text = Array(paragraph.text.unicodeScalars)
        scalars = text
        tokens = SegmentTokenizer.tokens(text)
        let given = paragraph.sentences.map(\.span).filter { $0.start >= 0 && $0.end <= text.count }
        sentences = given.isEmpty ? SentenceSplitter.split(text) : given
        quotes = QuoteMarks.outermostPairs(in: text)
    }

    mutating func findNames(vocabulary: Set<String>) {
        runs = NameIntroductions.runs(tokens, scalars, vocabulary: vocabulary)
        for (position, run) in runs.enumerated() {
            runStarting[run.tokens.lowerBound] = position
            runEnding[run.tokens.upperBound - 1] = position
        }
    }

    /// Index of the first token starting at or after `offset` (`tokens.count` if none).
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A name inside quotation marks is what someone said, never who is speaking around it
    /// (`"…president Zelensky…," he said`).
    func isQuoted(_ run: NameRun) -> Bool {
        quotes.contains { $0.open < run.span.start && run.span.end <= $0.close }
    }

    /// `Putin’s aide`, `Thursday's talks`: a name followed by a possessive `’s` modifies the noun
    /// after it; it is not the subject of the clause. A spokesperson speaks for the one named
    /// (`Starmer’s spokesperson told`), so that possessive still stands for its speaker.
    func isPossessor(_ run: NameRun) -> Bool {
        var end = run.span.end
        if run.text.hasSuffix("’s") || run.text.hasSuffix("'s") {
            end -= 2
        } else {
            guard end + 1 < scalars.count, scalars[end] == "’" || scalars[end] == "'", scalars[end + 1] == "s" || scalars[end + 1] == "S",
                  end + 2 == scalars.count || !scalars[end + 2].properties.isAlphabetic else { return false }
        }
        var next = end + 2
        while next < scalars.count, scalars[next] == " " { next += 1 }
        var word = ""
        while next < scalars.count, scalars[next].properties.isAlphabetic {
            word.unicodeScalars.append(scalars[next])
            next += 1
        }
        return !Self.speaksFor.contains(word.lowercased())
    }

    private static let speaksFor: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "office", "press"]

    /// The names that start inside `range` of tokens.
    func runs(startingIn range: Range<Int>) -> ArraySlice<NameRun> {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].tokens.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < runs.count, runs[end].tokens.lowerBound < range.upperBound { end += 1 }
        return runs[low..<end]
    }

    /// The last outermost quote that closes before `offset`.
    func lastQuote(closingBefore offset: Int) -> QuotePair? {
        var low = 0
        var high = quotes.count
        while low < high {
            let middle = (low + high) / 2
            if quotes[middle].close < offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? quotes[low - 1] : nil
    }

    func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].start <= offset else { return nil }
        return low
    }

    /// Token range of a span.
    func tokenRange(_ span: TextSpan) -> Range<Int> {
        let lower = firstToken(atOrAfter: span.start)
        return lower..<max(lower, firstToken(atOrAfter: span.end))
    }

    func word(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
        return tokens[index].lower
    }

    /// The nearest non-space scalar before `offset`.
    /// Only spaces and a list bullet (`- `, `• `, `– `, `* `) stand before `offset`: it opens the paragraph.
    func opensParagraph(at offset: Int) -> Bool {
        var index = min(offset, scalars.count) - 1
        while index >= 0, ScalarClass.isSpace(scalars[index]) { index -= 1 }
        guard index >= 0 else { return true }
        guard ["-", "•", "–", "*", "·"].contains(scalars[index]) else { return false }
        index -= 1
        while index >= 0, ScalarClass.isSpace(scalars[index]) { index -= 1 }
        return index < 0
    }

    func scalar(before offset: Int) -> Unicode.Scalar? {
        var index = min(offset, scalars.count) - 1
        while index >= 0, ScalarClass.isSpace(scalars[index]) { index -= 1 }
        return index >= 0 ? scalars[index] : nil
    }
}
