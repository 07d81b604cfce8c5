#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import PeaceTalksModel

/// One reader for articles, codebooks, metadata and annotation sidecars: the same bad byte is
/// reported in the same words at the same place, whichever file it is in.
@Suite("One file reader", .timeLimit(.minutes(1)))
struct TextFileTests {
    /// `version: 1\nissues: [a` then `bad`: the bad bytes start at offset 21, line 2, column 11.
    static func yaml(_ bad: [UInt8]) -> [UInt8] { Array("version: 1\nissues: [a".utf8) + bad + Array("]\n".utf8) }

    static func thrown(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }

    @Test func theSameBadByteIsWordedTheSameInAnArticleACodebookAndASidecar() throws {
        let folder = try TempFolder()
        let bytes = Self.yaml([0xFF])
        let article = try folder.write("a.txt", bytes)
        let codebook = try folder.write("c.yaml", bytes)
        let (_, warnings) = try ArticleLoader.load(paths: [article])
        let warning = try #require(warnings.first)
        let error = try #require(Self.thrown { _ = try CodebookLoader.load(path: codebook) })
        let core = "invalid UTF-8 (first bad byte at offset 21)"
        #expect(warning.message.hasPrefix(core), "\(warning)")
        #expect(error.message.hasPrefix(core), "\(error)")
        #expect(warning.severity == .warning && error.severity == .error)
        #expect(warning.line == 2 && warning.column == 11)
        #expect(error.line == 2 && error.column == 11)

        let other = try folder.write("b.txt", "Een artikel.")
        let sidecar = try folder.write("b.meta.yaml", bytes)
        let metadata = try #require(Self.thrown { _ = try ArticleLoader.load(paths: [other]) })
        #expect(metadata.file == sidecar)
        #expect(metadata.message == error.message.replacingOccurrences(of: "a codebook", with: "a metadata file"))
        #expect(metadata.line == 2 && metadata.column == 11)
        try folder.write("b.annotations.yaml", bytes)
        let annotations = try #require(Self.thrown {
            _ = try AnnotationLoader.load(forArticle: other, codebook: Codebook(path: "", issues: [], actors: [], sides: []))
        })
        #expect(annotations.message.hasPrefix(core) && annotations.line == 2 && annotations.column == 11)
    }

    /// Overlong forms and surrogates are as bad in a codebook as in an article: the place named
    /// is the bad byte's own, not the end of the file (the codebook's old validator let them through).
    @Test(arguments: [[0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAE], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func overlongAndSurrogateBytesInACodebookAreRefusedWhereTheyAre(_ bad: [UInt8]) throws {
        let folder = try TempFolder()
        let codebook = try folder.write("c.yaml", Self.yaml(bad))
        let error = try #require(Self.thrown { _ = try CodebookLoader.load(path: codebook) })
        #expect(error.message.hasPrefix("invalid UTF-8 (first bad byte at offset 21)"), "\(error)")
        #expect(error.line == 2 && error.column == 11)
    }

    @Test func aNulByteInACodebookIsNamedWithItsOffset() throws {
        let folder = try TempFolder()
        let codebook = try folder.write("c.yaml", Self.yaml([0]))
        let error = try #require(Self.thrown { _ = try CodebookLoader.load(path: codebook) })
        #expect(error.message == "is not a text codebook (NUL byte at byte 21)")
        #expect(error.line == 2 && error.column == 11)
    }

    /// A FIFO given as a codebook is refused at once instead of waiting for a writer forever.
    @Test func aFIFOAsACodebookIsRefusedWithoutWaiting() throws {
        let folder = try TempFolder()
        let fifo = folder.path("pipe.yaml")
        #expect(mkfifo(fifo, 0o644) == 0)
        let error = try #require(Self.thrown { _ = try CodebookLoader.load(path: fifo) })
        #expect(error.message == "not a regular file (FIFO)")
        #expect(error.file == fifo)
    }

    @Test func aSidecarThatIsAFolderIsNamedAsOne() throws {
        let folder = try TempFolder()
        let article = try folder.write("a.txt", "Een artikel.")
        try FileManager.default.createDirectory(atPath: folder.path("a.meta.yaml"), withIntermediateDirectories: true)
        let error = try #require(Self.thrown { _ = try ArticleLoader.load(paths: [article]) })
        #expect(error.message == "is a directory, not a metadata file")
    }

    @Test func aSidecarOverTheYAMLLimitIsRefused() throws {
        let folder = try TempFolder()
        let article = try folder.write("a.txt", "Een artikel.")
        try folder.write("a.meta.yaml", "title: " + String(repeating: "x", count: TextFile.yamlSizeLimit))
        let error = try #require(Self.thrown { _ = try ArticleLoader.load(paths: [article]) })
        #expect(error.message.hasSuffix("larger than the 5 MB limit per metadata file"), "\(error)")
    }
}

/// The modification time is read once, with the text, and kept in the article.
@Suite struct ModificationDateTests {
    static func date(_ year: Int) -> Date {
        Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: .gmt, year: year, month: 6, day: 1))!
    }

    static func setModified(_ path: String, year: Int) throws {
        try FileManager.default.setAttributes([.modificationDate: date(year)], ofItemAtPath: path)
    }

    @Test func theAnchorYearIsTheOneReadAtLoadNotASecondLook() throws {
        let folder = try TempFolder()
        let path = try folder.write("a.txt", "Op 18 augustus sprak Trump met Poetin.")
        try Self.setModified(path, year: 2019)
        let article = try #require(try ArticleLoader.load(paths: [path]).0.first)
        #expect(article.modificationDate == Self.date(2019))
        // The file changes after it was read: the article read is still the one analysed.
        try Self.setModified(path, year: 2021)
        let anchor = DateAnchor.choose(for: article)
        #expect(anchor.source == .fileDate)
        #expect(anchor.year == 2019)
        let corpus = CorpusBuilder.build(articles: [article], codebook: Codebook(path: "", issues: [], actors: [], sides: []))
        #expect(corpus.documents.first?.anchor == DateAnchor(year: 2019, source: .fileDate))
    }

    @Test func touchingAFileWithTheSameTextMovesTheAnchorYear() throws {
        let folder = try TempFolder()
        let path = try folder.write("a.txt", "Op 18 augustus sprak Trump met Poetin.")
        try Self.setModified(path, year: 2019)
        let before = try #require(try ArticleLoader.load(paths: [path]).0.first)
        try Self.setModified(path, year: 2023)
        let after = try #require(try ArticleLoader.load(paths: [path]).0.first)
        #expect(before.text == after.text)
        #expect(DateAnchor.choose(for: before).year == 2019)
        #expect(DateAnchor.choose(for: after).year == 2023)
    }

    /// A touched file (same text, new modification time) must not be served from the cache with
    /// the old anchor year: the cache's key holds the modification year.
    @Test
    func aTouchedFileIsNotServedFromTheCacheWithTheOldYear() throws {
        let folder = try TempFolder()
        let path = try folder.write("a.txt", "Op 18 augustus sprak Trump met Poetin.")
        try Self.setModified(path, year: 2019)
        var request = CorpusRequest(paths: [path], cache: AnalysisCache(root: folder.path("cache"), buildIdentity: "test"))
        request.environment = ["XDG_CONFIG_HOME": folder.path("config")]
        #expect(try request.load().0.documents.first?.anchor.year == 2019)
        try Self.setModified(path, year: 2023)
        #expect(try request.load().0.documents.first?.anchor.year == 2023)
    }

    /// Text with no file behind it is anchored to today's year, whatever a file at its path says.
    @Test func textWithoutAFileIsAnchoredToday() {
        let article = Article(path: "/", text: "Op 18 augustus sprak Trump.")
        #expect(DateAnchor.choose(for: article).year == Calendar(identifier: .gregorian).component(.year, from: Date()))
    }
}

