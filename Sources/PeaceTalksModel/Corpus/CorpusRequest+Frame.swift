import Foundation

/// What the explorer needs to show a stored first screen (`AnalysisCache.storedFrame`) and
/// to store one: the request's inputs by stamp, and the name of the entry a load used.
extension CorpusRequest {
    /// The stamps of every file the analysis and the annotations over it are read from, taken
    /// now: call it before loading, so the stamps are never newer than what was read. Nil
    /// without a cache, with `--verify` (which trusts no stamp), or when the paths cannot be walked.
    public func frameInputs() -> FrameInputs? {
        guard let cache, !verify, let (discovered, _) = try? ArticleDiscovery.articleFiles(in: paths) else { return nil }
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        var watched: [String] = []
        if let user = CodebookLayers.userCodebookPath(environment: environment) { watched.append(user) }
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                watched.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + "/" + CodebookLayers.folderFileName)
            }
        }
        if let codebookPath { watched.append(codebookPath) }
        var identity = "frame\u{0}\(CorpusArchive.formatVersion)\u{0}\(cache.buildIdentity)\u{0}\(sizeLimit)\u{0}\(totalLimit)"
        identity += "\u{0}paths\u{0}" + paths.joined(separator: "\u{0}")
        identity += "\u{0}codebook\u{0}" + (codebookPath ?? "\u{1}none")
        identity += "\u{0}found"
        for file in discovered {
            identity += "\u{0}" + file.path + (file.foundInFolder ? "\u{0}1" : "\u{0}0")
            watched += [
                file.path, MetadataLoader.sidecarPath(forArticle: file.path),
                CodebookLayers.articleCodebookPath(forArticle: file.path), AnnotationLoader.sidecarPath(forArticle: file.path),
            ]
        }
        let files = watched.map { FrameInputs.File(path: $0, stamp: FileStamp.of($0)) }
        return FrameInputs(identity: identity, files: files, takenAt: now)
    }

    /// The name of the cache entry a load of this request reads or writes now, found as the
    /// full load finds it (every article read and hashed, the codebook layers and annotation
    /// files too); nil without a cache or when nothing can be read. Slow on a large corpus:
    /// for storing a first screen after it is drawn, never before.
    public func entryKey() -> String? {
        guard let cache, let (articles, _) = try? ArticleLoader.load(paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit),
              !articles.isEmpty
        else { return nil }
        let sources = CodebookLayers.sources(
            paths: paths, articles: articles.map(\.path), explicit: codebookPath, environment: environment)
        return cache.corpusKey(codebookKey: Self.codebookKey(cache, sources: sources, articles: articles), articles: articles)
    }
}
