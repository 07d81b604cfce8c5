import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written: the file, the step that failed and the system's reason,
/// taken from `errno` at the moment that step failed.
public struct AtomicFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    /// "create", "write", "fsync", "close" or "rename".
    public var step: String
    public var code: Int32

    /// The system's words for `code`, such as "No space left on device".
    public var reason: String { String(cString: strerror(code)) }
    public var description: String { "\(path): cannot write (\(step)): \(reason)" }
}

/// Writes a whole file so that a reader, a crash or a full disk never sees half of it: the
/// bytes go to a temporary file in the same folder, which is fsynced and then renamed over the
/// old file (and the folder fsynced, so the rename itself survives a power cut). On any failure
/// the temporary file is removed and the old file is left as it was.
///
/// Replacing a file keeps its permission bits (and, where allowed, its owner); a new file gets
/// `permissions` when given, else the usual 0666 less the umask. A symbolic link is written
/// through: the file it points to is replaced, the link stays. Hard links to the old file keep
/// the old contents, as with any rename-based save.
public enum AtomicFile {
    public static func write(_ bytes: some ContiguousBytes, to url: URL, permissions: mode_t? = nil) throws(AtomicFileError) {
        try write(to: url, permissions: permissions) { (sink: inout Sink) throws(AtomicFileError) in
            // withUnsafeBytes only rethrows untyped errors: the typed one is carried out.
            var failure: AtomicFileError?
            bytes.withUnsafeBytes { buffer in
                do throws(AtomicFileError) { try sink.write(buffer) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    public static func write(_ text: String, to url: URL, permissions: mode_t? = nil) throws(AtomicFileError) {
        try write(Array(text.utf8), to: url, permissions: permissions)
    }

    /// Streams the file's contents through `produce`, for output too large to build whole
    /// first. `produce` may throw only the sink's own errors, so every failure names the file.
    public static func write(
        to url: URL, permissions: mode_t? = nil, _ produce: (inout Sink) throws(AtomicFileError) -> Void
    ) throws(AtomicFileError) {
        try write(to: url, permissions: permissions, system: .live, produce)
    }

    /// Buffers small pieces and hands them to the temporary file a block at a time.
    public struct Sink {
        fileprivate let fd: Int32
        fileprivate let path: String
        fileprivate let system: SystemCalls
        private var buffer: [UInt8] = []
        private static let blockSize = 1 << 18

        fileprivate init(fd: Int32, path: String, system: SystemCalls) {
            self.fd = fd
            self.path = path
            self.system = system
            buffer.reserveCapacity(Self.blockSize)
        }

        public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(AtomicFileError) {
            if buffer.count + bytes.count > Self.blockSize {
                try flush()
            }
            if bytes.count >= Self.blockSize {
                try writeAll(bytes)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }

        public mutating func write(_ text: String) throws(AtomicFileError) {
            var text = text
            var failure: AtomicFileError?
            text.withUTF8 { utf8 in
                do throws(AtomicFileError) { try write(UnsafeRawBufferPointer(utf8)) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        fileprivate mutating func flush() throws(AtomicFileError) {
            guard !buffer.isEmpty else { return }
            var failure: AtomicFileError?
            buffer.withUnsafeBytes { bytes in
                do throws(AtomicFileError) { try writeAll(bytes) } catch { failure = error }
            }
            if let failure { throw failure }
            buffer.removeAll(keepingCapacity: true)
        }

        private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(AtomicFileError) {
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = system.write(fd, base + offset, bytes.count - offset)
                if written >= 0 {
                    offset += written
                    continue
                }
                let code = errno
                if code == EINTR { continue }
                throw AtomicFileError(path: path, step: "write", code: code)
            }
        }
    }

    /// The system calls that can fail for want of space or on a bad disk, replaceable so a test
    /// can make one fail on purpose; everything else is the system's own.
    struct SystemCalls: Sendable {
        var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int
        var fsync: @Sendable (Int32) -> Int32
        var rename: @Sendable (String, String) -> Int32

        static let live = SystemCalls(
            write: { fd, bytes, count in systemWrite(fd, bytes, count) },
            fsync: { fd in systemFsync(fd) },
            rename: { from, to in systemRename(from, to) })
    }

    static func write(
        to url: URL, permissions: mode_t?, system: SystemCalls, _ produce: (inout Sink) throws(AtomicFileError) -> Void
    ) throws(AtomicFileError) {
        let target = resolvedTarget(url.path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var old = stat()
        let replacing = stat(target, &old) == 0
        if replacing, old.st_mode & S_IFMT == S_IFDIR {
            throw AtomicFileError(path: url.path, step: "create", code: EISDIR)
        }
        if replacing, old.st_mode & S_IFMT != S_IFREG {
            // A device, pipe or terminal (`-o /dev/stdout`) holds nothing to lose and cannot be
            // renamed over: it is written to directly.
            try writeInPlace(url.path, system: system, produce)
            return
        }
        // A file whose mode is known is created 0600 and only then given its mode, so private
        // data is never open to others, not even through a descriptor taken early; a new file
        // without one gets 0666 less the umask from the system, as any new file would.
        let mode = permissions ?? (replacing ? old.st_mode & 0o7777 : nil)
        let (fd, temporary) = try createTemporary(
            in: folder.isEmpty ? "." : folder, for: name, mode: mode == nil ? 0o666 : 0o600, reportedAs: url.path)
        var closed = false
        func fail(_ error: AtomicFileError) -> AtomicFileError {
            if !closed { close(fd) }
            unlink(temporary)
            return error
        }
        if let mode, fchmod(fd, mode) != 0 {
            throw fail(AtomicFileError(path: url.path, step: "create", code: errno))
        }
        if replacing, old.st_uid != geteuid() || old.st_gid != getegid() {
            // Only root or the group's members may; when not allowed the file is simply ours.
            _ = fchown(fd, old.st_uid, old.st_gid)
        }
        var sink = Sink(fd: fd, path: url.path, system: system)
        do {
            try produce(&sink)
            try sink.flush()
        } catch {
            throw fail(error)
        }
        if system.fsync(fd) != 0 {
            throw fail(AtomicFileError(path: url.path, step: "fsync", code: errno))
        }
        closed = true
        // close reports late write errors on some file systems (NFS).
        if close(fd) != 0 {
            throw fail(AtomicFileError(path: url.path, step: "close", code: errno))
        }
        if system.rename(temporary, target) != 0 {
            throw fail(AtomicFileError(path: url.path, step: "rename", code: errno))
        }
        // Makes the rename durable. The new file is already in place, so a folder that
        // cannot be fsynced (some file systems refuse) is not reported as a failed write.
        let folderFd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFd >= 0 {
            _ = system.fsync(folderFd)
            close(folderFd)
        }
    }

    private static func writeInPlace(
        _ path: String, system: SystemCalls, _ produce: (inout Sink) throws(AtomicFileError) -> Void
    ) throws(AtomicFileError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw AtomicFileError(path: path, step: "create", code: errno) }
        defer { close(fd) }
        var sink = Sink(fd: fd, path: path, system: system)
        try produce(&sink)
        try sink.flush()
    }

    /// The file a symbolic link points to, so saving through a link keeps the link.
    private static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
            return path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A new file beside the target, `.name.XXXXXXXX.tmp`, created exclusively, so it never
    /// follows a link someone left there.
    private static func createTemporary(
        in folder: String, for name: String, mode: mode_t, reportedAs path: String
    ) throws(AtomicFileError) -> (Int32, String) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var code: Int32 = EEXIST
        for _ in 0..<100 {
            let random = String((0..<8).map { _ in letters.randomElement()! })
            let temporary = folder + "/." + name + "." + random + ".tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 { return (fd, temporary) }
            code = errno
            if code != EEXIST { break }
        }
        throw AtomicFileError(path: path, step: "create", code: code)
    }
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
private func systemFsync(_ fd: Int32) -> Int32 { fsync(fd) }
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
