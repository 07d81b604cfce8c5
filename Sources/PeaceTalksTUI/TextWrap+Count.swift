extension TextWrapper {
    /// How many lines `wrap(text, width:)` gives, without making them: the reader counts
    /// every block of a long list to place its scrollbar, and draws only a screenful.
    /// Text made only of scalars that are whole graphemes of a known width (ASCII, Latin,
    /// Cyrillic, common punctuation, CJK ideographs) is counted on its UTF-8 bytes; any
    /// other text falls back to the grapheme-exact `wrap`.
    public static func lineCount(_ text: String, width: Int) -> Int {
        fastLineCount(text, width: width) ?? wrap(text, width: width).count
    }

    /// The count on bytes, or nil where only the grapheme walk of `wrap` is exact.
    static func fastLineCount(_ text: String, width: Int) -> Int? {
        let width = max(1, width)
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            countLines(bytes, width: width)
        }
        return fast ?? nil
    }

    /// The state of the wrap's walk, kept only as widths.
    private struct Walk {
        let width: Int
        var lines = 0
        var lineWidth = 0
        var hasBreakEnd = false
        var hasBreakNext = false
        var breakNextWidth = 0
        var inSpace = false

        @inline(__always) mutating func newline() {
            lines += 1
            lineWidth = 0
            hasBreakEnd = false
            hasBreakNext = false
            inSpace = false
        }

        @inline(__always) mutating func space(_ w: Int) {
            if !inSpace {
                inSpace = true
                hasBreakEnd = lineWidth > 0
                hasBreakNext = false
            }
            lineWidth += w
        }

        @inline(__always) mutating func other(_ w: Int) {
            if inSpace {
                inSpace = false
                if hasBreakEnd {
                    hasBreakNext = true
                    breakNextWidth = lineWidth
                }
            }
            if lineWidth + w > width, lineWidth > 0 {
                if hasBreakEnd, hasBreakNext {
                    lines += 1
                    lineWidth -= breakNextWidth
                    hasBreakEnd = false
                    hasBreakNext = false
                }
                if lineWidth + w > width, lineWidth > 0 {
                    lines += 1
                    lineWidth = 0
                    hasBreakEnd = false
                    hasBreakNext = false
                }
            }
            lineWidth += w
        }
    }

    /// The same walk as `wrap`, on bytes; nil when a scalar could join a grapheme with its
    /// neighbours or has a width this table does not know.
    private static func countLines(_ buffer: UnsafeBufferPointer<UInt8>, width: Int) -> Int? {
        var walk = Walk(width: width)
        guard let bytes = buffer.baseAddress else { return 1 }
        let count = buffer.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x21, byte <= 0x7E {
                walk.other(1)
                index += 1
                continue
            }
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x20, 0x09:
                    walk.space(1)
                case 0x0A, 0x0B, 0x0C:
                    walk.newline()
                case 0x0D:
                    // CR LF is one grapheme.
                    if index < count, bytes[index] == 0x0A { index += 1 }
                    walk.newline()
                default:
                    walk.other(0)
                }
            } else if byte & 0xE0 == 0xC0 {
                guard index + 1 < count else { return nil }
                let scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
                switch scalar {
                case 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F: walk.other(1)
                default: return nil
                }
            } else if byte & 0xF0 == 0xE0 {
                guard index + 2 < count else { return nil }
                let scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
                switch scalar {
                case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: walk.other(1)
                case 0x4E00...0x9FFF: walk.other(2)
                default: return nil
                }
            } else {
                return nil
            }
        }
        return walk.lines + 1
    }
}
