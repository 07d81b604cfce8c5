import Foundation

/// The ranking pass: every paragraph that may hold a hit is scored without building its
/// highlights, reusing one scratch buffer; spans are made later for the few hits returned.
extension SearchRun {
    /// What one pass found: candidates in unit order, and the units holding every word.
    struct Collected: Sendable {
        var candidates: [Candidate] = []
        var present: [Int32] = []
    }

    /// Scratch reused across paragraphs, so scoring allocates nothing per paragraph.
    struct Scratch {
        var occurrences: [Occurrence] = []
        var quoteRanges: [Range<Int>] = []
        var best: [Int] = []
    }

    /// Units worth two threads: below this one thread is quicker than waking another.
    static let parallelUnits = 4_000

    /// Scores the units that may hold a hit: `among` when given (sorted), else the whole corpus.
    func collect(linked: [Bool]?, among narrowed: [Int32]?, positions: [KnownPositions?] = []) -> Collected {
        let filtered = speakerIDs != nil || issueIDs != nil
        if filtered {
            var scratch = Scratch()
            var collected = Collected()
            var cursors: [Int] = []
            forEachCandidateUnit(linked: linked) { unit in
                if unit & 255 == 0, isCancelled { return }
                score(unit: unit, linked: linked, positions: [], cursors: &cursors, scratch: &scratch, into: &collected)
            }
            return collected
        }
        let unitCount = narrowed?.count ?? index.units.count
        let chunks = unitCount >= Self.parallelUnits ? min(2, ProcessInfo.processInfo.activeProcessorCount) : 1
        let parts = max(1, chunks)
        let run = self
        let collectedParts = Array(0..<parts).concurrentMap { chunk in
            let lower = unitCount * chunk / parts
            let upper = unitCount * (chunk + 1) / parts
            var collected = Collected()
            if run.scoresPlainly {
                run.withScorer(positions: positions) { scorer in
                    if let narrowed {
                        for position in lower..<upper {
                            if position & 255 == 0, run.isCancelled { break }
                            scorer.score(unit: Int(narrowed[position]), into: &collected)
                        }
                    } else if lower < upper {
                        run.forEachDriverUnit(in: lower..<upper) { scorer.score(unit: $0, into: &collected) }
                    }
                }
                return collected
            }
            var scratch = Scratch()
            var cursors = [Int](repeating: 0, count: positions.count)
            if let narrowed {
                for position in lower..<upper {
                    if position & 255 == 0, run.isCancelled { break }
                    run.score(unit: Int(narrowed[position]), linked: linked, positions: positions, cursors: &cursors,
                              scratch: &scratch, into: &collected)
                }
            } else if lower < upper {
                run.forEachDriverUnit(in: lower..<upper) { unit in
                    run.score(unit: unit, linked: linked, positions: positions, cursors: &cursors,
                              scratch: &scratch, into: &collected)
                }
            }
            return collected
        }
        var all = collectedParts.first ?? Collected()
        for part in collectedParts.dropFirst() {
            all.candidates.append(contentsOf: part.candidates)
            all.present.append(contentsOf: part.present)
        }
        return all
    }

    /// Units in `range` where the driving needle occurs, each once, in order.
    func forEachDriverUnit(in range: Range<Int>, _ body: (Int) -> Void) {
        guard let driver = needles.first, !range.isEmpty else { return }
        var position = index.units[range.lowerBound].start
        let end = index.units[range.upperBound - 1].end
        var visited = 0
        while position < end {
            visited += 1
            if visited & 255 == 0, isCancelled { return }
            var next: Int?
            index.occurrences(of: driver.bytes, in: position..<end) { start in
                next = start
                return false
            }
            guard let start = next else { return }
            let unit = index.unit(containing: start)
            guard unit >= 0 else { return }
            body(unit)
            position = index.units[unit].end + 1
        }
    }

