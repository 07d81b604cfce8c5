import Foundation
import Testing

/// Bad input gets a clear message that names the file (and line and column where there is one),
/// never a crash, and a non-zero exit where the program cannot go on.
@Suite("Bad input")
struct BadInputTests {
    /// `peacetalks: FILE…` — messages start with the program's name and name the file.
    func expectNamed(_ run: CommandRun, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.stderr.contains(path), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("peacetalks: "), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    @Test func missingPath() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("no-such-article.txt")
        let run = try CommandRun.peacetalks(["summary", missing])
        #expect(run.status == 1)
        expectNamed(run, missing)
        #expect(run.stdout.isEmpty)
    }

    @Test func directoryWithoutArticles() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("empty-dir/notes.bin", Data([1, 2, 3]))
        let run = try CommandRun.peacetalks(["summary", folder.path("empty-dir")])
        #expect(run.status != 0)
        expectNamed(run, folder.path("empty-dir"))
    }

    @Test func emptyFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("empty.txt", "")
        let run = try CommandRun.peacetalks(["summary", path])
        #expect(run.status != 0)
        expectNamed(run, path)
    }

    @Test func binaryFile() throws {
        let folder = try TemporaryFolder()
        var bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        bytes.append(Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        let path = try folder.file("program.txt", bytes)
        let run = try CommandRun.peacetalks(["summary", path])
        #expect(run.status != 0)
        expectNamed(run, path)
    }

    @Test func invalidUTF8SaysWhere() throws {
        let folder = try TemporaryFolder()
        // Line 2, after "Kyiv ": a lone 0xFF byte.
        var bytes = Data("Eerste regel.\nKyiv ".utf8)
        bytes.append(0xFF)
        bytes.append(Data(" en de rest.\n".utf8))
        let path = try folder.file("latin.txt", bytes)
        let run = try CommandRun.peacetalks(["summary", path])
        // Decoding with replacement and a warning is allowed; either way the place is named.
        expectNamed(run, path)
        #expect(run.stderr.contains("\(path):2"), "the message gives the line: \(run.stderr)")
        #expect(run.stderr.uppercased().contains("UTF-8"))
    }

    @Test func fileOverTheSizeLimit() throws {
        let run = try CommandRun.peacetalks(["summary", Binary.seedArticle, "--max-size", "10"])
        #expect(run.status != 0)
        expectNamed(run, Binary.seedArticle)
        #expect(run.stderr.contains("10"), "the message names the limit: \(run.stderr)")
    }

    @Test func brokenCodebookNamesLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("broken.codebook.yaml", "issues:\n  - id: territory\n    title: [unclosed\n")
        let run = try CommandRun.peacetalks(["summary", Binary.seedArticle, "--codebook", path])
        #expect(run.status == 1)
        let pattern = try Regex("peacetalks: \(NSRegularExpression.escapedPattern(for: path)):[0-9]+:[0-9]+: error: ")
        #expect(run.stderr.contains(pattern), "stderr: \(run.stderr)")
    }

    @Test func missingCodebook() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("absent.codebook.yaml")
        let run = try CommandRun.peacetalks(["issues", "--codebook", path])
        #expect(run.status == 1)
        expectNamed(run, path)
    }

    @Test func negativeSizeLimitIsAUsageError() throws {
        let run = try CommandRun.peacetalks(["summary", "--max-size", "-5"])
        #expect(run.status == 2)
    }
}