/// The corpus request returns what it has to say instead of printing it.
@Suite struct CorpusRequestTests {
    @Test func whenNothingIsLeftEveryReasonComesBackWithTheError() throws {
        let folder = try TempFolder()
        #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
        var request = CorpusRequest(paths: [folder.path])
        request.environment = ["XDG_CONFIG_HOME": folder.path("config")]
        do {
            _ = try request.load()
            Issue.record("a folder with only a FIFO loaded")
        } catch let nothing as CorpusRequest.NothingToRead {
            #expect(nothing.message == "no articles to read in \(folder.path)")
            #expect(nothing.diagnostics.map(\.file) == [folder.path("pipe.txt")])
            #expect(nothing.diagnostics.allSatisfy { $0.skipsInput })
        }
    }

    @Test func warningsComeBackWithTheCorpus() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", Array("Op 18 augustus sprak Trump ".utf8) + [0xFF] + Array(".".utf8))
        #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
        var request = CorpusRequest(paths: [folder.path])
        request.environment = ["XDG_CONFIG_HOME": folder.path("config")]
        var stages: [CorpusRequest.Stage] = []
        let (corpus, notes) = try request.load { stage, _, _ in stages.append(stage) }
        #expect(corpus.documents.count == 1)
        #expect(notes.contains { $0.skipsInput && $0.file == folder.path("pipe.txt") })
        #expect(notes.contains { $0.message.hasPrefix("invalid UTF-8") && $0.file == folder.path("a.txt") })
        #expect(stages.first == .reading && stages.last == .linking)
    }
}
