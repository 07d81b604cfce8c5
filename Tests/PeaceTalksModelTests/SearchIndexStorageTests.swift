import Foundation
import Testing
@testable import PeaceTalksModel

/// The folded text stored after the word index reads back as the very index folding makes,
/// and a damaged one is refused (the engine then folds anew) rather than searched.
@Suite(.serialized) struct SearchIndexStorageTests {
    static let corpus = SearchIndexEquivalenceTests.corpus

    @Test func storedFoldReadsBackAsFolded() throws {
        let corpus = Self.corpus
        try #require(corpus.documents.count >= 40)
        let folded = SearchIndex(corpus: corpus)
        let index = try WordIndex(storage: ByteStorage(copying: WordIndex.image(of: corpus)))
        let stored = try #require(index.storedSearchIndex(for: corpus))
        #expect(stored.buffer.withUnsafeBufferPointer(Array.init) == folded.buffer.withUnsafeBufferPointer(Array.init))
        #expect(stored.units.count == folded.units.count)
        for (left, right) in zip(stored.units, folded.units) {
            #expect([left.document, left.paragraph, left.checkpointStart, left.checkpointEnd, left.quoteStart, left.quoteEnd,
                     left.repeatsUnit, left.scalarCount]
                == [right.document, right.paragraph, right.checkpointStart, right.checkpointEnd, right.quoteStart,
                    right.quoteEnd, right.repeatsUnit, right.scalarCount])
            #expect(left.start == right.start && left.end == right.end)
        }
        #expect(stored.checkpoints.map { [Int($0.folded), Int($0.original), $0.isRun ? 1 : 0] }
            == folded.checkpoints.map { [Int($0.folded), Int($0.original), $0.isRun ? 1 : 0] })
        #expect(stored.quotes.map { [$0.index, $0.start, $0.end, $0.repeatsUnit] }
            == folded.quotes.map { [$0.index, $0.start, $0.end, $0.repeatsUnit] })
        #expect(stored.unitByParagraph == folded.unitByParagraph)
        // The bit table is sized by the buffer's capacity, which differs from run to run: its trailing zeros do not count.
        func bits(_ words: [UInt64]) -> [UInt64] { Array(words.reversed().drop { $0 == 0 }.reversed()) }
        #expect(bits(stored.uppercase) == bits(folded.uppercase))
        #expect(stored.byteFrequency == folded.byteFrequency)
        // Some paragraph has an uppercase letter, so that table was really compared.
        #expect(stored.uppercase.contains { $0 != 0 })
    }

    @Test func engineSearchesTheStoredFold() throws {
        let corpus = Self.corpus
        let index = try #require(WordIndex.built(from: corpus))
        let engine = SearchEngine(corpus: corpus, wordIndex: index)
        // The engine's folded text is the one mapped from the image, not a new folding.
        let mapped = index.storage.bytes
        let start = try #require(engine.index.buffer.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) })
        let base = try #require(mapped.baseAddress)
        #expect(start >= base && start < base + mapped.count)
    }

    @Test func damagedFoldIsRefusedAndTheEngineFoldsAnew() throws {
        let corpus = Self.corpus
        var image = WordIndex.image(of: corpus)
        let intact = try WordIndex(storage: ByteStorage(copying: image))
        // A letter of the folded text changed: the word index itself is still whole.
        image[image.count - 2] ^= 0x01
        let damaged = try WordIndex(storage: ByteStorage(copying: image))
        #expect(intact.storedSearchIndex(for: corpus) != nil)
        #expect(damaged.storedSearchIndex(for: corpus) == nil)
        let engine = SearchEngine(corpus: corpus, wordIndex: damaged)
        let plain = SearchEngine(corpus: corpus, wordIndex: nil)
        #expect(engine.results(for: "oekraine", limit: 50) == plain.results(for: "oekraine", limit: 50))
        // An index made from other paragraphs (a corpus missing its last document) is not used.
        var fewer = corpus
        fewer.documents.removeLast()
        #expect(intact.storedSearchIndex(for: fewer) == nil)
    }
}
