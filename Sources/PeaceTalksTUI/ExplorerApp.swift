import PeaceTalksModel

/// Options the command line passes to the explorer.
public struct ExplorerOptions: Hashable, Sendable {
    /// Monochrome: bold, underline and reverse only (NO_COLOR or --no-color).
    public var monochrome: Bool
    /// `$VISUAL` or `$EDITOR` is set: `m` writes memos there instead of in the inline editor.
    public var memoEditor: Bool

    public init(monochrome: Bool = false, memoEditor: Bool = false) {
        self.monochrome = monochrome
        self.memoEditor = memoEditor
    }
}

/// The explorer as the backend sees it: feed it events, ask it for frames.
/// Everything else happens in the pure `Explorer.update` and `Explorer.render`.
public struct ExplorerApp: Sendable {
    /// Replaced, with the same search index, when a saved annotation change brings a new corpus.
    public private(set) var explorer: Explorer
    public private(set) var state: ExplorerState
    /// Searches run inside `send` and `perform`, before they return: for tests and benchmarks,
    /// which want each keystroke's whole effect. The terminal turns it off and runs the
    /// `awaitedSearch` on a thread of its own.
    public var runsSearchesInline = true
    /// Whether an inline search also counts every hit before returning, when it stopped once
    /// the best were known. The terminal counts after drawing the best, so a benchmark of
    /// keystrokes turns it off to time what the terminal shows on each key.
    public var countsInline = true

    /// The search the prompt waits for, which the runtime should be running: the one for the
    /// query as typed, else the count that follows it; nil for none.
    public var awaitedSearch: SearchRequest? { state.search?.pending ?? state.search?.counting }

    public var shouldQuit: Bool { state.quit }
    /// The status line's current message, if any.
    public var statusMessage: String? { state.message }
    /// Whether the backend should capture the mouse.
    public var mouseCapture: Bool { state.mouseCapture }

    /// The effects asked for since the last call, oldest first; the backend performs them.
    public mutating func takeEffects() -> [Effect] {
        defer { state.effects = [] }
        return state.effects
    }

    public init(corpus: Corpus, options: ExplorerOptions, size: Size) {
        self.init(corpus: corpus, options: options, size: size, search: nil)
    }

    /// With a search function of one's own, e.g. a fake in tests.
    public init(corpus: Corpus, options: ExplorerOptions, size: Size, search: SearchFunction?) {
        explorer = Explorer(corpus: corpus, options: options, search: search)
        state = explorer.initialState(size: size)
    }

    /// Maps the event to actions for the current mode and applies them in order.
    public mutating func send(_ event: InputEvent) {
        for action in explorer.actions(for: event, in: state) {
            state = explorer.update(state, action)
            runAwaitedSearchInline()
        }
    }

    /// Applies one action directly.
    public mutating func perform(_ action: Action) {
        if case .annotationSaved(.success(let saved)) = action { explorer = explorer.replacingCorpus(saved.corpus) }
        state = explorer.update(state, action)
        runAwaitedSearchInline()
    }

    private mutating func runAwaitedSearchInline() {
        guard runsSearchesInline else { return }
        if let request = state.search?.pending, let finished = explorer.runSearch(request) {
            state = explorer.update(state, finished)
        }
        if countsInline, let request = state.search?.counting, let counted = explorer.runSearch(request) {
            state = explorer.update(state, counted)
        }
    }

    public func render(size: Size) -> Screen {
        explorer.render(state, size: size)
    }
}
