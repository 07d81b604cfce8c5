import Foundation
import PeaceTalksModel

/// `peacetalks --version`: the release in source, and the git commit the binary was built from.
///
/// SwiftPM cannot stamp a commit into a build without a plugin, so the commit is found at run
/// time: scripts/install writes it to PREFIX/share/peacetalks/commit beside the installed
/// binary; a binary in a checkout's .build asks git about the folder this file was compiled from.
enum VersionInfo {
    static let version = "0.9.0"

    static func describe(executable: String = SeedLocator.executablePath() ?? CommandLine.arguments[0]) -> String {
        "peacetalks \(version) (commit \(commit(executable: executable) ?? "unknown"))"
    }

    static func commit(executable: String) -> String? {
        let binFolder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let stamp = binFolder.deletingLastPathComponent().appendingPathComponent("share/peacetalks/commit")
        if let text = try? String(contentsOf: stamp, encoding: .utf8) {
            let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !line.isEmpty { return line }
        }
        let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
        return git(["-C", sourceFolder, "describe", "--always", "--dirty", "--abbrev=12"])
    }

    private static func git(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
