import Foundation

/// The corpus folded once for searching: every searchable paragraph's folded bytes in one
/// contiguous buffer (each followed by a 0 byte, which no folded query contains), with the
/// maps back to original scalar offsets.
final class SearchIndex: Sendable {
    /// One searchable paragraph (headings are left out).
    struct Unit: Sendable {
        var document: Int32
        var paragraph: Int32
        /// Where its folded bytes lie in `buffer`.
        var start: Int
        var end: Int
        /// Its range in `checkpoints`.
        var checkpointStart: Int32
        var checkpointEnd: Int32
        /// Its range in `quotes`.
        var quoteStart: Int32
        var quoteEnd: Int32
        /// For a pull quote: the unit of the paragraph it repeats.
        var repeatsUnit: Int32
        var scalarCount: Int32
    }

    /// A quote inside a unit, in folded offsets relative to the unit's start.
    struct QuoteRange: Sendable {
        var index: Int32
        var start: Int32
        var end: Int32
        /// The unit of the quote it repeats, or -1.
        var repeatsUnit: Int32
    }

    let buffer: FoldedBytes
    let units: [Unit]
    let checkpoints: [TextFolder.Checkpoint]
    let quotes: [QuoteRange]
    /// Per document, per paragraph: its unit, or -1 for a heading.
    let unitByParagraph: [[Int32]]
    /// One bit per byte of `buffer`: set where an uppercase letter's folding starts (smart case).
    let uppercase: [UInt64]
    /// How often each byte value occurs, to scan for a needle's rarest byte.
    let byteFrequency: [Int]
    /// Per unit, each letter's count and best strength: one-letter words without the text.
    /// Made on first use: only typing a one-letter word needs it, and a one-shot search
    /// should not pay for it.
    var letters: LetterSummary { lettersOnce.value }
    /// The units' ends and flags, packed for the early ranking; made on first use.
    var layout: UnitLayout { layoutOnce.value }
    private let lettersOnce: OnceValue<LetterSummary>
    private let layoutOnce: OnceValue<UnitLayout>
    /// The last query's candidate paragraphs, for the next keystroke.
    let narrowing: SearchNarrowing

    convenience init(corpus: Corpus) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(corpus.documents.reduce(0) { total, document in
            total + document.paragraphs.reduce(0) { $0 + $1.text.utf8.count + 1 }
        })
        var units: [Unit] = []
        var checkpoints: [TextFolder.Checkpoint] = []
        var quotes: [QuoteRange] = []
        var unitByParagraph: [[Int32]] = []
        var uppercase = [UInt64](repeating: 0, count: buffer.capacity / 64 + 1)
        var repeats: [(unit: Int, paragraph: Int)] = []
        var quoteRepeats: [(quote: Int, document: Int, quoteIndex: Int)] = []

