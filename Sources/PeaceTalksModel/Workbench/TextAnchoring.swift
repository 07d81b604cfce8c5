/// How an annotation's selector found its passage again.
public enum AnchorMethod: String, Hashable, Sendable, Codable {
    /// The exact text is in the document (repeats told apart by their prefix and suffix).
    case exact
    /// The exact text changed, but the words just before and after it are still there.
    case prefixSuffix = "prefix-suffix"
    /// Only a close match of the words, one to three sentences long.
    case fuzzy
}

/// Where a selector stands in a document now, and how it was found.
public struct AnchorMatch: Hashable, Sendable {
    public var ref: PassageRef
    public var method: AnchorMethod

    public init(ref: PassageRef, method: AnchorMethod) {
        self.ref = ref
        self.method = method
    }
}

/// Finds W3C TextQuoteSelectors in a document's paragraphs, and makes them. Offsets in Unicode scalars.
///
/// Re-anchoring after the article changed tries, in order: the exact text; the prefix and
/// suffix with whatever now stands between them; a fuzzy match of the words over one to three
/// sentences. A selector none of these finds is an orphan: the caller lists it and keeps it.
public enum TextAnchoring {
    /// Characters of context kept on each side of a new selector.
    public static let contextLength = 32
    /// The least share of the selector's words a fuzzy match must hold (and of its own words
    /// the selector must hold), so a rewritten sentence still matches and an unrelated one does not.
    static let fuzzyThreshold = 0.6

    public static func locate(_ selector: TextQuoteSelector, in paragraphs: [Paragraph], document: Int) -> AnchorMatch? {
        let exact = Array(selector.exact.unicodeScalars)
        guard !exact.isEmpty else { return nil }
        let prefix = Array(selector.prefix.unicodeScalars)
        let suffix = Array(selector.suffix.unicodeScalars)
        let texts = paragraphs.map { Array($0.text.unicodeScalars) }
        var best: (score: Int, paragraph: Int, start: Int)?
        for (index, text) in texts.enumerated() {
            for start in occurrences(of: exact, in: text) {
                let score = agreementBefore(prefix, text, start) + agreementAfter(suffix, text, start + exact.count)
                if best == nil || score > best!.score { best = (score, index, start) }
            }
        }
        if let best {
            return AnchorMatch(
                ref: PassageRef(
                    document: document, paragraph: paragraphs[best.paragraph].index,
                    span: TextSpan(start: best.start, end: best.start + exact.count)),
                method: .exact)
        }
        if !prefix.isEmpty, !suffix.isEmpty {
            let reach = exact.count * 2 + 40
            for (index, text) in texts.enumerated() {
                for start in occurrences(of: prefix, in: text) {
                    let from = start + prefix.count
                    let found = occurrences(of: suffix, in: text).first { $0 > from && $0 - from <= reach }
                    if let found {
                        return AnchorMatch(
                            ref: PassageRef(
                                document: document, paragraph: paragraphs[index].index,
                                span: TextSpan(start: from, end: found)),
                            method: .prefixSuffix)
                    }
                }
            }
        }
        if let match = atParagraphEdge(exact.count, prefix: prefix, suffix: suffix, texts: texts) {
            return AnchorMatch(
                ref: PassageRef(document: document, paragraph: paragraphs[match.paragraph].index, span: match.span),
                method: .prefixSuffix)
        }
        return fuzzy(exact, in: paragraphs, texts: texts, document: document)
    }

    /// A selector made here has an empty prefix (suffix) only at the start (end) of its
    /// paragraph: its other side, when long enough to be telling, still places it there.
    private static func atParagraphEdge(
        _ length: Int, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar], texts: [[Unicode.Scalar]]
    ) -> (paragraph: Int, span: TextSpan)? {
        let telling = 8
        let reach = length * 2 + 40
        guard prefix.isEmpty != suffix.isEmpty, max(prefix.count, suffix.count) >= telling else { return nil }
        for (index, text) in texts.enumerated() {
            if prefix.isEmpty, let end = occurrences(of: suffix, in: text).first(where: { $0 > 0 && $0 <= reach }) {
                return (index, TextSpan(start: 0, end: end))
            }
            if suffix.isEmpty,
                let start = occurrences(of: prefix, in: text).map({ $0 + prefix.count })
                    .last(where: { $0 < text.count && text.count - $0 <= reach })
            {
                return (index, TextSpan(start: start, end: text.count))
            }
        }
        return nil
    }

    /// A selector for `span` of `paragraph`, with up to `contextLength` characters either side.
    public static func selector(for span: TextSpan, in paragraph: Paragraph) -> TextQuoteSelector {
        let scalars = Array(paragraph.text.unicodeScalars)
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        return TextQuoteSelector(
            exact: String(scalars: scalars[start..<end]),
            prefix: String(scalars: scalars[max(0, start - contextLength)..<start]),
            suffix: String(scalars: scalars[end..<min(scalars.count, end + contextLength)]))
    }

    static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == first, text[start..<(start + needle.count)].elementsEqual(needle) { found.append(start) }
            start += 1
        }
        return found
    }

    private static func agreementBefore(_ prefix: [Unicode.Scalar], _ text: [Unicode.Scalar], _ start: Int) -> Int {
        var count = 0
        while count < prefix.count, start - count - 1 >= 0, prefix[prefix.count - count - 1] == text[start - count - 1] {
            count += 1
        }
        return count
    }

    private static func agreementAfter(_ suffix: [Unicode.Scalar], _ text: [Unicode.Scalar], _ end: Int) -> Int {
        var count = 0
        while count < suffix.count, end + count < text.count, suffix[count] == text[end + count] { count += 1 }
        return count
    }

    /// The run of one to three sentences whose words best cover the selector's and are
    /// covered by them; nil below the threshold.
    private static func fuzzy(
        _ exact: [Unicode.Scalar], in paragraphs: [Paragraph], texts: [[Unicode.Scalar]], document: Int
    ) -> AnchorMatch? {
        let wanted = words(exact[...])
        guard !wanted.isEmpty else { return nil }
        var best: (score: Double, paragraph: Int, span: TextSpan)?
        for (index, paragraph) in paragraphs.enumerated() where paragraph.kind != .heading {
            let sentences = paragraph.sentences.isEmpty
                ? [TextSpan(start: 0, end: texts[index].count)] : paragraph.sentences.map(\.span)
            for first in sentences.indices {
                for last in first..<min(sentences.count, first + 3) {
                    let span = TextSpan(start: sentences[first].start, end: sentences[last].end)
                    guard span.end <= texts[index].count else { continue }
                    let found = words(texts[index][span.start..<span.end])
                    let common = commonCount(wanted, found)
                    let recall = Double(common) / Double(wanted.count)
                    let precision = found.isEmpty ? 0 : Double(common) / Double(found.count)
                    guard recall >= fuzzyThreshold, precision >= fuzzyThreshold / 2 else { continue }
                    let score = 2 * recall * precision / (recall + precision)
                    if best == nil || score > best!.score { best = (score, index, span) }
                }
            }
        }
        guard let best else { return nil }
        return AnchorMatch(
            ref: PassageRef(document: document, paragraph: paragraphs[best.paragraph].index, span: best.span),
            method: .fuzzy)
    }

    static func words(_ scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in scalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func commonCount(_ a: [String], _ b: [String]) -> Int {
        var counts: [String: Int] = [:]
        for word in b { counts[word, default: 0] += 1 }
        var common = 0
        for word in a where (counts[word] ?? 0) > 0 {
            counts[word]! -= 1
            common += 1
        }
        return common
    }
}
