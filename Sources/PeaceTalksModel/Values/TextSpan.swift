/// A half-open range inside one paragraph's text.
///
/// Every offset in the model is counted in Unicode scalars from the start of the
/// paragraph's `text`. One unit everywhere keeps the command line, the export and
/// the explorer's highlighting in agreement.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension String {
    /// The text covered by `span`, where `span` counts Unicode scalars.
    public func scalarSlice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let count = scalars.count
        let lower = max(0, min(span.start, count))
        let upper = max(lower, min(span.end, count))
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(from, offsetBy: upper - lower)
        return String(scalars[from..<to])
    }

    /// The string of these scalars. `unicodeScalars.append(contentsOf:)` runs unspecialised
    /// from the standard library: most of the position suggester's tokenizer (perf, 10,000 articles).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[count] = unit
                    count += 1
                }
            }
            return count
        }
    }
}

/// Points at a place in the corpus: a document, one of its paragraphs and
/// optionally a span inside that paragraph.
public struct PassageRef: Hashable, Sendable, Codable {
    public var document: Int
    public var paragraph: Int
    public var span: TextSpan?

    public init(document: Int, paragraph: Int, span: TextSpan? = nil) {
        self.document = document
        self.paragraph = paragraph
        self.span = span
    }
}
