import PeaceTalksModel

extension Explorer {
    /// Applies one action. Pure: the same state and action give the same state.
    public func update(_ input: ExplorerState, _ action: Action) -> ExplorerState {
        var state = input
        // A paste runs to tens of thousands of keys: once the query is full, each costs a count.
        if case .searchInsert = action, let dropped = droppingInsert(state) { return dropped }
        switch action {
        case .resize, .scroll: break
        default: state.message = nil
        }
        let layout = Layout(state)

        switch action {
        case .quit:
            state.quit = true
        case .resize(let size):
            state.size = Size(width: max(0, size.width), height: max(0, size.height))
        case .toggleHelp:
            state.showHelp.toggle()
            state.helpScroll = 0

        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if state.showHelp {
                let page = max(1, helpHeight(layout) - 1)
                switch action {
                case .moveUp: state.helpScroll -= 1
                case .moveDown: state.helpScroll += 1
                case .pageUp: state.helpScroll -= page
                case .pageDown: state.helpScroll += page
                case .top: state.helpScroll = 0
                default: state.helpScroll = Keymap.helpLines.count
                }
            } else if state.search == nil {
                move(&state, action, layout: layout)
            }

        case .focusList:
            state.browse.focus = .list
        case .focusReader:
            state.browse.focus = .reader
        case .nextPane, .previousPane:
            state.browse.focus = state.browse.focus == .list ? .reader : .list
        case .showPane(let pane):
            state.browse.pane = pane
            state.browse.focus = .list
            state.browse.reader = .detail
            state.browse.readerEntry = 0
            state.browse.readerScroll = 0

        case .open:
            open(&state, layout: layout)
        case .back:
            back(&state, layout: layout)

        case .compare:
            toggleSidesView(
                &state, .compare, layout: layout, oneSide: "Compare needs two sides in the codebook",
                elsewhere: "Compare works on an issue: press 1, pick one, then c")
        case .compareLeftPrevious, .compareLeftNext, .compareRightPrevious, .compareRightNext:
            switchSide(&state, action)
        case .history:
            toggleSidesView(
                &state, .history, layout: layout, oneSide: "History by side needs two sides in the codebook",
                elsewhere: "History works on an issue: press 1, pick one, then H")
        case .yearPrevious, .yearNext:
            jumpYear(&state, forward: action == .yearNext)
        case .openFilter where state.browse.pane == .quotes, .clearFilter where state.browse.pane == .quotes,
             .speakerInsert, .speakerDeleteBackward, .speakerAccept, .speakerCancel:
            filterQuotes(&state, action)
        case .openFilter, .clearFilter, .pickerInsert, .pickerDeleteBackward, .pickerUp, .pickerDown, .pickerAccept, .pickerCancel:
            filter(&state, action)

        case .startSearch:
            var prompt = SearchPrompt(saved: state.browse)
            prompt.results = []
            state.search = prompt
        case .searchInsert, .searchDeleteBackward, .searchDeleteForward, .searchClear,
             .searchCursorLeft, .searchCursorRight, .searchCursorHome, .searchCursorEnd,
             .searchHistoryPrevious, .searchHistoryNext,
             .searchResultPrevious, .searchResultNext, .searchResultPageUp, .searchResultPageDown:
            edit(&state, action, layout: layout)
        case .searchAccept:
            if state.search?.pending != nil {
                state.search?.acceptWhenFinished = true
            } else {
                accept(&state)
            }
        case .searchFinished(let generation, let hits, let total):
            finishSearch(&state, generation: generation, hits: hits, total: total)
        case .searchCancel:
            if let prompt = state.search {
                state.browse = prompt.saved
                state.search = nil
            }
        case .nextResult, .previousResult:
            step(&state, forward: action == .nextResult)

        case .copyPassage:
            copyPassage(&state, layout: layout)
        case .openExternally(let program):
            openExternally(&state, program, layout: layout)
        case .notice(let text):
            state.message = text
        case .toggleMouseCapture:
            state.mouseCapture.toggle()
            state.message = state.mouseCapture ? "Mouse on: the explorer takes clicks (Shift-drag selects text)" : "Mouse off: drag selects text; M turns it back on"

        case .click(let row, let column):
            click(&state, row: row, column: column, layout: layout)
        case .scroll(let row, let column, let lines):
            wheel(&state, row: row, column: column, lines: lines, layout: layout)
        }
        return normalize(state)
    }

