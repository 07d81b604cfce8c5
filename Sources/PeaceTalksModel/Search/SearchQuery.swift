/// A search as typed, taken apart: words that must all match, phrases, and filters.
///
/// Syntax: `word word "a phrase" @speaker #issue`. Quotes may be straight or curly; an
/// unclosed quote runs to the end. A later `@`/`#` replaces an earlier one.
public struct SearchQuery: Hashable, Sendable {
    /// Words that must all match, as typed.
    public var terms: [String]
    /// Runs of words that must match in order, whitespace collapsed.
    public var phrases: [String]
    /// Matches a speaker's name or alias, accent- and case-insensitive, by prefix of any word.
    public var speaker: String?
    /// Matches an issue id, or the prefix of an issue id, label or title.
    public var issue: String?

    public init(terms: [String] = [], phrases: [String] = [], speaker: String? = nil, issue: String? = nil) {
        self.terms = terms
        self.phrases = phrases
        self.speaker = speaker
        self.issue = issue
    }

    public init(parsing text: String) {
        self.init()
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first.properties.isWhitespace {
                scalars.removeFirst()
                continue
            }
            if Self.opening.contains(first) {
                scalars.removeFirst()
                let end = scalars.firstIndex(where: Self.closing.contains) ?? scalars.endIndex
                let phrase = Self.collapse(String(String.UnicodeScalarView(scalars[..<end])))
                if !phrase.isEmpty { phrases.append(phrase) }
                scalars = end < scalars.endIndex ? scalars[(end + 1)...] : scalars[end...]
                continue
            }
            let end = scalars.firstIndex(where: { $0.properties.isWhitespace || Self.opening.contains($0) })
                ?? scalars.endIndex
            let word = String(String.UnicodeScalarView(scalars[..<end]))
            scalars = scalars[end...]
            if word.hasPrefix("@") {
                if word.count > 1 { speaker = String(word.dropFirst()) }
            } else if word.hasPrefix("#") {
                if word.count > 1 { issue = String(word.dropFirst()) }
            } else {
                terms.append(word)
            }
        }
    }

    /// True when there is nothing to match and nothing to filter by.
    public var isEmpty: Bool { terms.isEmpty && phrases.isEmpty && speaker == nil && issue == nil }

    /// The query written back in its own syntax.
    public var text: String {
        var parts = terms
        parts += phrases.map { "\"\($0)\"" }
        if let speaker { parts.append("@" + speaker) }
        if let issue { parts.append("#" + issue) }
        return parts.joined(separator: " ")
    }

    private static let opening: Set<Unicode.Scalar> = ["\"", "“", "„", "«"]
    private static let closing: Set<Unicode.Scalar> = ["\"", "”", "“", "»"]

    /// Splits on whitespace scalars, as the parser does: a space followed by a combining mark is one
    /// `Character` that `Character.isWhitespace` does not see as a space, so splitting by characters
    /// would give a different phrase when the written-back query is parsed again.
    private static func collapse(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace)
            .map { String(String.UnicodeScalarView($0)) }
            .joined(separator: " ")
    }
}
