import Foundation

/// The ranking pass's inner loop for the common search: plain words, no `@` or `#` filter, so
/// that a unit's hits depend on its folded bytes alone. It gives exactly what
/// `SearchRun.score(unit:…)` gives (the candidates, their scores, the units holding every
/// word), but reads every table through pointers taken once per pass: the general loop copied
/// a position list and a needle per unit and word, and at 10,000 articles retaining and
/// releasing them was a third of each keystroke (perf).
struct UnitScorer {
    /// One needle, as the loop reads it.
    struct NeedleView {
        var bytes: UnsafeBufferPointer<UInt8>
        /// The needle's rarest byte in the corpus, and where it sits in the needle.
        var pivot: Int
        /// 1 for a phrase, which ranks a little higher than the same words loose.
        var bonus: Int
        /// Every start of the needle in the corpus, when known, with the bytes around each.
        var positions: UnsafeBufferPointer<Int32>?
        var before: UnsafeBufferPointer<UInt8>
        var after: UnsafeBufferPointer<UInt64>
        /// Its letter's column in the letter summary, for a one-letter needle; else -1.
        var letter: Int
    }

    let text: UnsafeBufferPointer<UInt8>
    let units: UnsafeBufferPointer<SearchIndex.Unit>
    /// `UnitLayout.ends`: walked by `boundKeys` rather than the 48-byte records.
    let ends: UnsafeBufferPointer<Int>
    let quotes: UnsafeBufferPointer<SearchIndex.QuoteRange>
    /// `LetterSummary.table`, or empty when no needle is one letter.
    let letters: UnsafeBufferPointer<UInt8>
    let needles: UnsafeBufferPointer<NeedleView>
    /// Per needle with positions: where the last unit's look-up stopped (units mostly come in
    /// order; a look-up for an earlier one searches the list afresh).
    private var cursors: [Int]
    /// The occurrences of a unit with quotes, packed so that sorting the integers sorts them
    /// by start, then needle: start << 24 | needle << 8 | strength.
    private var packed: [UInt64] = []
    private var best: [Int]
    private var hitRanges: [Range<Int>] = []

    static let bareCap = 8

    init(
        text: UnsafeBufferPointer<UInt8>, units: UnsafeBufferPointer<SearchIndex.Unit>, ends: UnsafeBufferPointer<Int>,
        quotes: UnsafeBufferPointer<SearchIndex.QuoteRange>, letters: UnsafeBufferPointer<UInt8>,
        needles: UnsafeBufferPointer<NeedleView>
    ) {
        self.text = text
        self.units = units
        self.ends = ends
        self.quotes = quotes
        self.letters = letters
        self.needles = needles
        cursors = [Int](repeating: 0, count: needles.count)
        best = [Int](repeating: -1, count: needles.count)
    }

    /// The candidates of `unit` appended to `collected`, as `SearchRun.score(unit:…)` makes them.
    mutating func score(unit: Int, into collected: inout SearchRun.Collected) {
        let record = units[unit]
        if record.quoteEnd > record.quoteStart {
            scoreWithQuotes(unit: unit, record: record, into: &collected)
        } else {
            scoreBare(unit: unit, record: record, into: &collected)
        }
    }

    /// A paragraph without quotes ranks on each needle's first 8 matches.
    private mutating func scoreBare(unit: Int, record: SearchIndex.Unit, into collected: inout SearchRun.Collected) {
        var bestSum = 0
        var kept = 0
        for number in 0..<needles.count {
            let (count, strongest) = matches(of: number, in: unit, record: record, upTo: Self.bareCap, bestOfAll: false)
            if count == 0 { return }
            bestSum += strongest + needles[number].bonus
            kept += count
        }
        collected.present.append(Int32(unit))
        collected.candidates.append(SearchRun.Candidate(unit: Int32(unit), quote: -1, score: Self.score(bestSum, kept: kept, needles: needles.count)))
    }

