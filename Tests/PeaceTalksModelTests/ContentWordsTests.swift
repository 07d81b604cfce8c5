import Foundation
import Testing
@testable import PeaceTalksModel

/// Same-day events cluster by the content words their sentences share: the prefix filter must
/// join exactly the pairs that comparing every pair joins.
@Suite struct ContentWordsTests {
    /// Sentences of made-up words; some rewrite an earlier sentence (two words changed), as
    /// reports of one happening do, so that some events join and most stay apart.
    static func events(count: Int, days: Int, seed: UInt64) -> [Event] {
        var generator = SplitMix64(seed: seed)
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pe", "do", "gu"]
        let vocabulary: [String] = (0..<300).map { number in
            let first = syllables[number % 12]
            let second = syllables[(number / 12) % 12]
            let third = syllables[(number / 144 + number) % 12]
            return first + second + third + "n"
        }
        var sentences: [[String]] = []
        var dates: [Int] = []
        for _ in 0..<count {
            var words: [String]
            var day = 1 + Int(generator.next() % UInt64(days))
            if !sentences.isEmpty, generator.next() % 5 < 2 {
                let original = Int(generator.next() % UInt64(sentences.count))
                words = sentences[original]
                day = dates[original]
                for _ in 0..<2 { words[Int(generator.next() % UInt64(words.count))] = vocabulary[Int(generator.next() % 300)] }
            } else {
                words = (0..<(4 + Int(generator.next() % 6))).map { _ in vocabulary[Int(generator.next() % 300)] }
            }
            sentences.append(words)
            dates.append(day)
        }
        return sentences.indices.map { number in
            Event(date: PartialDate(year: 2025, month: 8, day: dates[number]), document: number, paragraph: 0, sentence: 0,
                  dateSpan: TextSpan(start: 0, end: 1), text: sentences[number].joined(separator: " ") + ".",
                  actors: [], issues: [])
        }
    }

    /// Every same-day pair compared, as the clustering did before the prefix filter.
    static func everyPairClusters(_ timeline: [Event]) -> [[Int]] {
        var parent = Array(timeline.indices)
        func root(_ index: Int) -> Int { parent[index] == index ? index : root(parent[index]) }
        let words = timeline.map { Set(EventClusters.foldedWords($0.text).filter { $0.count >= 4 }) }
        for first in timeline.indices {
            for second in timeline.indices where second > first && timeline[first].date == timeline[second].date {
                let union = words[first].union(words[second]).count
                let shared = words[first].intersection(words[second]).count
                if union > 0, Double(shared) / Double(union) >= EventClusters.similarity {
                    let (a, b) = (root(first), root(second))
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        return Dictionary(grouping: timeline.indices, by: root).values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test(arguments: [(40, 2, UInt64(1)), (120, 3, 2), (300, 5, 3), (60, 1, 4)])
    func thePrefixFilterJoinsWhatComparingEveryPairJoins(count: Int, days: Int, seed: UInt64) {
        let timeline = Self.events(count: count, days: days, seed: seed)
        let clusters = EventClusters.clusters(timeline, keyEvents: []).map(\.members)
        let expected = Self.everyPairClusters(timeline)
        #expect(clusters == expected)
        // Some events joined and some stayed apart, or the comparison proved nothing.
        #expect(clusters.count < timeline.count)
        #expect(clusters.count > days)
    }

    @Test func aThousandReportsOfOneDayClusterAsOne() {
        let sentence = "De onderhandelaars bespraken in Genève een wapenstilstand en garanties."
        let timeline = (0..<1_000).map { number in
            Event(date: PartialDate(year: 2025, month: 11, day: 23), document: number, paragraph: 0, sentence: 0,
                  dateSpan: TextSpan(start: 0, end: 1), text: sentence, actors: [], issues: [])
        }
        let clusters = EventClusters.clusters(timeline, keyEvents: [])
        #expect(clusters.count == 1)
        #expect(clusters.first?.documents.count == 1_000)
    }
}