    // MARK: Browsing

    private func move(_ state: inout ExplorerState, _ action: Action, layout: Layout) {
        if state.browse.focus == .list {
            let count = data.count(of: state.browse.pane, browse: state.browse)
            let page = max(1, layout.listHeight - 1)
            var selected = state.browse.selected
            var direction = 1
            switch action {
            case .moveUp: selected -= 1; direction = -1
            case .moveDown: selected += 1
            case .pageUp: selected -= page; direction = -1
            case .pageDown: selected += page
            case .top: selected = 0
            default: selected = count - 1; direction = -1
            }
            selected = clamp(selected, 0, count - 1)
            if state.browse.pane == .timeline {
                // Headings and rulers are passed over; at either end the selection stays.
                let rows = data.timelineLayout(state.browse.timelineFilter)
                let next = rows.selectable(near: selected, direction: direction)
                selected = (next - state.browse.selected) * direction < 0 && action != .top && action != .bottom ? state.browse.selected : next
            }
            select(&state, selected)
            return
        }
        let view = readerView(state, layout: layout)
        let height = layout.readerHeight
        let page = max(1, height - 1)
        // Counting every line is needed for End only.
        var maxScroll: Int { max(0, view.lineCount - height) }
        var browse = state.browse
        guard case .detail = browse.reader, let main = view.main, view.entryCount > 0 else {
            switch action {
            case .moveUp: browse.readerScroll -= 1
            case .moveDown: browse.readerScroll += 1
            case .pageUp: browse.readerScroll -= page
            case .pageDown: browse.readerScroll += page
            case .top: browse.readerScroll = 0
            default: browse.readerScroll = maxScroll
            }
            state.browse = browse
            return
        }
        let entry = clamp(browse.readerEntry, 0, view.entryCount - 1)
        let lines = main.entryLines[entry]
        switch action {
        case .moveDown:
            // A passage taller than the reader scrolls line by line before the next one is selected.
            if lines.upperBound > browse.readerScroll + height {
                browse.readerScroll += 1
            } else if entry + 1 < view.entryCount {
                browse.readerEntry = entry + 1
                state.browse = browse
                scrollToEntry(&state, layout: layout, upward: false, view: view)
                return
            } else {
                browse.readerScroll += 1
            }
        case .moveUp:
            if lines.lowerBound < browse.readerScroll {
                browse.readerScroll -= 1
            } else if entry > 0 {
                browse.readerEntry = entry - 1
                state.browse = browse
                scrollToEntry(&state, layout: layout, upward: true, view: view)
                return
            } else {
                browse.readerScroll -= 1
            }
        case .pageUp, .pageDown:
            browse.readerScroll = view.clampedScroll(browse.readerScroll + (action == .pageUp ? -page : page), height: height)
            browse.readerEntry = entryInView(main, scroll: browse.readerScroll, height: height, current: entry)
        case .top:
            browse.readerScroll = 0
            browse.readerEntry = 0
        default:
            browse.readerScroll = maxScroll
            browse.readerEntry = view.entryCount - 1
        }
        state.browse = browse
    }

    /// The current entry if it is still in view, else the first one that is.
    private func entryInView(_ content: ReaderContent, scroll: Int, height: Int, current: Int) -> Int {
        let visible = scroll..<(scroll + height)
        if content.entryLines.indices.contains(current), content.entryLines[current].overlaps(visible) { return current }
        return content.firstEntry(overlapping: visible) ?? current
    }

