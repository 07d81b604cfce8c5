#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An article file to read, and whether the user named it or a folder walk found it.
struct DiscoveredFile: Hashable, Sendable {
    var path: String
    /// Found in a folder: a file that cannot be read is skipped with a warning, not an error.
    var foundInFolder: Bool
    /// Its stamp when the folder walk saw it (the walk `stat`s every entry anyway), so the
    /// cache need not `stat` it again.
    var stamp: FileStamp? = nil
}

/// Turns the paths a user gives into the article files they mean.
enum ArticleDiscovery {
    /// Files as given; directories walked recursively for `.txt` and `.md`, sorted by path.
    /// Every article-like entry a walk passes over is named in a warning with its reason.
    static func articleFiles(in paths: [String]) throws -> (files: [DiscoveredFile], skipped: [Diagnostic]) {
        var files: [DiscoveredFile] = []
        var skipped: [Diagnostic] = []
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw Diagnostic.error(FileProblem.describe(errno: errno), file: path)
            }
            guard FileKind(status) == .directory else {
                files.append(DiscoveredFile(path: path, foundInFolder: false))
                continue
            }
            var walk = FolderWalk()
            walk.visit(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, status: status)
            if walk.found.isEmpty && walk.skipped.isEmpty {
                throw Diagnostic.error(
                    "is a directory without articles (no .txt or .md files in it or below it)", file: path)
            }
            // Byte order, not locale order: the same corpus loads in the same order everywhere.
            // Compared with memcmp: the generic comparison of two UTF-8 views was a twelfth of
            // a one-shot search of 10,000 stored articles (perf).
            files += walk.found.map { (Array($0.path.utf8), $0) }.sorted { ByteOrder.precedes($0.0, $1.0) }.map(\.1)
            skipped += walk.skipped
        }
        return (files, skipped)
    }

    static func isArticle(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".meta.yaml") || lower.hasSuffix(".codebook.yaml") || lower.hasPrefix(".") { return false }
        guard let dot = lower.lastIndex(of: ".") else { return false }
        return ArticleLoader.articleExtensions.contains(String(lower[lower.index(after: dot)...]))
    }

    /// The same test on a name that is not valid UTF-8: its extension is ASCII either way.
    static func isArticle(nameBytes: [UInt8]) -> Bool {
        isArticle(String(decoding: nameBytes, as: UTF8.self))
    }
}

/// One recursive walk of a folder with the POSIX calls, which see every name as bytes:
/// Foundation's enumerator silently drops a name that is not UTF-8 and a folder it cannot open.
private struct FolderWalk {
    var found: [DiscoveredFile] = []
    var skipped: [Diagnostic] = []
    /// Device and inode of the folders on the current path, to stop a symbolic link that leads back.
    private var ancestors: [(dev_t, ino_t)] = []

    mutating func visit(_ folder: String, status: stat) {
        if ancestors.contains(where: { $0.0 == status.st_dev && $0.1 == status.st_ino }) {
            skip(folder, "symbolic link loop (leads back to a folder above it); not read again")
            return
        }
        guard let handle = opendir(folder) else {
            skip(folder, "folder cannot be read (\(FileProblem.describe(errno: errno))); the articles in it are skipped")
            return
        }
        ancestors.append((status.st_dev, status.st_ino))
        defer {
            closedir(handle)
            ancestors.removeLast()
        }
        var entries: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append(name)
        }
        for name in entries {
            visitEntry(folder: folder, name: name)
        }
    }

    private mutating func visitEntry(folder: String, name: [UInt8]) {
        let pathBytes = (Array(folder.utf8) + [0x2F] + name + [0]).map { CChar(bitPattern: $0) }
        var status = stat()
        let statResult = stat(pathBytes, &status)
        let statError = errno
        guard let utf8Name = String(validating: name, as: UTF8.self) else {
            // Only a folder or an article's name is worth a warning; other files are not inputs.
            let isFolder = statResult == 0 && FileKind(status) == .directory
            if isFolder || ArticleDiscovery.isArticle(nameBytes: name) {
                let what = isFolder ? "folder name" : "file name"
                skip(
                    folder + "/" + FileProblem.escaped(name),
                    "\(what) is not valid UTF-8; skipped (rename it to read it)")
            }
            return
        }
        let path = folder + "/" + utf8Name
        guard statResult == 0 else {
            var link = stat()
            let isLink = lstat(path, &link) == 0 && FileKind(link) == .symbolicLink
            if isLink || ArticleDiscovery.isArticle(utf8Name) {
                skip(path, FileProblem.describe(errno: statError, isLink: isLink) + "; skipped")
            }
            return
        }
        switch FileKind(status) {
        case .directory:
            visit(path, status: status)
        case .regular:
            if ArticleDiscovery.isArticle(utf8Name) {
                found.append(DiscoveredFile(path: path, foundInFolder: true, stamp: FileStamp(status)))
            }
        case let other:
            if ArticleDiscovery.isArticle(utf8Name) { skip(path, "not a regular file (\(other.name)); skipped") }
        }
    }

    private mutating func skip(_ path: String, _ reason: String) {
        skipped.append(Diagnostic.warning(reason, file: path, skipsInput: true))
    }
}

/// What kind of thing a path names, from `stat` or `lstat`.
enum FileKind: Equatable {
    case regular, directory, fifo, characterDevice, blockDevice, socket, symbolicLink, other

    init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    var name: String {
        switch self {
        case .regular: "regular file"
        case .directory: "directory"
        case .fifo: "FIFO"
        case .characterDevice: "character device"
        case .blockDevice: "block device"
        case .socket: "socket"
        case .symbolicLink: "symbolic link"
        case .other: "unknown file type"
        }
    }
}

/// Messages that say exactly why a file could not be opened.
enum FileProblem {
    static func describe(errno code: Int32, isLink: Bool = false) -> String {
        switch code {
        case ENOENT: return isLink ? "broken symbolic link (its target does not exist)" : "no such file or directory"
        case ELOOP: return "symbolic link loop"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENAMETOOLONG: return "path too long"
        default: return "cannot be opened (\(String(cString: strerror(code))))"
        }
    }

    /// A name's bytes with each byte that is not part of valid UTF-8, and each control
    /// character, written as `\xFF`, so a bad name can be shown and typed.
    static func escaped(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                let piece = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
                let scalar = piece.unicodeScalars.first!
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += "\\x" + String(format: "%02x", scalar.value)
                } else {
                    result += piece
                }
                index += length
            } else {
                result += "\\x" + String(format: "%02x", bytes[index])
                index += 1
            }
        }
        return result
    }

    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let rest = bytes[index..<min(bytes.count, index + 4)]
        for length in 1...rest.count where String(validating: rest.prefix(length), as: UTF8.self) != nil {
            return length
        }
        return 0
    }
}
