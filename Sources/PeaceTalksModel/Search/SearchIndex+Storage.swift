import Foundation

/// The search index's folded text and tables as bytes, stored after the word index in the same
/// file, so that a warm search maps them instead of folding every paragraph again:
///
///     "peacetalks-fold" version digest(32 hex digits over the rest)
///     bufferCount unitCount checkpointCount quoteCount uppercaseCount   (UInt64, little-endian)
///     byteFrequency[256]                                                (UInt64)
///     units[unitCount]              (document, paragraph: Int32; start, end: Int64;
///                                    checkpointStart, checkpointEnd, quoteStart, quoteEnd,
///                                    repeatsUnit, scalarCount: Int32)
///     checkpoints[checkpointCount]  (folded, original: Int32; isRun: UInt8)
///     quotes[quoteCount]            (index, start, end, repeatsUnit: Int32)
///     uppercase[uppercaseCount]     (UInt64)
///     buffer[bufferCount]           (the folded bytes)
///
/// Its digest is checked when a search engine first reads it, not when the analysis is
/// opened: a summary or an export never touches these pages.
extension SearchIndex {
    static let foldMagic = Array("peacetalks-fold".utf8)
    /// Bump whenever the layout above changes.
    static let foldVersion: UInt8 = 1
    private static let foldCountsStart = foldMagic.count + 1 + CorpusArchive.digestLength
    private static let foldTablesStart = foldCountsStart + 5 * 8 + 256 * 8
    private static let unitSize = 48
    private static let checkpointSize = 9
    private static let quoteSize = 16

    /// The image of this index's folded text and tables.
    func storedImage() -> [UInt8] {
        var image = Self.foldMagic + [Self.foldVersion] + [UInt8](repeating: 0, count: CorpusArchive.digestLength)
        image.reserveCapacity(
            Self.foldTablesStart + Self.unitSize * units.count + Self.checkpointSize * checkpoints.count
                + Self.quoteSize * quotes.count + 8 * uppercase.count + buffer.count)
        func put<Value: FixedWidthInteger>(_ value: Value) {
            withUnsafeBytes(of: value.littleEndian) { image += $0 }
        }
        for count in [buffer.count, units.count, checkpoints.count, quotes.count, uppercase.count] { put(UInt64(count)) }
        for count in byteFrequency { put(UInt64(count)) }
        for unit in units {
            put(unit.document)
            put(unit.paragraph)
            put(Int64(unit.start))
            put(Int64(unit.end))
            for field in [unit.checkpointStart, unit.checkpointEnd, unit.quoteStart, unit.quoteEnd, unit.repeatsUnit, unit.scalarCount] {
                put(field)
            }
        }
        for checkpoint in checkpoints {
            put(checkpoint.folded)
            put(checkpoint.original)
            image.append(checkpoint.isRun ? 1 : 0)
        }
        for quote in quotes {
            for field in [quote.index, quote.start, quote.end, quote.repeatsUnit] { put(field) }
        }
        for word in uppercase { put(word) }
        buffer.withUnsafeBufferPointer { image += $0 }
        let digest = image.withUnsafeBytes {
            CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: $0[Self.foldCountsStart...]))
        }
        image.replaceSubrange((Self.foldMagic.count + 1)..<Self.foldCountsStart, with: digest)
        return image
    }

    /// The index stored in `storage[range]`, for a corpus whose documents have `paragraphCounts`
    /// paragraphs; nil when it is damaged or does not fit them (the caller then folds anew).
    static func stored(in storage: ByteStorage, range: Range<Int>, paragraphCounts: [Int]) -> SearchIndex? {
        let bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[range])
        guard bytes.count >= foldTablesStart, bytes.prefix(foldMagic.count).elementsEqual(foldMagic),
            bytes[foldMagic.count] == foldVersion,
            CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: bytes[foldCountsStart...]))
                .elementsEqual(bytes[(foldMagic.count + 1)..<foldCountsStart])
        else { return nil }
        func word(_ offset: Int) -> Int {
            Int(truncatingIfNeeded: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
        }
        func int32(_ offset: Int) -> Int32 {
            bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self).littleEndian
        }
        let counts = (0..<5).map { word(foldCountsStart + 8 * $0) }
        guard counts.allSatisfy({ $0 >= 0 && $0 < 1 << 40 }) else { return nil }
        let (bufferCount, unitCount, checkpointCount, quoteCount, uppercaseCount) = (counts[0], counts[1], counts[2], counts[3], counts[4])
        let unitsAt = foldTablesStart
        let checkpointsAt = unitsAt + unitSize * unitCount
        let quotesAt = checkpointsAt + checkpointSize * checkpointCount
        let uppercaseAt = quotesAt + quoteSize * quoteCount
        let bufferAt = uppercaseAt + 8 * uppercaseCount
        guard bufferAt + bufferCount == bytes.count else { return nil }

        let frequency = (0..<256).map { word(foldCountsStart + 5 * 8 + 8 * $0) }
        var units: [Unit] = []
        units.reserveCapacity(unitCount)
        var unitByParagraph = paragraphCounts.map { [Int32](repeating: -1, count: $0) }
        var previousEnd = 0
        for number in 0..<unitCount {
            let at = unitsAt + unitSize * number
            let unit = Unit(
                document: int32(at), paragraph: int32(at + 4), start: word(at + 8), end: word(at + 16),
                checkpointStart: int32(at + 24), checkpointEnd: int32(at + 28), quoteStart: int32(at + 32),
                quoteEnd: int32(at + 36), repeatsUnit: int32(at + 40), scalarCount: int32(at + 44))
            // Everything a search indexes with must lie inside the tables and the corpus.
            let document = Int(unit.document)
            guard paragraphCounts.indices.contains(document), (0..<paragraphCounts[document]).contains(Int(unit.paragraph)),
                previousEnd <= unit.start, unit.start <= unit.end, unit.end < bufferCount,
                0 <= unit.checkpointStart, unit.checkpointStart <= unit.checkpointEnd, Int(unit.checkpointEnd) <= checkpointCount,
                0 <= unit.quoteStart, unit.quoteStart <= unit.quoteEnd, Int(unit.quoteEnd) <= quoteCount,
                (-1..<Int32(unitCount)).contains(unit.repeatsUnit), unit.scalarCount >= 0
            else { return nil }
            previousEnd = unit.end
            unitByParagraph[document][Int(unit.paragraph)] = Int32(number)
            units.append(unit)
        }
        let checkpoints = (0..<checkpointCount).map { number in
            let at = checkpointsAt + checkpointSize * number
            return TextFolder.Checkpoint(folded: int32(at), original: int32(at + 4), isRun: bytes[at + 8] != 0)
        }
        var quotes: [QuoteRange] = []
        quotes.reserveCapacity(quoteCount)
        for number in 0..<quoteCount {
            let at = quotesAt + quoteSize * number
            let quote = QuoteRange(index: int32(at), start: int32(at + 4), end: int32(at + 8), repeatsUnit: int32(at + 12))
            guard quote.index >= 0, quote.start <= quote.end, (-1..<Int32(unitCount)).contains(quote.repeatsUnit) else { return nil }
            quotes.append(quote)
        }
        let uppercase = (0..<uppercaseCount).map { UInt64(bitPattern: Int64(word(uppercaseAt + 8 * $0))) }
        let start = range.lowerBound + bufferAt
        return SearchIndex(
            buffer: FoldedBytes(storage: storage, range: start..<(start + bufferCount)), units: units,
            checkpoints: checkpoints, quotes: quotes, unitByParagraph: unitByParagraph, uppercase: uppercase,
            byteFrequency: frequency)
    }
}
