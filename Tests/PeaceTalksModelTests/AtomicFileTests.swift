import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PeaceTalksModel

/// Saving a file: the new contents replace the old whole, and a failure at any step (a full
/// disk, a bad fsync, a refused rename) leaves the old file as it was, no temporary file
/// behind, and an error that names the file and the system's real reason.
@Suite struct AtomicFileTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pt-atomic-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func file(_ name: String) -> URL { url.appendingPathComponent(name) }
        var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }
    }

    func mode(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber).intValue
    }

    /// A file's old contents, with a mode that is not the default, to see both survive.
    func oldFile(in folder: Folder) throws -> URL {
        let url = folder.file("export.json")
        try Data("{\"old\": true}\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        return url
    }

    let newContents = Data(String(repeating: "{\"new\": true}\n", count: 100_000).utf8)

    @Test func replacesTheContentsAndKeepsThePermissions() throws {
        let folder = try Folder()
        let url = try oldFile(in: folder)
        try AtomicFile.write(newContents, to: url)
        #expect(try Data(contentsOf: url) == newContents)
        #expect(try mode(url) == 0o640)
        #expect(folder.names == ["export.json"])
    }

    @Test func aNewFileGetsTheRequestedPermissions() throws {
        let folder = try Folder()
        let url = folder.file("entry")
        try AtomicFile.write(Data("x".utf8), to: url, permissions: 0o600)
        #expect(try mode(url) == 0o600)
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let folder = try Folder()
        let target = try oldFile(in: folder)
        let link = folder.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "export.json")
        try AtomicFile.write("new\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "export.json")
        #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
    }

    @Test func aFolderIsRefused() throws {
        let folder = try Folder()
        #expect(throws: AtomicFileError(path: folder.url.path, step: "create", code: EISDIR)) {
            try AtomicFile.write(Data("x".utf8), to: folder.url)
        }
    }

    /// The disk fills up after the first block (256 KiB) of 1.4 MB: the write fails with ENOSPC.
    @Test func aFullDiskLeavesTheOldFileIntact() throws {
        let folder = try Folder()
        let url = try oldFile(in: folder)
        let before = try Data(contentsOf: url)
        var system = AtomicFile.SystemCalls.live
        let written = Counter()
        system.write = { fd, bytes, count in
            guard written.add(count) <= 1 << 18 else {
                errno = ENOSPC
                return -1
            }
            return Glibc.write(fd, bytes, count)
        }
        let error = #expect(throws: AtomicFileError.self) {
            try AtomicFile.write(to: url, permissions: nil, system: system) { sink throws(AtomicFileError) in
                // Small pieces, as the JSON export hands them over.
                for _ in 0..<100_000 { try sink.write("{\"new\": true}\n") }
            }
        }
        #expect(error == AtomicFileError(path: url.path, step: "write", code: ENOSPC))
        #expect(error?.description == "\(url.path): cannot write (write): No space left on device")
        #expect(try Data(contentsOf: url) == before)
        #expect(try mode(url) == 0o640)
        #expect(folder.names == ["export.json"])
    }

    @Test func aFailedFsyncLeavesTheOldFileIntact() throws {
        let folder = try Folder()
        let url = try oldFile(in: folder)
        let before = try Data(contentsOf: url)
        var system = AtomicFile.SystemCalls.live
        system.fsync = { _ in
            errno = EIO
            return -1
        }
        let error = #expect(throws: AtomicFileError.self) {
            try AtomicFile.write(to: url, permissions: nil, system: system) { sink throws(AtomicFileError) in try sink.write("new") }
        }
        #expect(error == AtomicFileError(path: url.path, step: "fsync", code: EIO))
        #expect(error?.reason == "Input/output error")
        #expect(try Data(contentsOf: url) == before)
        #expect(folder.names == ["export.json"])
    }

    @Test func aFailedRenameLeavesTheOldFileIntact() throws {
        let folder = try Folder()
        let url = try oldFile(in: folder)
        let before = try Data(contentsOf: url)
        var system = AtomicFile.SystemCalls.live
        system.rename = { _, _ in
            errno = EXDEV
            return -1
        }
        let error = #expect(throws: AtomicFileError.self) {
            try AtomicFile.write(to: url, permissions: nil, system: system) { sink throws(AtomicFileError) in try sink.write("new") }
        }
        #expect(error?.code == EXDEV)
        #expect(try Data(contentsOf: url) == before)
        #expect(folder.names == ["export.json"])
    }

    @Test func aFolderThatCannotHoldTheTemporaryFileReportsItsReason() throws {
        let folder = try Folder()
        let missing = folder.file("no-such-folder/export.json")
        #expect(throws: AtomicFileError(path: missing.path, step: "create", code: ENOENT)) {
            try AtomicFile.write(Data("x".utf8), to: missing)
        }
    }
}

/// Bytes handed to the fake write so far (the closure must be Sendable).
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0

    func add(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        total += count
        return total
    }
}
