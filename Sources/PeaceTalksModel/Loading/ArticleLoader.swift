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
    /// 50 MB (`TextFile.articleSizeLimit`); `--max-size` lifts it.
    public static let defaultSizeLimit = TextFile.articleSizeLimit

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

    typealias OpenFailure = TextFile.OpenFailure

    private static func loadArticleOrOpenFailure(at path: String, sizeLimit: Int) throws -> (Article, [Diagnostic]) {
        let file = try TextFile.contents(at: path, as: .article, sizeLimit: sizeLimit)
        let metadata = try MetadataLoader.load(forArticle: path)
        let article = Article(path: path, text: file.text, metadata: metadata, modificationDate: file.modificationDate)
        return (article, file.warning.map { [$0] } ?? [])
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
