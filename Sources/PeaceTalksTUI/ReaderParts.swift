import PeaceTalksModel

/// A reader's content as it is put together: blocks gather until a run of openable items
/// comes, and the run's items take the next entry numbers. Flushing the blocks, counting the
/// targets and appending the run happen here once, so no view can misnumber its entries.
struct ReaderParts {
    private var parts: [ReaderPart] = []
    private var targets: [ArticleTarget] = []
    private var blocks: [ReaderBlock] = []
    /// The suggested position each entry stands for, where one does (`y` / `x` decide on it).
    private var suggestions: [Int: SuggestedPosition] = [:]

    /// The next run's entries stand for these suggestions (nil for an entry that stands for none).
    mutating func appendSuggestionEntries(_ items: [SuggestedPosition?]) {
        for (offset, suggestion) in items.enumerated() {
            if let suggestion { suggestions[targets.count + offset] = suggestion }
        }
    }

    mutating func append(_ block: ReaderBlock) {
        blocks.append(block)
    }

    /// The blocks so far, then a run of one item per target, made when shown; `make` gets
    /// the item and its entry number.
    mutating func appendRun(
        _ newTargets: [ArticleTarget], texts: (@Sendable (Int) -> [(text: String, indent: Int)])? = nil,
        make: @escaping @Sendable (_ item: Int, _ entry: Int) -> [ReaderBlock]
    ) {
        parts.append(.blocks(blocks))
        blocks = []
        let firstEntry = targets.count
        targets += newTargets
        parts.append(.run(BlockRun(count: newTargets.count, firstEntry: firstEntry, texts: texts) { make($0, firstEntry + $0) }))
    }

    func content(title: String, width: Int) -> ReaderContent {
        var content = ReaderContent(title: title, parts: parts + [.blocks(blocks)], targets: targets, width: width)
        content.suggestions = suggestions
        return content
    }
}
