/// A token of running text as the date patterns see it: a word, a number or one punctuation mark.
/// Tokens hold offsets only; the few whose wording matters are read from the scalars
/// (`DatePatterns`), so most words of a text never become strings.
struct DateToken {
    enum Kind {
        case word
        case number
        case mark
    }

    var kind: Kind
    var span: TextSpan
    /// For numbers: digits only, with no `.`/`,` between digits (`196.600` and `42.7` are not).
    var isPlain: Bool = true
    /// For numbers: an ordinal ending was written (`18th`).
    var isOrdinal: Bool = false
    /// For numbers: how many scalars the number itself has (digits and inner separators,
    /// without a glued suffix).
    var numberLength: Int = 0
    /// For plain numbers: the digits' value (nil when it overflows `Int`).
    var digitsValue: Int?

    var value: Int? { kind == .number && isPlain ? digitsValue : nil }
}

enum DateTokenizer {
    /// Splits scalars into tokens in one pass; whitespace separates, and is dropped.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
            } else if isDigit(scalar) {
                let start = index
                var plain = true
                var value: Int? = 0
                while index < count {
                    if isDigit(scalars[index]) {
                        if let current = value {
                            let (times, overflowTimes) = current.multipliedReportingOverflow(by: 10)
                            let (sum, overflowSum) = times.addingReportingOverflow(Int(scalars[index].value - 0x30))
                            value = overflowTimes || overflowSum ? nil : sum
                        }
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
                    kind: .number, span: TextSpan(start: start, end: index), isPlain: plain,
                    numberLength: index - start, digitsValue: plain ? value : nil)
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
                tokens.append(DateToken(kind: .word, span: TextSpan(start: start, end: index)))
            } else {
                tokens.append(DateToken(kind: .mark, span: TextSpan(start: index, end: index + 1)))
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
