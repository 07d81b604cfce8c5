#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import PeaceTalksModel

/// A folder walk names every article-like entry it cannot read, with the reason, and reads
/// the rest; it never blocks on a FIFO and never aborts for one file.
@Suite(.timeLimit(.minutes(1)))
struct FolderSkipTests {
    func load(_ path: String) throws -> ([Article], [Diagnostic]) {
        try ArticleLoader.load(paths: [path])
    }

    @Test func fifoInAFolderIsSkippedWithAWarningNotOpened() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Een gewone zin over de gesprekken.")
        #expect(mkfifo(folder.path + "/pipe.txt", 0o644) == 0)
        // Nobody ever writes to the FIFO: opening it for reading in blocking mode would hang.
        let (articles, warnings) = try load(folder.path)
        #expect(articles.map(\.text) == ["Een gewone zin over de gesprekken."])
        let warning = try #require(warnings.first { $0.file.hasSuffix("pipe.txt") })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("not a regular file (FIFO)"))
        #expect(warning.skipsInput)
    }

    @Test func fifoNamedOnItsOwnSaysWhatItIs() throws {
        let folder = try TempFolder()
        let pipe = folder.path + "/pipe.txt"
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(loadError([pipe])?.message == "not a regular file (FIFO)")
        #expect(loadError(["/dev/null"])?.message == "not a regular file (character device)")
    }

    @Test func nameThatIsNotUTF8IsNamedEscaped() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Een gewone zin.")
        let bad = Array(folder.path.utf8) + Array("/kiev-".utf8) + [0xFF] + Array(".txt".utf8)
        let descriptor = (bad + [0]).map { CChar(bitPattern: $0) }.withUnsafeBufferPointer {
            open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
        }
        #expect(descriptor >= 0)
        _ = write(descriptor, "Tekst.", 6)
        close(descriptor)
        let (articles, warnings) = try load(folder.path)
        #expect(articles.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.file == folder.path + "/kiev-\\xff.txt")
        #expect(warning.message.contains("not valid UTF-8"))
        #expect(warning.skipsInput)
    }

    @Test func symbolicLinkLoopsAreNamedAsSuch() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Een gewone zin.")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/self.txt", withDestinationPath: "self.txt")
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/sub/up", withDestinationPath: "..")
        let (articles, warnings) = try load(folder.path)
        #expect(articles.count == 1)
        let messages = Dictionary(warnings.map { ($0.file, $0.message) }, uniquingKeysWith: { first, _ in first })
        #expect(messages[folder.path + "/self.txt"]?.contains("symbolic link loop") == true)
        #expect(messages[folder.path + "/sub/up"]?.contains("symbolic link loop") == true)
        #expect(loadError([folder.path + "/self.txt"])?.message == "symbolic link loop")
    }

    @Test func filesNamedByTheUserThatAreMissingSaySo() {
        #expect(loadError(["/nonexistent/x.txt"])?.message == "no such file or directory")
    }

    @Test func totalLimitNamesTheFileThatPassesIt() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", String(repeating: "woord ", count: 100))
        try folder.write("b.txt", String(repeating: "woord ", count: 100))
        #expect(throws: Never.self) { try ArticleLoader.load(paths: [folder.path], totalLimit: 1200) }
        do {
            _ = try ArticleLoader.load(paths: [folder.path], totalLimit: 1000)
            Issue.record("two files of 600 bytes passed a limit of 1000")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.file == folder.path + "/b.txt")
            #expect(diagnostic.message.contains("--max-total"))
            #expect(diagnostic.message.contains("1000 bytes"))
        }
        #expect(ArticleLoader.defaultTotalLimit == 2 * 1024 * 1024 * 1024)
    }

    @Test func codebookOverFiveMegabytesIsRefusedBeforeParsing() throws {
        let folder = try TempFolder()
        let line = "  - id: issue\n    title: T\n    keywords: [a, b, c, d, e, f, g, h]\n"
        let text = "version: 1\nissues:\n" + String(repeating: line, count: 5 * 1024 * 1024 / line.utf8.count + 1)
        let path = try folder.write("big.codebook.yaml", text)
        do {
            _ = try CodebookLoader.load(path: path)
            Issue.record("a codebook over 5 MB was read")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.file == path)
            #expect(diagnostic.message.contains("5 MB limit"), "\(diagnostic.message)")
        }
    }
}
