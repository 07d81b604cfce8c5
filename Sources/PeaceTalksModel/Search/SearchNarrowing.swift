import Foundation

/// The paragraphs the previous query's words all occur in (folded), so that a query that only
/// extends it (a word grows, a word is added) scans those instead of the whole corpus. Typing
/// narrows: each keystroke after the first few re-reads a shrinking set.
final class SearchNarrowing: @unchecked Sendable {
    private let lock = NSLock()
    private var needles: [[UInt8]] = []
    private var units: [Int32] = []

    /// Units that may hold every match of `needles`, or nil when the last query does not cover them.
    func candidates(for needles: [[UInt8]]) -> [Int32]? {
        lock.lock()
        defer { lock.unlock() }
        guard !self.needles.isEmpty, !needles.isEmpty else { return nil }
        // Each old word inside some new word: whatever holds the new words holds the old ones.
        let covered = self.needles.allSatisfy { old in needles.contains { Self.contains($0, old) } }
        return covered ? units : nil
    }

    /// Results of the shortest queries (a letter or two), which every search begins with and
    /// which match nearly every paragraph: kept with their words and units, so typing them
    /// again is instant and the next keystroke still narrows.
    private var memo: [Memo] = []
    static let memoSize = 8

    private struct Memo {
        var query: SearchQuery
        var limit: Int
        var result: SearchResult
        var needles: [[UInt8]]
        var units: [Int32]
        var known: [KnownPositions]
    }

    func memoized(_ query: SearchQuery, limit: Int) -> SearchResult? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = memo.first(where: { $0.query == query && $0.limit == limit }) else { return nil }
        needles = entry.needles
        units = entry.units
        for list in entry.known { insertKnown(list) }
        return entry.result
    }

    func memoize(_ query: SearchQuery, limit: Int, result: SearchResult, needles: [[UInt8]], units: [Int32], known: [KnownPositions] = []) {
        lock.lock()
        defer { lock.unlock() }
        memo.removeAll { $0.query == query && $0.limit == limit }
        if memo.count >= Self.memoSize { memo.removeFirst() }
        memo.append(Memo(query: query, limit: limit, result: result, needles: needles, units: units, known: known))
        // Only the newest entries keep their lists, so the memo holds a bounded number of positions.
        var budget = positionsBudget
        for index in memo.indices.reversed() {
            let size = memo[index].known.reduce(0) { $0 + $1.positions.count }
            if size > budget { memo[index].known = [] } else { budget -= size }
        }
    }

    // MARK: Known positions

    /// The newest complete position lists, most recent first; bounded in number and size.
    private var known: [KnownPositions] = []
    static let knownSize = 4
    /// The most positions one list may hold, set by the index (a share of the corpus's bytes).
    let positionsBudget: Int

    init(positionsBudget: Int = 65_536) {
        self.positionsBudget = positionsBudget
    }

    func knownPositions() -> [KnownPositions] {
        lock.lock()
        defer { lock.unlock() }
        return known
    }

    func rememberPositions(_ lists: [KnownPositions]) {
        lock.lock()
        defer { lock.unlock() }
        for list in lists { insertKnown(list) }
    }

    /// Call with the lock held.
    private func insertKnown(_ list: KnownPositions) {
        guard list.positions.count <= positionsBudget else { return }
        known.removeAll { $0.bytes == list.bytes }
        known.insert(list, at: 0)
        var total = 0
        var kept = 0
        for entry in known {
            guard kept < Self.knownSize, total + entry.positions.count <= 2 * positionsBudget else { break }
            total += entry.positions.count
            kept += 1
        }
        known.removeLast(known.count - kept)
    }

    func remember(_ needles: [[UInt8]], units: [Int32]) {
        lock.lock()
        defer { lock.unlock() }
        self.needles = needles
        self.units = units
    }

    func forget() {
        lock.lock()
        defer { lock.unlock() }
        needles = []
        units = []
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        if needle.isEmpty { return true }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }
}
