/// A word or a punctuation scalar of a paragraph, by scalar offsets. Whitespace is skipped.
struct SegmentToken: Sendable {
    var start: Int
    var end: Int
    var isWord: Bool
    /// The word lowercased, or the punctuation scalar.
    var lower: String
    /// The word starts with an uppercase letter.
    var isCapitalised: Bool
    /// The word is a single uppercase letter, as in an initial.
    var isInitial: Bool
}

/// Splits text into words and punctuation. A word is a run of letters and digits that may
/// carry inner hyphens and apostrophes (`EU-lidmaatschap`, `Macron’s`, `zo’n`).
enum SegmentTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [SegmentToken] {
        var tokens: [SegmentToken] = []
        let count = scalars.count
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if ScalarClass.isSpace(scalar) {
                index += 1
                continue
            }
            guard ScalarClass.isWord(scalar) else {
                tokens.append(SegmentToken(
                    start: index, end: index + 1, isWord: false, lower: ScalarClass.string(scalars[index..<index + 1]),
                    isCapitalised: false, isInitial: false))
                index += 1
                continue
            }
            var end = index + 1
            while end < count {
                if ScalarClass.isWord(scalars[end]) {
                    end += 1
                } else if isJoiner(scalars[end]), end + 1 < count, ScalarClass.isWord(scalars[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            let capitalised = ScalarClass.isUpper(scalar)
            tokens.append(SegmentToken(
                start: index, end: end, isWord: true, lower: ScalarClass.lowercasedString(scalars[index..<end]),
                isCapitalised: capitalised, isInitial: capitalised && end == index + 1))
            index = end
        }
        return tokens
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}": return true
        default: return false
        }
    }
}
