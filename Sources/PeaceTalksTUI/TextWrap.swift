import PeaceTalksModel

/// One line of wrapped text: a range of the source string, never a copy, so a
/// long paragraph costs a few words per line and only visible lines are drawn.
public struct WrappedLine: Hashable, Sendable {
    public var start: String.Index
    public var end: String.Index
    /// Unicode scalar offset of `start` in the whole text, for mapping `TextSpan`s.
    public var startScalar: Int
}

/// Word wrap by display width, in one pass over the text.
public enum TextWrapper {
    /// Breaks at spaces; a word wider than the line breaks between graphemes;
    /// a newline always breaks. Spaces at a break are dropped. Never returns no lines.
    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var lineStart = text.startIndex
        var lineStartScalar = 0
        var lineWidth = 0
        // The last place the line may break: the end of a word and the start of the next.
        var breakEnd: String.Index?
        var breakNext: String.Index?
        var breakNextScalar = 0
        var breakNextWidth = 0
        var inSpace = false
        var scalar = 0
        var index = text.startIndex
        // One grapheme-breaking pass: the iterator finds each Character, and its
        // UTF-8 length gives the next index without breaking graphemes again.
        var characters = text.makeIterator()

        while let character = characters.next() {
            let next = text.utf8.index(index, offsetBy: character.utf8.count)
            let count = character.unicodeScalars.count
            defer {
                index = next
                scalar += count
            }
            if character.isNewline {
                lines.append(WrappedLine(start: lineStart, end: index, startScalar: lineStartScalar))
                lineStart = next
                lineStartScalar = scalar + count
                lineWidth = 0
                breakEnd = nil
                breakNext = nil
                inSpace = false
                continue
            }
            let w = DisplayWidth.glyphWidth(character)
            if character == " " || character == "\t" {
                if !inSpace {
                    inSpace = true
                    breakEnd = lineWidth > 0 ? index : nil
                    breakNext = nil
                }
                lineWidth += w
                continue
            }
            if inSpace {
                inSpace = false
                if breakEnd != nil {
                    breakNext = index
                    breakNextScalar = scalar
                    breakNextWidth = lineWidth
                }
            }
            if lineWidth + w > width, lineWidth > 0 {
                if let end = breakEnd, let start = breakNext {
                    lines.append(WrappedLine(start: lineStart, end: end, startScalar: lineStartScalar))
                    lineStart = start
                    lineStartScalar = breakNextScalar
                    lineWidth -= breakNextWidth
                    breakEnd = nil
                    breakNext = nil
                }
                if lineWidth + w > width, lineWidth > 0 {
                    lines.append(WrappedLine(start: lineStart, end: index, startScalar: lineStartScalar))
                    lineStart = index
                    lineStartScalar = scalar
                    lineWidth = 0
                    breakEnd = nil
                    breakNext = nil
                }
            }
            lineWidth += w
        }
        lines.append(WrappedLine(start: lineStart, end: text.endIndex, startScalar: lineStartScalar))
        return lines
    }

    /// Where scalar offset `offset` of `text` lands: wrapped line and display column.
    public static func location(ofScalar offset: Int, in lines: [WrappedLine], text: String) -> (line: Int, column: Int) {
        guard !lines.isEmpty else { return (0, 0) }
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].startScalar <= offset { low = mid } else { high = mid - 1 }
        }
        let line = lines[low]
        var scalar = line.startScalar
        var column = 0
        for character in text[line.start..<line.end] {
            if scalar >= offset { break }
            scalar += character.unicodeScalars.count
            column += DisplayWidth.glyphWidth(character)
        }
        return (low, column)
    }

    /// The plain lines as strings, for tests and simple callers.
    public static func lines(_ text: String, width: Int) -> [String] {
        wrap(text, width: width).map { String(text[$0.start..<$0.end]) }
    }
}

/// Styled spans over a text, in layers: a later layer wins where they overlap.
/// Spans are merged and sorted once, then looked up by binary search per grapheme.
public struct Highlights: Hashable, Sendable {
    struct Layer: Hashable, Sendable {
        var style: Style
        var spans: [TextSpan]
    }

    var layers: [Layer] = []

    public init() {}

    public func adding(_ spans: [TextSpan], style: Style) -> Highlights {
        let sorted = spans.filter { !$0.isEmpty }.sorted()
        var merged: [TextSpan] = []
        merged.reserveCapacity(sorted.count)
        for span in sorted {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        guard !merged.isEmpty else { return self }
        var copy = self
        copy.layers.append(Layer(style: style, spans: merged))
        return copy
    }

    /// The style of the grapheme covering scalars `start..<start+count`, if any layer touches it.
    public func style(at start: Int, count: Int) -> Style? {
        let end = start + max(1, count)
        for layer in layers.reversed() {
            let spans = layer.spans
            // First span whose end is after `start`.
            var low = 0, high = spans.count
            while low < high {
                let mid = (low + high) / 2
                if spans[mid].end <= start { low = mid + 1 } else { high = mid }
            }
            if low < spans.count, spans[low].start < end { return layer.style }
        }
        return nil
    }
}

