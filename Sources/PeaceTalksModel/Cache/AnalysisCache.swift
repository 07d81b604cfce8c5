import Foundation

/// Analysed corpora kept on disk, so opening the same articles with the same codebook and
/// the same build again skips the extraction. An entry is named by a digest of everything
/// the analysis depends on; any change to an article, its metadata, the codebook or the
/// program makes a new name, so an entry is never stale, only unused. Best effort: a
/// missing, unreadable or corrupt entry is a miss, and a failed write is ignored.
///
/// Entries live in a private folder of their own, `peacetalks` under the cache root (see
/// `CacheFolder`), and only files the cache wrote there are ever replaced or deleted. The
/// digest inside an entry detects damage, not forgery: it is not keyed, so whoever can write
/// the folder could forge an entry. That is why the folder is 0700 and entries 0600.
public struct AnalysisCache: Sendable {
    /// The cache root; entries are in `directory`, its `peacetalks` folder.
    public let root: String
    /// Whatever changes when the program does (its size and modification time, say).
    public let buildIdentity: String
    /// Oldest entries go first beyond either limit.
    public var maxEntries = 16
    public var maxBytes = 2 << 30

    let folder: CacheFolder

    /// The folder that holds the entries: `root/peacetalks`.
    public var directory: String { folder.path }

    public init(root: String, buildIdentity: String) {
        self.root = root
        self.buildIdentity = buildIdentity
        folder = CacheFolder(root: root)
    }

    /// The cache the environment asks for: `PEACETALKS_CACHE=off` turns it off; the root is
    /// `PEACETALKS_CACHE_DIR`, else `$XDG_CACHE_HOME`, else `~/.cache`, and the entries go in
    /// its `peacetalks` folder.
    public static func standard(environment: [String: String], buildIdentity: String) -> AnalysisCache? {
        if let setting = environment["PEACETALKS_CACHE"]?.lowercased(), ["off", "0", "no", "false"].contains(setting) {
            return nil
        }
        let root: String
        if let explicit = environment["PEACETALKS_CACHE_DIR"], !explicit.isEmpty {
            root = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            root = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            root = home + "/.cache"
        } else {
            return nil
        }
        return AnalysisCache(root: root, buildIdentity: buildIdentity)
    }

    /// The first half of an entry's name: the program and the codebook.
    public func codebookKey(path: String, contents: [UInt8]) -> String {
        var hash = ContentHash()
        hash.combine(Int(CorpusArchive.formatVersion))
        hash.combine(buildIdentity)
        hash.combine(path)
        hash.combine(contents)
        return hash.hex
    }

    /// An entry's whole name: the codebook's key and every article, in order.
    public func corpusKey(codebookKey: String, articles: [Article]) -> String {
        var hash = ContentHash()
        hash.combine(articles.count)
        for article in articles {
            hash.combine(article.path)
            hash.combine(article.text)
            let metadata = article.metadata
            for field in [metadata.title, metadata.language?.rawValue, metadata.date?.iso, metadata.source] {
                hash.combine(field ?? "\u{0}none")
            }
        }
        return codebookKey + "-" + hash.hex
    }

    /// Whether some entry was made with this codebook, which therefore parsed without error.
    public func knowsCodebook(_ codebookKey: String) -> Bool {
        guard folder.prepare() else { return false }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.contains { name in
            name.hasPrefix(codebookKey + "-") && folder.isEntry(directory + "/" + name)
        }
    }

    /// The corpus stored under `key`, or nil. A corrupt entry is removed.
    public func corpus(for key: String) -> Corpus? {
        guard folder.prepare() else { return nil }
        let path = entryPath(key)
        guard let data = folder.read(path) else { return nil }
        do {
            let corpus = try CorpusArchive.decode(data)
            // Touched on use, so eviction drops the least recently used.
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
            return corpus
        } catch {
            folder.remove(path)
            return nil
        }
    }

    /// Stores `corpus` under `key` (written whole and renamed into place, so a reader never
    /// sees half an entry), then evicts beyond the limits. A file of someone else's under the
    /// entry's name is left as it is, and the corpus is not stored.
    public func store(_ corpus: Corpus, for key: String) {
        guard folder.prepare() else { return }
        let path = entryPath(key)
        var existing = stat()
        if lstat(path, &existing) == 0, !folder.isEntry(path) { return }
        do {
            try AtomicFile.write(CorpusArchive.encode(corpus), to: URL(fileURLWithPath: path), permissions: 0o600)
        } catch {
            return
        }
        evict(keeping: path)
    }

    func entryPath(_ key: String) -> String {
        folder.entryPath(key)
    }

    /// Removes the least recently used entries beyond the limits. Only entries count, and
    /// only entries go (`CacheFolder.remove` checks each again just before).
    private func evict(keeping kept: String) {
        var entries = folder.entries()
        entries.sort { $0.date > $1.date }
        var count = 0
        var bytes = 0
        for entry in entries {
            count += 1
            bytes += entry.size
            if entry.path != kept, count > maxEntries || bytes > maxBytes {
                folder.remove(entry.path)
            }
        }
    }
}
