import Foundation
import Testing
@testable import PeaceTalksModel

func loadError(_ paths: [String], sizeLimit: Int = ArticleLoader.defaultSizeLimit) -> Diagnostic? {
    do {
        _ = try ArticleLoader.load(paths: paths, sizeLimit: sizeLimit)
        return nil
    } catch let diagnostic as Diagnostic {
        return diagnostic
    } catch {
        return Diagnostic.error("unexpected \(error)", file: "")
    }
}

@Suite struct LoadingTests {
    @Test func loadsAFileAndItsSidecar() throws {
        let folder = try TempFolder()
        let path = try folder.write("a.txt", "Op 18 augustus sprak Trump.")
        try folder.write("a.meta.yaml", "title: Een titel\nlanguage: nl\ndate: 2025-08-30\nsource: De krant\n")
        let (articles, warnings) = try ArticleLoader.load(paths: [path])
        #expect(warnings.isEmpty)
        #expect(articles.count == 1)
        #expect(articles.first?.text == "Op 18 augustus sprak Trump.")
        #expect(articles.first?.metadata == ArticleMetadata(
            title: "Een titel", language: .dutch, date: PartialDate(year: 2025, month: 8, day: 30), source: "De krant"))
    }

    @Test func walksDirectoriesSortedAndSkipsSidecars() throws {
        let folder = try TempFolder()
        try folder.write("b.txt", "tweede")
        try folder.write("a.md", "eerste")
        try folder.write("sub/c.txt", "derde")
        try folder.write("a.meta.yaml", "language: en\n")
        try folder.write("x.codebook.yaml", "issues: []\n")
        try folder.write("notes.pdf", "skip")
        var calls: [(Int, Int)] = []
        let (articles, _) = try ArticleLoader.load(paths: [folder.path]) { calls.append(($0, $1)) }
        #expect(articles.map { ($0.path as NSString).lastPathComponent } == ["a.md", "b.txt", "c.txt"])
        #expect(articles.first?.metadata.language == .english)
        #expect(calls.map(\.0) == [1, 2, 3])
        #expect(calls.allSatisfy { $0.1 == 3 })
    }

    @Test func missingPath() {
        let error = loadError(["/nonexistent/peacetalks/article.txt"])
        #expect(error?.severity == .error)
        #expect(error?.file == "/nonexistent/peacetalks/article.txt")
        #expect(error?.message == "no such file or directory")
    }

    @Test func directoryWithoutArticles() throws {
        let folder = try TempFolder()
        try folder.write("only.meta.yaml", "language: nl\n")
        let error = loadError([folder.path])
        #expect(error?.file == folder.path)
        #expect(error?.message.contains("without articles") == true)
    }

    @Test func emptyAndWhitespaceFiles() throws {
        let folder = try TempFolder()
        let empty = try folder.write("empty.txt", "")
        let blank = try folder.write("blank.txt", "  \n\n\t \n")
        #expect(loadError([empty])?.message == "is empty")
        #expect(loadError([blank])?.message == "is empty (only whitespace)")
        #expect(loadError([blank])?.file == blank)
    }

    @Test func binaryFiles() throws {
        let folder = try TempFolder()
        let withNul = try folder.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(loadError([withNul])?.message == "is not a text article (NUL byte at byte 8)")
        let controls = try folder.write("controls.txt", [0x41, 0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x41])
        #expect(loadError([controls])?.message == "is not a text article (binary data at byte 1)")
        var random = SystemRandomNumberGenerator()
        let noise = try folder.write("noise.md", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(loadError([noise])?.message.hasPrefix("is not a text article") == true)
    }

    @Test func invalidUTF8IsAWarningWithPlace() throws {
        let folder = try TempFolder()
        // Line 2: “Oekraïne ” is 9 characters (10 bytes), so the bad byte is at column 10, byte offset 6 + 10 = 16.
        let bytes = Array("eerst\nOekraïne ".utf8) + [0xFF] + Array(" verder".utf8)
        let path = try folder.write("bad.txt", bytes)
        let (articles, warnings) = try ArticleLoader.load(paths: [path])
        #expect(articles.first?.text == "eerst\nOekraïne \u{FFFD} verder")
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.file == path)
        #expect(warning.line == 2)
        #expect(warning.column == 10)
        #expect(warning.message.contains("offset 16"))
        #expect(warning.description.hasPrefix("\(path):2:10: warning: invalid UTF-8"))
    }

    @Test func truncatedAndOverlongSequences() {
        #expect(TextDecoding.firstInvalidUTF8(Array("aé".utf8)) == nil)
        #expect(TextDecoding.firstInvalidUTF8([0x61, 0xC3]) == 1)
        #expect(TextDecoding.firstInvalidUTF8([0x61, 0xC0, 0x80]) == 1)
        #expect(TextDecoding.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(TextDecoding.firstInvalidUTF8([0x61, 0x62, 0xE2, 0x80, 0x41]) == 2)
    }

    @Test func tooLargeNamesTheLimitAndTheFlag() throws {
        let folder = try TempFolder()
        let path = try folder.write("big.txt", String(repeating: "woord ", count: 400))
        let error = loadError([path], sizeLimit: 1024)
        #expect(error?.file == path)
        #expect(error?.message.contains("1 KB limit") == true)
        #expect(error?.message.contains("--max-size") == true)
        #expect(loadError([path], sizeLimit: 10_000) == nil)
        #expect(ArticleLoader.defaultSizeLimit == 50 * 1024 * 1024)
    }

    @Test func badSidecarNamesFileLineAndColumn() throws {
        let folder = try TempFolder()
        let path = try folder.write("a.txt", "tekst")
        let sidecar = try folder.write("a.meta.yaml", "title: Een titel\nlanguage: [nl\n")
        let error = try #require(loadError([path]))
        #expect(error.file == sidecar)
        #expect(error.line != nil && error.column != nil)
        // Worded as a codebook's syntax error is: one YAML reader for every file.
        #expect(error.message.hasPrefix("YAML syntax error"))

        try folder.write("a.meta.yaml", "title: Een titel\ndate: 2025-13-01\n")
        let date = try #require(loadError([path]))
        #expect(date.line == 2 && date.column == 7)
        #expect(date.message.contains("2025-13-01"))

        try folder.write("a.meta.yaml", "title: x\nlanguage: fr\n")
        #expect(loadError([path])?.message.contains("nl, en") == true)

        try folder.write("a.meta.yaml", "titel: x\n")
        let key = try #require(loadError([path]))
        #expect(key.line == 1 && key.column == 1)
        #expect(key.message.contains("unknown key ‘titel’"))
    }

    @Test func seedSidecar() throws {
        let (articles, warnings) = try ArticleLoader.load(paths: [Repository.seedArticle.path])
        #expect(warnings.isEmpty)
        let article = try #require(articles.first)
        #expect(article.metadata.language == .dutch)
        #expect(article.metadata.date == PartialDate(year: 2025, month: 8, day: 30))
        #expect(article.metadata.title?.contains("Oekraïne") == true)
        #expect(article.text.hasSuffix("hebben uitgeput.’"))
        let anchor = DateAnchor.choose(for: article)
        #expect(anchor.source == .metadata && anchor.year == 2025)
    }

    @Test func seedLocatorSearchesUpwardsAndHonoursTheEnvironment() throws {
        let folder = try TempFolder()
        let article = try folder.write("project/seeds/one.txt", "tekst")
        try folder.write("project/seeds/one.meta.yaml", "language: nl\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/project/deep/er", withIntermediateDirectories: true)
        let found = try SeedLocator.locate(environment: [:], currentDirectory: folder.path + "/project/deep/er", executable: nil)
        #expect(found.articles.map { ($0 as NSString).lastPathComponent } == ["one.txt"])
        #expect(FileManager.default.contentsEqual(atPath: found.articles[0], andPath: article))

        let viaExecutable = try SeedLocator.locate(
            environment: [:], currentDirectory: "/", executable: folder.path + "/project/deep/er/peacetalks")
        #expect(viaExecutable.articles == found.articles)

        let viaEnvironment = try SeedLocator.locate(
            environment: ["PEACETALKS_SEEDS": folder.path + "/project/seeds"], currentDirectory: "/", executable: nil)
        #expect(viaEnvironment.articles == [folder.path + "/project/seeds/one.txt"])

        // No seed anywhere: the message says how to open an article.
        let none = #expect(throws: Diagnostic.self) {
            try SeedLocator.locate(environment: [:], currentDirectory: folder.path, executable: nil)
        }
        #expect(none?.message.contains("`peacetalks article.txt`") == true)
        #expect(throws: Diagnostic.self) {
            try SeedLocator.locate(environment: ["PEACETALKS_SEEDS": folder.path], currentDirectory: "/", executable: nil)
        }
    }

    /// Where `scripts/install` puts the seeds: beside the binary's prefix, or on the XDG data path.
    @Test func seedLocatorFindsAnInstallation() throws {
        let folder = try TempFolder()
        try folder.write("prefix/share/peacetalks/seeds/one.txt", "tekst")
        try folder.write("data/peacetalks/seeds/two.txt", "tekst")
        let empty = ["HOME": folder.path + "/nohome", "XDG_DATA_DIRS": folder.path + "/nowhere"]
        let beside = try SeedLocator.locate(
            environment: empty, currentDirectory: "/", executable: folder.path + "/prefix/bin/peacetalks")
        #expect(beside.articles == [folder.path + "/prefix/share/peacetalks/seeds/one.txt"])
        let onDataPath = try SeedLocator.locate(
            environment: ["HOME": folder.path + "/nohome", "XDG_DATA_DIRS": "/nonexistent:" + folder.path + "/data"],
            currentDirectory: "/", executable: folder.path + "/elsewhere/peacetalks")
        #expect(onDataPath.articles == [folder.path + "/data/peacetalks/seeds/two.txt"])
        let inDataHome = try SeedLocator.locate(
            environment: ["XDG_DATA_HOME": folder.path + "/data", "XDG_DATA_DIRS": "/nonexistent"],
            currentDirectory: "/", executable: nil)
        #expect(inDataHome.folder == folder.path + "/data/peacetalks/seeds")
    }
}
