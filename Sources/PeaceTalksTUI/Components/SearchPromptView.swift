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
        if let message = prompt.edit(action, history: state.history, listHeight: layout.listHeight, generation: &state.searchGeneration) {
            state.message = message
        }
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
        state.search?.click(offset: offset)
    }

    func wheelResults(_ state: inout ExplorerState, lines: Int) {
        state.search?.wheel(lines: lines)
    }
}

extension SearchPrompt {
    /// Typing, the cursor, history recall and moves in the results: the prompt's own keys.
    /// A changed query asks for a search (`request`); returns a message for the status line.
    mutating func edit(_ action: Action, history: [String], listHeight: Int, generation: inout Int) -> String? {
        var changed = false
        var message: String?
        switch action {
        case .searchInsert(let character):
            let at = clamp(cursor, 0, query.count)
            query.insert(character, at: at)
            cursor = at + 1
            changed = true
        case .searchDeleteBackward:
            if cursor > 0, cursor <= query.count {
                query.remove(at: cursor - 1)
                cursor -= 1
                changed = true
            }
        case .searchDeleteForward:
            if cursor >= 0, cursor < query.count {
                query.remove(at: cursor)
                changed = true
            }
        case .searchClear:
            query = []
            cursor = 0
            changed = true
        case .searchCursorLeft: cursor = max(0, cursor - 1)
        case .searchCursorRight: cursor = min(query.count, cursor + 1)
        case .searchCursorHome: cursor = 0
        case .searchCursorEnd: cursor = query.count
        case .searchHistoryPrevious:
            guard !history.isEmpty else {
                message = "No earlier searches"
                break
            }
            let index = (historyIndex ?? history.count) - 1
            guard index >= 0 else { break }
            if historyIndex == nil { draft = query }
            historyIndex = index
            query = Array(history[index])
            cursor = query.count
            request(generation: &generation)
        case .searchHistoryNext:
            guard let current = historyIndex else { break }
            if current + 1 < history.count {
                historyIndex = current + 1
                query = Array(history[current + 1])
            } else {
                historyIndex = nil
                query = draft
            }
            cursor = query.count
            request(generation: &generation)
        case .searchResultPrevious: selected = list.target(of: .up, count: results.count, height: listHeight)
        case .searchResultNext: selected = list.target(of: .down, count: results.count, height: listHeight)
        case .searchResultPageUp: selected = list.target(of: .pageUp, count: results.count, height: listHeight)
        case .searchResultPageDown: selected = list.target(of: .pageDown, count: results.count, height: listHeight)
        default: break
        }
        if changed {
            historyIndex = nil
            request(generation: &generation)
        }
        selected = clamp(selected, 0, results.count - 1)
        return message
    }

    /// A click on the `offset`-th result shown selects it.
    mutating func click(offset: Int) {
        let index = list.scroll + offset
        if results.indices.contains(index) { selected = index }
    }

    mutating func wheel(lines: Int) {
        selected = clamp(selected + lines, 0, results.count - 1)
    }

    // MARK: Drawing

    /// The results, in the list's box.
    func drawResults(into screen: inout Screen, area box: Rect, context: ViewContext) -> (row: Int, column: Int)? {
        let theme = context.theme
        screen.box(box, style: theme.borderFocused)
        guard box.inner.width > 0, box.inner.height > 0 else { return nil }
        let count = results.count
        let label = pending != nil ? " Search: searching… " : (count == 0 ? " Search " : " Search: \(resultCount) ")
        screen.putTruncated(label, row: box.row, column: box.column + 1, width: box.width - 2, style: theme.tabActive)
        let view = ListView(
            count: count, list: list, top: box.inner.row, focused: true,
            empty: pending != nil ? "Searching…" : "No matches", position: "\(selected + 1)/\(count)"
        ) { index, width in Self.resultRow(results[index], width: width, context: context) }
        return view.draw(into: &screen, box: box, theme: theme)
    }

    private static func resultRow(_ hit: SearchHit, width: Int, context: ViewContext) -> ListRow {
        let data = context.data, theme = context.theme
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
        segments += theme.styledRuns(text, base: theme.text, highlights: Highlights().adding(spans, style: theme.match))
        let place = "¶\(paragraph.index + 1)"
        return (segments, data.label(document: hit.document).map { $0 + " " + place } ?? place)
    }

