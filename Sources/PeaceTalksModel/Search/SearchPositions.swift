import Foundation

/// Every place in the folded corpus where one needle's bytes start, sorted: a fact about the
/// buffer, true whatever the query around it. Typing grows a word one letter at a time, and
/// every start of the longer word lies at a known start of the shorter one, so the next
/// keystroke checks those starts instead of scanning the paragraphs again.
struct KnownPositions: Sendable {
    var bytes: [UInt8]
    /// Absolute offsets in `SearchIndex.buffer`, ascending, every one of them.
    var positions: [Int32]
    /// Per position, the byte before it and the bytes after the match (first in the low
    /// byte), `afterCount` of them valid: a longer word typed and its strength are told from
    /// these without reading the corpus again, which at this size is a cache miss per position.
    var before: [UInt8]
    var after: [UInt64]
    var afterCount: Int

    /// The memory it holds, in bytes.
    var byteCount: Int { positions.count * (4 + 1 + 8) }

    /// 3 whole word, 2 word prefix, 1 inside a word, as `SearchRun.strength` tells it.
    func strength(at index: Int) -> Int {
        let startsWord = !SearchIndex.isWordByte(before[index])
        // Past a unit's end lies its 0 separator, which is no word byte either. Derivation
        // keeps at least one byte after, so the low byte is always known.
        let endsWord = !SearchIndex.isWordByte(UInt8(truncatingIfNeeded: after[index]))
        if startsWord && endsWord { return 3 }
        return startsWord ? 2 : 1
    }
}

extension SearchIndex {
    /// Offsets fit in 32 bits: lists are half the size, and a larger corpus simply scans.
    var positionsFit: Bool { buffer.count < Int(Int32.max) }

    /// Every start of `needle` in the whole buffer, both halves at once when it is large, with
    /// the bytes around each.
    func allPositions(of needle: [UInt8], cancellation: SearchCancellation? = nil) -> KnownPositions? {
        guard positionsFit, !needle.isEmpty else { return nil }
        guard !units.isEmpty else { return KnownPositions(bytes: needle, positions: [], before: [], after: [], afterCount: 8) }
        let chunks = buffer.count >= 4_000_000 ? max(1, min(2, ProcessInfo.processInfo.activeProcessorCount)) : 1
        let unitCount = units.count
        let parts = Array(0..<chunks).concurrentMap { chunk -> [Int32] in
            // Chunks end on unit boundaries, so no match straddles two of them.
            let lowerUnit = unitCount * chunk / chunks
            let upperUnit = unitCount * (chunk + 1) / chunks
            guard lowerUnit < upperUnit else { return [] }
            var found: [Int32] = []
            self.occurrences(of: needle, in: self.units[lowerUnit].start..<self.units[upperUnit - 1].end) { start in
                found.append(Int32(start))
                return found.count & 4095 != 0 || !(cancellation?.isCancelled ?? false)
            }
            return found
        }
        // A list cut short is no list of every position: it must never be kept.
        if cancellation?.isCancelled == true { return nil }
        return withContext(needle, parts.count == 1 ? parts[0] : Array(parts.joined()))
    }

    /// Every start of `needle` in `units` (sorted), which must hold every unit it occurs in.
    func allPositions(of needle: [UInt8], inUnits units: [Int32], cancellation: SearchCancellation? = nil) -> KnownPositions? {
        guard positionsFit, !needle.isEmpty else { return nil }
        var found: [Int32] = []
        for (number, unit) in units.enumerated() {
            if number & 1023 == 1023, cancellation?.isCancelled == true { return nil }
            let record = self.units[Int(unit)]
            occurrences(of: needle, in: record.start..<record.end) { start in
                found.append(Int32(start))
                return true
            }
        }
        return withContext(needle, found)
    }

    /// `positions` of `needle` with the bytes around each, read from the buffer.
    func withContext(_ needle: [UInt8], _ positions: [Int32]) -> KnownPositions {
        var before = [UInt8](repeating: 0, count: positions.count)
        var after = [UInt64](repeating: 0, count: positions.count)
        buffer.withUnsafeBufferPointer { haystack in
            for (index, position) in positions.enumerated() {
                let start = Int(position)
                if start > 0 { before[index] = haystack[start - 1] }
                var word: UInt64 = 0
                let end = start + needle.count
                for shift in 0..<8 where end + shift < haystack.count {
                    word |= UInt64(haystack[end + shift]) << UInt64(8 * shift)
                }
                after[index] = word
            }
        }
        return KnownPositions(bytes: needle, positions: positions, before: before, after: after, afterCount: 8)
    }

