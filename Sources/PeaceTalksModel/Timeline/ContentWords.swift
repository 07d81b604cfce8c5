import Foundation

/// The content words (four letters or more) of events' sentences, as sets of word ids, for
/// finding every pair of same-day events whose sets reach `EventClusters.similarity` (Jaccard).
///
/// Comparing every pair of a day's events was quadratic: a folder of a thousand reports of one
/// summit spent seconds there before the explorer could open. This is the prefix filter of
/// set-similarity joins (AllPairs, PPJoin): with each set ordered rarest word first, two sets
/// with a Jaccard of at least t share a word among the first |x| − ⌈t·|x|⌉ + 1 of each, so only
/// events sharing such a word are compared. It finds exactly the pairs the full comparison finds.
struct ContentWords {
    /// Per event (timeline index), its distinct content words, rarest first; empty for events
    /// not asked for.
    private let sets: [[Int32]]
    /// The same sets by id, to count shared words in one merge.
    private let byID: [[Int32]]

    init(_ folded: [[String]], of events: [Int]) {
        var ids: [String: Int32] = [:]
        var sets = [[Int32]](repeating: [], count: folded.count)
        var frequency: [Int] = []
        for event in events {
            var words = Set<Int32>()
            for word in folded[event] where word.count >= 4 {
                let id: Int32
                if let known = ids[word] {
                    id = known
                } else {
                    id = Int32(frequency.count)
                    ids[word] = id
                    frequency.append(0)
                }
                words.insert(id)
            }
            for id in words { frequency[Int(id)] += 1 }
            sets[event] = Array(words)
        }
        var byID = [[Int32]](repeating: [], count: folded.count)
        for event in events {
            byID[event] = sets[event].sorted()
            sets[event].sort { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }
        }
        self.sets = sets
        self.byID = byID
    }

    /// How many of an event's rarest words any similar event must share one of.
    func prefixLength(of event: Int) -> Int {
        let size = sets[event].count
        guard size > 0 else { return 0 }
        return size - Int((EventClusters.similarity * Double(size)).rounded(.up)) + 1
    }

    /// Calls `similar` with every pair of `events` whose word sets reach the similarity, except
    /// pairs `skipping` says are already joined (checked before comparing them).
    func forEachSimilarPair(among events: [Int], skipping: (Int, Int) -> Bool, _ similar: (Int, Int) -> Void) {
        var postings: [Int32: [Int]] = [:]
        var seen: Set<Int> = []
        for event in events {
            let prefix = sets[event].prefix(prefixLength(of: event))
            seen.removeAll(keepingCapacity: true)
            for word in prefix {
                for other in postings[word] ?? [] where !skipping(other, event) && seen.insert(other).inserted {
                    if jaccard(other, event) >= EventClusters.similarity { similar(other, event) }
                }
            }
            for word in prefix { postings[word, default: []].append(event) }
        }
    }

    /// Jaccard similarity of two events' word sets: the words they share over all their words.
    func jaccard(_ first: Int, _ second: Int) -> Double {
        let left = byID[first]
        let right = byID[second]
        var (leftAt, rightAt, shared) = (0, 0, 0)
        while leftAt < left.count, rightAt < right.count {
            if left[leftAt] < right[rightAt] {
                leftAt += 1
            } else if left[leftAt] > right[rightAt] {
                rightAt += 1
            } else {
                shared += 1
                leftAt += 1
                rightAt += 1
            }
        }
        let union = left.count + right.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
