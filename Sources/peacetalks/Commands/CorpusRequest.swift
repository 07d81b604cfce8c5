import Foundation
import PeaceTalksModel

/// What to load, decided from the command line before any file is read. A plain value,
/// so the explorer can load on a background thread while it shows progress.
struct CorpusRequest: Sendable {
    enum Stage: Sendable {
        case reading
        case linking
    }

    var paths: [String]
    /// `--codebook`: the last layer over the built-in, user, folder and article codebooks.
    var codebookPath: String?
    var sizeLimit: Int
    /// The most bytes of articles one run reads (`--max-total`).
    var totalLimit = ArticleLoader.defaultTotalLimit
    /// Where analysed corpora are kept between runs; nil analyses every time.
    var cache: AnalysisCache?
    var environment: [String: String] = ProcessInfo.processInfo.environment
    /// `--verify`: read and hash every article rather than trust unchanged file stamps.
    var verify = false

    /// The articles first (their folders and names say which codebooks and annotations apply),
    /// then the corpus from the cache, whose key covers every codebook layer and annotation
    /// file byte for byte; else the codebook layers, the annotations and the linking.
    /// Returns the corpus and every warning.
    func load(progress: @escaping (Stage, Int, Int) -> Void) throws -> (Corpus, [Diagnostic]) {
        var notes: [Diagnostic] = []
        if let cache, !verify, let trusted = cache.trustedLoad(
            paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit,
            codebookKey: { articlePaths in
                let sources = CodebookLayers.sources(
                    paths: paths, articles: articlePaths, explicit: codebookPath, environment: environment)
                return Self.codebookKey(cache, sources: sources, articles: articlePaths.map { Article(path: $0, text: "") })
            }) {
            if trusted.notes.contains(where: \.skipsInput) { ExitStatus.recordSkippedInput() }
            notes = trusted.notes
            notes += trusted.corpus.diagnostics.filter { note in !notes.contains(note) }
            return (trusted.corpus, notes)
        }
        let (articles, loadNotes) = try ArticleLoader.load(
            paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit
        ) { done, total in
            progress(.reading, done, total)
        }
        notes += loadNotes
        if loadNotes.contains(where: \.skipsInput) { ExitStatus.recordSkippedInput() }
        if articles.isEmpty {
            // Show why each file was refused before saying that nothing is left.
            StandardError.report(notes)
            throw Failure.input("no articles to read in \(paths.joined(separator: ", "))")
        }
        let sources = CodebookLayers.sources(
            paths: paths, articles: articles.map(\.path), explicit: codebookPath, environment: environment)
        let corpusKey = cache.map { cache in
            cache.corpusKey(codebookKey: Self.codebookKey(cache, sources: sources, articles: articles), articles: articles)
        }
        if let cache {
            cache.recordStamps(paths: paths, sizeLimit: sizeLimit, totalLimit: totalLimit, articles: articles, notes: loadNotes)
        }
        let corpus: Corpus
        if let cache, let corpusKey, let cached = cache.corpus(for: corpusKey) {
            corpus = cached
        } else {
            let codebook = try CodebookLayers.load(sources).codebook
            let annotations = try articles.map { try AnnotationLoader.load(forArticle: $0.path, codebook: codebook) }
            corpus = CorpusBuilder.build(articles: consume articles, codebook: codebook, annotations: annotations) {
                done, total in progress(.linking, done, total)
            }
            if let cache, let corpusKey { cache.store(corpus, for: corpusKey) }
        }
        notes += corpus.diagnostics.filter { note in !notes.contains(note) }
        return (corpus, notes)
    }

    /// The key of everything besides the articles' text the analysis depends on: every
    /// codebook layer and every article's annotation file, by name and bytes.
    static func codebookKey(_ cache: AnalysisCache, sources: [CodebookLayers.Source], articles: [Article]) -> String {
        var (names, bytes) = CodebookLayers.fingerprint(sources)
        for article in articles {
            let annotations = AnnotationLoader.contents(forArticle: article.path)
            bytes += Array(String(annotations?.count ?? -1).utf8) + [0]
            bytes += annotations ?? []
        }
        names += "\n" + String(articles.count)
        return cache.codebookKey(path: names, contents: bytes)
    }
}
