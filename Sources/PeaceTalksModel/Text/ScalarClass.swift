/// Character classes on Unicode scalars, the unit every offset in the model counts in.
///
/// Kept as static functions on a namespace (not extensions on `Unicode.Scalar`) so they
/// cannot collide with helpers other parts of the module may define.
enum ScalarClass {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    /// Letters, and the combining marks of decomposed accented letters (`i` + `¨`).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "0" && scalar <= "9" }
        return scalar.properties.numericType == .decimal
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isDigit(scalar) }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "A" && scalar <= "Z" }
        return scalar.properties.isUppercase
    }

    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "a" && scalar <= "z" }
        return scalar.properties.isLowercase
    }

    /// Sentence-ending punctuation.
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "?" || scalar == "!" || scalar == "\u{2026}"
    }

    /// Brackets and dashes after which a quote may open without a space.
    static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "/", "-", "\u{2013}", "\u{2014}", ":": return true
        default: return false
        }
    }

    /// The span with surrounding whitespace removed; empty spans stay empty.
    static func trimmed(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> TextSpan {
        var start = max(0, span.start)
        var end = min(scalars.count, span.end)
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        return TextSpan(start: start, end: max(start, end))
    }

    static func string(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