    /// A paragraph with quotes: each quote holding every needle is a hit, and the passage is
    /// one for the matches outside those quotes.
    private mutating func scoreWithQuotes(unit: Int, record: SearchIndex.Unit, into collected: inout SearchRun.Collected) {
        // Moved out while it fills, so the closure below is its only writer.
        var found = packed
        packed = []
        found.removeAll(keepingCapacity: true)
        for number in 0..<needles.count {
            var count = 0
            Self.forEachOccurrence(of: needles[number], in: record, text: text, cursor: &cursors[number]) { start, strength in
                found.append(UInt64(start - record.start) << 24 | UInt64(number) << 8 | UInt64(strength))
                count += 1
                return count < SearchRun.highlightCap
            }
            if count == 0 {
                packed = found
                return
            }
        }
        packed = found
        collected.present.append(Int32(unit))
        if needles.count > 1 { packed.sort() }
        hitRanges.removeAll(keepingCapacity: true)
        for quoteNumber in Int(record.quoteStart)..<Int(record.quoteEnd) {
            let range = Int(quotes[quoteNumber].start)..<Int(quotes[quoteNumber].end)
            var index = firstOccurrence(atOrAfter: range.lowerBound)
            resetBest()
            var kept = 0
            while index < packed.count {
                let (start, needle, strength) = Self.unpack(packed[index])
                if start >= range.upperBound { break }
                index += 1
                guard start + needles[needle].bytes.count <= range.upperBound else { continue }
                kept += 1
                best[needle] = max(best[needle], strength + needles[needle].bonus)
            }
            guard kept > 0, !best.contains(-1) else { continue }
            collected.candidates.append(SearchRun.Candidate(
                unit: Int32(unit), quote: Int32(quoteNumber), score: Self.score(bestSum(), kept: kept, needles: needles.count)))
            hitRanges.append(range)
        }
        // The passage: matches no hit quote holds. The ranges by start, and the furthest end
        // of those starting at or before a match, tell whether one of them holds it.
        hitRanges.sort { $0.lowerBound < $1.lowerBound }
        var next = 0
        var reach = Int.min
        resetBest()
        var kept = 0
        for value in packed {
            let (start, needle, strength) = Self.unpack(value)
            while next < hitRanges.count, hitRanges[next].lowerBound <= start {
                reach = max(reach, hitRanges[next].upperBound)
                next += 1
            }
            guard start + needles[needle].bytes.count > reach else { continue }
            kept += 1
            best[needle] = max(best[needle], strength + needles[needle].bonus)
        }
        if kept > 0 {
            collected.candidates.append(SearchRun.Candidate(
                unit: Int32(unit), quote: -1, score: Self.score(bestSum(), kept: kept, needles: needles.count)))
        }
    }

    /// `boundKey` of every unit where needle `driver` (which has a position list) occurs, for
    /// its positions `range`, read in one walk along the list rather than looked up per unit:
    /// the units holding every needle, ascending, written to `present` with their keys; returns
    /// how many (at most `range.count`, which both buffers must hold). `range` must not split a
    /// unit's positions.
    mutating func boundKeys(
        driver: Int, positions range: Range<Int>, units present: UnsafeMutableBufferPointer<Int32>,
        keys: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        var written = 0
        guard let list = needles[driver].positions, !range.isEmpty else { return written }
        var unit = SearchIndex.unit(containing: Int(list[range.lowerBound]), in: units)
        guard unit >= 0 else { return written }
        var count = 0
        var strongest = 0
        var index = range.lowerBound
        while index <= range.upperBound {
            let position = index < range.upperBound ? Int(list[index]) : Int.max
            if index == range.upperBound || position >= ends[unit] {
                if let key = boundKey(unit: unit, driver: driver, count: count, strongest: strongest) {
                    present[written] = Int32(unit)
                    keys[written] = key
                    written += 1
                }
                if index == range.upperBound { break }
                while unit < ends.count, ends[unit] <= position { unit += 1 }
                guard unit < ends.count else { break }
                count = 0
                strongest = 0
            }
            let needle = needles[driver]
            let startsWord = !SearchIndex.isWordByte(needle.before[index])
            let endsWord = !SearchIndex.isWordByte(UInt8(truncatingIfNeeded: needle.after[index]))
            count += 1
            strongest = max(strongest, startsWord ? (endsWord ? 3 : 2) : 1)
            index += 1
        }
        return written
    }

