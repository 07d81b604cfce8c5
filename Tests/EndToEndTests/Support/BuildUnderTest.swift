import Foundation

/// The builds the signal and terminal-restore tests run against: the debug binary `swift test`
/// builds, and the release binary `scripts/test` builds first. Optimisation once broke signal
/// handling in release only, so neither build may be left out: a missing or stale release
/// binary fails the test, never skips it.
enum BuildUnderTest: String, CaseIterable, Sendable, CustomStringConvertible {
    case debug
    case release

    var description: String { rawValue }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// Set to another binary (such as an older release) to run these tests against it.
    static let releaseOverrideVariable = "PEACETALKS_TEST_RELEASE_BINARY"

    /// The binary to run; throws when the release binary is missing or older than the sources.
    func binary() throws -> String {
        switch self {
        case .debug:
            return Binary.path
        case .release:
            if let chosen = ProcessInfo.processInfo.environment[Self.releaseOverrideVariable], !chosen.isEmpty {
                guard FileManager.default.isExecutableFile(atPath: chosen) else {
                    throw Unavailable(description: "\(Self.releaseOverrideVariable)=\(chosen) is not an executable file")
                }
                return chosen
            }
            let path = Binary.packageRoot.appendingPathComponent(".build/release/peacetalks").path
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw Unavailable(description: "the release binary \(path) is missing: run scripts/test, which builds it")
            }
            if let newer = Self.sourceNewer(than: path) {
                throw Unavailable(description: "the release binary \(path) is older than \(newer): run scripts/test, which rebuilds it")
            }
            return path
        }
    }

    /// The folders of the targets the executable is built from; not PeaceTalksFuzz, which
    /// `swift build --product peacetalks` does not rebuild.
    private static let sourceFolders = ["peacetalks", "PeaceTalksModel", "PeaceTalksTUI", "CNCurses", "CSignals"]

    /// A source file the release binary is built from that changed after it was built, if any.
    private static func sourceNewer(than binary: String) -> String? {
        let manager = FileManager.default
        guard let built = (try? manager.attributesOfItem(atPath: binary))?[.modificationDate] as? Date else { return nil }
        let root = Binary.packageRoot
        for folder in sourceFolders {
            guard let walk = manager.enumerator(
                at: root.appendingPathComponent("Sources/\(folder)"), includingPropertiesForKeys: [.contentModificationDateKey])
            else { continue }
            for case let file as URL in walk {
                let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
                if let modified, modified > built { return file.path.replacingOccurrences(of: root.path + "/", with: "") }
            }
        }
        return nil
    }
}