        // Documents are folded on every core, a wave of parts at a time (so the parts never
        // hold a second copy of the whole corpus), and the parts joined in document order.
        let documentsPerPart = 32
        let partsPerWave = 16
        let partStarts = Array(stride(from: 0, to: corpus.documents.count, by: documentsPerPart))
        var wave = 0
        while wave < partStarts.count {
            let starts = Array(partStarts[wave..<min(partStarts.count, wave + partsPerWave)])
            let parts = starts.concurrentMap { start in
                Part(corpus: corpus, documents: start..<min(corpus.documents.count, start + documentsPerPart))
            }
            for part in parts {
                let bufferBase = buffer.count
                let unitBase = Int32(units.count)
                let checkpointBase = Int32(checkpoints.count)
                let quoteBase = Int32(quotes.count)
                buffer.append(contentsOf: part.buffer)
                for offset in part.uppercase {
                    let position = bufferBase + offset
                    if position >> 6 >= uppercase.count { uppercase.append(contentsOf: repeatElement(0, count: position >> 6 - uppercase.count + 1)) }
                    uppercase[position >> 6] |= 1 << UInt64(position & 63)
                }
                for var unit in part.units {
                    unit.start += bufferBase
                    unit.end += bufferBase
                    unit.checkpointStart += checkpointBase
                    unit.checkpointEnd += checkpointBase
                    unit.quoteStart += quoteBase
                    unit.quoteEnd += quoteBase
                    units.append(unit)
                }
                checkpoints.append(contentsOf: part.checkpoints)
                quotes.append(contentsOf: part.quotes)
                for map in part.unitByParagraph {
                    unitByParagraph.append(map.map { $0 >= 0 ? $0 + unitBase : $0 })
                }
                repeats += part.repeats.map { ($0.unit + Int(unitBase), $0.paragraph) }
                quoteRepeats += part.quoteRepeats.map { ($0.quote + Int(quoteBase), $0.document, $0.quoteIndex) }
            }
            wave += partsPerWave
        }
        for (unit, paragraph) in repeats {
            let document = Int(units[unit].document)
            if unitByParagraph[document].indices.contains(paragraph) {
                units[unit].repeatsUnit = unitByParagraph[document][paragraph]
            }
        }
        for (quote, document, repeated) in quoteRepeats {
            let quotesOfDocument = corpus.documents[document].quotes
            guard quotesOfDocument.indices.contains(repeated) else { continue }
            let paragraph = quotesOfDocument[repeated].paragraph
            if unitByParagraph[document].indices.contains(paragraph) {
                quotes[quote].repeatsUnit = unitByParagraph[document][paragraph]
            }
        }
        var frequency = [Int](repeating: 0, count: 256)
        for byte in buffer { frequency[Int(byte)] += 1 }
        self.init(
            buffer: FoldedBytes(copying: buffer), units: units, checkpoints: checkpoints, quotes: quotes,
            unitByParagraph: unitByParagraph, uppercase: uppercase, byteFrequency: frequency)
    }

    /// An index from its parts: folded just now, or read back from the stored index file.
    init(
        buffer: FoldedBytes, units: [Unit], checkpoints: [TextFolder.Checkpoint], quotes: [QuoteRange],
        unitByParagraph: [[Int32]], uppercase: [UInt64], byteFrequency: [Int]
    ) {
        self.buffer = buffer
        self.units = units
        self.checkpoints = checkpoints
        self.quotes = quotes
        self.unitByParagraph = unitByParagraph
        self.byteFrequency = byteFrequency
        self.uppercase = uppercase
        // A list holds 13 bytes per position: at most an eighth of the corpus bytes each.
        narrowing = SearchNarrowing(positionsBudget: max(buffer.count / 100, 65_536))
        lettersOnce = OnceValue { LetterSummary(buffer: buffer, units: units) }
        layoutOnce = OnceValue { UnitLayout(units: units, quotes: quotes) }
    }

    /// Original scalar span of the folded range [start, end) of `unit` (offsets relative to the unit).
    func originalSpan(unit: Unit, start: Int, end: Int) -> TextSpan {
        let slice = checkpoints[Int(unit.checkpointStart)..<Int(unit.checkpointEnd)]
        let length = unit.end - unit.start
        let lower = TextFolder.original(of: start, checkpoints: slice)
        var upper = end < length ? TextFolder.original(of: end, checkpoints: slice) : Int(unit.scalarCount)
        let last = TextFolder.original(of: max(start, end - 1), checkpoints: slice)
        if upper <= last { upper = last + 1 }
        let count = Int(unit.scalarCount)
        return TextSpan(start: min(lower, count), end: min(max(upper, lower), count))
    }

    /// Calls `found` with each offset in `buffer[range]` where `needle` starts, in order,
    /// until it returns false. Scans for the needle's rarest byte with `memchr`.
    func occurrences(of needle: [UInt8], in range: Range<Int>, _ found: (Int) -> Bool) {
        guard !needle.isEmpty, range.count >= needle.count else { return }
        var pivot = 0
        for (index, byte) in needle.enumerated() where byteFrequency[Int(byte)] < byteFrequency[Int(needle[pivot])] {
            pivot = index
        }
        let pivotByte = Int32(needle[pivot])
        buffer.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                var position = range.lowerBound + pivot
                let last = range.upperBound - needle.count + pivot  // last position the pivot may sit at
                while position <= last {
                    guard let hit = memchr(base + position, pivotByte, last - position + 1) else { return }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let start = at - pivot
                    if memcmp(base + start, patternBase, needle.count) == 0 {
                        if !found(start) { return }
                    }
                    position = at + 1
                }
            }
        }
    }

    /// The unit whose bytes contain buffer offset `offset` (binary search on starts).
    func unit(containing offset: Int) -> Int {
        units.withUnsafeBufferPointer { Self.unit(containing: offset, in: $0) }
    }

    static func unit(containing offset: Int, in units: UnsafeBufferPointer<Unit>) -> Int {
        var low = 0
        var high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    func isUppercase(at offset: Int) -> Bool {
        let word = offset >> 6
        return word < uppercase.count && uppercase[word] & (1 << UInt64(offset & 63)) != 0
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }
}

