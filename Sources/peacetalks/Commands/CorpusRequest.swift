import PeaceTalksModel

/// The model's `CorpusRequest.load`, with what the command line adds to it: a skipped input
/// sets exit status 3, and when no article is left each file's reason is printed (through the
/// sanitising `StandardError`) before the error that ends the run.
extension CorpusRequest {
    func loadReporting(progress: @escaping (Stage, Int, Int) -> Void) throws -> (Corpus, [Diagnostic]) {
        let loaded = try loadAnalysisReporting(progress: progress)
        return (loaded.annotated, loaded.notes)
    }

    /// The same, keeping the analysis without the annotations (for the explorer's saving).
    func loadAnalysisReporting(progress: @escaping (Stage, Int, Int) -> Void) throws -> Loaded {
        do {
            let loaded = try loadAnalysis(progress: progress)
            if loaded.notes.contains(where: \.skipsInput) { ExitStatus.recordSkippedInput() }
            return loaded
        } catch let nothing as NothingToRead {
            if nothing.diagnostics.contains(where: \.skipsInput) { ExitStatus.recordSkippedInput() }
            StandardError.report(nothing.diagnostics)
            throw Failure.input(nothing.message)
        }
    }
}
