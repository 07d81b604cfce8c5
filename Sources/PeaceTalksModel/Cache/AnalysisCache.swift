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

    /// An entry's whole name: the codebook's key and every article's digest (`articleDigest`:
    /// its path, text, metadata and modification year), in order.
    public func corpusKey(codebookKey: String, articles: [Article]) -> String {
        corpusKey(codebookKey: codebookKey, digests: articles.map { articleDigest($0) })
    }

    /// Whether some entry was made with this codebook, which therefore parsed without error.
    public func knowsCodebook(_ codebookKey: String) -> Bool {
        guard folder.prepare() else { return false }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.contains { name in
            name.hasPrefix(codebookKey + "-") && name.hasSuffix(CacheFolder.suffix) && folder.isEntry(directory + "/" + name)
        }
    }

    /// The corpus stored under `key`, or nil. A corrupt entry is removed. `lazily` decodes only
    /// the head now and each document when it is first read (`StoredDocuments`: a damaged
    /// document is found then, and the entry removed).
    public func corpus(for key: String, lazily: Bool = false) -> Corpus? {
        guard folder.prepare() else { return nil }
        let path = entryPath(key)
        // Mapped, not read: decoding copies out what it keeps, and a read copy of a large
        // archive was a third of a warm open (fresh pages zeroed, then filled; perf).
        guard let storage = folder.map(path) else { return nil }
        do {
            var corpus: Corpus
            if lazily {
                let layout = try CorpusArchive.Layout(storage.bytes)
                corpus = layout.head
                corpus.documents = DocumentList(source: StoredDocuments(storage: storage, layout: layout) { [folder] in
                    folder.remove(path)
                })
            } else {
                corpus = try withExtendedLifetime(storage) { try CorpusArchive.decode(storage.bytes, fromMappedFile: true) }
            }
            // Touched on use, so eviction drops the least recently used.
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
            corpus.storedWordIndex = wordIndex(for: key, corpus: corpus)
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
        _ = storeWordIndex(of: corpus, for: key)
        evict(keeping: path)
    }

    /// The word index stored beside the entry `key`, mapped; made and stored now when it is
    /// missing or damaged (an entry written before the index was, or a failed write).
    func wordIndex(for key: String, corpus: Corpus) -> WordIndex? {
        let path = folder.indexPath(key)
        if let storage = folder.map(path), let index = try? WordIndex(storage: storage) { return index }
        folder.remove(path)
        return storeWordIndex(of: corpus, for: key)
    }

    /// Writes `corpus`'s word index beside the entry `key` and maps it back; nil when it could
    /// not be written (the search then scans without it).
    private func storeWordIndex(of corpus: Corpus, for key: String) -> WordIndex? {
        let path = folder.indexPath(key)
        var existing = stat()
        if lstat(path, &existing) == 0, !folder.isEntry(path) { return nil }
        do {
            try AtomicFile.write(WordIndex.image(of: corpus), to: URL(fileURLWithPath: path), permissions: 0o600)
        } catch {
            return nil
        }
        return folder.map(path).flatMap { try? WordIndex(storage: $0) }
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
        // Companions go with their entry; stamps beyond a few per entry, oldest first.
        for index in folder.files(endingWith: CacheFolder.indexSuffix) {
            let entry = String(index.path.dropLast(CacheFolder.indexSuffix.count)) + CacheFolder.suffix
            if access(entry, F_OK) != 0 { folder.remove(index.path) }
        }
        let manifests = folder.files(endingWith: CacheFolder.manifestSuffix).sorted { $0.date > $1.date }
        for manifest in manifests.dropFirst(4 * maxEntries) { folder.remove(manifest.path) }
        evictFrames(keeping: "")
    }
}
