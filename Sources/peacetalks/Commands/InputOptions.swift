import ArgumentParser
import Foundation
import PeaceTalksModel

/// What every command reads: the articles, the codebook and the limits.
struct InputOptions: ParsableArguments {
    /// 50 MB: far above any news article, low enough to refuse a disk image by mistake.
    static let defaultSizeLimit = ArticleLoader.defaultSizeLimit

    @Argument(help: ArgumentHelp(
        "Articles (.txt) or folders of articles; - reads one from standard input. Default: the seed articles.",
        valueName: "file|dir"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "A codebook (YAML) laid over the built-in one and any beside the articles (see peacetalks codebook).",
        valueName: "file"))
    var codebook: String?

    @Option(help: ArgumentHelp(
        "Refuse files larger than this many bytes (default 52428800, i.e. 50 MB).", valueName: "bytes"))
    var maxSize: Int = InputOptions.defaultSizeLimit

    @Option(help: ArgumentHelp(
        "Refuse to read more than this many bytes of articles in all (default 2147483648, i.e. 2 GB).",
        valueName: "bytes"))
    var maxTotal: Int = ArticleLoader.defaultTotalLimit

    @Flag(help: "No colours or styles (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Print no warnings (errors are still printed).")
    var quiet = false

    @Flag(help: ArgumentHelp("Print every warning, not only the first \(StandardError.warningLimit) (also when PEACETALKS_ALL_WARNINGS=1)."))
    var verbose = false

    @Flag(help: ArgumentHelp(
        "Analyse the articles afresh instead of reusing a stored analysis (also when PEACETALKS_CACHE=off)."))
    var noCache = false

    @Flag(help: ArgumentHelp(
        "Read and hash every article to check a stored analysis, instead of trusting files whose size and modification time are unchanged."))
    var verify = false

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of bytes.") }
        guard !(quiet && verbose) else { throw ValidationError("--quiet and --verbose cannot be used together.") }
        guard maxTotal > 0 else { throw ValidationError("--max-total must be a positive number of bytes.") }
    }

    /// Warnings as `--quiet` and `--verbose` ask: none, all, or the first few and a count.
    func report(_ notes: [Diagnostic]) {
        if quiet { return }
        StandardError.report(notes, all: verbose)
    }

    @Flag(help: "When piped, print the column titles as the first line of the tab-separated output.")
    var header = false

    var console: Console { Console.current(noColor: noColor, header: header) }

    /// The paths named, or the seed articles when none are.
    /// `-` stands for standard input (read once, into a temporary file).
    func articlePaths() throws -> [String] {
        paths.isEmpty ? try SeedLocator.locate().articles : try StdinArticle.replacingDash(in: paths, sizeLimit: maxSize)
    }

    /// What to load, with the seed filled in when no files are named.
    func request() throws -> CorpusRequest {
        // Standard input's text lands in a new temporary file each run: nothing to reuse.
        let cache = noCache || paths.contains(StdinArticle.dash) ? nil : AnalysisCache.standard(
            environment: ProcessInfo.processInfo.environment, buildIdentity: BuildIdentity.current)
        var request = CorpusRequest(paths: try articlePaths(), codebookPath: codebook, sizeLimit: maxSize, cache: cache)
        request.totalLimit = maxTotal
        request.verify = verify
        return request
    }

    /// What `request()` gives when no argument is given (the seed, every default), made
    /// without the argument parser, for the explorer's quick start (`ExploreCommand.runWithoutArguments`).
    static func defaultRequest() throws -> CorpusRequest {
        // The environment is copied into a dictionary once (each `environment` call builds one).
        let environment = ProcessInfo.processInfo.environment
        let cache = AnalysisCache.standard(environment: environment, buildIdentity: BuildIdentity.current)
        var request = CorpusRequest(
            paths: try SeedLocator.locate(environment: environment).articles, sizeLimit: defaultSizeLimit, cache: cache,
            environment: environment)
        request.totalLimit = ArticleLoader.defaultTotalLimit
        return request
    }

    /// Reads the codebook and articles and builds the corpus, with a progress bar on standard
    /// error for a long load. Warnings go to standard error (unless `reportWarnings` is false,
    /// when the caller shows them later); errors are thrown as `Diagnostic`s.
    /// `lazily`: a stored analysis's documents are decoded when first read (see
    /// `CorpusRequest.decodesDocumentsLazily`).
    func loadCorpus(reportWarnings: Bool = true, lazily: Bool = false) throws -> (Corpus, [Diagnostic]) {
        let reading = ProgressBar(label: "Reading ")
        let linking = ProgressBar(label: "Linking ")
        var request = try request()
        request.decodesDocumentsLazily = lazily
        var (corpus, notes) = try request.loadReporting { stage, done, total in
            switch stage {
            case .reading: reading.update(done: done, total: total)
            case .linking:
                reading.finish()
                linking.update(done: done, total: total)
            }
        }
        reading.finish()
        linking.finish()
        KeptUntilExit.keep(corpus)
        if reportWarnings {
            report(notes)
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
