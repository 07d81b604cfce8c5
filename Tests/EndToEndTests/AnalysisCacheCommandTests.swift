import Foundation
import Testing

/// The stored analysis on the real binary: a second run reads it and prints the same, an
/// edited article is analysed afresh, and a damaged entry or a disabled cache changes nothing
/// the user sees.
@Suite("Analysis cache")
struct AnalysisCacheCommandTests {
    let cache: TemporaryFolder

    init() throws {
        cache = try TemporaryFolder()
    }

    var environment: [String: String?] { ["PEACETALKS_CACHE_DIR": cache.url.path] }

    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.url.path + "/peacetalks")) ?? []).filter { $0.hasSuffix(".corpus") }
    }

    @Test func secondRunReadsTheStoredAnalysisAndPrintsTheSame() throws {
        let first = try CommandRun.peacetalks(["export", "--format", "json"], environment: environment)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(entries().count == 1)
        let second = try CommandRun.peacetalks(["export", "--format", "json"], environment: environment)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdoutData == first.stdoutData)
        let fresh = try CommandRun.peacetalks(["export", "--format", "json", "--no-cache"], environment: environment)
        #expect(fresh.stdoutData == first.stdoutData)
    }

    @Test func anEditedArticleIsAnalysedAfresh() throws {
        let articles = try TemporaryFolder()
        let seed = try String(contentsOfFile: Binary.seedArticle, encoding: .utf8)
        let path = try articles.file("article.txt", seed)
        let before = try CommandRun.peacetalks(["timeline", path], environment: environment)
        #expect(before.status == 0, "stderr: \(before.stderr)")
        #expect(!before.stdout.contains("2031"))
        try (seed + "\nOp 4 maart 2031 tekenden beide partijen een akkoord.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let after = try CommandRun.peacetalks(["timeline", path], environment: environment)
        #expect(after.stdout.contains("2031-03-04"))
        #expect(entries().count == 2)
    }

    @Test func aDamagedEntryIsRebuiltWithTheSameOutput() throws {
        let first = try CommandRun.peacetalks(["quotes"], environment: environment)
        let entry = try #require(entries().first)
        let path = cache.url.appendingPathComponent("peacetalks/" + entry).path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        try Data(bytes.prefix(bytes.count / 3)).write(to: URL(fileURLWithPath: path))
        let second = try CommandRun.peacetalks(["quotes"], environment: environment)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout == first.stdout)
        #expect(second.stderr.isEmpty)
        let repaired = try #require(FileManager.default.contents(atPath: path))
        #expect(repaired.count == bytes.count)
    }

    /// A search reads only the documents it shows from the stored analysis, so damage inside
    /// one is found only when it is read: the search must then analyse again, not print a
    /// hit from an empty document.
    @Test func aSearchThatMeetsADamagedDocumentPrintsWhatAFreshOneDoes() throws {
        let fresh = try CommandRun.peacetalks(["search", "Poetin", "--json", "--no-cache"], environment: environment)
        #expect(fresh.status == 0, "stderr: \(fresh.stderr)")
        #expect(fresh.stdout.contains("Poetin"))
        _ = try CommandRun.peacetalks(["summary"], environment: environment)
        let entry = try #require(entries().first)
        let path = cache.url.appendingPathComponent("peacetalks/" + entry).path
        var bytes = try #require(FileManager.default.contents(atPath: path))
        // A letter of the stored article text, well past the head (the codebook and actors).
        let at = try #require(bytes.lastRange(of: Data("Poetin".utf8))).lowerBound
        bytes[at] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: path))
        let searched = try CommandRun.peacetalks(["search", "Poetin", "--json"], environment: environment)
        #expect(searched.status == 0, "stderr: \(searched.stderr)")
        #expect(searched.stdoutData == fresh.stdoutData)
        #expect(searched.stderr.isEmpty)
        let again = try CommandRun.peacetalks(["search", "Poetin", "--json"], environment: environment)
        #expect(again.stdoutData == fresh.stdoutData)
    }

    /// Sidecars are looked for in one listing of the folder, not one look-up per article: a
    /// metadata or annotation file added beside an unchanged article must still be seen.
    @Test func sidecarsAddedBesideAnUnchangedArticleAreSeen() throws {
        let articles = try TemporaryFolder()
        let seed = try String(contentsOfFile: Binary.seedArticle, encoding: .utf8)
        let path = try articles.file("article.txt", seed)
        // An hour old, so its stamp is trusted (a file changed a moment ago is always read).
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: path)
        let before = try CommandRun.peacetalks(["export", "--format", "json", articles.url.path], environment: environment)
        #expect(before.status == 0, "stderr: \(before.stderr)")
        #expect(!before.stdout.contains("Een eigen titel"))
        _ = try articles.file("article.meta.yaml", "title: Een eigen titel\n")
        let titled = try CommandRun.peacetalks(["export", "--format", "json", articles.url.path], environment: environment)
        #expect(titled.stdout.contains("Een eigen titel"))
        // Positions are part of the analysis (and of its cache key), unlike the rest of the file.
        _ = try articles.file("article.annotations.yaml", """
            version: 1
            positions:
              - issue: territory
                actor: russia
                summary: "Een eigen positie."
                anchors:
                  - exact: "lijkt Rusland zich weinig aan te trekken"

            """)
        let annotated = try CommandRun.peacetalks(["export", "--format", "json", articles.url.path], environment: environment)
        #expect(annotated.status == 0, "stderr: \(annotated.stderr)")
        #expect(annotated.stdout.contains("Een eigen positie."))
    }

    @Test func noCacheAndTheEnvironmentSwitchWriteNothing() throws {
        let flag = try CommandRun.peacetalks(["summary", "--no-cache"], environment: environment)
        #expect(flag.status == 0, "stderr: \(flag.stderr)")
        var off = environment
        off["PEACETALKS_CACHE"] = "off"
        let switched = try CommandRun.peacetalks(["summary"], environment: off)
        #expect(switched.status == 0, "stderr: \(switched.stderr)")
        #expect(entries().isEmpty)
    }

    @Test func aBrokenCodebookFailsEvenWhenAnOlderOneWasStored() throws {
        let folder = try TemporaryFolder()
        let codebookPath = folder.url.appendingPathComponent("codebook.yaml").path
        let seedCodebook = Binary.packageRoot.appendingPathComponent("seeds/vredesgesprekken-2025-waarom-het-vastloopt.codebook.yaml").path
        try FileManager.default.copyItem(atPath: seedCodebook, toPath: codebookPath)
        let good = try CommandRun.peacetalks(["summary", Binary.seedArticle, "--codebook", codebookPath], environment: environment)
        #expect(good.status == 0, "stderr: \(good.stderr)")
        try "issues: [unclosed\n".write(toFile: codebookPath, atomically: true, encoding: .utf8)
        let broken = try CommandRun.peacetalks(["summary", Binary.seedArticle, "--codebook", codebookPath], environment: environment)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("codebook.yaml:"))
    }
}
