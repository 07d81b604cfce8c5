import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an annotation file looked like when last read or written: modification time, size and
/// a hash of its bytes. Another editor's save changes at least one of them.
struct SidecarFingerprint: Hashable, Sendable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int
    var hash: String

    /// Nil when there is no file.
    static func current(of path: String) -> SidecarFingerprint? {
        var info = stat()
        guard stat(path, &info) == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        var hash = ContentHash()
        hash.combine([UInt8](data))
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return SidecarFingerprint(
            seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int(info.st_size), hash: hash.hex)
    }
}

/// An exclusive lock on a folder (flock), held while one editor reads, changes and writes an
/// annotation file in it, so two editors never interleave those steps. Locking the folder,
/// not the file, leaves no lock file behind and survives the file being renamed over.
struct FolderLock {
    private let fd: Int32

    init(folder: String) {
        fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        }
    }

    func release() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}
