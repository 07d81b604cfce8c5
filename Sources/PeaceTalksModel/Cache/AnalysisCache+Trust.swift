import Foundation

/// Opening a corpus the cache knows without reading its articles: the stamps (`FileStamp`)
/// of the files a request read last time are kept with each article's digest, and when every
/// stamp still matches the stored analysis is named from the digests alone. A file whose
/// stamp changed is read and hashed again; only a changed digest costs the analysis. A
/// same-size rewrite within the same nanosecond-stamped instant is what stamps cannot see,
/// as for `make` and git: `--verify` reads and hashes every file instead.
extension AnalysisCache {
    /// What a trusted open found: the corpus, the warnings reading gave last time, and the
    /// files it had to read again because their stamp changed.
    public struct TrustedLoad: Sendable {
        public var corpus: Corpus
        public var notes: [Diagnostic]
        public var reread: [String]
    }

    /// A digest of what the analysis of one article depends on: its path, text and metadata,
    /// and the years of its modification time (a dateline-less article's anchor year).
    public func articleDigest(_ article: Article) -> String {
        articleDigest(article, stamp: FileStamp.of(article.path))
    }

    func articleDigest(_ article: Article, stamp: FileStamp) -> String {
        var hash = ContentHash()
        hash.combine(article.path)
        hash.combine(article.text)
        let metadata = article.metadata
        for field in [metadata.title, metadata.language?.rawValue, metadata.date?.iso, metadata.source] {
            hash.combine(field ?? "\u{0}none")
        }
        for year in stamp.modificationYears { hash.combine(year) }
        return hash.hex
    }

    /// An entry's whole name from the codebook's key and each article's digest, in order.
    func corpusKey(codebookKey: String, digests: [String]) -> String {
        var hash = ContentHash()
        hash.combine(digests.count)
        for digest in digests { hash.combine(digest) }
        return codebookKey + "-" + hash.hex
    }

    /// The corpus `paths` named last time, when the stamps say nothing changed (or the files
    /// whose stamp changed hash as before); nil when something changed, nothing was recorded,
    /// or the entry is gone: the caller then reads and hashes everything. `codebookKey` is
    /// given the article paths.
    public func trustedLoad(
        paths: [String], sizeLimit: Int, totalLimit: Int, lazily: Bool = false, codebookKey: ([String]) throws -> String
    ) -> TrustedLoad? {
        guard folder.prepare(), let (discovered, walkNotes) = try? ArticleDiscovery.articleFiles(in: paths) else { return nil }
        let manifestPath = folder.manifestPath(manifestKey(discovered, sizeLimit: sizeLimit, totalLimit: totalLimit))
        guard let storage = folder.map(manifestPath), var manifest = try? StatManifest.decode(storage.bytes),
              manifest.files.count == discovered.count
        else { return nil }
        var reread: [String] = []
        let names = FolderNames()
        for (number, file) in discovered.enumerated() {
            let known = manifest.files[number]
            guard known.path == file.path, known.foundInFolder == file.foundInFolder else { return nil }
            let stamp = file.stamp ?? FileStamp.of(file.path)
            let sidecar = Self.sidecarStamp(of: file.path, names: names)
            if stamp == known.stamp, sidecar == known.sidecar, stamp.modified >= 0 { continue }
            // A refused file that changed may now be read: only a full load can say.
            guard !known.digest.isEmpty, stamp.size >= 0, stamp.size <= Int64(sizeLimit),
                  let (article, _) = try? ArticleLoader.loadArticle(at: file.path, sizeLimit: sizeLimit),
                  articleDigest(article, stamp: stamp) == known.digest
            else { return nil }
            reread.append(file.path)
            manifest.files[number].stamp = trustworthy(stamp)
            manifest.files[number].sidecar = sidecar
        }
        let articles = manifest.files.filter { !$0.digest.isEmpty }
        guard let codebook = try? codebookKey(articles.map(\.path)),
              let corpus = corpus(for: corpusKey(codebookKey: codebook, digests: articles.map(\.digest)), lazily: lazily)
        else { return nil }
        if !reread.isEmpty { write(manifest, to: manifestPath) }
        return TrustedLoad(corpus: corpus, notes: walkNotes + manifest.notes, reread: reread)
    }

    /// Records the stamps of the files a full load of `paths` read, for `trustedLoad`.
    /// `articles` are what it read (their text intact); `notes` its warnings.
    public func recordStamps(paths: [String], sizeLimit: Int, totalLimit: Int, articles: [Article], notes: [Diagnostic]) {
        guard folder.prepare(), let (discovered, walkNotes) = try? ArticleDiscovery.articleFiles(in: paths) else { return }
        var digests: [String: String] = [:]
        for article in articles { digests[article.path] = articleDigest(article) }
        let names = FolderNames()
        let files = discovered.map { file in
            StatManifest.File(
                path: file.path, foundInFolder: file.foundInFolder, stamp: trustworthy(file.stamp ?? FileStamp.of(file.path)),
                sidecar: Self.sidecarStamp(of: file.path, names: names), digest: digests[file.path] ?? "")
        }
        let manifest = StatManifest(files: files, notes: notes.filter { !walkNotes.contains($0) })
        write(manifest, to: folder.manifestPath(manifestKey(discovered, sizeLimit: sizeLimit, totalLimit: totalLimit)))
    }

    /// The stamp of an article's metadata sidecar; `missing` without a look-up when its folder has none.
    private static func sidecarStamp(of article: String, names: FolderNames) -> FileStamp {
        let sidecar = MetadataLoader.sidecarPath(forArticle: article)
        return names.mayExist(sidecar) ? FileStamp.of(sidecar) : .missing
    }

    /// A file changed in the last two seconds may change again within its stamp's resolution
    /// without the stamp showing it (git's "racily clean"): such a stamp is marked to be re-read.
    private func trustworthy(_ stamp: FileStamp) -> FileStamp {
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        guard stamp.modified > now - 2_000_000_000 else { return stamp }
        var marked = stamp
        marked.modified = -1
        return marked
    }

    /// The name of a request's manifest: the program, the limits and the files found, in order.
    private func manifestKey(_ files: [DiscoveredFile], sizeLimit: Int, totalLimit: Int) -> String {
        var hash = ContentHash()
        hash.combine(Int(CorpusArchive.formatVersion))
        hash.combine(buildIdentity)
        hash.combine(sizeLimit)
        hash.combine(totalLimit)
        hash.combine(files.count)
        for file in files {
            hash.combine(file.path)
            hash.combine(file.foundInFolder ? 1 : 0)
        }
        return "stamps-" + hash.hex
    }

    private func write(_ manifest: StatManifest, to path: String) {
        var existing = stat()
        if lstat(path, &existing) == 0, !folder.isEntry(path) { return }
        try? AtomicFile.write(manifest.encode(), to: URL(fileURLWithPath: path), permissions: 0o600)
    }
}
