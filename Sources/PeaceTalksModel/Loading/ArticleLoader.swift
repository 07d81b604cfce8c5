#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads articles and their metadata from disk, with clear errors for bad input.
///
/// Any problem that stops an article from being read is thrown as a `Diagnostic` with
/// severity `error` naming the file; problems it can read past (invalid UTF-8) come back
/// as warnings beside the articles.
public enum ArticleLoader {
    /// 50 MB: far larger than any article, small enough that a stray disk image is refused
    /// before it is read. `--max-size` lifts it.
    public static let defaultSizeLimit = 50 * 1024 * 1024

    /// The extensions of article files found in a directory.
    public static let articleExtensions: Set<String> = ["txt", "md"]

    /// 2 GiB across all the files of one run: a whole archive by mistake is refused before
    /// it fills the memory. `--max-total` changes it.
    public static let defaultTotalLimit = 2 * 1024 * 1024 * 1024

    /// Loads every article that `paths` names: files as given, directories walked
    /// recursively (sorted by path). `progress` is called with (done, total) on the calling
    /// thread after each file, in order. Files are read on every core, a chunk at a time; the first
    /// error in file order is the one thrown, as if they were read one by one. A file a folder
    /// walk found that cannot be opened is skipped with a warning (`skipsInput`), as is every
    /// entry the walk could not use; a file named on the command line that cannot be opened is
    /// an error. The sizes of all files together may not pass `totalLimit`.
    public static func load(
        paths: [String], sizeLimit: Int = defaultSizeLimit, totalLimit: Int = defaultTotalLimit,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> ([Article], [Diagnostic]) {
        let (files, skipped) = try ArticleDiscovery.articleFiles(in: paths)
        var articles: [Article] = []
        var diagnostics = skipped
        articles.reserveCapacity(files.count)
        var total: Int64 = 0
        var done = 0
        var chunkStart = 0
        while chunkStart < files.count {
            let chunk = Array(files[chunkStart..<min(files.count, chunkStart + chunkSize)])
            // Checked before the chunk is read, so the limit also bounds what is in memory.
            for file in chunk {
                total += fileSize(file.path)
                if total > Int64(totalLimit) {
                    throw Diagnostic.error(
                        "brings the input to \(ByteCount.describe(total)), over the \(ByteCount.describe(Int64(totalLimit))) "
                            + "limit for all files of a run together; raise it with --max-total, or read fewer files",
                        file: file.path)
                }
            }
            for (file, result) in zip(chunk, loadInParallel(chunk.map(\.path), sizeLimit: sizeLimit)) {
                done += 1
                do {
                    let (article, warnings) = try result.get()
                    articles.append(article)
                    diagnostics.append(contentsOf: warnings)
                } catch let failure as OpenFailure where file.foundInFolder {
                    var warning = failure.diagnostic
                    warning.severity = .warning
                    warning.message += "; skipped"
                    warning.skipsInput = true
                    diagnostics.append(warning)
                } catch let failure as OpenFailure {
                    throw failure.diagnostic
                }
                progress?(done, files.count)
            }
            chunkStart += chunk.count
        }
        return (articles, diagnostics)
    }

    /// Files read in parallel between two progress reports.
    static let chunkSize = 64

    private static func fileSize(_ path: String) -> Int64 {
        var status = stat()
        return stat(path, &status) == 0 && FileKind(status) == .regular ? Int64(status.st_size) : 0
    }

    private static func loadInParallel(_ files: [String], sizeLimit: Int) -> [Result<(Article, [Diagnostic]), Error>] {
        files.concurrentMap { file in Result { try loadArticleOrOpenFailure(at: file, sizeLimit: sizeLimit) } }
    }

    /// One article and its sidecar metadata.
    public static func loadArticle(at path: String, sizeLimit: Int = defaultSizeLimit) throws -> (Article, [Diagnostic]) {
        do {
            return try loadArticleOrOpenFailure(at: path, sizeLimit: sizeLimit)
        } catch let failure as OpenFailure {
            throw failure.diagnostic
        }
    }

    /// A file that could not be opened at all, as opposed to one whose content is wrong.
    struct OpenFailure: Error {
        var diagnostic: Diagnostic
    }

    private static func loadArticleOrOpenFailure(at path: String, sizeLimit: Int) throws -> (Article, [Diagnostic]) {
        let bytes = try readFile(at: path, sizeLimit: sizeLimit)
        let (text, warning) = try TextDecoding.decode(bytes, path: path)
        let metadata = try MetadataLoader.load(forArticle: path)
        return (Article(path: path, text: text, metadata: metadata), warning.map { [$0] } ?? [])
    }

    /// The file's bytes. Opened without blocking and checked with `fstat` before a byte is
    /// read, so a FIFO or a device is refused instead of waiting for a writer forever.
    static func readFile(at path: String, sizeLimit: Int) throws -> [UInt8] {
        // A device is not even opened: opening some (a tape, a modem) has effects of its own.
        var before = stat()
        if stat(path, &before) == 0, FileKind(before) != .regular, FileKind(before) != .directory {
            throw OpenFailure(diagnostic: .error("not a regular file (\(FileKind(before).name))", file: path))
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == EISDIR { throw OpenFailure(diagnostic: .error("is a directory, not an article", file: path)) }
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
        case .directory: throw Diagnostic.error("is a directory, not an article", file: path)
        case let other: throw OpenFailure(diagnostic: .error("not a regular file (\(other.name))", file: path))
        }
        func tooLarge(_ size: Int64) -> Diagnostic {
            .error(
                "is \(ByteCount.describe(size)), larger than the \(ByteCount.describe(Int64(sizeLimit))) limit per article; "
                    + "raise the limit with --max-size if this really is an article",
                file: path)
        }
        if Int64(status.st_size) > Int64(sizeLimit) { throw tooLarge(Int64(status.st_size)) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                // The file grew while it was read.
                if count > sizeLimit { throw tooLarge(Int64(count)) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, count / 2)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw OpenFailure(diagnostic: .error(
                    "cannot be read (\(String(cString: strerror(errno))))", file: path))
            }
            count += got
        }
        if count > sizeLimit { throw tooLarge(Int64(count)) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// Byte counts as people read them.
enum ByteCount {
    static func describe(_ bytes: Int64) -> String {
        let megabyte = 1024.0 * 1024.0
        if bytes >= Int64(megabyte) {
            let value = Double(bytes) / megabyte
            return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
        }
        if bytes >= 1024 {
            let value = Double(bytes) / 1024
            return value == value.rounded() ? "\(Int(value)) KB" : String(format: "%.1f KB", value)
        }
        return "\(bytes) bytes"
    }
}
