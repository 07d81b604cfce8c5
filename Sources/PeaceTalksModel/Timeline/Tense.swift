/// Whether a sentence speaks of what is still to come (`will`, `zal`, `is expected`, `gepland`):
/// a bare weekday then means the next one, and a month far before the publication date the
/// one a year on.
struct Tense {
    let tokens: [DateToken]
    /// Each token lowercased; empty for numbers and marks.
    let words: [String]
    private let futureSentences: [TextSpan]
    private let wholeTextIsFuture: Bool

    init(_ scalars: [Unicode.Scalar], sentences: [TextSpan]) {
        let tokens = DateTokenizer.tokenize(scalars)
        let words = tokens.map { token in
            token.kind == .word ? ScalarClass.lowercasedString(scalars[token.span.start..<min(token.span.end, scalars.count)]) : ""
        }
        self.tokens = tokens
        self.words = words
        let futureOffsets = tokens.indices.filter { RelativeVocabulary.futureWords.contains(words[$0]) }.map { tokens[$0].span.start }
        futureSentences = sentences.filter { sentence in futureOffsets.contains { sentence.start <= $0 && $0 < sentence.end } }
        wholeTextIsFuture = sentences.isEmpty && !futureOffsets.isEmpty
    }

    func isFuture(at offset: Int) -> Bool {
        wholeTextIsFuture || futureSentences.contains { $0.start <= offset && offset < $0.end }
    }
}
