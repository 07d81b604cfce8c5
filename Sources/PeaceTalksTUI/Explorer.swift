import PeaceTalksModel

/// The explorer's program: the corpus it reads, and the pure functions over its state.
/// `update` applies an action, `render` draws a frame, `actions` maps input to actions.
public struct Explorer: Sendable {
    public let data: ExplorerData
    public let theme: Theme
    /// Wrapped reader content, so keys on a huge article do not re-wrap it.
    let cache = ReaderCache()

    public init(corpus: Corpus, options: ExplorerOptions = ExplorerOptions(), search: SearchFunction? = nil) {
        data = ExplorerData(corpus: corpus, search: search)
        theme = options.monochrome ? .monochrome : .standard
    }

    public func initialState(size: Size) -> ExplorerState {
        normalize(ExplorerState(size: size))
    }

    public func actions(for event: InputEvent, in state: ExplorerState) -> [Action] {
        Keymap.actions(for: event, in: state)
    }

    /// What the reader shows in this state, wrapped for this layout: built once per
    /// content and width, then looked up.
    /// Paragraphs shown on each side of a search result in the preview.
    static let previewContext = 4

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
            switch browse.reader {
            case .article(let target): kind = .article(target)
            case .compare: kind = .compare(issue: browse.selection[Pane.issues.rawValue], left: browse.compareLeft, right: browse.compareRight)
            case .history: kind = .history(issue: browse.selection[Pane.issues.rawValue], left: browse.compareLeft, right: browse.compareRight)
            case .detail:
                switch browse.pane {
                case .issues: kind = .issue(browse.selected)
                case .actors: kind = .actor(browse.selected)
                case .timeline: kind = .timeline(row: browse.selected, filter: browse.timelineFilter)
                case .quotes: kind = .quote(data.quoteIndex(row: browse.selected, speaker: browse.quoteSpeaker))
                }
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
        switch browse.reader {
        case .article(let target):
            let content = builder.article(target, width: width)
            return ReaderView(title: content.title, columns: [content])
        case .compare, .history:
            let columnWidth = layout.compareColumnWidth
            let left = data.sides.indices.contains(browse.compareLeft) ? data.sides[browse.compareLeft] : nil
            let right = data.sides.indices.contains(browse.compareRight) ? data.sides[browse.compareRight] : nil
            let issue = browse.selection[Pane.issues.rawValue]
            if browse.reader == .history {
                return ReaderView(title: "History: " + (data.issue(at: issue)?.title ?? ""), columns: [
                    builder.history(left, issue: issue, width: columnWidth),
                    builder.history(right, issue: issue, width: columnWidth),
                ])
            }
            let title = "Compare: " + (data.issue(at: issue)?.title ?? "")
            return ReaderView(title: title, columns: [
                builder.side(left, issue: issue, width: columnWidth),
                builder.side(right, issue: issue, width: columnWidth),
            ])
        case .detail:
            let content: ReaderContent
            switch browse.pane {
            case .issues: content = builder.issue(browse.selected, width: width)
            case .actors: content = builder.actor(browse.selected, width: width)
            case .timeline: content = builder.cluster(row: browse.selected, filter: browse.timelineFilter, width: width)
            case .quotes: content = builder.quote(data.quoteIndex(row: browse.selected, speaker: browse.quoteSpeaker), width: width)
            }
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
        if browse.selection.count != Pane.allCases.count { browse.selection = Array(repeating: 0, count: Pane.allCases.count) }
        if browse.listScroll.count != Pane.allCases.count { browse.listScroll = Array(repeating: 0, count: Pane.allCases.count) }
        for pane in Pane.allCases {
            let count = data.count(of: pane, browse: browse)
            let i = pane.rawValue
            browse.selection[i] = clamp(browse.selection[i], 0, count - 1)
            if pane == .timeline {
                let rows = data.timelineLayout(browse.timelineFilter)
                browse.selection[i] = rows.selectable(near: browse.selection[i], direction: 1)
            }
            browse.listScroll[i] = visibleScroll(browse.listScroll[i], selected: browse.selection[i], height: listHeight, count: count)
            // The headings above the first event stay in view.
            if pane == .timeline, !(0..<browse.selection[i]).contains(where: data.timelineLayout(browse.timelineFilter).isSelectable) {
                browse.listScroll[i] = 0
            }
        }
        browse.compareLeft = clamp(browse.compareLeft, 0, data.sides.count - 1)
        browse.compareRight = clamp(browse.compareRight, 0, data.sides.count - 1)
        if browse.reader.isTwoSided, browse.pane != .issues || data.corpus.issues.isEmpty { browse.reader = .detail }
        if case .article(let target) = browse.reader, data.paragraph(document: target.document, paragraph: target.paragraph) == nil {
            browse.reader = .detail
        }
        state.browse = browse

        if var prompt = state.search {
            prompt.cursor = clamp(prompt.cursor, 0, prompt.query.count)
            prompt.selected = clamp(prompt.selected, 0, prompt.results.count - 1)
            prompt.scroll = visibleScroll(prompt.scroll, selected: prompt.selected, height: listHeight, count: prompt.results.count)
            if let index = prompt.historyIndex, !state.history.indices.contains(index) { prompt.historyIndex = nil }
            state.search = prompt
        }

        let view = readerView(state, layout: layout)
        // The entry is kept while an article or compare is open, for the way back.
        if state.search == nil, state.browse.reader == .detail {
            state.browse.readerEntry = clamp(state.browse.readerEntry, 0, view.entryCount - 1)
        }
        state.browse.readerScroll = view.clampedScroll(state.browse.readerScroll, height: layout.readerHeight)

        if let index = state.resultIndex, !state.results.indices.contains(index) { state.resultIndex = nil }
        state.helpScroll = clamp(state.helpScroll, 0, Keymap.helpLines.count - helpHeight(layout))
        return state
    }

    func helpHeight(_ layout: Layout) -> Int { max(1, helpBox(layout).height - 2) }

    func helpBox(_ layout: Layout) -> Rect {
        let width = min(layout.size.width - 4, 76)
        let height = min(layout.size.height - 2, Keymap.helpLines.count + 2)
        return Rect(row: max(0, (layout.size.height - height) / 2), column: max(0, (layout.size.width - width) / 2), width: width, height: height)
    }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    max(low, min(value, max(low, high)))
}

/// The first visible row that keeps `selected` in view and wastes no rows at the end.
func visibleScroll(_ scroll: Int, selected: Int, height: Int, count: Int) -> Int {
    var scroll = scroll
    if selected < scroll { scroll = selected }
    if selected >= scroll + height { scroll = selected - height + 1 }
    return clamp(scroll, 0, count - height)
}
