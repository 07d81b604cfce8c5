import Foundation
import Testing
@testable import PeaceTalksModel

/// The explorer's stored first screen (`*.frame`): given back only for the same program,
/// request, view and unchanged inputs while the analysis it shows is stored; anything else
/// (damaged, foreign, another view, a changed or new input, an evicted entry) gives nothing,
/// and a file the cache did not write is never replaced or removed.
@Suite struct StoredFrameTests {
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pt-frame-\(UUID().uuidString)").path
        init() { try? FileManager.default.createDirectory(atPath: path + "/articles", withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var article: String { path + "/articles/talks.txt" }
        var cacheFolder: String { path + "/cache/peacetalks" }
    }

    static let view = "120x40 colour editor=false"
    static let screen = Array("a screen, as the explorer encodes it".utf8)

    /// Writes `text` to `path` dated an hour back: a file changed a moment ago is never trusted.
    func write(_ text: String, to path: String, age: TimeInterval = 3_600) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: path)
    }

    /// An analysed article in its own cache, as the explorer's first run leaves it (no frame yet).
    func analysed(_ folder: Folder) throws -> CorpusRequest {
        try write("Kyiv said no to the ceasefire plan, the minister said on Monday.", to: folder.article)
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "build 1")
        let request = CorpusRequest(paths: [folder.article], cache: cache, environment: [:])
        _ = try request.load()
        return request
    }

    func inputs(_ request: CorpusRequest, view: String = view) throws -> FrameInputs {
        try #require(request.frameInputs()).viewing(view)
    }

    /// Stores the screen as the explorer does after its first frame.
    func store(_ request: CorpusRequest) throws {
        let key = try #require(request.entryKey())
        request.cache?.storeFrame(Self.screen, for: try inputs(request), entryKey: key)
    }

    func frameFiles(_ folder: Folder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.cacheFolder)) ?? []).filter { $0.hasSuffix(".frame") }
    }

    @Test func aStoredScreenComesBackForTheSameInputsAndView() throws {
        let folder = Folder()
        let request = try analysed(folder)
        #expect(request.cache?.storedFrame(for: try inputs(request)) == nil)
        try store(request)
        #expect(request.cache?.storedFrame(for: try inputs(request)) == Self.screen)
        // Private, like every file of the cache.
        let name = try #require(frameFiles(folder).first)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.cacheFolder + "/" + name)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func anotherViewGetsNothing() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        #expect(request.cache?.storedFrame(for: try inputs(request, view: "80x24 colour editor=false")) == nil)
        #expect(request.cache?.storedFrame(for: try inputs(request, view: "120x40 monochrome editor=false")) == nil)
    }

    @Test func aChangedArticleOrANewAnnotationFileGetsNothing() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        try write("Kyiv said yes to the ceasefire plan, the minister said on Monday.", to: folder.article, age: 600)
        #expect(request.cache?.storedFrame(for: try inputs(request)) == nil)

        let other = Folder()
        let second = try analysed(other)
        try store(second)
        // Tags and memos are laid over the analysis after the cache: their file counts too.
        try write("tags: []\n", to: other.path + "/articles/talks.annotations.yaml")
        #expect(second.cache?.storedFrame(for: try inputs(second)) == nil)
    }

    @Test func anotherProgramOrRequestGetsNothing() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        var rebuilt = request
        rebuilt.cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "build 2")
        #expect(rebuilt.cache?.storedFrame(for: try inputs(rebuilt)) == nil)
        var limited = request
        limited.sizeLimit = 1 << 20
        #expect(limited.cache?.storedFrame(for: try inputs(limited)) == nil)
    }

    @Test func aDamagedFrameGetsNothingAndIsWrittenAnew() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        let path = folder.cacheFolder + "/" + (try #require(frameFiles(folder).first))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 3] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(request.cache?.storedFrame(for: try inputs(request)) == nil)
        try store(request)
        #expect(request.cache?.storedFrame(for: try inputs(request)) == Self.screen)
    }

    @Test func aForeignFileUnderTheFramesNameIsLeftAlone() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        let path = folder.cacheFolder + "/" + (try #require(frameFiles(folder).first))
        let theirs = Data("someone else's notes\n".utf8)
        try FileManager.default.removeItem(atPath: path)
        try theirs.write(to: URL(fileURLWithPath: path))
        #expect(request.cache?.storedFrame(for: try inputs(request)) == nil)
        try store(request)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == theirs)
        #expect(request.cache?.storedFrame(for: try inputs(request)) == nil)
    }

    @Test func theScreenGoesWithItsAnalysis() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.cacheFolder).filter { $0.hasSuffix(".corpus") }
        for entry in entries { try FileManager.default.removeItem(atPath: folder.cacheFolder + "/" + entry) }
        #expect(request.cache?.storedFrame(for: try inputs(request)) == nil)
        #expect(frameFiles(folder).isEmpty)
    }

    @Test func evictingAnAnalysisTakesItsScreenAtOnce() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try store(request)
        #expect(frameFiles(folder).count == 1)
        var cache = try #require(request.cache)
        cache.maxEntries = 1
        let other = CorpusBuilder.build(
            articles: [Article(path: "other.txt", text: "Moscow said yes.")], codebook: Codebook(path: "c.yaml", issues: [], actors: [], sides: []))
        cache.store(other, for: "another-entry")
        #expect(frameFiles(folder).isEmpty)
    }

    @Test func inputsChangedAMomentAgoAreNotStored() throws {
        let folder = Folder()
        let request = try analysed(folder)
        try write("Kyiv said no to the ceasefire plan, the minister said on Monday.", to: folder.article, age: 0)
        try store(request)
        #expect(frameFiles(folder).isEmpty)
    }

    @Test func noStampsWithoutACacheOrWithVerify() throws {
        let folder = Folder()
        var request = try analysed(folder)
        request.verify = true
        #expect(request.frameInputs() == nil)
        request.verify = false
        request.cache = nil
        #expect(request.frameInputs() == nil)
    }
}
