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

    /// Loads every article that `paths` names: files as given, directories walked
    /// recursively (sorted by path). `progress` is called with (done, total) on the calling
    /// thread after each file, in order. Files are read on every core, a chunk at a time; the first
    /// error in file order is the one thrown, as if they were read one by one.
    public static func load(
        paths: [String], sizeLimit: Int = defaultSizeLimit, progress: ((Int, Int) -> Void)? = nil
    ) throws -> ([Article], [Diagnostic]) {
        let files = try ArticleDiscovery.articleFiles(in: paths)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        articles.reserveCapacity(files.count)
        var chunkStart = 0
        while chunkStart < files.count {
            let chunk = Array(files[chunkStart..<min(files.count, chunkStart + chunkSize)])
            for result in loadInParallel(chunk, sizeLimit: sizeLimit) {
                let (article, warnings) = try result.get()
                articles.append(article)
                diagnostics.append(contentsOf: warnings)
                progress?(articles.count, files.count)
            }
            chunkStart += chunk.count
        }
        return (articles, diagnostics)
    }

    /// Files read in parallel between two progress reports.
    static let chunkSize = 64

    private static func loadInParallel(_ files: [String], sizeLimit: Int) -> [Result<(Article, [Diagnostic]), Error>] {
        files.concurrentMap { file in Result { try loadArticle(at: file, sizeLimit: sizeLimit) } }
    }

    /// One article and its sidecar metadata.
    public static func loadArticle(at path: String, sizeLimit: Int = defaultSizeLimit) throws -> (Article, [Diagnostic]) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic.error("no such file or directory", file: path)
        }
        if isDirectory.boolValue { throw Diagnostic.error("is a directory, not an article", file: path) }
        let size = (try? fileManager.attributesOfItem(atPath: path))?[.size] as? NSNumber
        if let size, size.int64Value > Int64(sizeLimit) {
            throw Diagnostic.error(
                "is \(ByteCount.describe(size.int64Value)), larger than the \(ByteCount.describe(Int64(sizeLimit))) limit per article; "
                    + "raise the limit with --max-size if this really is an article",
                file: path)
        }
        guard let data = fileManager.contents(atPath: path) else {
            throw Diagnostic.error("cannot be read (permission denied?)", file: path)
        }
        let (text, warning) = try TextDecoding.decode(data, path: path)
        let metadata = try MetadataLoader.load(forArticle: path)
        return (Article(path: path, text: text, metadata: metadata), warning.map { [$0] } ?? [])
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
