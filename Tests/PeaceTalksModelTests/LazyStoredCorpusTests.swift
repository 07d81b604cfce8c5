import Foundation
import Testing
@testable import PeaceTalksModel

/// A stored analysis read lazily (what a one-shot search does) must give the same corpus and
/// the same search results as one decoded whole, and a damaged document must be noticed and
/// the entry dropped, never read as the truth.
@Suite struct LazyStoredCorpusTests {
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pt-lazy-\(UUID().uuidString)").path
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static let articles = [
        Article(path: "news/a.txt", text: "Kyiv said: \"No territory will be given up.\"\n\nMoscow agreed on 2 May 2024 to talk."),
        Article(path: "news/b.txt", text: "Zelensky said the ceasefire must come first.\n\nThe talks in Istanbul ended on 16 May 2025."),
        Article(path: "news/c.md", text: "Putin wants neutrality.\n\n\"Security guarantees are key,\" Starmer said on Monday."),
    ]

    func stored() throws -> (cache: AnalysisCache, key: String, built: Corpus, folder: Folder) {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path, buildIdentity: "b")
        let codebook = try CodebookLayers.load([.builtIn]).codebook
        let key = cache.corpusKey(codebookKey: cache.codebookKey(path: "built-in", contents: []), articles: Self.articles)
        let built = CorpusBuilder.build(articles: Self.articles, codebook: codebook)
        cache.store(built, for: key)
        return (cache, key, built, folder)
    }

    @Test func aLazilyReadCorpusIsTheStoredOne() throws {
        let (cache, key, built, folder) = try stored()
        defer { withExtendedLifetime(folder) {} }
        let lazy = try #require(cache.corpus(for: key, lazily: true))
        #expect(lazy.documents.paths == ["news/a.txt", "news/b.txt", "news/c.md"])
        #expect(lazy.documents.paragraphCounts == built.documents.map(\.paragraphs.count))
        #expect(lazy.documents == built.documents)
        #expect(lazy.documents.asArray == built.documents.asArray)
        #expect(lazy.actors == built.actors)
        #expect(!lazy.documents.isDamaged)
    }

    @Test func searchingALazilyReadCorpusFindsWhatTheWholeOneDoes() throws {
        let (cache, key, _, folder) = try stored()
        defer { withExtendedLifetime(folder) {} }
        let lazy = try #require(cache.corpus(for: key, lazily: true))
        let whole = try #require(cache.corpus(for: key))
        for query in ["territory", "said", "\"security guarantees\"", "@zelensky", "#ceasefire", "may 2024", "kyiv no"] {
            #expect(SearchEngine(corpus: lazy).results(for: query) == SearchEngine(corpus: whole).results(for: query), "\(query)")
        }
    }

    @Test func aChangeThroughTheListStaysInTheListNotOnDisk() throws {
        let (cache, key, built, folder) = try stored()
        defer { withExtendedLifetime(folder) {} }
        var lazy = try #require(cache.corpus(for: key, lazily: true))
        lazy.documents[1].quotes = []
        #expect(lazy.documents[1].quotes.isEmpty)
        #expect(lazy.documents[0] == built.documents[0])
        lazy.documents.append(built.documents[0])
        #expect(lazy.documents.count == 4)
        #expect(lazy.documents[1].quotes.isEmpty)
        let again = try #require(cache.corpus(for: key, lazily: true))
        #expect(again.documents == built.documents)
    }

    @Test func aDamagedDocumentIsNoticedAndTheEntryRemoved() throws {
        let (cache, key, built, folder) = try stored()
        var bytes = try #require(FileManager.default.contents(atPath: cache.entryPath(key)))
        // A byte in the middle of the second document's text.
        let text = Array(built.documents[1].paragraphs[0].text.utf8)
        let at = try #require(bytes.firstRange(of: Data(text))).lowerBound + 3
        bytes[at] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: cache.entryPath(key)))

        #expect(cache.corpus(for: key) == nil, "decoded whole, the damage is a miss")
        try bytes.write(to: URL(fileURLWithPath: cache.entryPath(key)))
        let lazy = try #require(cache.corpus(for: key, lazily: true), "the head and table are intact")
        #expect(lazy.documents[0] == built.documents[0])
        #expect(!lazy.documents.isDamaged)
        let damaged = lazy.documents[1]
        #expect(lazy.documents.isDamaged)
        #expect(damaged.paragraphs.count == built.documents[1].paragraphs.count)
        #expect(damaged.paragraphs.allSatisfy(\.text.isEmpty) && damaged.quotes.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cache.entryPath(key)))
        withExtendedLifetime(folder) {}
    }

    /// A paragraph two articles share (a wire story and its rewrite) is stored once and read
    /// back into both; damage to it is found by whichever document reads it.
    @Test func aParagraphTwoArticlesShareIsStoredOnceAndChecked() throws {
        let shared = "Moscow and Kyiv agreed on 2 May 2024 to exchange prisoners before any ceasefire talks."
        let articles = [
            Article(path: "wire/a.txt", text: "Kyiv said: \"No territory will be given up.\"\n\n" + shared),
            Article(path: "wire/b.txt", text: shared + "\n\nZelensky said the ceasefire must come first."),
            Article(path: "wire/c.txt", text: "Putin wants neutrality, a spokesman said on Monday."),
        ]
        let folder = Folder()
        defer { withExtendedLifetime(folder) {} }
        let cache = AnalysisCache(root: folder.path, buildIdentity: "b")
        let codebook = try CodebookLayers.load([.builtIn]).codebook
        let key = cache.corpusKey(codebookKey: cache.codebookKey(path: "built-in", contents: []), articles: articles)
        let built = CorpusBuilder.build(articles: articles, codebook: codebook)
        cache.store(built, for: key)
        var bytes = try #require(FileManager.default.contents(atPath: cache.entryPath(key)))
        let text = Data(shared.utf8)
        let first = try #require(bytes.firstRange(of: text))
        #expect(bytes[first.upperBound...].firstRange(of: text) == nil, "stored once")
        #expect(try #require(cache.corpus(for: key)).documents == built.documents)

        bytes[first.lowerBound + 5] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: cache.entryPath(key)))
        #expect(cache.corpus(for: key) == nil, "decoded whole, the damage is a miss")
        try bytes.write(to: URL(fileURLWithPath: cache.entryPath(key)))
        let lazy = try #require(cache.corpus(for: key, lazily: true))
        #expect(lazy.documents[2] == built.documents[2], "a document without the shared text reads as stored")
        #expect(!lazy.documents.isDamaged)
        _ = lazy.documents[1]
        #expect(lazy.documents.isDamaged)
        #expect(!FileManager.default.fileExists(atPath: cache.entryPath(key)))
    }
}
