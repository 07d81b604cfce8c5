import Foundation
import Testing

/// `export -o` over an existing file when the disk cannot take the new one: the old file is
/// left whole, the error names the file and the real reason, and the status is 1.
@Suite("Export to a file")
struct ExportAtomicCommandTests {
    let folder: TemporaryFolder
    let oldContents = "{\"old\": true}\n"

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func aFileSizeLimitLeavesTheOldFileWhole() throws {
        let output = try folder.file("export.json", oldContents)
        // The seed's export is about 130 KB; 16 KiB is all this run may write to a file. The
        // signal that limit raises is ignored, so the write fails with EFBIG instead.
        let run = try CommandRun.shell(
            "( trap '' XFSZ; ulimit -f 16; exec \"$PEACETALKS\" export --no-cache -o '\(output)' )")
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(output): error: cannot write: File too large"), "stderr: \(run.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == oldContents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["export.json"])
    }

    @Test func aWholeExportReplacesTheOldFileAndKeepsItsMode() throws {
        let output = try folder.file("export.json", oldContents)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output)
        let run = try CommandRun.peacetalks(["export", "-o", output])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
        let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["export.json"])
    }

    /// A real full disk: a 64 KiB tmpfs, which only root may mount.
    @Test(.enabled(if: FullDisk.canMount, "mounting a tmpfs needs root")) func aFullDiskLeavesTheOldFileWhole() throws {
        let disk = try FullDisk()
        let output = disk.path + "/export.json"
        try oldContents.write(toFile: output, atomically: false, encoding: .utf8)
        let run = try CommandRun.peacetalks(["export", "--no-cache", "-o", output])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(output): error: cannot write: No space left on device"), "stderr: \(run.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == oldContents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["export.json"])
    }
}

/// A 64 KiB tmpfs mounted for one test and unmounted after it.
final class FullDisk {
    let path: String

    static let canMount: Bool = {
        guard geteuid() == 0, let disk = try? FullDisk() else { return false }
        _ = disk
        return true
    }()

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("peacetalks-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", path]) else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    deinit {
        _ = Self.run(["umount", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
