import Foundation
import Testing

/// scripts/install and scripts/uninstall on a temporary prefix, with the debug binary (no
/// release build in a test) and the man page from --help (PEACETALKS_MANUAL=help: the
/// generate-manual plugin would start a second SwiftPM while `swift test` holds .build).
@Suite("Install and uninstall", .serialized)
struct InstallTests {
    @Test func installedBinaryFindsItsSeedManPageAndCompletionsAndUninstallRemovesAll() throws {
        let folder = try TemporaryFolder()
        let prefix = folder.path("prefix")
        let scripts = Binary.packageRoot.appendingPathComponent("scripts").path
        let install = try CommandRun.shell(
            "PEACETALKS_MANUAL=help '\(scripts)/install' '\(prefix)' --binary '\(Binary.path)'")
        #expect(install.status == 0, "\(install.stderr)")

        // From /, with no seed anywhere else to find: the one installed beside the binary.
        let isolated = "cd / && env -u PEACETALKS_SEEDS XDG_DATA_HOME='\(folder.path("none"))' XDG_DATA_DIRS='\(folder.path("none"))'"
        let summary = try CommandRun.shell("\(isolated) '\(prefix)/bin/peacetalks' summary")
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("documents\t1"))
        let export = try CommandRun.shell("\(isolated) '\(prefix)/bin/peacetalks' export --format json")
        #expect(export.stdout.contains("\(prefix)/share/peacetalks/seeds/"))

        // --version reads the commit scripts/install recorded.
        let commit = try String(contentsOfFile: "\(prefix)/share/peacetalks/commit", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let version = try CommandRun.shell("\(isolated) '\(prefix)/bin/peacetalks' --version")
        #expect(!commit.isEmpty && version.stdout.contains("commit \(commit)"), "\(version.stdout)")

        let page = "\(prefix)/share/man/man1/peacetalks.1"
        #expect(FileManager.default.fileExists(atPath: page))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let man = try CommandRun.shell("MANPAGER=cat MANWIDTH=80 man -l '\(page)'")
            #expect(man.status == 0, "\(man.stderr)")
            #expect(man.stdout.contains("ENVIRONMENT") && man.stdout.contains("PEACETALKS_SEEDS"))
        }

        let completion = try CommandRun.shell(
            "bash -c \"source '\(prefix)/share/bash-completion/completions/peacetalks'; complete -p peacetalks\"")
        #expect(completion.status == 0, "\(completion.stderr)")
        #expect(completion.stdout.contains("peacetalks"))
        // The custom completion offers the codebook's issue ids.
        let issues = try CommandRun.shell(
            "'\(prefix)/bin/peacetalks' ---completion quotes -- --issue 3 2 peacetalks quotes --issue te")
        #expect(issues.stdout.split(separator: "\n").contains("territory"))

        let uninstall = try CommandRun.shell("'\(scripts)/uninstall' '\(prefix)'")
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        let left = (try? FileManager.default.subpathsOfDirectory(atPath: prefix)) ?? []
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