    /// Scrolls the reader so the selected entry shows whole if it fits, else its top
    /// (moving down) or its bottom (moving up). The first entry also shows what is above it.
    func scrollToEntry(_ state: inout ExplorerState, layout: Layout, upward: Bool, view: ReaderView? = nil) {
        let view = view ?? readerView(state, layout: layout)
        guard let main = view.main, main.entryLines.indices.contains(state.browse.readerEntry) else { return }
        let lines = main.entryLines[state.browse.readerEntry]
        let height = layout.readerHeight
        var scroll = state.browse.readerScroll
        if lines.count <= height {
            scroll = min(max(scroll, lines.upperBound - height), lines.lowerBound)
            if state.browse.readerEntry == 0, lines.upperBound <= height { scroll = 0 }
        } else {
            scroll = upward ? lines.upperBound - height : lines.lowerBound
        }
        state.browse.readerScroll = scroll
    }

    private func select(_ state: inout ExplorerState, _ index: Int) {
        guard index != state.browse.selected else { return }
        state.browse.selected = index
        let keepSides = state.browse.reader.isTwoSided && state.browse.pane == .issues
        state.browse.reader = keepSides ? state.browse.reader : .detail
        state.browse.readerEntry = 0
        state.browse.readerScroll = 0
    }

    private func open(_ state: inout ExplorerState, layout: Layout) {
        if state.browse.focus == .list {
            state.browse.focus = .reader
            return
        }
        switch state.browse.reader {
        case .detail:
            let view = readerView(state, layout: layout)
            guard let main = view.main, main.targets.indices.contains(state.browse.readerEntry) else {
                state.message = "Nothing to open here"
                return
            }
            openArticle(&state, main.targets[state.browse.readerEntry], layout: layout)
        case .article:
            state.message = "Esc goes back to the list of passages"
        case .compare, .history:
            state.message = "[ ] and { } switch sides, Esc goes back"
        }
    }

    /// Shows a passage in its whole article, scrolled so it stands near the top.
    func openArticle(_ state: inout ExplorerState, _ target: ArticleTarget, layout: Layout) {
        state.browse.reader = .article(target)
        state.browse.focus = .reader
        let view = readerView(state, layout: layout)
        let height = layout.readerHeight
        guard let main = view.main, let focus = main.focusLine else {
            state.browse.readerScroll = 0
            return
        }
        var start = focus
        if let targetStart = main.focusBlockStart { start = targetStart }
        // The paragraph's start when the match shows with it, else the match with a little context.
        state.browse.readerScroll = focus - start < height - 2 ? max(0, start - 1) : max(0, focus - 2)
    }

    private func back(_ state: inout ExplorerState, layout: Layout) {
        if state.browse.focus == .reader {
            switch state.browse.reader {
            case .article, .compare, .history:
                state.browse.reader = .detail
                scrollToEntry(&state, layout: layout, upward: false)
            case .detail:
                state.browse.focus = .list
            }
            return
        }
        if state.browse.reader != .detail {
            state.browse.reader = .detail
            state.browse.readerScroll = 0
        } else if !state.results.isEmpty {
            state.results = []
            state.resultIndex = nil
            state.message = "Search results cleared"
        }
    }

    /// Compare and history show an issue side by side: the same key opens and closes them.
    private func toggleSidesView(
        _ state: inout ExplorerState, _ mode: ReaderMode, layout: Layout, oneSide: String, elsewhere: String
    ) {
        if state.browse.reader == mode {
            state.browse.reader = .detail
            scrollToEntry(&state, layout: layout, upward: false)
        } else if state.browse.pane == .issues, !data.corpus.issues.isEmpty {
            state.browse.reader = mode
            state.browse.focus = .reader
            state.browse.readerScroll = 0
            if data.sides.count < 2 { state.message = oneSide }
        } else {
            state.message = elsewhere
        }
    }

    private func switchSide(_ state: inout ExplorerState, _ action: Action) {
        guard state.browse.reader.isTwoSided else {
            state.message = "Press c (compare) or H (history) on an issue to show sides"
            return
        }
        let count = data.sides.count
        guard count > 1 else {
            state.message = "The codebook names fewer than two sides"
            return
        }
        func next(_ value: Int, _ delta: Int, avoiding other: Int) -> Int {
            var result = ((value + delta) % count + count) % count
            if result == other { result = ((result + delta) % count + count) % count }
            return result
        }
        switch action {
        case .compareLeftPrevious: state.browse.compareLeft = next(state.browse.compareLeft, -1, avoiding: state.browse.compareRight)
        case .compareLeftNext: state.browse.compareLeft = next(state.browse.compareLeft, 1, avoiding: state.browse.compareRight)
        case .compareRightPrevious: state.browse.compareRight = next(state.browse.compareRight, -1, avoiding: state.browse.compareLeft)
        default: state.browse.compareRight = next(state.browse.compareRight, 1, avoiding: state.browse.compareLeft)
        }
        state.browse.readerScroll = 0
    }

