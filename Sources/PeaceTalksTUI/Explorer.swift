import PeaceTalksModel

/// The explorer's program: the corpus it reads, and the pure functions over its state.
/// `update` applies an action, `render` draws a frame, `actions` maps input to actions.
public struct Explorer: Sendable {
    public let data: ExplorerData
    public let theme: Theme
    /// Memos go to the user's editor (`ExplorerOptions.memoEditor`).
    let memoInEditor: Bool
    /// Wrapped reader content, so keys on a huge article do not re-wrap it.
    let cache = ReaderCache()

    public init(corpus: Corpus, options: ExplorerOptions = ExplorerOptions(), search: SearchFunction? = nil) {
        data = ExplorerData(corpus: corpus, search: search)
        theme = options.monochrome ? .monochrome : .standard
        memoInEditor = options.memoEditor
    }

    private init(data: ExplorerData, theme: Theme, memoInEditor: Bool) {
        self.data = data
        self.theme = theme
        self.memoInEditor = memoInEditor
    }

    /// The same explorer over the corpus with the analyst's latest annotations (after a save).
    func replacingCorpus(_ corpus: Corpus) -> Explorer {
        Explorer(data: data.replacingCorpus(corpus), theme: theme, memoInEditor: memoInEditor)
    }

    public func initialState(size: Size) -> ExplorerState {
        var state = ExplorerState(size: size)
        state.panes = data.panes
        return normalize(state)
    }

    public func actions(for event: InputEvent, in state: ExplorerState) -> [Action] {
        Keymap.actions(for: event, in: state)
    }

    /// Paragraphs shown on each side of a search result in the preview.
    static let previewContext = 4

    /// What the reader shows in this state, wrapped for this layout: built once per
    /// content and width, then looked up.
    func readerView(_ state: ExplorerState, layout: Layout) -> ReaderView {
        cache.view(readerKey(state, layout: layout), preview: state.search != nil) { buildReaderView(state, layout: layout) }
    }

    /// Everything the reader's content depends on, and nothing else.
    func readerKey(_ state: ExplorerState, layout: Layout) -> ReaderKey {
        let kind: ReaderKey.Kind
        let browse = state.browse
        if let prompt = state.search {
            if prompt.results.indices.contains(prompt.selected) {
                kind = .article(target(of: prompt.results[prompt.selected]))
            } else {
                kind = .searchPrompt(empty: prompt.query.isEmpty, searching: prompt.pending != nil)
            }
        } else {
            let issue = browse.list(.issues).selected
            switch browse.reader.mode {
            case .article(let target): kind = .article(target)
            case .compare: kind = .compare(issue: issue, left: browse.compare.left, right: browse.compare.right)
            case .history: kind = .history(issue: issue, left: browse.compare.left, right: browse.compare.right)
            case .detail: kind = .detail(browse.pane, browse.pane.descriptor.detailKey(data, browse))
            }
        }
        return ReaderKey(kind: kind, width: layout.readerTextWidth, compareWidth: layout.compareColumnWidth)
    }

    private func buildReaderView(_ state: ExplorerState, layout: Layout) -> ReaderView {
        let builder = ReaderBuilder(data: data, theme: theme, cache: cache)
        let width = layout.readerTextWidth
        if let prompt = state.search {
            guard let hit = prompt.results.indices.contains(prompt.selected) ? prompt.results[prompt.selected] : nil else {
                let text = prompt.query.isEmpty ? "Type to search. @name filters by speaker, #issue by issue."
                    : (prompt.pending != nil ? "Searching…" : "No matches.")
                return ReaderView(title: "Search", columns: [ReaderContent(title: "Search", blocks: [ReaderBlock(text, style: theme.dim)], width: width)])
            }
            let content = builder.article(target(of: hit), width: width, around: Self.previewContext)
            return ReaderView(title: content.title, columns: [content])
        }
        let browse = state.browse
        switch browse.reader.mode {
        case .article(let target):
            let content = builder.article(target, width: width)
            return ReaderView(title: content.title, columns: [content])
        case .compare, .history:
            return sidesView(builder, browse, columnWidth: layout.compareColumnWidth)
        case .detail:
            let content = browse.pane.descriptor.detail(builder, browse, width: width)
            return ReaderView(title: content.title, columns: [content])
        }
    }

    func target(of hit: SearchHit) -> ArticleTarget {
        ArticleTarget(document: hit.document, paragraph: hit.paragraph, spans: hit.spans)
    }

    /// Keeps every index and scroll offset valid for the state's size: the one place
    /// that guarantees a valid selection after any action or resize.
    func normalize(_ input: ExplorerState) -> ExplorerState {
        var state = input
        let layout = Layout(state)
        let listHeight = layout.listHeight

        var browse = state.browse
        if !state.panes.contains(browse.pane), let first = state.panes.first { browse.pane = first }
        for pane in state.panes {
            let descriptor = pane.descriptor
            let count = descriptor.count(data, browse)
            var list = browse.list(pane)
            list.selected = descriptor.selectable(data, browse, near: clamp(list.selected, 0, count - 1), direction: 1)
            list.scroll = visibleScroll(list.scroll, selected: list.selected, height: listHeight, count: count)
            // Headings above the first row that can be selected stay in view.
            if !(0..<list.selected).contains(where: { descriptor.isSelectable(data, browse, $0) }) { list.scroll = 0 }
            browse.lists[pane] = list
        }
        browse.compare.left = clamp(browse.compare.left, 0, data.sides.count - 1)
        browse.compare.right = clamp(browse.compare.right, 0, data.sides.count - 1)
        if browse.reader.mode.isTwoSided, browse.pane != .issues || data.corpus.issues.isEmpty { browse.reader.mode = .detail }
        if case .article(let target) = browse.reader.mode, data.paragraph(document: target.document, paragraph: target.paragraph) == nil {
            browse.reader.mode = .detail
        }
        state.browse = browse

        if var prompt = state.search {
            prompt.cursor = clamp(prompt.cursor, 0, prompt.query.count)
            prompt.list = prompt.list.clamped(count: prompt.results.count, height: listHeight)
            if let index = prompt.historyIndex, !state.history.indices.contains(index) { prompt.historyIndex = nil }
            state.search = prompt
        }

        let view = readerView(state, layout: layout)
        // The entry is kept while an article or compare is open, for the way back.
        if state.search == nil, state.browse.reader.mode == .detail {
            state.browse.reader.entry = clamp(state.browse.reader.entry, 0, view.entryCount - 1)
        }
        state.browse.reader.scroll = view.clampedScroll(state.browse.reader.scroll, height: layout.readerHeight)
        if state.browse.reader.mode == .compare {
            state.browse.compare.entry = clamp(state.browse.compare.entry, 0, CompareState.entries(view).count - 1)
        }

        if let index = state.resultIndex, !state.results.indices.contains(index) { state.resultIndex = nil }
        state.help = state.help?.clamped(layout)
        return state
    }
}
