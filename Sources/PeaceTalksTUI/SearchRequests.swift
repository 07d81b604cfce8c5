import PeaceTalksModel

/// Search as you type, off the drawing path. `update` stays pure: a changed query only
/// records the search it wants (`SearchPrompt.pending`, with a new generation); the runtime
/// runs it on another thread with `runSearch`, cancelling the one it supersedes, and sends
/// back `.searchFinished`, which `update` takes only from the generation still awaited.
extension Explorer {
    /// The longest query the prompt takes, in characters; the rest of a paste is dropped, and
    /// the status line says how much.
    public static let queryLimit = 256

    func finishSearch(_ state: inout ExplorerState, generation: Int, hits: [SearchHit], total: Int, totalIsExact: Bool = true) {
        guard var prompt = state.search else { return }
        // The engine's word is trusted for nothing else: hits whose paragraph exists.
        let shown = hits.filter { data.paragraph(document: $0.document, paragraph: $0.paragraph) != nil }
        let shownTotal = max(shown.count, total - (hits.count - shown.count))
        if prompt.pending == nil, prompt.counting?.generation == generation {
            // The same query counted to the end: its best hits are already shown.
            prompt.total = shownTotal
            prompt.totalIsExact = totalIsExact
            prompt.counting = nil
            state.search = prompt
            return
        }
        guard prompt.pending?.generation == generation else { return }
        prompt.results = shown
        prompt.total = shownTotal
        prompt.totalIsExact = totalIsExact
        prompt.counting = totalIsExact ? nil : SearchRequest(query: prompt.text, generation: generation, countsEveryHit: true)
        prompt.list = ListState()
        prompt.pending = nil
        let accepting = prompt.acceptWhenFinished
        prompt.acceptWhenFinished = false
        state.search = prompt
        if accepting { accept(&state) }
    }

    /// The state unchanged but for one more dropped character, when the query is full:
    /// the same as the full update, without its work.
    func droppingInsert(_ input: ExplorerState) -> ExplorerState? {
        guard var prompt = input.search, prompt.query.count >= Self.queryLimit else { return nil }
        var state = input
        prompt.dropped += 1
        state.search = prompt
        state.message = nil
        return state
    }

    /// Runs a requested search; call it on any thread. The action to send back, or nil when
    /// `cancellation` was set before the search ended.
    public func runSearch(_ request: SearchRequest, cancellation: SearchCancellation? = nil) -> Action? {
        guard let result = data.search(request.query, cancellation, request.countsEveryHit) else { return nil }
        return .searchFinished(
            generation: request.generation, hits: result.hits, total: result.totalCount, totalIsExact: result.totalIsExact)
    }
}

extension SearchPrompt {
    /// Asks for a search of the prompt's query; a blank query needs none and clears at once.
    mutating func request(generation: inout Int) {
        if query.count < Explorer.queryLimit { dropped = 0 }
        if query.count > Explorer.queryLimit {
            dropped += query.count - Explorer.queryLimit
            query.removeLast(query.count - Explorer.queryLimit)
            cursor = min(cursor, query.count)
        }
        acceptWhenFinished = false
        counting = nil
        guard !query.allSatisfy(\.isWhitespace) else {
            pending = nil
            results = []
            total = 0
            totalIsExact = true
            list = ListState()
            return
        }
        generation += 1
        pending = SearchRequest(query: text, generation: generation)
    }
}
