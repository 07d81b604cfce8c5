import PeaceTalksModel

/// Suggested positions by issue, made the first time an issue is shown: at 1,000 articles
/// making every issue's at the start took seconds before the first frame (perf: the
/// suggester's sentence tokenizer). One cache per `ExplorerData`, so a saved verdict, which
/// makes new data, makes them anew.
final class SuggestionCache: @unchecked Sendable {
    private let corpus: Corpus
    private let lock = Lock()
    private var byIssue: [String: [SuggestedPosition]] = [:]

    init(corpus: Corpus) {
        self.corpus = corpus
    }

    func suggestions(issue: String) -> [SuggestedPosition] {
        if let known = lock.locked({ byIssue[issue] }) { return known }
        let made = PositionSuggester.suggest(corpus, issue: issue)
        lock.locked { byIssue[issue] = made }
        return made
    }
}