    // MARK: Search

    private func edit(_ state: inout ExplorerState, _ action: Action, layout: Layout) {
        guard var prompt = state.search else { return }
        var changed = false
        switch action {
        case .searchInsert(let character):
            let at = clamp(prompt.cursor, 0, prompt.query.count)
            prompt.query.insert(character, at: at)
            prompt.cursor = at + 1
            changed = true
        case .searchDeleteBackward:
            if prompt.cursor > 0, prompt.cursor <= prompt.query.count {
                prompt.query.remove(at: prompt.cursor - 1)
                prompt.cursor -= 1
                changed = true
            }
        case .searchDeleteForward:
            if prompt.cursor >= 0, prompt.cursor < prompt.query.count {
                prompt.query.remove(at: prompt.cursor)
                changed = true
            }
        case .searchClear:
            prompt.query = []
            prompt.cursor = 0
            changed = true
        case .searchCursorLeft: prompt.cursor = max(0, prompt.cursor - 1)
        case .searchCursorRight: prompt.cursor = min(prompt.query.count, prompt.cursor + 1)
        case .searchCursorHome: prompt.cursor = 0
        case .searchCursorEnd: prompt.cursor = prompt.query.count
        case .searchHistoryPrevious:
            guard !state.history.isEmpty else {
                state.message = "No earlier searches"
                break
            }
            let index = (prompt.historyIndex ?? state.history.count) - 1
            guard index >= 0 else { break }
            if prompt.historyIndex == nil { prompt.draft = prompt.query }
            prompt.historyIndex = index
            prompt.query = Array(state.history[index])
            prompt.cursor = prompt.query.count
            requestSearch(&state, &prompt)
        case .searchHistoryNext:
            guard let current = prompt.historyIndex else { break }
            if current + 1 < state.history.count {
                prompt.historyIndex = current + 1
                prompt.query = Array(state.history[current + 1])
            } else {
                prompt.historyIndex = nil
                prompt.query = prompt.draft
            }
            prompt.cursor = prompt.query.count
            requestSearch(&state, &prompt)
        case .searchResultPrevious: prompt.selected -= 1
        case .searchResultNext: prompt.selected += 1
        case .searchResultPageUp: prompt.selected -= max(1, layout.listHeight - 1)
        case .searchResultPageDown: prompt.selected += max(1, layout.listHeight - 1)
        default: break
        }
        if changed {
            prompt.historyIndex = nil
            requestSearch(&state, &prompt)
        }
        prompt.selected = clamp(prompt.selected, 0, prompt.results.count - 1)
        state.search = prompt
    }

    func accept(_ state: inout ExplorerState) {
        guard let prompt = state.search else { return }
        let query = prompt.text.trimmingSpaces
        state.search = nil
        state.browse = prompt.saved
        if !query.isEmpty {
            state.history.removeAll { $0 == query }
            state.history.append(query)
            if state.history.count > 100 { state.history.removeFirst(state.history.count - 100) }
        }
        guard !prompt.results.isEmpty else {
            if !query.isEmpty { state.message = "No matches for “\(query)”" }
            return
        }
        state.results = prompt.results
        state.lastQuery = query
        let index = clamp(prompt.selected, 0, prompt.results.count - 1)
        state.resultIndex = index
        openArticle(&state, target(of: prompt.results[index]), layout: Layout(state))
        state.message = "Result \(index + 1)/\(prompt.results.count) for “\(query)” — n/N next/previous"
    }

