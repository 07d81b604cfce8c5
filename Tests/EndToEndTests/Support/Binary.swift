import Foundation
import TestSupport

/// Where the built `peacetalks` lies and where the package is.
enum Binary {
    /// `swift test` builds the executable beside the test bundle: the folder of `CommandLine.arguments[0]`.
    /// Falls back to `.build/debug` under the package root for runners that report another path.
    static let path: String = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            let bundle = URL(fileURLWithPath: first).standardizedFileURL
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("peacetalks"))
            // On macOS the runner is inside the .xctest bundle.
            candidates.append(bundle.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("peacetalks"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/peacetalks"))
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return (found ?? candidates[0]).path
    }()

    static let packageRoot: URL = Repository.root

    /// Every run in this test process keeps its analyses here, never in the user's own cache,
    /// so the tests exercise the cache without reading what another build stored.
    static let cacheDirectory: String = FileManager.default.temporaryDirectory
        .appendingPathComponent("peacetalks-e2e-cache-\(ProcessInfo.processInfo.processIdentifier)").path

    static var seedArticle: String {
        Repository.seedArticle.path
    }
}
