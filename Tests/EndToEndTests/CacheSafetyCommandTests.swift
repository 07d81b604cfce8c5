import Foundation
import Testing

/// The analysis cache on the real binary, pointed at a folder the user also keeps files in:
/// it never deletes them, and what it stores is private whatever the umask.
@Suite("Cache safety")
struct CacheSafetyCommandTests {
    let root: TemporaryFolder
    let articles: TemporaryFolder

    init() throws {
        root = try TemporaryFolder()
        articles = try TemporaryFolder()
    }

    var environment: [String: String?] { ["PEACETALKS_CACHE_DIR": root.url.path] }

    func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    }

    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path("peacetalks"))) ?? []).filter { $0.hasSuffix(".corpus") }
    }

    /// Issue 8's reproduction: 16 `n$i.corpus` files and a `news.corpus/2024/a.txt` folder, all
    /// old, in the folder given as PEACETALKS_CACHE_DIR; two runs on different articles.
    @Test func theUsersFilesInTheCacheFolderAllSurvive() throws {
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        var theirs: [String] = []
        for number in 1...16 {
            theirs.append(try root.file("n\(number).corpus", "mine \(number)\n"))
        }
        theirs.append(try root.file("news.corpus/2024/a.txt", "notes\n"))
        for path in theirs + [root.path("news.corpus"), root.path("news.corpus/2024")] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
        }
        for (number, date) in ["2 mei 2024", "3 juni 2024"].enumerated() {
            let article = try articles.file("article\(number).txt", "Op \(date) zei Zelensky: \"Wij willen vrede.\"\n")
            let run = try CommandRun.peacetalks(["summary", article], environment: environment)
            #expect(run.status == 0, "stderr: \(run.stderr)")
        }
        for path in theirs {
            #expect(FileManager.default.fileExists(atPath: path), "deleted: \(path)")
        }
        #expect(try String(contentsOfFile: root.path("news.corpus/2024/a.txt"), encoding: .utf8) == "notes\n")
        #expect(entries().count == 2)
    }

    @Test(arguments: ["000", "022"]) func theFolderIs0700AndEntries0600UnderUmask(_ umask: String) throws {
        let article = try articles.file("article.txt", "Op 2 mei 2024 zei Zelensky: \"Wij willen vrede.\"\n")
        let run = try CommandRun.shell(
            "umask \(umask); \"$PEACETALKS\" summary '\(article)'", environment: ["PEACETALKS_CACHE_DIR": root.url.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        // Wherever the run put its entries, they and their folder are private.
        let stored = (FileManager.default.subpaths(atPath: root.url.path) ?? []).filter { $0.hasSuffix(".corpus") }
        #expect(stored.count == 1)
        for entry in stored {
            let path = root.path(entry)
            #expect(mode(path) == 0o600, "\(entry)")
            #expect(mode((path as NSString).deletingLastPathComponent) == 0o700, "folder of \(entry)")
        }
        #expect(mode(root.path("peacetalks")) == 0o700)
    }
}
