import Foundation
import Synchronization

/// The inverted index over the search index's paragraphs (its units): every folded word (a
/// maximal run of word bytes, as `SearchIndex.isWordByte` says) with the sorted list of units
/// it occurs in, delta- and varint-compressed, in one byte image that is stored beside the
/// analysis and memory-mapped when read back (`WordIndex+Storage`).
///
/// It only ever narrows: a needle's word runs each lie inside one word of any paragraph that
/// holds the needle, so the units of the words containing every run are a superset of the
/// units the scan would find, and the scan then runs on those alone. Results are therefore
/// the same as without the index (`SearchIndexEquivalenceTests`).
public final class WordIndex: Sendable {
    /// The image's bytes, kept alive for as long as the index is (a mapping or an array).
    let storage: ByteStorage
    let unitCount: Int
    let termCount: Int
    /// Offsets of the four tables inside the image.
    private let termOffsetsAt: Int
    private let postingOffsetsAt: Int
    private let termBytesAt: Int
    let termBytesCount: Int
    private let postingsAt: Int
    let postingsCount: Int
    /// Where the stored search index (the folded text) lies in the image, after the postings.
    let foldedRange: Range<Int>

    /// Reads the tables' places from an image whose header and digest were checked.
    init(storage: ByteStorage, layout: Layout) {
        self.storage = storage
        unitCount = layout.unitCount
        termCount = layout.termCount
        termOffsetsAt = layout.tablesStart
        postingOffsetsAt = termOffsetsAt + 4 * (termCount + 1)
        termBytesAt = postingOffsetsAt + 8 * (termCount + 1)
        termBytesCount = layout.termBytesCount
        postingsAt = termBytesAt + termBytesCount
        postingsCount = layout.postingsCount
        foldedRange = (postingsAt + postingsCount)..<storage.bytes.count
    }

    /// The search index stored with this word index, read back without folding anything; nil
    /// when there is none, it is damaged, or it was not made from `corpus`'s paragraphs.
    func storedSearchIndex(for corpus: Corpus) -> SearchIndex? {
        guard !foldedRange.isEmpty else { return nil }
        let index = SearchIndex.stored(
            in: storage, range: foldedRange, paragraphCounts: corpus.documents.paragraphCounts)
        return index.flatMap { $0.units.count == unitCount ? $0 : nil }
    }

    struct Layout {
        var unitCount: Int
        var termCount: Int
        var termBytesCount: Int
        var postingsCount: Int
        var tablesStart: Int
    }

    private var bytes: UnsafeRawBufferPointer { storage.bytes }

    /// Start of term `number` in the term bytes (terms are separated by a 0 byte).
    func termStart(_ number: Int) -> Int {
        Int(bytes.loadUnaligned(fromByteOffset: termOffsetsAt + 4 * number, as: UInt32.self).littleEndian)
    }

    func postingStart(_ number: Int) -> Int {
        Int(bytes.loadUnaligned(fromByteOffset: postingOffsetsAt + 8 * number, as: UInt64.self).littleEndian)
    }

    /// The bytes of term `number`.
    func term(_ number: Int) -> UnsafeRawBufferPointer {
        let start = termStart(number)
        let end = termStart(number + 1) - 1
        return UnsafeRawBufferPointer(rebasing: bytes[(termBytesAt + start)..<(termBytesAt + end)])
    }

