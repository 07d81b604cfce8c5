import Foundation

/// What to load, decided from the command line before any file is read. A plain value, so the
/// explorer can load on a background thread while it shows progress. Nothing is printed here:
/// every warning comes back with the corpus, and the caller decides how to show it.
public struct CorpusRequest: Sendable {
    public enum Stage: Sendable {
        case reading
        case linking
    }

    /// Every file given was refused (or none was found): `diagnostics` says why, file by file.
    public struct NothingToRead: Error, Sendable {
        public var paths: [String]
        public var diagnostics: [Diagnostic]

        public var message: String { "no articles to read in \(paths.joined(separator: ", "))" }
    }

    public var paths: [String]
    /// `--codebook`: the last layer over the built-in, user, folder and article codebooks.
    public var codebookPath: String?
    public var sizeLimit: Int
    /// The most bytes of articles one run reads (`--max-total`).
    public var totalLimit = ArticleLoader.defaultTotalLimit
    /// Where analysed corpora are kept between runs; nil analyses every time.
    public var cache: AnalysisCache?
    public var environment: [String: String]
    /// `--verify`: read and hash every article rather than trust unchanged file stamps.
    public var verify = false
    /// Decode a stored analysis's documents only when each is first read: for a command that
    /// reads a few of many (a search), which then checks `documents.isDamaged` before it prints.
    public var decodesDocumentsLazily = false

    public init(
        paths: [String], codebookPath: String? = nil, sizeLimit: Int = ArticleLoader.defaultSizeLimit,
        cache: AnalysisCache? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.environment = environment
        self.paths = paths
        self.codebookPath = codebookPath
        self.sizeLimit = sizeLimit
        self.cache = cache
    }

    /// The articles first (their folders and names say which codebooks and annotations apply),
    /// then the corpus from the cache, whose key covers every codebook layer byte for byte and
    /// the positions of every annotation file; else the codebook layers, the annotations and the linking.
    /// Returns the corpus and every warning; a folder entry that was skipped is a warning
    /// with `skipsInput`. Throws `NothingToRead` when no article is left.
    public func load(progress: @escaping (Stage, Int, Int) -> Void = { _, _, _ in }) throws -> (Corpus, [Diagnostic]) {
        let loaded = try loadAnalysis(progress: progress)
        return (loaded.annotated, loaded.notes)
    }

    /// What `load` returns, with the analysis before the annotations were laid over it and the
    /// annotations themselves: the explorer lays them over that analysis again after each change.
    public struct Loaded: Sendable {
        public var annotated: Corpus
        public var analysis: Corpus
        /// `annotations[i]` for `analysis.documents[i]`.
        public var annotations: [DocumentAnnotations?]
        public var notes: [Diagnostic]
    }

    /// `load`, keeping the analysis without the annotations.
    public func loadAnalysis(progress: @escaping (Stage, Int, Int) -> Void = { _, _, _ in }) throws -> Loaded {
        var notes: [Diagnostic] = []
        if let cache, !verify, let trusted = cache.trustedLoad(
            paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit, lazily: decodesDocumentsLazily,
            codebookKey: { articlePaths in
                let sources = CodebookLayers.sources(
                    paths: paths, articles: articlePaths, explicit: codebookPath, environment: environment)
                return Self.codebookKey(cache, sources: sources, articles: articlePaths.map { Article(path: $0, text: "") })
            }) {
            notes = trusted.notes
            notes += trusted.corpus.diagnostics.filter { note in !notes.contains(note) }
            return try Self.overlay(nil, on: trusted.corpus, notes: notes)
        }
        let (articles, loadNotes) = try ArticleLoader.load(
            paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit
        ) { done, total in
            progress(.reading, done, total)
        }
        notes += loadNotes
        if articles.isEmpty { throw NothingToRead(paths: paths, diagnostics: notes) }
        let sources = CodebookLayers.sources(
            paths: paths, articles: articles.map(\.path), explicit: codebookPath, environment: environment)
        let corpusKey = cache.map { cache in
            cache.corpusKey(codebookKey: Self.codebookKey(cache, sources: sources, articles: articles), articles: articles)
        }
        if let cache {
            cache.recordStamps(paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit, articles: articles, notes: loadNotes)
        }
        let corpus: Corpus
        var annotations: [DocumentAnnotations?]?
        if let cache, let corpusKey, let cached = cache.corpus(for: corpusKey, lazily: decodesDocumentsLazily) {
            corpus = cached
        } else {
            let codebook = try CodebookLayers.load(sources).codebook
            let loaded = try articles.map { try AnnotationLoader.load(forArticle: $0.path, codebook: codebook) }
            annotations = loaded
            corpus = CorpusBuilder.build(articles: consume articles, codebook: codebook, annotations: loaded) {
                done, total in progress(.linking, done, total)
            }
            if let cache, let corpusKey { cache.store(corpus, for: corpusKey) }
        }
        notes += corpus.diagnostics.filter { note in !notes.contains(note) }
        return try Self.overlay(annotations, on: corpus, notes: notes)
    }

    /// Lays the analyst's tags, corrections and confirmed suggestions (docs/annotations.md) over
    /// the analysis after the cache, which stores the analysis alone. `annotations` are those
    /// already read for the analysis, nil to read them now.
    static func overlay(_ annotations: [DocumentAnnotations?]?, on analysis: Corpus, notes: [Diagnostic]) throws -> Loaded {
        let codebook = analysis.codebook
        let recorded = try annotations ?? analysis.documents.paths.map { try AnnotationLoader.load(forArticle: $0, codebook: codebook) }
        var corpus = analysis
        var notes = notes
        notes += AnnotationOverlay.apply(recorded, to: &corpus).filter { note in !notes.contains(note) }
        return Loaded(annotated: corpus, analysis: analysis, annotations: recorded, notes: notes)
    }

    /// The key of everything besides the articles' text the analysis depends on: every
    /// codebook layer by name and bytes, and the positions section of every article's
    /// annotation file (its tags, decisions, speakers and memos are laid over after the cache).
    static func codebookKey(_ cache: AnalysisCache, sources: [CodebookLayers.Source], articles: [Article]) -> String {
        var (names, bytes) = CodebookLayers.fingerprint(sources)
        let folderNames = FolderNames()
        for article in articles {
            let sidecar = AnnotationLoader.sidecarPath(forArticle: article.path)
            let annotations = folderNames.mayExist(sidecar) ? SidecarAnalysisKey.bytes(forArticle: article.path) : nil
            bytes += Array(String(annotations?.count ?? -1).utf8) + [0]
            bytes += annotations ?? []
        }
        names += "\n" + String(articles.count)
        return cache.codebookKey(path: names, contents: bytes)
    }
}
