import ArgumentParser
import PeaceTalksModel

/// What every command reads: the articles, the codebook and the limits.
struct InputOptions: ParsableArguments {
    /// 50 MB: far above any news article, low enough to refuse a disk image by mistake.
    static let defaultSizeLimit = 50 * 1024 * 1024

    @Argument(help: ArgumentHelp(
        "Articles (.txt) or folders of articles. Default: the seed article and its codebook.",
        valueName: "file|dir"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "The codebook (YAML). Default: the seed's codebook.", valueName: "file"))
    var codebook: String?

    @Option(help: ArgumentHelp(
        "Refuse files larger than this many bytes (default 52428800, i.e. 50 MB).", valueName: "bytes"))
    var maxSize: Int = InputOptions.defaultSizeLimit

    @Flag(help: "No colours or styles (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of bytes.") }
    }

    var console: Console { Console.current(noColor: noColor) }

    /// Reads the articles and codebook and builds the corpus. Warnings go to standard error
    /// (unless `quiet`, when the caller shows them later); errors are thrown as `Diagnostic`s.
    func loadCorpus(reportWarnings: Bool = true) throws -> (Corpus, [Diagnostic]) {
        var paths = self.paths
        var codebookPath = codebook
        var notes: [Diagnostic] = []
        if paths.isEmpty {
            let seed = try SeedLocator.locate()
            paths = seed.articles
            if codebookPath == nil { codebookPath = seed.codebook }
        } else if codebookPath == nil {
            codebookPath = try? SeedLocator.locate().codebook
        }

        let reading = ProgressBar(label: "Reading ")
        let (articles, loadNotes) = try ArticleLoader.load(paths: paths, sizeLimit: maxSize) { done, total in
            reading.update(done: done, total: total)
        }
        reading.finish()
        notes += loadNotes
        if articles.isEmpty {
            // Show why each file was refused before saying that nothing is left.
            StandardError.report(notes)
            throw Failure.input("no articles to read in \(paths.joined(separator: ", "))")
        }
        let codebook: Codebook
        if let codebookPath {
            codebook = try CodebookLoader.load(path: codebookPath)
        } else {
            codebook = Codebook(path: "", issues: [], actors: [], positions: [], sides: [])
            notes.append(.warning(
                "no codebook found: issues, actors and positions are empty (use --codebook FILE)", file: paths[0]))
        }

        let linking = ProgressBar(label: "Linking ")
        let corpus = CorpusBuilder.build(articles: articles, codebook: codebook) { done, total in
            linking.update(done: done, total: total)
        }
        linking.finish()
        notes += corpus.diagnostics.filter { note in !notes.contains(note) }
        if reportWarnings {
            StandardError.report(notes)
            notes = []
        }
        return (corpus, notes)
    }
}

/// An error that is not about one input file's content.
enum Failure: Error {
    /// The input cannot be used (exit 1).
    case input(String)
    /// The command was used wrongly (exit 2).
    case usage(String)

    var message: String {
        switch self {
        case .input(let message), .usage(let message): return message
        }
    }

    var status: Int32 {
        switch self {
        case .input: return 1
        case .usage: return 2
        }
    }
}
