import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in each folder, listed once, to tell that a sidecar (`X.meta.yaml`,
/// `X.annotations.yaml`, `X.codebook.yaml`) is not there without asking the file system for
/// each article: for 10,000 articles those failed look-ups were a quarter of a warm one-shot
/// search (perf). Made for one pass over the articles and dropped after it, so a file created
/// later is seen by the next pass. A folder that cannot be listed answers "maybe".
final class FolderNames: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`; nil for a folder that could not be listed.
    private var listings: [String: Set<[UInt8]>?] = [:]

    /// False only when `path`'s folder was listed and has no entry of that name.
    func mayExist(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { $0 == 0 ? "/" : String(decoding: bytes[..<$0], as: UTF8.self) } ?? "."
        let name = Array(bytes[(slash.map { $0 + 1 } ?? 0)...])
        let listing = lock.withLock { () -> Set<[UInt8]>? in
            if let known = listings[folder] { return known }
            let made = Self.list(folder)
            listings[folder] = made
            return made
        }
        return listing?.contains(name) ?? true
    }

    private static func list(_ folder: String) -> Set<[UInt8]>? {
        guard let handle = opendir(folder) else { return nil }
        defer { closedir(handle) }
        var names = Set<[UInt8]>()
        // The name is read in place, up to its NUL: an entry is only as long as its name, and
        // copying `d_name` whole (256 bytes) read past the last entry of readdir's buffer, which
        // crashed when that buffer ended a mapping (seen in the explorer's loading screen).
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name) else { return nil }
        while let entry = readdir(handle) {
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: UInt8.self)
            names.insert(Array(UnsafeBufferPointer(start: name, count: strlen(name))))
        }
        return names
    }
}
