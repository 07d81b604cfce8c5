import Foundation
import Testing
@testable import PeaceTalksModel

/// A warm open trusts files whose stamp (size, modification time, inode) is unchanged and
/// reads only the others; a full check (`--verify`) reads everything and catches what stamps miss.
@Suite struct CacheTrustTests {
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pt-trust-\(UUID().uuidString)").path
        init() { try? FileManager.default.createDirectory(atPath: path + "/articles", withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var articles: String { path + "/articles" }
    }

    static let codebook = Codebook(path: "c.yaml", issues: [], actors: [], sides: [])

    /// What `CorpusRequest.load` does without trust: read every file, hash, reuse or build, record stamps.
    func fullLoad(_ cache: AnalysisCache, _ folder: Folder) throws -> Corpus {
        let (articles, notes) = try ArticleLoader.load(paths: [folder.articles])
        cache.recordStamps(paths: [folder.articles], sizeLimit: 1 << 20, totalLimit: 1 << 30, articles: articles, notes: notes)
        let key = cache.corpusKey(codebookKey: codebookKey(cache), articles: articles)
        if let stored = cache.corpus(for: key) { return stored }
        let corpus = CorpusBuilder.build(articles: articles, codebook: Self.codebook)
        cache.store(corpus, for: key)
        return corpus
    }

    func codebookKey(_ cache: AnalysisCache) -> String {
        cache.codebookKey(path: "c.yaml", contents: Array("issues: []".utf8))
    }

    func trusted(_ cache: AnalysisCache, _ folder: Folder) -> AnalysisCache.TrustedLoad? {
        cache.trustedLoad(paths: [folder.articles], sizeLimit: 1 << 20, totalLimit: 1 << 30) { _ in codebookKey(cache) }
    }

    /// Writes an article and dates it an hour back (a file changed a moment ago is never trusted).
    func write(_ text: String, to path: String, age: TimeInterval = 3_600) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: path)
    }

    func paragraphs(_ corpus: Corpus?) -> [String] {
        corpus?.documents.flatMap { $0.paragraphs.map(\.text) } ?? []
    }

    @Test func unchangedFilesAreNotReadAgain() throws {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "b")
        try write("Kyiv said no.", to: folder.articles + "/a.txt")
        try write("Moscow said yes.", to: folder.articles + "/b.txt")
        #expect(trusted(cache, folder) == nil)
        let built = try fullLoad(cache, folder)
        let found = try #require(trusted(cache, folder))
        #expect(found.reread.isEmpty)
        #expect(paragraphs(found.corpus) == paragraphs(built))
        // The word index came with it, mapped from beside the entry.
        #expect(found.corpus.storedWordIndex != nil)
    }

    @Test func aTouchedFileIsReadAgainAndTheEntryStillServes() throws {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "b")
        try write("Kyiv said no.", to: folder.articles + "/a.txt")
        try write("Moscow said yes.", to: folder.articles + "/b.txt")
        _ = try fullLoad(cache, folder)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: folder.articles + "/b.txt")
        let found = try #require(trusted(cache, folder))
        #expect(found.reread == [folder.articles + "/b.txt"])
        // The new stamp was recorded: the next open reads nothing.
        #expect(trusted(cache, folder)?.reread == [])
    }

    @Test func aChangedFileIsAnalysedAgain() throws {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "b")
        try write("Kyiv said no.", to: folder.articles + "/a.txt")
        _ = try fullLoad(cache, folder)
        try write("Kyiv said maybe, later.", to: folder.articles + "/a.txt", age: 120)
        #expect(trusted(cache, folder) == nil)
        #expect(paragraphs(try fullLoad(cache, folder)) == ["Kyiv said maybe, later."])
        #expect(paragraphs(trusted(cache, folder)?.corpus) == ["Kyiv said maybe, later."])
    }

    @Test func onlyTheFullCheckCatchesAChangeTheStampMisses() throws {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "b")
        let path = folder.articles + "/a.txt"
        try write("Kyiv said no.", to: path)
        _ = try fullLoad(cache, folder)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        // Same size, same file, modification time put back: the stamp cannot tell.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Array("Kyiv said ok.".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: try #require(before)], ofItemAtPath: path)
        #expect(paragraphs(trusted(cache, folder)?.corpus) == ["Kyiv said no."])
        #expect(paragraphs(try fullLoad(cache, folder)) == ["Kyiv said ok."])
    }

    @Test func theModificationYearIsPartOfTheKey() throws {
        let folder = Folder()
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "b")
        let path = folder.articles + "/a.txt"
        try write("On 3 May the envoys met.", to: path)
        let article = Article(path: path, text: "On 3 May the envoys met.")
        let now = cache.corpusKey(codebookKey: "c", articles: [article])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3 * 366 * 86_400)], ofItemAtPath: path)
        #expect(cache.corpusKey(codebookKey: "c", articles: [article]) != now)
    }
}
