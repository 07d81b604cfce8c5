/// Finds a quoted fragment in a paragraph: exactly, or else with quote marks, dashes
/// and runs of whitespace made alike (a codebook typed with straight quotes still finds
/// the article's curly ones).
enum FragmentSearch {
    static func find(_ fragment: String, in text: String) -> TextSpan? {
        let needle = Array(fragment.unicodeScalars)
        let haystack = Array(text.unicodeScalars)
        if let start = firstIndex(of: needle, in: haystack) {
            return TextSpan(start: start, end: start + needle.count)
        }
        let loose = normalise(needle)
        let target = normalise(haystack)
        guard let start = firstIndex(of: loose.scalars, in: target.scalars), !loose.scalars.isEmpty else {
            return nil
        }
        let end = start + loose.scalars.count - 1
        guard target.origins.indices.contains(start), target.origins.indices.contains(end) else { return nil }
        return TextSpan(start: target.origins[start], end: target.origins[end] + 1)
    }

    /// The text with look-alike marks unified, whitespace collapsed and trimmed;
    /// `origins[i]` is the offset in the original of the scalar at `i`.
    static func normalise(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origins: [Int]) {
        var result: [Unicode.Scalar] = []
        var origins: [Int] = []
        var pendingSpace = false
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                origins.append(offset - 1)
                pendingSpace = false
            }
            result.append(unify(scalar))
            origins.append(offset)
        }
        return (result, origins)
    }

    static func unify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{02BC}", "`": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        default: return scalar
        }
    }

    /// Knuth–Morris–Pratt: linear in the text, whatever it holds.
    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var failure = Array(repeating: 0, count: needle.count)
        var length = 0
        for index in 1..<max(1, needle.count) {
            while length > 0 && needle[index] != needle[length] { length = failure[length - 1] }
            if needle[index] == needle[length] { length += 1 }
            failure[index] = length
        }
        var matched = 0
        for (index, scalar) in haystack.enumerated() {
            while matched > 0 && scalar != needle[matched] { matched = failure[matched - 1] }
            if scalar == needle[matched] { matched += 1 }
            if matched == needle.count { return index - needle.count + 1 }
        }
        return nil
    }
}
