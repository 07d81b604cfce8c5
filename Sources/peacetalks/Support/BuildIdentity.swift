import Foundation

/// What tells one build of this program from another, for naming cached analyses: the
/// executable's path, size and modification time. A rebuilt binary therefore never reads
/// an analysis an older extractor made.
enum BuildIdentity {
    static let current: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "peacetalks"
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)\u{0}\(size)\u{0}\(modified)"
    }()
}
