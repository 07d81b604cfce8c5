import Foundation

/// A word of a text: a run of letters and digits. An apostrophe between letters
/// stays inside the word (`zo’n`, `O’Brien’s`); hyphens, spaces and punctuation end it.
struct WordToken: Hashable, Sendable {
    /// Unicode scalar offsets in the text the token was read from.
    var start: Int
    var end: Int
    /// The word without diacritics, apostrophes unified to `'`, case kept.
    var folded: [Unicode.Scalar]
    /// `folded`, lowercased scalar by scalar (same length).
    var lower: [Unicode.Scalar]
    /// True when only spaces or hyphens separate this word from the next, so a
    /// phrase may continue across the gap (`Verenigde Staten`, `staakt-het-vuren`).
    var joinsNext: Bool

    var span: TextSpan { TextSpan(start: start, end: end) }

    var startsUppercase: Bool { folded.first.map(ScalarClass.isUpper) ?? false }

    var isAllCaps: Bool {
        folded.count > 1 && folded.allSatisfy { !$0.properties.isLowercase }
            && folded.contains { $0.properties.isUppercase }
    }

    var lowerString: String { ScalarClass.string(lower) }
}

enum WordTokens {
    static func tokens(in text: String) -> [WordToken] {
        tokens(in: Array(text.unicodeScalars))
    }

    static func tokens(in scalars: [Unicode.Scalar]) -> [WordToken] {
        var result: [WordToken] = []
        result.reserveCapacity(scalars.count / 6)
        var index = 0
        let count = scalars.count
        while index < count {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < count {
                let scalar = scalars[index]
                if isWordScalar(scalar) {
                    index += 1
                } else if isApostrophe(scalar), index + 1 < count, isWordScalar(scalars[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            var folded: [Unicode.Scalar] = []
            folded.reserveCapacity(index - start)
            for offset in start..<index {
                if let scalar = fold(scalars[offset]) { folded.append(scalar) }
            }
            // Most words are lowercase already: they share one buffer instead of copying it.
            let lowered = folded.contains { lower($0) != $0 } ? folded.map(lower) : folded
            result.append(WordToken(
                start: start, end: index, folded: folded, lower: lowered, joinsNext: false))
        }
        // A gap joins two words when it holds nothing but spaces and hyphens.
        for position in result.indices.dropLast() {
            let from = result[position].end
            let to = result[position + 1].start
            var joins = true
            for offset in from..<to where !isJoiner(scalars[offset]) {
                joins = false
                break
            }
            result[position].joinsNext = joins
        }
        return result
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        isHyphen(scalar) || ScalarClass.isWhitespace(scalar)
    }

    /// The scalar without its diacritics; nil for a combining mark on its own.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII { return scalar }
        if isApostrophe(scalar) { return "'" }
        if scalar.value < foldTableEnd { return latinFolds[Int(scalar.value) - 0x80] }
        return foldUncached(scalar)
    }

    /// Latin-1 and Latin Extended-A and -B, where nearly every accented letter of a European
    /// text falls: decomposing a scalar through Foundation costs a string per letter.
    private static let foldTableEnd: UInt32 = 0x250
    private static let latinFolds: [Unicode.Scalar?] = (0x80..<foldTableEnd).map { value in
        Unicode.Scalar(value).flatMap(foldUncached)
    }

    private static func foldUncached(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if isApostrophe(scalar) { return "'" }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return nil
        default: break
        }
        return String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            let value = scalar.value
            if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 32) ?? scalar }
            return scalar
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// Lowercase, diacritics removed, whitespace collapsed: for comparing names and headings.
    static func normalisedKey(_ text: String) -> String {
        tokens(in: text).map(\.lowerString).joined(separator: " ")
    }
}
