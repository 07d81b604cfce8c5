/// Character classes on Unicode scalars, the unit every offset in the model counts in.
///
/// Kept as static functions on a namespace (not extensions on `Unicode.Scalar`) so they
/// cannot collide with helpers other parts of the module may define.
enum ScalarClass {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIISpace(scalar) }
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    /// White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    /// Checked without the Unicode property tables, which cost a look-up per scalar.
    @inline(__always)
    static func isASCIISpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }

    /// `Unicode.Scalar.properties.isWhitespace`, with an ASCII fast path.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIISpace(scalar) : scalar.properties.isWhitespace
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
        return string(scalars[start..<end])
    }

    /// The scalars as a string, encoded straight to UTF-8: appending scalars to a
    /// `String.UnicodeScalarView` one by one takes a slow transcoding path.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        guard byteCount > 0 else { return "" }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[position] = UInt8(truncatingIfNeeded: value)
                    position += 1
                } else if value < 0x800 {
                    buffer[position] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
                    buffer[position + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                    position += 2
                } else if value < 0x10000 {
                    buffer[position] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
                    buffer[position + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                    buffer[position + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                    position += 3
                } else {
                    buffer[position] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
                    buffer[position + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
                    buffer[position + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                    buffer[position + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                    position += 4
                }
            }
            return position
        }
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String { string(scalars[...]) }

    /// `string(scalars).lowercased()`, with the ASCII case done byte by byte.
    static func lowercasedString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy(\.isASCII) else { return string(scalars).lowercased() }
        guard !scalars.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var position = 0
            for scalar in scalars {
                let value = UInt8(truncatingIfNeeded: scalar.value)
                buffer[position] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                position += 1
            }
            return position
        }
    }
}