/// The folded form of a run of documents, with offsets relative to the part: built on any
/// thread, joined into the index in document order.
private struct Part: Sendable {
    let buffer: [UInt8]
    let units: [SearchIndex.Unit]
    let checkpoints: [TextFolder.Checkpoint]
    let quotes: [SearchIndex.QuoteRange]
    let unitByParagraph: [[Int32]]
    /// Offsets in `buffer` where an uppercase letter's folding starts.
    let uppercase: [Int]
    let repeats: [(unit: Int, paragraph: Int)]
    let quoteRepeats: [(quote: Int, document: Int, quoteIndex: Int)]

    init(corpus: Corpus, documents: Range<Int>) {
        var folder = TextFolder()
        var buffer: [UInt8] = []
        var units: [SearchIndex.Unit] = []
        var checkpoints: [TextFolder.Checkpoint] = []
        var quotes: [SearchIndex.QuoteRange] = []
        var unitByParagraph: [[Int32]] = []
        var uppercase: [Int] = []
        var repeats: [(unit: Int, paragraph: Int)] = []
        var quoteRepeats: [(quote: Int, document: Int, quoteIndex: Int)] = []
        for documentIndex in documents {
            let document = corpus.documents[documentIndex]
            var map = [Int32](repeating: -1, count: document.paragraphs.count)
            var quotesByParagraph: [Int: [Int]] = [:]
            for (index, quote) in document.quotes.enumerated() {
                quotesByParagraph[quote.paragraph, default: []].append(index)
            }
            for (paragraphIndex, paragraph) in document.paragraphs.enumerated() where paragraph.kind != .heading {
                let scalars = Array(paragraph.text.unicodeScalars)
                let start = buffer.count
                let checkpointStart = checkpoints.count
                var offsets = [Int32](repeating: 0, count: scalars.count + 1)
                offsets.withUnsafeMutableBufferPointer { pointer in
                    folder.fold(scalars, into: &buffer, checkpoints: &checkpoints, foldedOffsets: pointer) { offset in
                        uppercase.append(offset)
                    }
                }
                offsets[scalars.count] = Int32(buffer.count - start)
                let end = buffer.count
                buffer.append(0)
                let quoteStart = quotes.count
                for quoteIndex in quotesByParagraph[paragraphIndex] ?? [] {
                    let span = document.quotes[quoteIndex].span
                    let lower = max(0, min(span.start, scalars.count))
                    let upper = max(lower, min(span.end, scalars.count))
                    if let repeated = document.quotes[quoteIndex].repeatsQuote {
                        quoteRepeats.append((quotes.count, documentIndex, repeated))
                    }
                    quotes.append(SearchIndex.QuoteRange(
                        index: Int32(quoteIndex), start: offsets[lower], end: offsets[upper], repeatsUnit: -1))
                }
                map[paragraphIndex] = Int32(units.count)
                if paragraph.kind == .pullquote, let repeated = paragraph.repeatsParagraph {
                    repeats.append((units.count, repeated))
                }
                units.append(SearchIndex.Unit(
                    document: Int32(documentIndex), paragraph: Int32(paragraphIndex), start: start, end: end,
                    checkpointStart: Int32(checkpointStart), checkpointEnd: Int32(checkpoints.count),
                    quoteStart: Int32(quoteStart), quoteEnd: Int32(quotes.count), repeatsUnit: -1,
                    scalarCount: Int32(scalars.count)))
            }
            unitByParagraph.append(map)
        }
        self.buffer = buffer
        self.units = units
        self.checkpoints = checkpoints
        self.quotes = quotes
        self.unitByParagraph = unitByParagraph
        self.uppercase = uppercase
        self.repeats = repeats
        self.quoteRepeats = quoteRepeats
    }
}