    /// An upper bound on the score of every hit `unit` holds, as a key that orders as the
    /// scores do (`boundScore`): every match of every needle in the unit counted, not only
    /// those a hit is ranked on (the driver's count and best strength given). Nil when some
    /// needle does not occur there, so the unit holds no hit; any unit where each does holds at
    /// least one (a quote with all of them, or the passage with the matches no such quote holds).
    private mutating func boundKey(unit: Int, driver: Int, count driverCount: Int, strongest driverBest: Int) -> Int? {
        let record = units[unit]
        var bestSum = driverBest + needles[driver].bonus
        var total = driverCount
        var saturated = false
        for number in 0..<needles.count where number != driver {
            let (count, strongest) = matches(of: number, in: unit, record: record, upTo: .max, bestOfAll: true)
            if count == 0 { return nil }
            // The letter summary counts the first 8 only: past them any number may follow.
            saturated = saturated || (needles[number].letter >= 0 && count >= 8)
            bestSum += strongest + needles[number].bonus
            total += count
        }
        let extra = saturated ? 5 : min(max(total - needles.count, 0), 5)
        return bestSum * 8 + extra
    }

    /// How often needle `number` occurs in `unit` (at most `cap` counted) and its best strength
    /// among those, or, with `bestOfAll`, among all its matches. A one-letter needle reads the
    /// letter summary, which counts up to 8.
    private mutating func matches(of number: Int, in unit: Int, record: SearchIndex.Unit, upTo cap: Int, bestOfAll: Bool) -> (count: Int, strongest: Int) {
        let needle = needles[number]
        if needle.letter >= 0 {
            let entry = letters[unit * LetterSummary.letters + needle.letter]
            return (Int(entry & 0x0F), Int(bestOfAll ? entry >> 6 : (entry >> 4) & 0x03))
        }
        var count = 0
        var strongest = 0
        Self.forEachOccurrence(of: needle, in: record, text: text, cursor: &cursors[number]) { _, strength in
            count += 1
            strongest = max(strongest, strength)
            return count < cap
        }
        return (count, strongest)
    }

    /// The score a bound key stands for, computed as the scores themselves are.
    static func boundScore(_ key: Int) -> Double {
        Double(key / 8) + 0.1 * Double(key % 8)
    }

    /// `SearchRun.score(_:)`: each needle's best strength summed, a tenth more per extra match up to five.
    static func score(_ bestSum: Int, kept: Int, needles: Int) -> Double {
        Double(bestSum) + 0.1 * Double(min(max(kept - needles, 0), 5))
    }

    private static func unpack(_ value: UInt64) -> (start: Int, needle: Int, strength: Int) {
        (Int(value >> 24), Int((value >> 8) & 0xFFFF), Int(value & 0xFF))
    }

    private mutating func resetBest() {
        for number in best.indices { best[number] = -1 }
    }

    private func bestSum() -> Int {
        best.reduce(0) { $0 + max($1, 0) }
    }

