import Foundation

/// Folds text for matching: lowercase, accents and combining marks dropped, quote marks and
/// dashes made ASCII, whitespace runs collapsed to one space. Output is UTF-8 bytes.
///
/// The index and the query fold through the same function, so whatever it does to a character
/// it does on both sides.
struct TextFolder {
    /// Non-ASCII scalars already folded; most text uses a few dozen.
    private var cache: [UInt32: [UInt8]] = [:]

    /// One place where folded and original offsets part ways. From `folded` on, bytes map to
    /// `original`, advancing one scalar per byte when `isRun`, else all to that one scalar.
    struct Checkpoint {
        var folded: Int32
        var original: Int32
        var isRun: Bool
    }

    /// Appends the folding of `scalars` to `output`. `checkpoints` get the offsets (relative to
    /// the start of this text) where the byte-per-scalar correspondence breaks. When
    /// `foldedOffsets` is given it gets, per original scalar, where its folding starts.
    mutating func fold(
        _ scalars: [Unicode.Scalar], into output: inout [UInt8], checkpoints: inout [Checkpoint],
        foldedOffsets: UnsafeMutableBufferPointer<Int32>? = nil, uppercase: ((Int) -> Void)? = nil
    ) {
        let base = output.count
        var inRun = true
        var lastWasSpace = true  // leading whitespace is dropped
        for (index, scalar) in scalars.enumerated() {
            let here = Int32(output.count - base)
            if let foldedOffsets, index < foldedOffsets.count { foldedOffsets[index] = here }
            let value = scalar.value
            if value < 0x80 {
                var byte = UInt8(value)
                if byte >= 0x41 && byte <= 0x5A {
                    byte |= 0x20
                    uppercase?(output.count)
                }
                if byte < 0x20 || byte == 0x7F { byte = 0x20 }
                if byte == 0x20 {
                    if lastWasSpace {
                        checkpoints.append(Checkpoint(folded: here, original: Int32(index + 1), isRun: true))
                        inRun = true
                        continue
                    }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                }
                if !inRun {
                    checkpoints.append(Checkpoint(folded: here, original: Int32(index), isRun: true))
                    inRun = true
                }
                output.append(byte)
                continue
            }
            var bytes = folded(scalar)
            if let uppercase, !bytes.isEmpty, scalar.properties.changesWhenLowercased { uppercase(output.count) }
            if bytes == [0x20] {
                if lastWasSpace { bytes = [] } else { lastWasSpace = true }
            } else if !bytes.isEmpty {
                lastWasSpace = false
            }
            if bytes.count == 1 {
                if !inRun {
                    checkpoints.append(Checkpoint(folded: here, original: Int32(index), isRun: true))
                    inRun = true
                }
                output.append(bytes[0])
                continue
            }
            if bytes.isEmpty {
                // Nothing written: the next byte belongs to the next scalar.
                checkpoints.append(Checkpoint(folded: here, original: Int32(index + 1), isRun: true))
                inRun = true
                continue
            }
            checkpoints.append(Checkpoint(folded: here, original: Int32(index), isRun: false))
            inRun = false
            output.append(contentsOf: bytes)
        }
        // Trailing space (from collapsed whitespace) would glue onto the separator: harmless, kept.
    }

    /// Folds a query term the same way, to bytes.
    mutating func fold(_ text: String) -> [UInt8] { foldMarkingUppercase(text).bytes }

    /// Folds a query term, and marks the bytes where an uppercase letter's folding starts.
    mutating func foldMarkingUppercase(_ text: String) -> (bytes: [UInt8], uppercase: [Bool]) {
        var output: [UInt8] = []
        var checkpoints: [Checkpoint] = []
        var marks: [Int] = []
        fold(Array(text.unicodeScalars), into: &output, checkpoints: &checkpoints, uppercase: { marks.append($0) })
        while output.last == 0x20 { output.removeLast() }
        var uppercase = [Bool](repeating: false, count: output.count)
        for mark in marks where mark < output.count { uppercase[mark] = true }
        return (output, uppercase)
    }

    private mutating func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = cache[scalar.value] { return known }
        let bytes = Self.computeFolding(scalar)
        cache[scalar.value] = bytes
        return bytes
    }

    static func computeFolding(_ scalar: Unicode.Scalar) -> [UInt8] {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format:
            return []
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
            return [0x20]
        case .initialPunctuation, .finalPunctuation:
            return ["“", "”", "„", "‟", "«", "»"].contains(scalar) ? [0x22] : [0x27]
        case .dashPunctuation:
            return [0x2D]
        default:
            break
        }
        if ["‚", "‛", "′"].contains(scalar) { return [0x27] }
        if ["″"].contains(scalar) { return [0x22] }
        let text = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            let category = $0.properties.generalCategory
            return category != .nonspacingMark && category != .enclosingMark && category != .spacingMark
        }))
        return Array(cleaned.lowercased().utf8)
    }

    /// Original scalar offset of folded byte `offset`, given one text's checkpoints (sorted by `folded`).
    static func original(of offset: Int, checkpoints: ArraySlice<Checkpoint>) -> Int {
        var low = checkpoints.startIndex
        var high = checkpoints.endIndex
        // Last checkpoint with folded <= offset.
        while low < high {
            let middle = (low + high) / 2
            if Int(checkpoints[middle].folded) <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > checkpoints.startIndex else { return offset }
        let checkpoint = checkpoints[low - 1]
        return checkpoint.isRun
            ? Int(checkpoint.original) + (offset - Int(checkpoint.folded))
            : Int(checkpoint.original)
    }
}
