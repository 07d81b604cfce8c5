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

    /// Units scored between two checks of whether the best hits are known.
    static let earlyChunk = 4_096

    /// Nil when the query needs the full pass: a filter, a strict word, or a word whose
    /// matches are neither listed nor summarised.
    func rankEarly(limit: Int, positions: [KnownPositions?], among units: [Int32]) -> EarlyRanking? {
        guard limit > 0, scoresPlainly else { return nil }
        for (number, needle) in needles.enumerated() {
            let listed = positions.indices.contains(number) && positions[number] != nil
            let byte = needle.bytes[0]
            let summarised = letters != nil && needle.bytes.count == 1 && byte >= 0x61 && byte <= 0x7A
            guard listed || summarised else { return nil }
        }
        // Bounds first, on both cores for a large corpus: each part its own scorer.
        let parts = units.count >= Self.parallelUnits ? max(1, min(2, ProcessInfo.processInfo.activeProcessorCount)) : 1
        let bounded = Array(0..<parts).concurrentMap { part -> (units: [Int32], keys: [Int]) in
            let slice = units[(units.count * part / parts)..<(units.count * (part + 1) / parts)]
            return self.withScorer(positions: positions) { scorer in
                var present: [Int32] = []
                var keys: [Int] = []
                for (position, unit) in zip(slice.indices, slice) {
                    if position & 4095 == 0, self.isCancelled { break }
                    guard let key = scorer.boundKey(unit: Int(unit)) else { continue }
                    present.append(unit)
                    keys.append(key)
                }
                return (present, keys)
            }
        }
        if isCancelled { return nil }
        let present = Array(bounded.map(\.units).joined())
        let keys = Array(bounded.map(\.keys).joined())
        var isPresent = [Bool](repeating: false, count: index.units.count)
        for unit in present { isPresent[Int(unit)] = true }
        // Units by bound, best first; each bound's units in corpus order.
        let topKey = keys.max() ?? 0
        var bucketStarts = [Int](repeating: 0, count: topKey + 2)
        for key in keys { bucketStarts[topKey - key + 1] += 1 }
        for bucket in 1..<bucketStarts.count { bucketStarts[bucket] += bucketStarts[bucket - 1] }
        var ordered = [Int32](repeating: 0, count: present.count)
        var fill = bucketStarts
        for (unit, key) in zip(present, keys) {
            ordered[fill[topKey - key]] = unit
            fill[topKey - key] += 1
        }

        var kept: [Candidate] = []
        var counted = 0
        var bucket = 0
        // Where scoring stopped inside the bucket it stopped in; the rest are unscored.
        var stoppedAt: Int?
        let (order, matched) = (ordered, isPresent)
        buckets: while bucket <= topKey {
            let bucketUnits = bucketStarts[bucket]..<bucketStarts[bucket + 1]
            let bound = UnitScorer.boundScore(topKey - bucket)
            // Nothing this bound or below can rank ahead of the worst hit kept.
            if kept.count >= limit, let worst = kept.last, bound < worst.score { break }
            var chunkStart = bucketUnits.lowerBound
            while chunkStart < bucketUnits.upperBound {
                // A bucket's units come in corpus order, so once the worst hit kept is a quote
                // with the bucket's bound from a unit before the ones left, none of those can
                // rank ahead: equal scores rank quotes first, then in corpus order.
                if kept.count >= limit, let worst = kept.last,
                   worst.score > bound || (worst.score == bound && worst.quote >= 0 && worst.unit < order[chunkStart]) {
                    stoppedAt = chunkStart
                    break buckets
                }
                let chunk = chunkStart..<min(bucketUnits.upperBound, chunkStart + Self.earlyChunk)
                chunkStart = chunk.upperBound
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
            bucket += 1
        }
        let unscored = stoppedAt.map { $0..<present.count } ?? (bucket > topKey ? 0..<0 : bucketStarts[bucket]..<present.count)
        // Each unscored unit holds a hit unless a repeat drops it: counted only when none can.
        let atLeast = index.units.withUnsafeBufferPointer { units in
            index.quotes.withUnsafeBufferPointer { quotes in
                ordered.withUnsafeBufferPointer { ordered in
                    unscored.reduce(0) { sum, position in
                        sum + (Self.canBeDropped(units[Int(ordered[position])], quotes: quotes) ? 0 : 1)
                    }
                }
            }
        }
        return EarlyRanking(kept: kept, total: counted + atLeast, totalIsExact: unscored.isEmpty, present: present)
    }

    /// The candidate as the full pass ranks it: nil when it is a pull quote whose original
    /// matched too, else a little lower when it repeats an original that did not.
    func applyingRepeats(_ candidate: Candidate, matched: [Bool]) -> Candidate? {
        var candidate = candidate
        var repeatsUnit = index.units[Int(candidate.unit)].repeatsUnit
        if candidate.quote >= 0, index.quotes[Int(candidate.quote)].repeatsUnit >= 0 {
            repeatsUnit = index.quotes[Int(candidate.quote)].repeatsUnit
        }
        guard repeatsUnit >= 0 else { return candidate }
        if matched[Int(repeatsUnit)] { return nil }
        candidate.score -= 0.25
        return candidate
    }

    /// Whether some hit of `unit` repeats another paragraph, and may drop out for it.
    static func canBeDropped(_ unit: SearchIndex.Unit, quotes: UnsafeBufferPointer<SearchIndex.QuoteRange>) -> Bool {
        if unit.repeatsUnit >= 0 { return true }
        return (Int(unit.quoteStart)..<Int(unit.quoteEnd)).contains { quotes[$0].repeatsUnit >= 0 }
    }
}