    /// The candidates of one unit, exactly as `evaluate` ranks them, without their spans.
    func score(
        unit: Int, linked: [Bool]?, positions: [KnownPositions?], cursors: inout [Int],
        scratch: inout Scratch, into collected: inout Collected
    ) {
        let record = index.units[unit]
        let filtered = speakerIDs != nil || issueIDs != nil
        let hasQuotes = record.quoteEnd > record.quoteStart
        let cap = hasQuotes ? Self.highlightCap : 8
        if !hasQuotes, !filtered, let bare = bareScore(unit: unit, record: record, positions: positions, cursors: &cursors) {
            if let value = bare {
                collected.present.append(Int32(unit))
                collected.candidates.append(Candidate(unit: Int32(unit), quote: -1, score: value))
            }
            return
        }
        scratch.occurrences.removeAll(keepingCapacity: true)
        let found = collectOccurrences(in: record, cap: cap, into: &scratch.occurrences) { number, found in
            if positions.indices.contains(number), let list = positions[number], cursors.indices.contains(number) {
                SearchIndex.forEach(in: list.positions, range: record.start..<record.end, cursor: &cursors[number]) { at, listed in
                    found(at, list.strength(at: listed))
                }
            } else {
                index.occurrences(of: needles[number].bytes, in: record.start..<record.end) { found($0, 0) }
            }
        }
        guard found else { return }
        collected.present.append(Int32(unit))

        scratch.quoteRanges.removeAll(keepingCapacity: true)
        // Sorted by start, each quote reads only the occurrences that start inside it: a huge
        // paragraph holds thousands of quotes. Scores do not depend on the order.
        if hasQuotes { scratch.occurrences.sort { ($0.start, $0.needle) < ($1.start, $1.needle) } }
        for quoteNumber in Int(record.quoteStart)..<Int(record.quoteEnd) {
            let range = index.quotes[quoteNumber]
            // Unfiltered, every quote the index holds is allowed: no need to copy the quote to ask.
            if filtered { guard quoteAllowed(range, unit: unit, linked: linked) else { continue } }
            let inside = Int(range.start)..<Int(range.end)
            guard let value = score(&scratch, inside: inside) else { continue }
            collected.candidates.append(Candidate(unit: Int32(unit), quote: Int32(quoteNumber), score: value))
            scratch.quoteRanges.append(inside)
        }
        let paragraphAllowed = speakerIDs == nil && (linked?[unit] ?? true)
        guard paragraphAllowed else { return }
        if needles.isEmpty {
            collected.candidates.append(Candidate(unit: Int32(unit), quote: -1, score: 0))
            return
        }
        // One sweep: the furthest end of the quotes starting at or before an occurrence
        // tells whether one of them holds it (the occurrences come sorted by start).
        let ranges = scratch.quoteRanges.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        var reach = Int.min
        let outside = score(&scratch, requireAll: false, where: { occurrence in
            while next < ranges.count, ranges[next].lowerBound <= occurrence.start {
                reach = max(reach, ranges[next].upperBound)
                next += 1
            }
            return occurrence.end > reach
        })
        if let outside {
            collected.candidates.append(Candidate(unit: Int32(unit), quote: -1, score: outside))
        }
    }

    /// A paragraph without quotes, scored as `score(unit:)` would from its first 8 matches per
    /// needle, read off position lists and letter summaries: .some(nil) when a needle is
    /// missing, nil when some needle needs the text (strict, or neither listed nor one letter).
    func bareScore(unit: Int, record: SearchIndex.Unit, positions: [KnownPositions?], cursors: inout [Int]) -> Double?? {
        guard !needles.isEmpty else { return nil }
        var bestSum = 0
        var kept = 0
        for (number, needle) in needles.enumerated() {
            guard !needle.isStrict else { return nil }
            var count = 0
            var best = 0
            if positions.indices.contains(number), let list = positions[number], cursors.indices.contains(number) {
                SearchIndex.forEach(in: list.positions, range: record.start..<record.end, cursor: &cursors[number]) { _, listed in
                    count += 1
                    best = max(best, list.strength(at: listed))
                    return count < 8
                }
            } else if needle.bytes.count == 1, let summary = letters?.summary(unit: unit, byte: needle.bytes[0]) {
                (count, best) = summary
            } else {
                return nil
            }
            if count == 0 { return .some(nil) }
            bestSum += best + (needle.isPhrase ? 1 : 0)
            kept += count
        }
        let extra = min(max(kept - needles.count, 0), 5)
        return .some(Double(bestSum) + 0.1 * Double(extra))
    }

    /// `score(_:)` of the scratch occurrences (sorted by start) lying wholly inside `range`,
    /// requiring every needle; found by halving, so a quote costs its own occurrences only.
    func score(_ scratch: inout Scratch, inside range: Range<Int>) -> Double? {
        let occurrences = scratch.occurrences
        var low = 0
        var high = occurrences.count
        while low < high {
            let middle = (low + high) / 2
            if occurrences[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < occurrences.count, occurrences[end].start < range.upperBound { end += 1 }
        let window = low..<end
        return score(&scratch, among: window, where: { $0.end <= range.upperBound })
    }

    /// `score(_:)` of the scratch occurrences that `include` keeps; nil when it keeps none, or,
    /// with `requireAll`, when some needle has none among them.
    func score(_ scratch: inout Scratch, requireAll: Bool = true, where include: (Occurrence) -> Bool) -> Double? {
        let all = scratch.occurrences.indices
        return score(&scratch, among: all, requireAll: requireAll, where: include)
    }

    /// The same, reading only the occurrences at `among`.
    func score(_ scratch: inout Scratch, among window: Range<Int>, requireAll: Bool = true, where include: (Occurrence) -> Bool) -> Double? {
        if needles.isEmpty { return 0 }
        if scratch.best.count != needles.count { scratch.best = [Int](repeating: -1, count: needles.count) }
        for number in scratch.best.indices { scratch.best[number] = -1 }
        var kept = 0
        for occurrence in scratch.occurrences[window] where include(occurrence) {
            kept += 1
            let value = occurrence.strength + (needles[occurrence.needle].isPhrase ? 1 : 0)
            scratch.best[occurrence.needle] = max(scratch.best[occurrence.needle], value)
        }
        if kept == 0 { return nil }
        if requireAll && scratch.best.contains(-1) { return nil }
        let extra = min(max(kept - needles.count, 0), 5)
        return Double(scratch.best.reduce(0) { $0 + max($1, 0) }) + 0.1 * Double(extra)
    }
}
