import Foundation
import Testing

/// `kill -9` at any moment of a save: the sidecar always parses and holds every change a
/// command reported as saved. (The explorer's own tmux variant belongs with its coding keys.)
@Suite("Annotations survive kill -9")
struct AnnotationKillTests {
    @Test func killedWhileTaggingLosesNothingReportedSaved() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("talks.txt", WorkbenchCommandTests.text)
        let sidecar = folder.path("talks.annotations.yaml")
        var reported: [String] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            let outPath = folder.path("out-\(round)")
            _ = FileManager.default.createFile(atPath: outPath, contents: nil)
            let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["tag", article, "--issue", "territory", "--side", "russia", "--line", "3", "--sentence", "1"]
            var environment = ProcessInfo.processInfo.environment
            environment["PEACETALKS_CACHE"] = "off"
            process.environment = environment
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try CommandRun.launch(process)
            // Anywhere from before the article is read to after the save.
            usleep(UInt32.random(in: 0...600_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try out.close()
            let printed = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            if let id = printed.split(separator: ":").first, printed.hasPrefix("tag-") { reported.append(String(id)) }
            guard FileManager.default.fileExists(atPath: sidecar) else { continue }
            let listing = try CommandRun.peacetalks(["annotations", "--json", article], environment: ["PEACETALKS_CACHE": "off"])
            #expect(listing.status == 0, "round \(round): the sidecar no longer reads: \(listing.stderr)")
            let rows = try #require(listing.json() as? [[String: Any]])
            let ids = Set(rows.compactMap { ($0["label"] as? String)?.split(separator: " ").dropFirst().first.map(String.init) })
            for id in reported { #expect(ids.contains(id), "round \(round): \(id) was reported saved but is not in the file") }
        }
        let text = (try? String(contentsOfFile: sidecar, encoding: .utf8)) ?? ""
        #expect(text.components(separatedBy: "  - id: ").count - 1 >= reported.count)
    }
}
