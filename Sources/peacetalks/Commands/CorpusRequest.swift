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
    var codebookPath: String?
    var sizeLimit: Int
    /// The most bytes of articles one run reads (`--max-total`).
    var totalLimit = ArticleLoader.defaultTotalLimit
    /// Where analysed corpora are kept between runs; nil analyses every time.
    var cache: AnalysisCache?

    /// The codebook first, so a broken one fails before thousands of articles are read
    /// (unless the cache already holds a corpus made with it, which proves it sound); then
    /// the articles; then the corpus from the cache, or the linking. Returns the corpus and
    /// every warning.
    func load(progress: @escaping (Stage, Int, Int) -> Void) throws -> (Corpus, [Diagnostic]) {
        var notes: [Diagnostic] = []
        var codebook: Codebook?
        var codebookKey: String?
        if let codebookPath {
            if let cache, let contents = FileManager.default.contents(atPath: codebookPath) {
                codebookKey = cache.codebookKey(path: codebookPath, contents: [UInt8](contents))
            }
            let provenSound = codebookKey.map { cache?.knowsCodebook($0) == true } ?? false
            if !provenSound {
                codebook = try CodebookLoader.load(path: codebookPath)
            }
        } else {
            codebook = Codebook(path: "", issues: [], actors: [], positions: [], sides: [])
            notes.append(.warning(
                "no codebook found: issues, actors and positions are empty (use --codebook FILE)",
                file: paths.first ?? "."))
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
        let corpusKey = codebookKey.flatMap { cache?.corpusKey(codebookKey: $0, articles: articles) }
        let corpus: Corpus
        if let cache, let corpusKey, let cached = cache.corpus(for: corpusKey) {
            corpus = cached
        } else {
            let sound = try codebook ?? CodebookLoader.load(path: codebookPath ?? "")
            corpus = CorpusBuilder.build(articles: consume articles, codebook: sound) { done, total in
                progress(.linking, done, total)
            }
            if let cache, let corpusKey { cache.store(corpus, for: corpusKey) }
        }
        notes += corpus.diagnostics.filter { note in !notes.contains(note) }
        return (corpus, notes)
    }
}
