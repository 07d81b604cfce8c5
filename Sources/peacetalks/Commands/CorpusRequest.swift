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

    /// The codebook first, so a broken one fails before thousands of articles are read;
    /// then the articles, then the linking. Returns the corpus and every warning.
    func load(progress: @escaping (Stage, Int, Int) -> Void) throws -> (Corpus, [Diagnostic]) {
        var notes: [Diagnostic] = []
        let codebook: Codebook
        if let codebookPath {
            codebook = try CodebookLoader.load(path: codebookPath)
        } else {
            codebook = Codebook(path: "", issues: [], actors: [], positions: [], sides: [])
            notes.append(.warning(
                "no codebook found: issues, actors and positions are empty (use --codebook FILE)",
                file: paths.first ?? "."))
        }
        let (articles, loadNotes) = try ArticleLoader.load(paths: paths, sizeLimit: sizeLimit) { done, total in
            progress(.reading, done, total)
        }
        notes += loadNotes
        if articles.isEmpty {
            // Show why each file was refused before saying that nothing is left.
            StandardError.report(notes)
            throw Failure.input("no articles to read in \(paths.joined(separator: ", "))")
        }
        let corpus = CorpusBuilder.build(articles: articles, codebook: codebook) { done, total in
            progress(.linking, done, total)
        }
        notes += corpus.diagnostics.filter { note in !notes.contains(note) }
        return (corpus, notes)
    }
}
