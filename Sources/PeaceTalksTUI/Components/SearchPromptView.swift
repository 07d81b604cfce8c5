import PeaceTalksModel

/// The search prompt (`/`): the query typed on the status line, its results in the list's
/// place and the selected result's article in the reader. Esc puts back where the user was,
/// Enter opens the result and keeps the results for n/N. Searches run off the drawing path
/// (SearchRequests.swift).
extension Explorer {
    func updateSearch(_ state: inout ExplorerState, _ action: Action, layout: Layout) {
        switch action {
        case .searchAccept:
            if state.search?.pending != nil {
                state.search?.acceptWhenFinished = true
            } else {
                accept(&state)
            }
        case .searchCancel:
            if let prompt = state.search {
                state.browse = prompt.saved
                state.search = nil
            }
        default:
            edit(&state, action, layout: layout)
        }
    }

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
        case .searchResultPrevious: prompt.selected = prompt.list.target(of: .up, count: prompt.results.count, height: layout.listHeight)
        case .searchResultNext: prompt.selected = prompt.list.target(of: .down, count: prompt.results.count, height: layout.listHeight)
        case .searchResultPageUp: prompt.selected = prompt.list.target(of: .pageUp, count: prompt.results.count, height: layout.listHeight)
        case .searchResultPageDown: prompt.selected = prompt.list.target(of: .pageDown, count: prompt.results.count, height: layout.listHeight)
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

    /// n / N: the next or previous result of the last search, in its article.
    func step(_ state: inout ExplorerState, forward: Bool) {
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

    func clickResult(_ state: inout ExplorerState, offset: Int) {
        guard var prompt = state.search else { return }
        let index = prompt.list.scroll + offset
        if prompt.results.indices.contains(index) { prompt.selected = index }
        state.search = prompt
    }

    func wheelResults(_ state: inout ExplorerState, lines: Int) {
        guard var prompt = state.search else { return }
        prompt.selected = clamp(prompt.selected + lines, 0, prompt.results.count - 1)
        state.search = prompt
    }

    // MARK: Drawing

    /// The results, in the list's box.
    func drawResults(_ screen: inout Screen, _ prompt: SearchPrompt, layout: Layout) -> (row: Int, column: Int)? {
        let box = layout.listBox
        screen.box(box, style: theme.borderFocused)
        guard box.inner.width > 0, box.inner.height > 0 else { return nil }
        let count = prompt.results.count
        let label = prompt.pending != nil ? " Search: searching… " : (count == 0 ? " Search " : " Search: \(resultCount(prompt)) ")
        screen.putTruncated(label, row: box.row, column: box.column + 1, width: box.width - 2, style: theme.tabActive)
        let view = ListView(
            count: count, list: prompt.list, top: box.inner.row, focused: true,
            empty: prompt.pending != nil ? "Searching…" : "No matches", position: "\(prompt.selected + 1)/\(count)"
        ) { index, width in resultRow(prompt.results[index], width: width) }
        return draw(view, into: &screen, box: box)
    }

    private func resultRow(_ hit: SearchHit, width: Int) -> ListRow {
        guard let paragraph = data.paragraph(document: hit.document, paragraph: hit.paragraph) else { return ([], nil) }
        let first = hit.spans.min() ?? TextSpan(start: 0, end: 0)
        let cut = snippet(paragraph.text, around: first, before: 12, after: max(40, width * 2))
        let lead = cut.clippedStart ? "…" : ""
        let shift = lead.unicodeScalars.count - cut.offset
        let spans = hit.spans.map { TextSpan(start: $0.start + shift, end: $0.end + shift) }
        var text = lead + cut.text
        text = String(text.map { $0.isNewline ? " " : $0 })
        var segments: [(String, Style)] = []
        if case .quote = hit.target { segments.append(("❝ ", theme.marker)) }
        segments += styledRuns(text, base: theme.text, highlights: Highlights().adding(spans, style: theme.match))
        let place = "¶\(paragraph.index + 1)"
        return (segments, data.label(document: hit.document).map { $0 + " " + place } ?? place)
    }

    /// The query on the status line, scrolled to keep the insertion point in view; returns it.
    func drawPrompt(_ screen: inout Screen, _ prompt: SearchPrompt, row: Int) -> (row: Int, column: Int) {
        let width = screen.size.width
        let count = prompt.results.count
        let right = searchStatus(prompt)
        let rightWidth = DisplayWidth.of(right)
        let available = max(1, width - 1 - rightWidth - 1)
        // Show the part of the query around the insertion point.
        let widths = prompt.query.map { DisplayWidth.glyph($0).width }
        let cursor = clamp(prompt.cursor, 0, prompt.query.count)
        var start = 0
        var before = widths[0..<cursor].reduce(0, +)
        while before >= available, start < cursor {
            before -= widths[start]
            start += 1
        }
        screen.put("/", row: row, column: 0, style: theme.status)
        screen.put(String(prompt.query[start...]), row: row, column: 1, width: available, style: theme.status)
        if rightWidth < width - 2 {
            let alert = prompt.dropped > 0 || (count == 0 && !prompt.query.isEmpty && prompt.pending == nil)
            screen.put(right, row: row, column: width - rightWidth, style: alert ? theme.statusMessage : theme.status)
        }
        return (row, min(width - 1, 1 + before))
    }

    /// The prompt's right side: whether a search runs, what it found, and what the cap dropped.
    func searchStatus(_ prompt: SearchPrompt) -> String {
        var right: String
        if prompt.pending != nil {
            right = " searching… "
        } else if prompt.query.isEmpty {
            right = " Esc cancel · ↑↓ history "
        } else {
            right = prompt.results.isEmpty ? " No matches " : " \(resultCount(prompt)) · Enter open "
        }
        if prompt.dropped > 0 {
            right = " \(Self.queryLimit)-character limit: \(prompt.dropped) dropped ·" + right
        }
        return right
    }

    /// `3 results`, or `200 of 5123 results` when the engine listed only the best.
    private func resultCount(_ prompt: SearchPrompt) -> String {
        let count = prompt.results.count
        if prompt.total > count { return "\(count) of \(prompt.total) results" }
        return "\(count) result\(count == 1 ? "" : "s")"
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
