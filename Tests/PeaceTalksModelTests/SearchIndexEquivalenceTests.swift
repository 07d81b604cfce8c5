import Foundation
import Testing
@testable import PeaceTalksModel

/// The word index only narrows where the scan looks: every query gives the same hits, in the
/// same order, with the same scores and spans, and the same total, with the index as without.
/// The corpus is `scripts/make-corpus` output (40 articles here, quick in a debug build; set
/// PEACETALKS_EQUIVALENCE_CORPUS to a folder, e.g. the bench's 1,000 articles, to check that).
@Suite(.serialized) struct SearchIndexEquivalenceTests {
    static let queries = [
        "oekraine", "oek", "o", "oe", "rusland", "vrede", "poetin", "zelensky", "Oekraïne", "oekraïne",
        "Kyiv", "na", "de", "onderhandelingen", "\"de oorlog\"", "\"staakt het vuren\"", "@poetin", "#ceasefire",
        "vrede #cease", "rusland @zelensky", "trump", "Trump", "trump vance", "2025", "procent", "-", "'s",
        "e u", "navo", "europa", "wapenstilstand", "territor", "garanties", "\"veiligheids", "xyzzy", "z",
        "raine", "ine", "war", "peace talks", "\"security guarantees\"", "@Witkoff", "#territory grond",
        "said", "kremlin moskou", "1", "mei 2025", "de oorlog in",
    ]

    static let corpus: Corpus = {
        let folder: String
        if let given = ProcessInfo.processInfo.environment["PEACETALKS_EQUIVALENCE_CORPUS"], !given.isEmpty {
            folder = given
        } else {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("pt-equivalence-\(UUID().uuidString)").path
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let process = Process()
            process.executableURL = root.appendingPathComponent("scripts/make-corpus")
            process.arguments = ["40", folder, "--varied-share", "0.5"]
            try? process.run()
            process.waitUntilExit()
        }
        let (articles, _) = (try? ArticleLoader.load(paths: [folder])) ?? ([], [])
        let codebook = (try? CodebookLayers.load([.builtIn]))?.codebook ?? Codebook(path: "", issues: [], actors: [], sides: [])
        return CorpusBuilder.build(articles: articles, codebook: codebook)
    }()

    @Test func everyQueryGivesTheSameResultWithTheIndex() throws {
        let corpus = Self.corpus
        try #require(corpus.documents.count >= 40)
        let index = try #require(WordIndex.built(from: corpus))
        let plain = SearchEngine(corpus: corpus, wordIndex: nil)
        let indexed = SearchEngine(corpus: corpus, wordIndex: index)
        #expect(indexed.wordIndex != nil)
        #expect(Self.queries.count >= 30)
        var narrowedSome = 0
        for query in Self.queries {
            let expected = plain.results(for: query, limit: 200)
            let found = indexed.results(for: query, limit: 200)
            #expect(found == expected, "query \(query)")
            let run = SearchRun(engine: indexed, query: SearchQuery(parsing: query))
            if let units = run.indexedUnits, units.count < indexed.index.units.count { narrowedSome += 1 }
        }
        // The index must actually have chosen the paragraphs for most of these queries.
        #expect(narrowedSome >= 20)
    }

    @Test func typingLetterByLetterGivesTheSameResults() {
        let corpus = Self.corpus
        let plain = SearchEngine(corpus: corpus, wordIndex: nil)
        let indexed = SearchEngine(corpus: corpus, wordIndex: WordIndex.built(from: corpus))
        for text in ["oekraine rusland", "vrede @poe", "\"de oorlog\" in", "Trump vance"] {
            var typed = ""
            for character in text {
                typed.append(character)
                #expect(indexed.results(for: typed, limit: 50) == plain.results(for: typed, limit: 50), "typed \(typed)")
            }
        }
    }

    @Test func storedImageReadsBackAndDamageIsRefused() throws {
        let corpus = Self.corpus
        var image = WordIndex.image(of: corpus)
        let index = try WordIndex(storage: ByteStorage(copying: image))
        #expect(index.unitCount == SearchIndex(corpus: corpus).units.count)
        // The term table is sorted: a prefix is one range found by halving.
        let prefixed = index.termsBeginning(with: Array("oekrain".utf8))
        #expect(!prefixed.isEmpty)
        for number in prefixed { #expect(index.term(number).starts(with: Array("oekrain".utf8))) }
        #expect(!index.term(prefixed.lowerBound - 1).starts(with: Array("oekrain".utf8)))
        #expect(prefixed.upperBound == index.termCount || !index.term(prefixed.upperBound).starts(with: Array("oekrain".utf8)))
        #expect(index.termsBeginning(with: Array("zzzzqq".utf8)).isEmpty)
        // A word inside another counts, as it does for the scan.
        let inside = Set(index.terms(containing: Array("krain".utf8)))
        #expect(inside.isSuperset(of: Set(prefixed)))
        // The last byte of the postings (the folded text after them has a digest of its own).
        image[index.foldedRange.lowerBound - 1] ^= 0xFF
        #expect(throws: ArchiveError.self) { try WordIndex(storage: ByteStorage(copying: image)) }
        #expect(throws: ArchiveError.self) { try WordIndex(storage: ByteStorage(copying: Array(image.prefix(40)))) }
    }
}