    /// Units that may hold every needle (folded bytes), sorted; nil when the index cannot
    /// narrow (a needle without word bytes, or one whose words cover most of the corpus).
    func candidateUnits(for needles: [[UInt8]]) -> [Int32]? {
        var combined: [UInt64]?
        for needle in needles {
            // A single letter is inside most words: its postings never narrow, and finding its
            // terms scanned the whole term table (a quarter of typing `oekraine r`).
            for run in Self.wordRuns(of: needle).sorted(by: { $0.count > $1.count }) where run.count >= 2 {
                guard let units = unitBits(containing: run) else { continue }
                if var known = combined {
                    for word in known.indices { known[word] &= units[word] }
                    combined = known
                } else {
                    combined = units
                }
            }
        }
        guard let combined else { return nil }
        var units: [Int32] = []
        for (word, bits) in combined.enumerated() where bits != 0 {
            var rest = bits
            while rest != 0 {
                units.append(Int32(word * 64 + rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
        return units
    }

    /// The maximal runs of word bytes in `needle`.
    static func wordRuns(of needle: [UInt8]) -> [[UInt8]] {
        needle.split(whereSeparator: { !SearchIndex.isWordByte($0) }).map(Array.init)
    }

    /// One bit per unit holding a word that contains `run`; nil when that is so many units'
    /// worth of postings that reading them costs more than it saves.
    func unitBits(containing run: [UInt8]) -> [UInt64]? {
        let terms = terms(containing: run)
        var postingBytes = 0
        for number in terms { postingBytes += postingStart(number + 1) - postingStart(number) }
        guard postingBytes <= max(unitCount, 64) * 2 else { return nil }
        var bits = [UInt64](repeating: 0, count: unitCount / 64 + 1)
        for number in terms {
            forEachUnit(ofTerm: number) { unit in
                if unit >= 0, unit < unitCount { bits[unit >> 6] |= 1 << UInt64(unit & 63) }
            }
        }
        return bits
    }

    /// The units of term `number`, in order.
    func forEachUnit(ofTerm number: Int, _ body: (Int) -> Void) {
        var offset = postingsAt + postingStart(number)
        let end = postingsAt + postingStart(number + 1)
        var unit = -1
        while offset < end {
            var delta = 0
            var shift = 0
            while offset < end {
                let byte = bytes[offset]
                offset += 1
                delta |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { break }
            }
            unit += delta
            body(unit)
        }
    }

    /// Numbers of the terms that contain `run` anywhere (a match inside a word counts, as it
    /// does for the scan). The term bytes are scanned once; when `run` extends the run asked
    /// for last (typing), only that run's terms are checked again.
    func terms(containing run: [UInt8]) -> [Int] {
        guard !run.isEmpty, termCount > 0 else { return [] }
        if let (previous, terms) = lastTerms.withLock({ $0 }), Self.contains(run, previous) {
            let narrowed = terms.filter { number in
                run.withUnsafeBytes { needle in
                    let word = term(number)
                    return Self.find(needle, in: word, from: 0) != nil
                }
            }
            lastTerms.withLock { $0 = (run, narrowed) }
            return narrowed
        }
        var found: [Int] = []
        let termBytes = UnsafeRawBufferPointer(rebasing: bytes[termBytesAt..<(termBytesAt + termBytesCount)])
        do {
            run.withUnsafeBytes { needle in
                var position = 0
                while position < termBytes.count {
                    guard let offset = Self.find(needle, in: termBytes, from: position) else { break }
                    let number = termNumber(containing: offset)
                    found.append(number)
                    position = termStart(number + 1)
                }
            }
        }
        lastTerms.withLock { $0 = (run, found) }
        return found
    }

    /// Where `needle` first occurs in `haystack` at or after `start`: `memchr` for its first
    /// byte, then a compare.
    static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty else { return nil }
        let first = Int32(needle[0])
        var position = start
        let last = haystack.count - needle.count
        while position <= last {
            guard let hit = memchr(base + position, first, last - position + 1) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + at, pattern, needle.count) == 0 { return at }
            position = at + 1
        }
        return nil
    }

    /// The last run looked up and its terms, for the next keystroke.
    private let lastTerms = Mutex<([UInt8], [Int])?>(nil)

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        if needle.isEmpty { return true }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The terms that begin with `prefix`: a range of the sorted table, by binary search.
    func termsBeginning(with prefix: [UInt8]) -> Range<Int> {
        let lower = firstTerm { Self.compare($0, prefix) >= 0 }
        let upper = firstTerm { !$0.starts(with: prefix) && Self.compare($0, prefix) > 0 }
        return lower..<max(lower, upper)
    }

    /// The first term for which `isPast` holds (it holds for every later one).
    private func firstTerm(where isPast: (UnsafeRawBufferPointer) -> Bool) -> Int {
        var low = 0
        var high = termCount
        while low < high {
            let middle = (low + high) / 2
            if isPast(term(middle)) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The term whose bytes hold offset `offset` of the term bytes.
    private func termNumber(containing offset: Int) -> Int {
        var low = 0
        var high = termCount
        while low < high {
            let middle = (low + high) / 2
            if termStart(middle) <= offset { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// Byte order, as the table is sorted.
    static func compare(_ lhs: UnsafeRawBufferPointer, _ rhs: [UInt8]) -> Int {
        let count = min(lhs.count, rhs.count)
        for index in 0..<count where lhs[index] != rhs[index] {
            return lhs[index] < rhs[index] ? -1 : 1
        }
        return lhs.count == rhs.count ? 0 : (lhs.count < rhs.count ? -1 : 1)
    }
}

/// Bytes that stay put for as long as something holds this: a memory-mapped file (unmapped
/// when released) or an array.
final class ByteStorage: @unchecked Sendable {
    // Never written after init; the mapping is read-only.
    let bytes: UnsafeRawBufferPointer
    private let release: @Sendable () -> Void

    init(bytes: UnsafeRawBufferPointer, release: @escaping @Sendable () -> Void) {
        self.bytes = bytes
        self.release = release
    }

    /// A private copy of `array`.
    convenience init(copying array: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(array.count, 1), alignment: 8)
        array.withUnsafeBytes { source in
            if let base = source.baseAddress { memory.baseAddress?.copyMemory(from: base, byteCount: source.count) }
        }
        nonisolated(unsafe) let owned = memory
        self.init(bytes: UnsafeRawBufferPointer(rebasing: memory[0..<array.count])) { owned.deallocate() }
    }

    deinit { release() }
}
