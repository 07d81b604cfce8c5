import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder the analysis cache owns, `peacetalks` under the cache root, and the only files
/// in it the cache will read, replace or delete: its entries. An entry is a regular file (never
/// a link, a folder, a pipe) owned by this user, named `*.corpus` and beginning with the corpus
/// archive's header, or one of its companions: `*.index` (the entry's word index, beginning
/// with the word index's header), `*.stat` (the file stamps that let a run trust an entry
/// without reading the articles, beginning with `StatManifest`'s header) and `*.frame` (the
/// explorer's first screen drawn from an entry, beginning with `StoredFrame`'s header). Anything else, even in
/// this folder, belongs to someone else and is left alone; nothing is ever deleted recursively.
struct CacheFolder {
    static let name = "peacetalks"
    static let suffix = ".corpus"
    static let indexSuffix = ".index"
    static let manifestSuffix = ".stat"
    static let frameSuffix = ".frame"

    /// The folder itself: `root/peacetalks`.
    let path: String

    init(root: String) {
        path = (root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root) + "/" + Self.name
    }

    func entryPath(_ key: String) -> String {
        path + "/" + key + Self.suffix
    }

    /// Where the word index of the entry named `key` is kept.
    func indexPath(_ key: String) -> String {
        path + "/" + key + Self.indexSuffix
    }

    func manifestPath(_ key: String) -> String {
        path + "/" + key + Self.manifestSuffix
    }

    /// Where a stored first screen named `name` (`FrameInputs.name`) is kept.
    func framePath(_ name: String) -> String {
        path + "/" + name + Self.frameSuffix
    }

    /// Creates the folder 0700 (and any missing parent 0700, as XDG asks of a cache root), or
    /// makes an existing folder of ours 0700, whatever the umask. False when the folder cannot
    /// be made private (it is a link, a file, or another user's), and the cache is then not
    /// used: entries in a folder others can write could be forged.
    func prepare() -> Bool {
        makeMissingParents()
        if mkdir(path, 0o700) != 0, errno != EEXIST { return false }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else { return false }
        if info.st_mode & 0o7777 != 0o700, fchmod(fd, 0o700) != 0 { return false }
        return true
    }

    private func makeMissingParents() {
        var parent = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true).dropLast() {
            parent += (parent.isEmpty && !path.hasPrefix("/") ? "" : "/") + component
            if access(parent, F_OK) != 0 { _ = mkdir(parent, 0o700) }
        }
    }

    /// Opens `path` for reading only when it is one of the cache's entries by type and owner
    /// (the header is for the caller to check). Never follows a link, never blocks on a pipe.
    private func openEntry(_ path: String) -> (fd: Int32, info: stat)? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else {
            close(fd)
            return nil
        }
        return (fd, info)
    }

    /// Whether the file at `path` is an entry this cache wrote: see the type's comment.
    func isEntry(_ path: String) -> Bool {
        let hasHeader: ([UInt8]) -> Bool
        if path.hasSuffix(Self.suffix) {
            hasHeader = CorpusArchive.hasHeader
        } else if path.hasSuffix(Self.indexSuffix) {
            hasHeader = WordIndex.hasHeader
        } else if path.hasSuffix(Self.manifestSuffix) {
            hasHeader = StatManifest.hasHeader
        } else if path.hasSuffix(Self.frameSuffix) {
            hasHeader = StoredFrame.hasHeader
        } else {
            return false
        }
        guard let (fd, _) = openEntry(path) else { return false }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 32)
        let count = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        return count > 0 && hasHeader(Array(header.prefix(count)))
    }

    /// The entry at `path` mapped into memory read-only (pages are read as they are touched),
    /// or nil when it is missing or not an entry by type and owner.
    func map(_ path: String) -> ByteStorage? {
        guard let (fd, info) = openEntry(path) else { return nil }
        defer { close(fd) }
        let size = Int(info.st_size)
        guard size > 0 else { return nil }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        nonisolated(unsafe) let mapped = address
        return ByteStorage(bytes: UnsafeRawBufferPointer(start: address, count: size)) { _ = munmap(mapped, size) }
    }

    /// Deletes the file at `path` only if it is an entry. unlink(2) removes a link rather
    /// than what it points to and refuses a folder, so even a file swapped in after the check
    /// costs nothing but that name.
    func remove(_ path: String) {
        if isEntry(path) { unlink(path) }
    }

    /// Every file of one kind (`suffix`) this cache wrote, with its modification time.
    func files(endingWith suffix: String) -> [(path: String, date: Date)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { name in
            let file = path + "/" + name
            guard name.hasSuffix(suffix), isEntry(file),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { return nil }
            return (file, attributes[.modificationDate] as? Date ?? .distantPast)
        }
    }

    /// Every entry, with its modification time and size, for eviction.
    func entries() -> [(path: String, date: Date, size: Int)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { name in
            let entry = path + "/" + name
            guard name.hasSuffix(Self.suffix), isEntry(entry) else { return nil }
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: entry) else { return nil }
            let date = attributes[.modificationDate] as? Date ?? .distantPast
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            return (entry, date, size)
        }
    }
}
