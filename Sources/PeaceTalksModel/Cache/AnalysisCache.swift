import Foundation

/// Analysed corpora kept on disk, so opening the same articles with the same codebook and
/// the same build again skips the extraction. An entry is named by a digest of everything
/// the analysis depends on; any change to an article, its metadata, the codebook or the
/// program makes a new name, so an entry is never stale, only unused. Best effort: a
/// missing, unreadable or corrupt entry is a miss, and a failed write is ignored.
public struct AnalysisCache: Sendable {
    public let directory: String
    /// Whatever changes when the program does (its size and modification time, say).
    public let buildIdentity: String
    /// Oldest entries go first beyond either limit.
    public var maxEntries = 16
    public var maxBytes = 2 << 30

    static let suffix = ".corpus"

    public init(directory: String, buildIdentity: String) {
        self.directory = directory
        self.buildIdentity = buildIdentity
    }

    /// The cache the environment asks for: `PEACETALKS_CACHE=off` turns it off;
    /// `PEACETALKS_CACHE_DIR`, else `$XDG_CACHE_HOME/peacetalks`, else `~/.cache/peacetalks`.
    public static func standard(environment: [String: String], buildIdentity: String) -> AnalysisCache? {
        if let setting = environment["PEACETALKS_CACHE"]?.lowercased(), ["off", "0", "no", "false"].contains(setting) {
            return nil
        }
        let directory: String
        if let explicit = environment["PEACETALKS_CACHE_DIR"], !explicit.isEmpty {
            directory = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            directory = xdg + "/peacetalks"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.cache/peacetalks"
        } else {
            return nil
        }
        return AnalysisCache(directory: directory, buildIdentity: buildIdentity)
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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.contains { $0.hasPrefix(codebookKey + "-") && $0.hasSuffix(Self.suffix) }
    }

    /// The corpus stored under `key`, or nil. A corrupt entry is removed.
    public func corpus(for key: String) -> Corpus? {
        let path = entryPath(key)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            let corpus = try CorpusArchive.decode(data)
            // Touched on use, so eviction drops the least recently used.
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
            return corpus
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
    }

    /// Stores `corpus` under `key` (written whole, then renamed into place, so a reader
    /// never sees half an entry), then evicts beyond the limits.
    public func store(_ corpus: Corpus, for key: String) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return
        }
        let path = entryPath(key)
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        let bytes = CorpusArchive.encode(corpus)
        let written = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
            return manager.createFile(atPath: temporary, contents: data)
        }
        guard written else { return }
        if rename(temporary, path) != 0 {
            try? manager.removeItem(atPath: temporary)
            return
        }
        evict(keeping: path)
    }

    func entryPath(_ key: String) -> String {
        directory + "/" + key + Self.suffix
    }

    private func evict(keeping kept: String) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        var entries: [(path: String, date: Date, size: Int)] = []
        for name in names where name.hasSuffix(Self.suffix) {
            let path = directory + "/" + name
            guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
            let date = attributes[.modificationDate] as? Date ?? .distantPast
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            entries.append((path, date, size))
        }
        entries.sort { $0.date > $1.date }
        var count = 0
        var bytes = 0
        for entry in entries {
            count += 1
            bytes += entry.size
            if entry.path != kept, count > maxEntries || bytes > maxBytes {
                try? manager.removeItem(atPath: entry.path)
            }
        }
    }
}
