#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a file is read as: the word its messages use, how large it may be, and whether
/// text that is not valid UTF-8 is read past (an article) or refused (a YAML file).
enum TextFileKind: Sendable {
    case article, codebook, metadata, annotations

    var noun: String {
        switch self {
        case .article: "article"
        case .codebook: "codebook"
        case .metadata: "metadata file"
        case .annotations: "annotation file"
        }
    }

    /// An article with a bad byte is still worth reading; a YAML file with one is not: a keyword
    /// or an id with U+FFFD in it would silently match nothing.
    var readsPastInvalidUTF8: Bool { self == .article }
}

/// The one way a file becomes text, for articles, codebooks, metadata and annotation sidecars:
/// existence, kind (a FIFO or a device is refused without waiting on it), size, binary data, and
/// UTF-8 or UTF-16 (`TextDecoding`). Every problem is a `Diagnostic` naming the file, and the line
/// and column where there is one.
enum TextFile {
    /// 50 MB: far larger than any article, small enough that a stray disk image is refused
    /// before it is read. `--max-size` lifts it.
    static let articleSizeLimit = 50 * 1024 * 1024

    /// 5 MB for a codebook or a sidecar: a hundred times the seed's codebook. A larger file is a
    /// mistake, and parsing millions of keywords would take seconds and gigabytes.
    static let yamlSizeLimit = 5 * 1024 * 1024

    /// A file that could not be opened at all, as opposed to one whose content is wrong: a
    /// folder walk skips such an article with a warning.
    struct OpenFailure: Error {
        var diagnostic: Diagnostic
    }

    /// A file's text and its modification time; `warning` says where invalid UTF-8 was replaced.
    struct Contents {
        var text: String
        var modificationDate: Date
        var warning: Diagnostic?
    }

    /// Reads and decodes the file at `path`. Throws `OpenFailure` when it cannot be opened,
    /// else a `Diagnostic`.
    static func contents(at path: String, as kind: TextFileKind, sizeLimit: Int) throws -> Contents {
        let (bytes, modified) = try bytes(at: path, as: kind, sizeLimit: sizeLimit)
        let (text, warning) = try TextDecoding.decode(bytes, path: path, as: kind)
        return Contents(text: text, modificationDate: modified, warning: warning)
    }

    /// A YAML file's text, every problem thrown as a `Diagnostic`; nil when nothing is at `path`
    /// and `optional` (a sidecar an article need not have).
    static func yaml(at path: String, as kind: TextFileKind, optional: Bool = false) throws -> String? {
        if optional {
            var link = stat()
            guard lstat(path, &link) == 0 else { return nil }
        }
        do {
            return try contents(at: path, as: kind, sizeLimit: yamlSizeLimit).text
        } catch let failure as OpenFailure {
            throw failure.diagnostic
        }
    }

    /// The file's bytes and modification time. Opened without blocking and checked with `fstat`
    /// before a byte is read, so a FIFO or a device is refused instead of waiting for a writer forever.
    static func bytes(at path: String, as kind: TextFileKind, sizeLimit: Int) throws -> ([UInt8], Date) {
        // A device is not even opened: opening some (a tape, a modem) has effects of its own.
        var before = stat()
        if stat(path, &before) == 0, FileKind(before) != .regular, FileKind(before) != .directory {
            throw OpenFailure(diagnostic: .error("not a regular file (\(FileKind(before).name))", file: path))
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == EISDIR { throw OpenFailure(diagnostic: isDirectory(path, kind)) }
            var link = stat()
            let isLink = lstat(path, &link) == 0 && FileKind(link) == .symbolicLink
            throw OpenFailure(diagnostic: .error(FileProblem.describe(errno: code, isLink: isLink), file: path))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw OpenFailure(diagnostic: .error(FileProblem.describe(errno: errno), file: path))
        }
        switch FileKind(status) {
        case .regular: break
        case .directory: throw isDirectory(path, kind)
        case let other: throw OpenFailure(diagnostic: .error("not a regular file (\(other.name))", file: path))
        }
        let modified = modificationDate(status)
        if Int64(status.st_size) > Int64(sizeLimit) { throw tooLarge(path, kind, Int64(status.st_size), limit: sizeLimit) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                // The file grew while it was read.
                if count > sizeLimit { throw tooLarge(path, kind, Int64(count), limit: sizeLimit) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, count / 2)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw OpenFailure(diagnostic: .error("cannot be read (\(String(cString: strerror(errno))))", file: path))
            }
            count += got
        }
        if count > sizeLimit { throw tooLarge(path, kind, Int64(count), limit: sizeLimit) }
        bytes.removeLast(bytes.count - count)
        return (bytes, modified)
    }

    private static func isDirectory(_ path: String, _ kind: TextFileKind) -> Diagnostic {
        .error("is a directory, not \(kind == .article ? "an" : "a") \(kind.noun)", file: path)
    }

    private static func tooLarge(_ path: String, _ kind: TextFileKind, _ size: Int64, limit: Int) -> Diagnostic {
        let hint = kind == .article ? "; raise the limit with --max-size if this really is an article" : ""
        return .error(
            "is \(ByteCount.describe(size)), larger than the \(ByteCount.describe(Int64(limit))) limit per \(kind.noun)"
                + hint,
            file: path)
    }

    private static func modificationDate(_ status: stat) -> Date {
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        return Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000)
    }
}
