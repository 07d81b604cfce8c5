import Foundation

/// The word index as one byte image, the form it is stored and mapped in:
///
///     "peacetalks-index" version digest(32 hex digits over the rest)
///     unitCount termCount termBytesCount postingsCount     (UInt64, little-endian)
///     termOffsets[termCount + 1]                            (UInt32: start of each term in termBytes)
///     postingOffsets[termCount + 1]                         (UInt64: start of each list in postings)
///     termBytes                                             (the terms in byte order, each followed by 0)
///     postings                                              (per term, unit-number gaps as LEB128 varints)
///     the search index's folded text, with a digest of its own  (`SearchIndex+Storage`)
///
/// The digest covers the word index alone, so opening an analysis reads none of the folded text.
extension WordIndex {
    static let magic = Array("peacetalks-index".utf8)
    /// Bump whenever the layout above changes.
    static let formatVersion: UInt8 = 2
    static let digestLength = 32
    private static let countsStart = magic.count + 1 + digestLength
    private static let tablesStart = countsStart + 4 * 8

    /// Whether `bytes` begin as every stored word index does: how the cache tells its files.
    static func hasHeader(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic)
    }

    /// The index of `corpus`'s searchable paragraphs, built in memory (not stored).
    public static func built(from corpus: Corpus) -> WordIndex? {
        try? WordIndex(storage: ByteStorage(copying: image(of: corpus)))
    }

    /// The image of `corpus`'s word index, to store beside its analysis.
    public static func image(of corpus: Corpus) -> [UInt8] {
        let index = SearchIndex(corpus: corpus)
        return image(of: index) + index.storedImage()
    }

    /// An index over stored bytes, checked: a damaged image throws rather than misleads.
    convenience init(storage: ByteStorage) throws {
        let bytes = storage.bytes
        func failure(_ reason: String) -> ArchiveError { ArchiveError(offset: 0, reason: reason) }
        guard bytes.count >= Self.tablesStart, Self.hasHeader(bytes) else { throw failure("not a peacetalks word index") }
        guard bytes[Self.magic.count] == Self.formatVersion else { throw failure("word index format \(bytes[Self.magic.count])") }
        func count(_ field: Int) -> Int {
            Int(truncatingIfNeeded: bytes.loadUnaligned(fromByteOffset: Self.countsStart + 8 * field, as: UInt64.self).littleEndian)
        }
        let layout = Layout(
            unitCount: count(0), termCount: count(1), termBytesCount: count(2), postingsCount: count(3),
            tablesStart: Self.tablesStart)
        let fields: [Int] = [layout.unitCount, layout.termCount, layout.termBytesCount, layout.postingsCount]
        let limit = 1 << 40
        guard fields.allSatisfy({ $0 >= 0 && $0 < limit }) else { throw failure("the word index's counts are out of range") }
        let tables: Int = 12 * (layout.termCount + 1)
        let expected: Int = Self.tablesStart + tables + layout.termBytesCount + layout.postingsCount
        guard expected <= bytes.count else { throw failure("the word index's tables do not fit its size") }
        let contents = UnsafeRawBufferPointer(rebasing: bytes[Self.countsStart..<expected])
        guard CorpusArchive.digest(of: contents).elementsEqual(bytes[(Self.magic.count + 1)..<Self.countsStart]) else {
            throw failure("the word index is damaged (digest mismatch)")
        }
        self.init(storage: storage, layout: layout)
        guard tablesAreOrdered() else { throw failure("the word index's tables are out of order") }
    }

    /// Every term's start and list within bounds and in order, so no read can leave the image.
    private func tablesAreOrdered() -> Bool {
        var previousTerm = -1
        var previousList = 0
        for number in 0...termCount {
            let term = termStart(number)
            let list = postingStart(number)
            guard term > previousTerm || number == 0, list >= previousList else { return false }
            previousTerm = term
            previousList = list
        }
        return termStart(0) == 0 && postingStart(0) == 0
            && termStart(termCount) == termBytesCount && postingStart(termCount) == postingsCount
    }

    /// The image: terms gathered per unit in one pass over the folded bytes, then sorted.
    static func image(of index: SearchIndex) -> [UInt8] {
        var builder = Builder()
        index.buffer.withUnsafeBufferPointer { buffer in
            for (number, unit) in index.units.enumerated() {
                var position = unit.start
                while position < unit.end {
                    guard SearchIndex.isWordByte(buffer[position]) else {
                        position += 1
                        continue
                    }
                    let start = position
                    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                    while position < unit.end, SearchIndex.isWordByte(buffer[position]) {
                        hash = (hash ^ UInt64(buffer[position])) &* 0x100_0000_01B3
                        position += 1
                    }
                    builder.add(UnsafeBufferPointer(rebasing: buffer[start..<position]), hash: hash, unit: Int32(number))
                }
            }
        }
        return builder.image(unitCount: index.units.count)
    }

    /// Terms and their units while the image is built.
    private struct Builder {
        var firstByHash: [UInt64: Int32] = [:]
        /// Terms whose hash another term has already (rare): looked up by their bytes.
        var collided: [[UInt8]: Int32] = [:]
        var terms: [[UInt8]] = []
        var lists: [[Int32]] = []

        mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, unit: Int32) {
            let number: Int
            if let known = firstByHash[hash] {
                if terms[Int(known)].elementsEqual(word) {
                    number = Int(known)
                } else {
                    let bytes = Array(word)
                    if let other = collided[bytes] {
                        number = Int(other)
                    } else {
                        number = terms.count
                        collided[bytes] = Int32(number)
                        terms.append(bytes)
                        lists.append([])
                    }
                }
            } else {
                number = terms.count
                firstByHash[hash] = Int32(number)
                terms.append(Array(word))
                lists.append([])
            }
            if lists[number].last != unit { lists[number].append(unit) }
        }

        func image(unitCount: Int) -> [UInt8] {
            let order = terms.indices.sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
            var termBytes: [UInt8] = []
            var postings: [UInt8] = []
            var termOffsets: [UInt32] = [0]
            var postingOffsets: [UInt64] = [0]
            for number in order {
                termBytes += terms[number]
                termBytes.append(0)
                termOffsets.append(UInt32(termBytes.count))
                var previous: Int32 = -1
                for unit in lists[number] {
                    var gap = UInt64(unit - previous)
                    previous = unit
                    while gap >= 0x80 {
                        postings.append(UInt8(truncatingIfNeeded: gap) | 0x80)
                        gap >>= 7
                    }
                    postings.append(UInt8(gap))
                }
                postingOffsets.append(UInt64(postings.count))
            }
            var image = WordIndex.magic + [WordIndex.formatVersion] + [UInt8](repeating: 0, count: WordIndex.digestLength)
            image.reserveCapacity(image.count + 32 + 12 * termOffsets.count + termBytes.count + postings.count)
            for field in [unitCount, order.count, termBytes.count, postings.count] {
                withUnsafeBytes(of: UInt64(field).littleEndian) { image += $0 }
            }
            for offset in termOffsets { withUnsafeBytes(of: offset.littleEndian) { image += $0 } }
            for offset in postingOffsets { withUnsafeBytes(of: offset.littleEndian) { image += $0 } }
            image += termBytes
            image += postings
            let digest = image.withUnsafeBytes {
                CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: $0[WordIndex.countsStart...]))
            }
            image.replaceSubrange((WordIndex.magic.count + 1)..<WordIndex.countsStart, with: digest)
            return image
        }
    }
}
