import Foundation
import Testing
@testable import PeaceTalksModel

/// The on-disk cache of analyses: a hit gives the stored corpus, any change to what the
/// analysis depends on misses, and damage or limits never lose more than the cache itself.
@Suite struct AnalysisCacheTests {
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pt-cache-\(UUID().uuidString)").path
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var entries: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: path + "/peacetalks")) ?? []).filter { $0.hasSuffix(".corpus") }.sorted()
        }
    }

    let articles = [Article(path: "a.txt", text: "Kyiv said: \"No.\"\n\nMoscow agreed on 2 May 2024.")]
    let codebookBytes = Array("version: 1\nissues: []\n".utf8)

    func corpus(_ articles: [Article]) -> Corpus {
        CorpusBuilder.build(articles: articles, codebook: Codebook(path: "c.yaml", issues: [], actors: [], sides: []))
    }

    @Test func storedCorpusIsFoundAgain() {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path + "/nested", buildIdentity: "build 1")
        let codebook = cache.codebookKey(path: "c.yaml", contents: codebookBytes)
        let key = cache.corpusKey(codebookKey: codebook, articles: articles)
        #expect(cache.corpus(for: key) == nil)
        #expect(!cache.knowsCodebook(codebook))
        let built = corpus(articles)
        cache.store(built, for: key)
        #expect(cache.knowsCodebook(codebook))
        let found = cache.corpus(for: key)
        #expect(found?.documents == built.documents)
        #expect(found?.codebook == built.codebook)
    }

    @Test func anyChangeToTheInputsMakesAnotherKey() {
        let cache = AnalysisCache(root: "/unused", buildIdentity: "build 1")
        let codebook = cache.codebookKey(path: "c.yaml", contents: codebookBytes)
        let key = cache.corpusKey(codebookKey: codebook, articles: articles)
        var edited = articles
        edited[0].text += " "
        var renamed = articles
        renamed[0].path = "b.txt"
        var dated = articles
        dated[0].metadata.date = PartialDate(year: 2024)
        let keys = [
            key,
            cache.corpusKey(codebookKey: codebook, articles: edited),
            cache.corpusKey(codebookKey: codebook, articles: renamed),
            cache.corpusKey(codebookKey: codebook, articles: dated),
            cache.corpusKey(codebookKey: codebook, articles: articles + articles),
            cache.corpusKey(codebookKey: cache.codebookKey(path: "c.yaml", contents: codebookBytes + [0x0A]), articles: articles),
            cache.corpusKey(codebookKey: cache.codebookKey(path: "d.yaml", contents: codebookBytes), articles: articles),
            cache.corpusKey(
                codebookKey: AnalysisCache(root: "/unused", buildIdentity: "build 2").codebookKey(path: "c.yaml", contents: codebookBytes),
                articles: articles),
        ]
        #expect(Set(keys).count == keys.count)
        #expect(cache.corpusKey(codebookKey: codebook, articles: articles) == key)
    }

    @Test func damagedEntryIsAMissAndIsRemoved() throws {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path, buildIdentity: "b")
        let key = cache.corpusKey(codebookKey: cache.codebookKey(path: "c.yaml", contents: codebookBytes), articles: articles)
        cache.store(corpus(articles), for: key)
        var bytes = try #require(FileManager.default.contents(atPath: cache.entryPath(key)))
        bytes.removeLast(bytes.count / 2)
        try bytes.write(to: URL(fileURLWithPath: cache.entryPath(key)))
        #expect(cache.corpus(for: key) == nil)
        #expect(folder.entries.isEmpty)
    }

    @Test func oldestEntriesGoBeyondTheLimit() throws {
        let folder = Folder()
        var cache = AnalysisCache(root: folder.path, buildIdentity: "b")
        cache.maxEntries = 2
        let codebook = cache.codebookKey(path: "c.yaml", contents: codebookBytes)
        var keys: [String] = []
        for number in 0..<3 {
            let variant = [Article(path: "a\(number).txt", text: "Text \(number).")]
            let key = cache.corpusKey(codebookKey: codebook, articles: variant)
            cache.store(corpus(variant), for: key)
            keys.append(key)
            // Modification times must differ for the order to be defined.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: Double(number - 10))], ofItemAtPath: cache.entryPath(key))
        }
        #expect(folder.entries.count == 2)
        #expect(cache.corpus(for: keys[0]) == nil)
        #expect(cache.corpus(for: keys[2]) != nil)
    }

    @Test func environmentChoosesTheFolderOrTurnsItOff() {
        #expect(AnalysisCache.standard(environment: ["HOME": "/h"], buildIdentity: "b")?.directory == "/h/.cache/peacetalks")
        #expect(AnalysisCache.standard(environment: ["HOME": "/h", "XDG_CACHE_HOME": "/x"], buildIdentity: "b")?.directory == "/x/peacetalks")
        #expect(AnalysisCache.standard(environment: ["HOME": "/h", "PEACETALKS_CACHE_DIR": "/p"], buildIdentity: "b")?.directory == "/p/peacetalks")
        #expect(AnalysisCache.standard(environment: ["HOME": "/h", "PEACETALKS_CACHE": "off"], buildIdentity: "b") == nil)
        #expect(AnalysisCache.standard(environment: [:], buildIdentity: "b") == nil)
    }
}