    /// The first packed occurrence starting at or after `offset`, by halving.
    private func firstOccurrence(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = packed.count
        while low < high {
            let middle = (low + high) / 2
            if Int(packed[middle] >> 24) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Each start of needle `number` in `record` (absolute offset) with its strength, in order,
    /// until `found` returns false: from its position list when it has one, else by scanning.
    private static func forEachOccurrence(
        of needle: NeedleView, in record: SearchIndex.Unit, text: UnsafeBufferPointer<UInt8>, cursor: inout Int,
        _ found: (Int, Int) -> Bool
    ) {
        if let positions = needle.positions {
            var index = first(in: positions, atOrAfter: record.start, from: cursor)
            while index < positions.count, Int(positions[index]) < record.end {
                let startsWord = !SearchIndex.isWordByte(needle.before[index])
                let endsWord = !SearchIndex.isWordByte(UInt8(truncatingIfNeeded: needle.after[index]))
                let keepGoing = found(Int(positions[index]), startsWord ? (endsWord ? 3 : 2) : 1)
                index += 1
                if !keepGoing { break }
            }
            cursor = index
            return
        }
        scan(needle, in: record, text: text, found)
    }

    /// The first index of sorted `positions` at or after `offset`: a few steps on from where
    /// the last look-up stopped, else by halving.
    static func first(in positions: UnsafeBufferPointer<Int32>, atOrAfter offset: Int, from cursor: Int) -> Int {
        var low = min(cursor, positions.count)
        if low > 0, Int(positions[low - 1]) >= offset { low = 0 }
        var steps = 0
        while low < positions.count, steps < 8, Int(positions[low]) < offset {
            low += 1
            steps += 1
        }
        if low == positions.count || Int(positions[low]) >= offset { return low }
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if Int(positions[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `SearchIndex.occurrences(of:in:)` over one unit, with each match's strength.
    private static func scan(_ needle: NeedleView, in record: SearchIndex.Unit, text: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Bool) {
        let length = needle.bytes.count
        guard length > 0, record.end - record.start >= length,
              let base = text.baseAddress, let pattern = needle.bytes.baseAddress else { return }
        let pivotByte = Int32(needle.bytes[needle.pivot])
        var position = record.start + needle.pivot
        let last = record.end - length + needle.pivot
        while position <= last {
            guard let hit = memchr(base + position, pivotByte, last - position + 1) else { return }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let start = at - needle.pivot
            if length == 1 || memcmp(base + start, pattern, length) == 0 {
                let startsWord = start == record.start || !SearchIndex.isWordByte(text[start - 1])
                let endsWord = start + length >= record.end || !SearchIndex.isWordByte(text[start + length])
                if !found(start, startsWord ? (endsWord ? 3 : 2) : 1) { return }
            }
            position = at + 1
        }
    }
}

extension SearchRun {
    /// Whether `UnitScorer` can rank this query: plain words only, no filters.
    var scoresPlainly: Bool {
        usesUnitScorer && speakerIDs == nil && issueIDs == nil && !needles.isEmpty && !needles.contains(where: \.isStrict)
            && needles.count < 0xFFFF
    }

    /// Runs `body` with a scorer over this run's tables; the pointers live only inside it.
    func withScorer<Result>(positions: [KnownPositions?], _ body: (inout UnitScorer) -> Result) -> Result {
        let letterTable = letters?.table ?? []
        let layout = index.layout
        return index.buffer.withUnsafeBufferPointer { text in
            index.units.withUnsafeBufferPointer { units in
                layout.ends.withUnsafeBufferPointer { ends in
                    index.quotes.withUnsafeBufferPointer { quotes in
                        letterTable.withUnsafeBufferPointer { letterBytes in
                            withNeedleViews(from: 0, positions: positions, hasLetters: !letterTable.isEmpty, views: []) { views in
                                views.withUnsafeBufferPointer { needleViews in
                                    var scorer = UnitScorer(
                                        text: text, units: units, ends: ends, quotes: quotes, letters: letterBytes, needles: needleViews)
                                    return body(&scorer)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The needles' views from `number` on, each inside the closures that keep its arrays' pointers valid.
    private func withNeedleViews<Result>(
        from number: Int, positions: [KnownPositions?], hasLetters: Bool, views: [UnitScorer.NeedleView],
        _ body: ([UnitScorer.NeedleView]) -> Result
    ) -> Result {
        guard number < needles.count else { return body(views) }
        let needle = needles[number]
        var pivot = 0
        for (offset, byte) in needle.bytes.enumerated()
        where index.byteFrequency[Int(byte)] < index.byteFrequency[Int(needle.bytes[pivot])] {
            pivot = offset
        }
        let letter = hasLetters ? LetterSummary.column(of: needle.bytes) ?? -1 : -1
        let list = positions.indices.contains(number) ? positions[number] : nil
        return needle.bytes.withUnsafeBufferPointer { bytes in
            let empty = KnownPositions(bytes: [], positions: [], before: [], after: [], afterCount: 0)
            let known = list ?? empty
            return known.positions.withUnsafeBufferPointer { starts in
                known.before.withUnsafeBufferPointer { before in
                    known.after.withUnsafeBufferPointer { after in
                        // A listed needle reads its list, even when it is one letter: as the general pass does.
                        let view = UnitScorer.NeedleView(
                            bytes: bytes, pivot: pivot, bonus: needle.isPhrase ? 1 : 0,
                            positions: list == nil ? nil : starts, before: before, after: after,
                            letter: list == nil ? letter : -1)
                        return withNeedleViews(from: number + 1, positions: positions, hasLetters: hasLetters,
                                               views: views + [view], body)
                    }
                }
            }
        }
    }
}
