import Foundation

/// Ranking that stops once the best hits are known (block-max style, with a paragraph as the
/// block): an upper bound on each paragraph's hits is read off the needles' position lists
/// and letter summaries, the paragraphs are scored best bound first, and scoring stops when
/// `limit` hits rank ahead of everything the rest could hold. The hits are exactly those of a
/// full pass, in the same order (`SearchEarlyRankingTests`); only the total may then be a
/// lower bound, which the result says.
extension SearchRun {
    struct EarlyRanking {
        /// The best candidates, ranked, at most `limit` of them.
        var kept: [Candidate]
        var total: Int
        var totalIsExact: Bool
        /// Every unit holding every needle, ascending: what the next keystroke narrows to.
        var present: [Int32]
    }

    /// Units scored between two checks of whether the best hits are known: few at first, as
    /// the best are often among the first units scored, then more, up to `largestChunk`.
    static let firstChunk = 256
    static let largestChunk = 8_192

    /// Nil when the query needs the full pass: a filter, a strict word, or a word whose
    /// matches are neither listed nor summarised. `driver` is the needle with the shortest
    /// position list: the units it occurs in are the only ones that can hold a hit.
    func rankEarly(limit: Int, positions: [KnownPositions?], driver: Int) -> EarlyRanking? {
        guard limit > 0, scoresPlainly, positions.indices.contains(driver), let driverList = positions[driver] else { return nil }
        for (number, needle) in needles.enumerated() {
            let listed = positions.indices.contains(number) && positions[number] != nil
            let summarised = letters != nil && LetterSummary.column(of: needle.bytes) != nil
            guard listed || summarised else { return nil }
        }
        // Bounds first, in one walk along the driver's positions; on both cores for a large
        // list, halves split between units, each with its own scorer.
        let starts = driverList.positions
        let parts = starts.count >= Self.parallelUnits * 4 ? max(1, min(2, ProcessInfo.processInfo.activeProcessorCount)) : 1
        var splits = (0...parts).map { starts.count * $0 / parts }
        for split in splits.indices.dropFirst().dropLast() {
            let unit = index.unit(containing: Int(starts[splits[split] - 1]))
            while splits[split] < starts.count, unit >= 0, Int(starts[splits[split]]) < index.units[unit].end { splits[split] += 1 }
        }
        let ranges = (0..<parts).map { splits[$0]..<splits[$0 + 1] }
        let bounded = ranges.concurrentMap { range -> (units: [Int32], keys: [Int]) in
            self.withScorer(positions: positions) { scorer in
                // Written in place: a unit per position at most.
                var keys: [Int] = []
                let units = [Int32](unsafeUninitializedCapacity: range.count) { unitBuffer, unitCount in
                    keys = [Int](unsafeUninitializedCapacity: range.count) { keyBuffer, keyCount in
                        keyCount = scorer.boundKeys(driver: driver, positions: range, units: unitBuffer, keys: keyBuffer)
                    }
                    unitCount = keys.count
                }
                return (units, keys)
            }
        }
        if isCancelled { return nil }
        // Joined by copying whole arrays: `joined()` copied them an element at a time.
        var present: [Int32] = []
        var keys: [Int] = []
        present.reserveCapacity(bounded.reduce(0) { $0 + $1.units.count })
        keys.reserveCapacity(present.capacity)
        for part in bounded {
            present.append(contentsOf: part.units)
            keys.append(contentsOf: part.keys)
        }
        // Units by bound, best first; within a bound, those with quotes first (only they can
        // hold quote hits, which rank ahead at equal scores), each group in corpus order.
        let topKey = keys.max() ?? 0
        let segmentCount = 2 * (topKey + 1)
        // Units a repeat may drop, counted here in corpus order: counting them among the
        // unscored units afterwards, in bound order, read the units at random (a tenth of a
        // keystroke's search at 1,000 seed articles, perf).
        let flags = index.layout.flags
        var droppable = 0
        let segments = flags.withUnsafeBufferPointer { unitFlags in
            zip(present, keys).map { unit, key in
                let flag = unitFlags[Int(unit)]
                if flag & UnitLayout.mayBeDropped != 0 { droppable += 1 }
                return 2 * (topKey - key) + (flag & UnitLayout.hasQuotes != 0 ? 0 : 1)
            }
        }
        var segmentStarts = [Int](repeating: 0, count: segmentCount + 1)
        for segment in segments { segmentStarts[segment + 1] += 1 }
        for segment in 1..<segmentStarts.count { segmentStarts[segment] += segmentStarts[segment - 1] }
        // A counting sort: every slot is written once.
        var fill = segmentStarts
        let ordered = [Int32](unsafeUninitializedCapacity: present.count) { slots, written in
            for (unit, segment) in zip(present, segments) {
                slots[fill[segment]] = unit
                fill[segment] += 1
            }
            written = present.count
        }

        var kept: [Candidate] = []
        var counted = 0
        // Where scoring stopped; the units from there on are unscored.
        var stoppedAt = present.count
        var chunkSize = Self.firstChunk
        let (order, matched) = (ordered, present)
        segments: for segment in 0..<segmentCount {
            let segmentUnits = segmentStarts[segment]..<segmentStarts[segment + 1]
            let bound = UnitScorer.boundScore(topKey - segment / 2)
            var chunkStart = segmentUnits.lowerBound
            while chunkStart < segmentUnits.upperBound {
                if kept.count >= limit, let worst = kept.last,
                   Self.nothingLeftRanksAhead(of: worst, bound: bound, quotesLeft: segment % 2 == 0, nextUnit: order[chunkStart]) {
                    stoppedAt = chunkStart
                    break segments
                }
                let chunk = chunkStart..<min(segmentUnits.upperBound, chunkStart + chunkSize)
                chunkStart = chunk.upperBound
                chunkSize = min(2 * chunkSize, Self.largestChunk)
                let chunkParts = chunk.count >= Self.parallelUnits ? parts : 1
                let scored = Array(0..<chunkParts).concurrentMap { part -> [Candidate]? in
                    let lower = chunk.lowerBound + chunk.count * part / chunkParts
                    let upper = chunk.lowerBound + chunk.count * (part + 1) / chunkParts
                    return self.withScorer(positions: positions) { scorer -> [Candidate]? in
                        var collected = Collected()
                        var ranked: [Candidate] = []
                        for position in lower..<upper {
                            if position & 255 == 0, self.isCancelled { return nil }
                            collected.candidates.removeAll(keepingCapacity: true)
                            scorer.score(unit: Int(order[position]), into: &collected)
                            for candidate in collected.candidates {
                                if let candidate = self.applyingRepeats(candidate, matched: matched) { ranked.append(candidate) }
                            }
                        }
                        return ranked
                    }
                }
                for part in scored {
                    guard let part else { return nil }
                    counted += part.count
                    if kept.count >= limit, let worst = kept.last {
                        kept.append(contentsOf: part.lazy.filter { self.ranks($0, worst) })
                    } else {
                        kept.append(contentsOf: part)
                    }
                }
                kept.sort(by: ranks)
                if kept.count > limit { kept.removeLast(kept.count - limit) }
            }
        }
        let unscored = stoppedAt..<present.count
        // Each unscored unit holds a hit unless a repeat drops it: counted only when none can.
        let droppableScored = unscored.isEmpty
            ? droppable : ordered[..<stoppedAt].reduce(0) { $0 + (flags[Int($1)] & UnitLayout.mayBeDropped != 0 ? 1 : 0) }
        let atLeast = unscored.count - (droppable - droppableScored)
        return EarlyRanking(kept: kept, total: counted + atLeast, totalIsExact: unscored.isEmpty, present: present)
    }

