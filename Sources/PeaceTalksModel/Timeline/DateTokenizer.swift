/// A token of running text as the date patterns see it: a word, a number or one punctuation mark.
struct DateToken {
    enum Kind {
        case word
        case number
        case mark
    }

    var kind: Kind
    /// Lowercased for words; the digits for numbers; the scalar for marks.
    var text: String
    var span: TextSpan
    /// For numbers: digits only, with no `.`/`,` between digits (`196.600` and `42.7` are not).
    var isPlain: Bool = true
    /// For numbers: an ordinal ending was written (`18th`).
    var isOrdinal: Bool = false

    var value: Int? { kind == .number && isPlain ? Int(text) : nil }
}

enum DateTokenizer {
    /// Splits scalars into tokens in one pass; whitespace separates, and is dropped.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
            } else if isDigit(scalar) {
                let start = index
                var plain = true
                while index < count {
                    if isDigit(scalars[index]) {
                        index += 1
                    } else if (scalars[index] == "." || scalars[index] == ","),
                        index + 1 < count, isDigit(scalars[index + 1])
                    {
                        plain = false
                        index += 1
                    } else {
                        break
                    }
                }
                var token = DateToken(
                    kind: .number, text: ScalarClass.string(scalars[start..<index]),
                    span: TextSpan(start: start, end: index), isPlain: plain)
                // A letter glued to the digits: an ordinal (`18th`) or a unit/word (`3km`, `2014a`).
                if index < count, isLetter(scalars[index]) {
                    let suffixStart = index
                    while index < count, isLetter(scalars[index]) { index += 1 }
                    if isOrdinalSuffix(scalars[suffixStart..<index]) {
                        token.isOrdinal = true
                    } else {
                        token.isPlain = false
                    }
                    token.span.end = index
                }
                tokens.append(token)
            } else if isLetter(scalar) {
                let start = index
                while index < count, isLetter(scalars[index]) || isDigit(scalars[index]) { index += 1 }
                let word = ScalarClass.string(scalars[start..<index])
                tokens.append(DateToken(kind: .word, text: word, span: TextSpan(start: start, end: index)))
            } else {
                tokens.append(DateToken(kind: .mark, text: ScalarClass.string(scalars[index..<index + 1]), span: TextSpan(start: index, end: index + 1)))
                index += 1
            }
        }
        return tokens
    }

    /// `st`, `nd`, `rd` or `th` in any case, compared without building a string.
    /// (No lowercase mapping of a non-ASCII scalar gives an ASCII letter but `K` (Kelvin)
    /// → `k` and `İ` → `i̇`, neither of which can make one of these suffixes.)
    static func isOrdinalSuffix(_ suffix: ArraySlice<Unicode.Scalar>) -> Bool {
        guard suffix.count == 2, let first = suffix.first, let last = suffix.last, first.isASCII, last.isASCII
        else { return false }
        let pair = (first.value | 0x20, last.value | 0x20)
        switch pair {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return true
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }
}