    private func step(_ state: inout ExplorerState, forward: Bool) {
        guard !state.results.isEmpty else {
            state.message = "No search yet — press / to search"
            return
        }
        let count = state.results.count
        let current = state.resultIndex ?? (forward ? -1 : count)
        var index = current + (forward ? 1 : -1)
        var wrapped = false
        if index >= count { index = 0; wrapped = true }
        if index < 0 { index = count - 1; wrapped = true }
        state.resultIndex = index
        openArticle(&state, target(of: state.results[index]), layout: Layout(state))
        state.message = "Result \(index + 1)/\(count) for “\(state.lastQuery)”" + (wrapped ? (forward ? " — wrapped to the first" : " — wrapped to the last") : "")
    }

    // MARK: Mouse

    /// Which pane is drawn where the pointer is, if any.
    enum HitArea {
        case tab(Layout.TabTarget)
        case list(row: Int)
        case reader(row: Int)
    }

    func hit(_ state: ExplorerState, row: Int, column: Int, layout: Layout) -> HitArea? {
        guard !layout.tooSmall, !state.showHelp else { return nil }
        let tabRow = layout.wide ? layout.listBox.row : layout.tabsRow
        if row == tabRow, column >= layout.listBox.column, layout.wide ? column < layout.listBox.right : true,
           let target = layout.tab(at: column) {
            return .tab(target)
        }
        let showsList = layout.wide || state.search != nil || state.browse.focus == .list
        let showsReader = layout.split || (!layout.wide && state.search == nil && state.browse.focus == .reader)
        if showsList, layout.listBox.inner.contains(row: row, column: column) {
            return row < layout.listTop ? nil : .list(row: row - layout.listTop)
        }
        if showsReader, layout.readerBox.contains(row: row, column: column) {
            return .reader(row: row - layout.readerBox.inner.row)
        }
        return nil
    }

    private func click(_ state: inout ExplorerState, row: Int, column: Int, layout: Layout) {
        switch hit(state, row: row, column: column, layout: layout) {
        case .tab(.pane(let pane)):
            if state.search == nil { state = update(state, .showPane(pane)) }
        case .tab(.reader):
            if state.search == nil { state.browse.focus = .reader }
        case .list(let offset):
            if var prompt = state.search {
                let index = prompt.scroll + offset
                if prompt.results.indices.contains(index) { prompt.selected = index }
                state.search = prompt
            } else {
                state.browse.focus = .list
                let index = state.browse.listScroll[state.browse.pane.rawValue] + offset
                let selectable = state.browse.pane != .timeline || data.timelineLayout(state.browse.timelineFilter).isSelectable(index)
                if index >= 0, index < data.count(of: state.browse.pane, browse: state.browse), selectable { select(&state, index) }
            }
        case .reader(let offset):
            guard state.search == nil else { return }
            state.browse.focus = .reader
            if case .detail = state.browse.reader {
                let view = readerView(state, layout: layout)
                if let entry = view.main?.entry(atLine: state.browse.readerScroll + offset) {
                    state.browse.readerEntry = entry
                }
            }
        case nil:
            break
        }
    }

    private func wheel(_ state: inout ExplorerState, row: Int, column: Int, lines: Int, layout: Layout) {
        switch hit(state, row: row, column: column, layout: layout) {
        case .list:
            if var prompt = state.search {
                prompt.selected += lines
                prompt.selected = clamp(prompt.selected, 0, prompt.results.count - 1)
                state.search = prompt
            } else {
                var index = clamp(state.browse.selected + lines, 0, data.count(of: state.browse.pane, browse: state.browse) - 1)
                if state.browse.pane == .timeline {
                    index = data.timelineLayout(state.browse.timelineFilter).selectable(near: index, direction: lines)
                }
                select(&state, index)
            }
        case .reader:
            guard state.search == nil else { return }
            let view = readerView(state, layout: layout)
            let height = layout.readerHeight
            state.browse.readerScroll = view.clampedScroll(state.browse.readerScroll + lines, height: height)
            if case .detail = state.browse.reader, let main = view.main {
                state.browse.readerEntry = entryInView(main, scroll: state.browse.readerScroll, height: height, current: state.browse.readerEntry)
            }
        default:
            break
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