    /// The query on the status line, scrolled to keep the insertion point in view; returns it.
    func drawPrompt(into screen: inout Screen, row: Int, theme: Theme) -> (row: Int, column: Int) {
        let width = screen.size.width
        let count = results.count
        let right = status
        let rightWidth = DisplayWidth.of(right)
        let available = max(1, width - 1 - rightWidth - 1)
        // Show the part of the query around the insertion point.
        let widths = query.map { DisplayWidth.glyph($0).width }
        let cursor = clamp(cursor, 0, query.count)
        var start = 0
        var before = widths[0..<cursor].reduce(0, +)
        while before >= available, start < cursor {
            before -= widths[start]
            start += 1
        }
        screen.put("/", row: row, column: 0, style: theme.status)
        screen.put(String(query[start...]), row: row, column: 1, width: available, style: theme.status)
        if rightWidth < width - 2 {
            let alert = dropped > 0 || (count == 0 && !query.isEmpty && pending == nil)
            screen.put(right, row: row, column: width - rightWidth, style: alert ? theme.statusMessage : theme.status)
        }
        return (row, min(width - 1, 1 + before))
    }

    /// The prompt's right side: whether a search runs, what it found, and what the cap dropped.
    var status: String {
        var right: String
        if pending != nil {
            right = " searching… "
        } else if query.isEmpty {
            right = " Esc cancel · ↑↓ history "
        } else {
            right = results.isEmpty ? " No matches " : " \(resultCount) · Enter open "
        }
        if dropped > 0 {
            right = " \(Explorer.queryLimit)-character limit: \(dropped) dropped ·" + right
        }
        return right
    }

    /// `3 results`, or `200 of 5123 results` when the engine listed only the best, and
    /// `200 of 5123+ results` while the rest are still being counted.
    private var resultCount: String {
        let count = results.count
        if !totalIsExact { return "\(count) of \(total)+ results" }
        if total > count { return "\(count) of \(total) results" }
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

extension SearchPrompt {
    /// The keys that open the prompt and step through the last results, while browsing.
    static let openKeys = KeySection(title: "Search", modes: [.browse], bindings: [
        KeyBinding([.character("/"), .control("s")], .startSearch, "open the search prompt"),
        KeyBinding(note: [], label: "@name #issue", "in the query: filter by speaker or issue"),
        KeyBinding(note: [], label: "typing", "results update on every key"),
        KeyBinding([.character("n"), .character("N")], help: "next / previous result after Enter") {
            $0 == .character("n") ? .nextResult : .previousResult
        },
    ])

    /// The prompt's own keys; what is not bound is typed.
    static let keys = KeySection(title: "In the search prompt", modes: [.search], bindings: [
        KeyBinding([.control("n"), .control("j"), .tab], .searchResultNext, "next result in the list"),
        KeyBinding([.control("p"), .control("k"), .backTab], .searchResultPrevious, "previous result in the list"),
        KeyBinding([.pageDown, .pageUp], help: "a page of results down / up") { $0 == .pageDown ? .searchResultPageDown : .searchResultPageUp },
        KeyBinding([.up, .down], help: "recall earlier / later searches") { $0 == .up ? .searchHistoryPrevious : .searchHistoryNext },
        KeyBinding([.left, .right, .control("b"), .control("f")], help: "move in the prompt") {
            $0 == .left || $0 == .control("b") ? .searchCursorLeft : .searchCursorRight
        },
        KeyBinding([.home, .end, .control("a"), .control("e")], help: "to the start / end of the prompt") {
            $0 == .home || $0 == .control("a") ? .searchCursorHome : .searchCursorEnd
        },
        KeyBinding([.backspace, .control("h")], .searchDeleteBackward, "delete the character before the cursor"),
        KeyBinding([.delete], .searchDeleteForward, "delete the character under the cursor"),
        KeyBinding([.control("u")], .searchClear, "clear the prompt"),
        KeyBinding([.enter], .searchAccept, "open the result in the reader"),
        KeyBinding([.escape, .control("g")], .searchCancel, "cancel and return to where you were"),
    ])
}