    /// The starts of `needle` derived from a known list of a word it contains: each start of
    /// `needle` holds that word at the same distance, so only those places are compared.
    /// A word grown at its end is told from the bytes kept after each match, without the buffer.
    func derivePositions(of needle: [UInt8], from known: [KnownPositions], cancellation: SearchCancellation? = nil) -> KnownPositions? {
        guard positionsFit, !needle.isEmpty else { return nil }
        var best: (source: KnownPositions, shift: Int)?
        for source in known where !source.bytes.isEmpty && source.bytes.count <= needle.count {
            guard let shift = Self.offset(of: source.bytes, in: needle) else { continue }
            if best == nil || source.positions.count < (best?.source.positions.count ?? 0) { best = (source, shift) }
        }
        guard let (source, shift) = best else { return nil }
        if source.bytes == needle { return source }
        let grown = needle.count - source.bytes.count
        if shift == 0, grown < source.afterCount {
            // The appended bytes, as they would lie in `after`'s low bytes.
            var wanted: UInt64 = 0
            for (offset, byte) in needle[source.bytes.count...].enumerated() {
                wanted |= UInt64(byte) << UInt64(8 * offset)
            }
            let mask: UInt64 = grown >= 8 ? ~0 : (1 << UInt64(8 * grown)) - 1
            // Written in place, at most as many as the source holds: appending to three arrays
            // (a uniqueness check each) was most of deriving a common word's list (perf).
            let capacity = source.positions.count
            var kept = 0
            var before: [UInt8] = []
            var after: [UInt64] = []
            let positions = [Int32](unsafeUninitializedCapacity: capacity) { outPositions, positionsCount in
                before = [UInt8](unsafeUninitializedCapacity: capacity) { outBefore, beforeCount in
                    after = [UInt64](unsafeUninitializedCapacity: capacity) { outAfter, afterCount in
                        source.positions.withUnsafeBufferPointer { sourcePositions in
                            source.before.withUnsafeBufferPointer { sourceBefore in
                                source.after.withUnsafeBufferPointer { sourceAfter in
                                    for index in 0..<capacity where sourceAfter[index] & mask == wanted {
                                        outPositions[kept] = sourcePositions[index]
                                        outBefore[kept] = sourceBefore[index]
                                        outAfter[kept] = grown >= 8 ? 0 : sourceAfter[index] >> UInt64(8 * grown)
                                        kept += 1
                                    }
                                }
                            }
                        }
                        afterCount = kept
                    }
                    beforeCount = kept
                }
                positionsCount = kept
            }
            // A list kept for the next keystroke holds no more than it needs (the memo's budget counts elements).
            if kept < capacity / 2 {
                return KnownPositions(
                    bytes: needle, positions: Array(positions[...]), before: Array(before[...]), after: Array(after[...]),
                    afterCount: source.afterCount - grown)
            }
            return KnownPositions(bytes: needle, positions: positions, before: before, after: after, afterCount: source.afterCount - grown)
        }
        var derived: [Int32] = []
        let length = needle.count
        let limit = buffer.count
        buffer.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                for (number, position) in source.positions.enumerated() {
                    if number & 65535 == 65535, cancellation?.isCancelled == true { return }
                    let start = Int(position) - shift
                    guard start >= 0, start + length <= limit else { continue }
                    if memcmp(base + start, patternBase, length) == 0 { derived.append(Int32(start)) }
                }
            }
        }
        if cancellation?.isCancelled == true { return nil }
        return withContext(needle, derived)
    }

    /// Where `part` first occurs in `whole`, if it does.
    static func offset(of part: [UInt8], in whole: [UInt8]) -> Int? {
        guard part.count <= whole.count else { return nil }
        for start in 0...(whole.count - part.count) where whole[start..<start + part.count].elementsEqual(part) {
            return start
        }
        return nil
    }

    /// The units the sorted `positions` fall in, each once, ascending. Steps forward a few
    /// units before searching: matches are dense, and the walk stays in the cache.
    func units(at positions: [Int32]) -> [Int32] {
        var found: [Int32] = []
        var current = -1
        var currentEnd = -1
        for position in positions where Int(position) >= currentEnd {
            var unit = -1
            var step = current + 1
            while step < units.count, step <= current + 8 {
                if units[step].start <= Int(position), Int(position) <= units[step].end { unit = step; break }
                step += 1
            }
            if unit < 0 { unit = self.unit(containing: Int(position)) }
            guard unit >= 0 else { continue }
            found.append(Int32(unit))
            current = unit
            currentEnd = units[unit].end
        }
        return found
    }

    /// Calls `found` with each of the sorted `positions` inside `range` and its index in the
    /// list, in order, until it returns false. `cursor` remembers where the last call stopped:
    /// units come in order.
    static func forEach(in positions: [Int32], range: Range<Int>, cursor: inout Int, _ found: (Int, Int) -> Bool) {
        positions.withUnsafeBufferPointer { list in
            var low = cursor
            if low > list.count { low = list.count }
            if low > 0, Int(list[low - 1]) >= range.lowerBound { low = 0 }
            var high = list.count
            // First position at or after the range's start: most often where the last call
            // stopped, or a few steps on; else by halving.
            var steps = 0
            while low < high, steps < 8, Int(list[low]) < range.lowerBound {
                low += 1
                steps += 1
            }
            if low < high, Int(list[low]) >= range.lowerBound { high = low }
            while low < high {
                let middle = (low + high) / 2
                if Int(list[middle]) < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var index = low
            while index < list.count, Int(list[index]) < range.upperBound {
                let keepGoing = found(Int(list[index]), index)
                index += 1
                if !keepGoing { break }
            }
            cursor = index
        }
    }
}