    /// Whether no unit left can hold a hit ranking ahead of `worst`. The units left are the
    /// rest of a group of bound `bound`, from `nextUnit` on in corpus order, with quotes or
    /// without (`quotesLeft`), then groups of that bound without quotes or of lower bounds.
    /// Equal scores rank quotes first, then in corpus order, and only units with quotes hold
    /// quote hits.
    static func nothingLeftRanksAhead(of worst: Candidate, bound: Double, quotesLeft: Bool, nextUnit: Int32) -> Bool {
        if worst.score != bound { return worst.score > bound }
        if worst.quote >= 0 { return !quotesLeft || worst.unit < nextUnit }
        return !quotesLeft && worst.unit < nextUnit
    }

    /// The candidate as the full pass ranks it: nil when it is a pull quote whose original
    /// matched too, else a little lower when it repeats an original that did not. `matched`
    /// is every unit holding every needle, ascending: looked up by halving, for the few
    /// candidates that repeat, rather than marked in a flag per unit of the corpus on every key.
    func applyingRepeats(_ candidate: Candidate, matched: [Int32]) -> Candidate? {
        var candidate = candidate
        var repeatsUnit = index.units[Int(candidate.unit)].repeatsUnit
        if candidate.quote >= 0, index.quotes[Int(candidate.quote)].repeatsUnit >= 0 {
            repeatsUnit = index.quotes[Int(candidate.quote)].repeatsUnit
        }
        guard repeatsUnit >= 0 else { return candidate }
        let found = matched.withUnsafeBufferPointer { list in
            let at = UnitScorer.first(in: list, atOrAfter: Int(repeatsUnit), from: 0)
            return at < list.count && list[at] == repeatsUnit
        }
        if found { return nil }
        candidate.score -= 0.25
        return candidate
    }
}
