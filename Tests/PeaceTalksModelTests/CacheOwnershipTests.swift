import Foundation
import Testing
@testable import PeaceTalksModel

/// The cache deletes and replaces only what it wrote: regular files with its header in its own
/// `peacetalks` folder. A user's files beside it or inside it, links and headerless files
/// survive eviction and damage handling, however old they are.
@Suite struct CacheOwnershipTests {
    final class Root {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pt-own-\(UUID().uuidString)").path
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    let codebook = Codebook(path: "c.yaml", issues: [], actors: [], sides: [])
    let old = Date(timeIntervalSince1970: 1_000_000_000)

    func article(_ number: Int) -> [Article] {
        [Article(path: "a\(number).txt", text: "Kyiv said on \(number) May 2024: \"No.\"")]
    }

    func store(_ number: Int, in cache: AnalysisCache) -> String {
        let articles = article(number)
        let key = cache.corpusKey(codebookKey: cache.codebookKey(path: "c.yaml", contents: []), articles: articles)
        cache.store(CorpusBuilder.build(articles: articles, codebook: codebook), for: key)
        return key
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
    }

    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The user's files, all older than any entry and all named `*.corpus`: in the cache
    /// root, and planted in the cache's own folder too (a folder, a headerless file, and links
    /// to a file that does carry the header and to a folder).
    @Test func evictionLeavesEverythingButItsOwnEntries() throws {
        let root = Root()
        var cache = AnalysisCache(root: root.path, buildIdentity: "b")
        cache.maxEntries = 1
        let own = cache.directory
        var theirs: [String] = []
        for number in 1...16 {
            theirs.append(root.path + "/n\(number).corpus")
            try write("mine \(number)", to: theirs.last!)
        }
        theirs.append(root.path + "/news.corpus/2024/a.txt")
        try write("notes", to: theirs.last!)
        let firstKey = store(0, in: cache)
        let lookalike = root.path + "/elsewhere/copy.corpus"
        try FileManager.default.createDirectory(atPath: root.path + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: cache.entryPath(firstKey), toPath: lookalike)
        try write("no header", to: own + "/headerless.corpus")
        try write("notes", to: own + "/folder.corpus/a.txt")
        try FileManager.default.createSymbolicLink(atPath: own + "/link.corpus", withDestinationPath: lookalike)
        try FileManager.default.createSymbolicLink(atPath: own + "/dirlink.corpus", withDestinationPath: root.path + "/news.corpus")
        theirs += [lookalike, own + "/headerless.corpus", own + "/folder.corpus/a.txt", own + "/link.corpus", own + "/dirlink.corpus"]
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: cache.entryPath(firstKey))

        let keys = [firstKey] + (1...3).map { store($0, in: cache) }

        for path in theirs {
            #expect(exists(path), "deleted: \(path)")
        }
        #expect(try String(contentsOfFile: own + "/headerless.corpus", encoding: .utf8) == "no header")
        // Eviction did run: of the cache's own four entries only the newest is left.
        #expect(keys.filter { exists(cache.entryPath($0)) } == [keys[3]])
    }

    @Test func aHeaderlessFileUnderAnEntrysNameIsNeitherReadNorReplacedNorDeleted() throws {
        let root = Root()
        let cache = AnalysisCache(root: root.path, buildIdentity: "b")
        let articles = article(1)
        let key = cache.corpusKey(codebookKey: cache.codebookKey(path: "c.yaml", contents: []), articles: articles)
        try write("someone else's", to: cache.entryPath(key))
        #expect(cache.corpus(for: key) == nil)
        cache.store(CorpusBuilder.build(articles: articles, codebook: codebook), for: key)
        #expect(try String(contentsOfFile: cache.entryPath(key), encoding: .utf8) == "someone else's")
    }

    @Test func aLinkUnderAnEntrysNameIsNotFollowed() throws {
        let root = Root()
        let cache = AnalysisCache(root: root.path, buildIdentity: "b")
        let key = store(1, in: cache)
        let real = root.path + "/real.corpus"
        try FileManager.default.moveItem(atPath: cache.entryPath(key), toPath: real)
        try FileManager.default.createSymbolicLink(atPath: cache.entryPath(key), withDestinationPath: real)
        #expect(cache.corpus(for: key) == nil)
        #expect(!cache.knowsCodebook(cache.codebookKey(path: "c.yaml", contents: [])))
        _ = store(1, in: cache)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cache.entryPath(key)) == real)
        #expect(exists(real))
    }

    @Test func theFolderIsPrivateAndEntriesAre0600() throws {
        let root = Root()
        let cache = AnalysisCache(root: root.path, buildIdentity: "b")
        // A folder an older build made with the umask's 0755 is made private.
        try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cache.directory)
        let key = store(1, in: cache)
        let folderMode = try FileManager.default.attributesOfItem(atPath: cache.directory)[.posixPermissions] as? NSNumber
        let entryMode = try FileManager.default.attributesOfItem(atPath: cache.entryPath(key))[.posixPermissions] as? NSNumber
        #expect(folderMode?.intValue == 0o700)
        #expect(entryMode?.intValue == 0o600)
    }

    @Test func aFileWhereTheFolderShouldBeTurnsTheCacheOff() throws {
        let root = Root()
        let cache = AnalysisCache(root: root.path, buildIdentity: "b")
        try write("not a folder", to: cache.directory)
        let key = store(1, in: cache)
        #expect(cache.corpus(for: key) == nil)
        #expect(try String(contentsOfFile: cache.directory, encoding: .utf8) == "not a folder")
    }
}
