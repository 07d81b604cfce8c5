import Foundation
import PeaceTalksModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells one build of this program from another, for naming cached analyses: the
/// executable's path, size and modification time. A rebuilt binary therefore never reads
/// an analysis an older extractor made.
enum BuildIdentity {
    static let current: String = {
        // One stat(2) of the running binary: `Bundle.main` and FileManager's attributes were
        // half a millisecond of a warm start's first frame (docs/performance.md).
        let path = SeedLocator.executablePath() ?? CommandLine.arguments.first ?? "peacetalks"
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(path)\u{0}0\u{0}0" }
        return "\(path)\u{0}\(info.st_size)\u{0}\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
