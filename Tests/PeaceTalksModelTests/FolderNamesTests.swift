import Foundation
import Testing
@testable import PeaceTalksModel

/// A sidecar's absence is told from one listing of its folder; a listing never hides a file
/// that is there, and a new pass sees files created since the last one.
struct FolderNamesTests {
    @Test func aListedFolderTellsWhichSidecarsAreThere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pt-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/a.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "/a.meta.yaml", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "/dagboek é.txt", contents: Data())

        let names = FolderNames()
        #expect(names.mayExist(folder + "/a.meta.yaml"))
        #expect(names.mayExist(folder + "/dagboek é.txt"))
        #expect(!names.mayExist(folder + "/b.meta.yaml"))
        #expect(!names.mayExist(folder + "/a.annotations.yaml"))
        #expect(names.mayExist("/no/such/folder/x.meta.yaml"), "a folder that cannot be listed answers maybe")

        _ = FileManager.default.createFile(atPath: folder + "/a.annotations.yaml", contents: Data())
        #expect(FolderNames().mayExist(folder + "/a.annotations.yaml"))
    }

    /// Names of every length a file system allows, in a folder whose listing fills more than
    /// one buffer of `readdir`: each is found whole, and none is taken for a longer one.
    @Test func namesOfEveryLengthAreListedWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pt-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = (1...255).map { String(repeating: "x", count: $0) } + (2...255).map { String(repeating: "x", count: $0 - 2) + "é" }
        for name in names { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data()) }

        let listed = FolderNames()
        for name in names {
            #expect(listed.mayExist(folder + "/" + name), "\(name.utf8.count) bytes")
            #expect(!listed.mayExist(folder + "/" + name + "z"), "\(name.utf8.count) bytes and one more")
        }
    }
}
