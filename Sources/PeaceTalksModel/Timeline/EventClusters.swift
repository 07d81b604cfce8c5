import Foundation

/// Clusters the timeline's events that report the same happening, across articles:
///
/// 1. An event whose sentence names a key event (`top in Alaska`, `Anchorage summit`) and
///    whose date agrees with it (the same day, or a month or year that holds it) joins that
///    key event.
/// 2. Two events of the same day whose sentences share enough content words (Jaccard ≥ 0.25
///    over words of four letters or more) join each other.
///
/// A cluster is never formed by date alone, nor by a key event's name under another date.
public enum EventClusters {
    public static let similarity = 0.25

    public static func clusters(_ timeline: [Event], keyEvents: [KeyEvent]) -> [EventCluster] {
        var parent = Array(timeline.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func join(_ first: Int, _ second: Int) {
            let (a, b) = (root(first), root(second))
            if a != b { parent[max(a, b)] = min(a, b) }
        }

        let folded = timeline.map { foldedWords($0.text) }
        // Each alias folded once, not once per event: that folding was a fifth of the explorer's first frame.
        let aliasWords = keyEvents.map { $0.aliases.map(foldedWords) }
        var keyOf: [Int: String] = [:]
        var firstOfKey: [String: Int] = [:]
        for (index, event) in timeline.enumerated() {
            // The dates first: they rule out nearly every pair, and comparing them costs nothing.
            guard let number = keyEvents.indices.first(where: {
                agrees(event.date, with: keyEvents[$0].date) && names(aliasWords[$0], in: folded[index])
            }) else { continue }
            let key = keyEvents[number]
            keyOf[index] = key.id
            if let first = firstOfKey[key.id] { join(first, index) } else { firstOfKey[key.id] = index }
        }

        var byDay: [PartialDate: [Int]] = [:]
        for (index, event) in timeline.enumerated() where event.date.precision == .day {
            byDay[event.date, default: []].append(index)
        }
        let content = ContentWords(folded, of: byDay.values.filter { $0.count > 1 }.flatMap { $0 })
        for indexes in byDay.values where indexes.count > 1 {
            content.forEachSimilarPair(among: indexes, skipping: { root($0) == root($1) }, join)
        }

        var groups: [Int: [Int]] = [:]
        for index in timeline.indices { groups[root(index), default: []].append(index) }
        return groups.keys.sorted().compactMap { rootIndex in
            let members = groups[rootIndex] ?? []
            let key = members.lazy.compactMap { keyOf[$0] }.first
            let keyEvent = key.flatMap { id in keyEvents.first { $0.id == id } }
            let date = keyEvent?.date ?? members.map { timeline[$0].date }.max { $0.precisionRank < $1.precisionRank } ?? timeline[rootIndex].date
            let documents = Array(Set(members.map { timeline[$0].document })).sorted()
            return EventCluster(keyEvent: key, date: date, members: members, documents: documents)
        }
    }

    /// Whether the folded words name the key event (any alias, as whole words in order).
    static func names(_ key: KeyEvent, in words: [String]) -> Bool {
        names(key.aliases.map(foldedWords), in: words)
    }

    /// The same, with the aliases' words folded already.
    static func names(_ aliases: [[String]], in words: [String]) -> Bool {
        aliases.contains { aliasWords in
            guard !aliasWords.isEmpty, aliasWords.count <= words.count else { return false }
            return (0...(words.count - aliasWords.count)).contains { start in
                words[start..<(start + aliasWords.count)].elementsEqual(aliasWords)
            }
        }
    }

    /// The same day, or a month or year that holds the other.
    static func agrees(_ date: PartialDate, with other: PartialDate) -> Bool {
        guard date.year == other.year else { return false }
        guard let month = date.month, let otherMonth = other.month else { return date.week == nil || other.week == nil }
        guard month == otherMonth else { return false }
        guard let day = date.day, let otherDay = other.day else { return true }
        return day == otherDay
    }

    /// Words of a text, lowercased and without accents.
    static func foldedWords(_ text: String) -> [String] {
        FoldedWords.of(text)
    }
}

extension PartialDate {
    var precisionRank: Int {
        switch precision {
        case .year: return 0
        case .month: return 1
        case .week: return 2
        case .day: return 3
        }
    }
}
