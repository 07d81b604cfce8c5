import PeaceTalksModel

extension Explorer {
    /// Draws one frame. Pure: the screen depends on the state and the size only.
    /// Only lays out: each part draws itself into its place.
    public func render(_ input: ExplorerState, size: Size) -> Screen {
        var screen = Screen(size: size)
        guard screen.size.width > 0, screen.size.height > 0 else { return screen }
        var state = input
        if state.size != screen.size {
            state.size = screen.size
            state = normalize(state)
        }
        let layout = Layout(state)
        if layout.tooSmall {
            drawTooSmall(&screen)
            return screen
        }
        drawTitle(&screen, state)
        let readerActive = state.search == nil && state.browse.focus == .reader
        var cursor: (row: Int, column: Int)?
        func drawList() -> (row: Int, column: Int)? {
            state.search.map { $0.drawResults(into: &screen, area: layout.listBox, context: context) } ?? drawPaneList(&screen, state, layout: layout)
        }
        func drawReader() -> (row: Int, column: Int)? {
            state.browse.reader.draw(into: &screen, area: layout.readerBox, frame: readerFrame(state, layout: layout), theme: theme)
        }
        if layout.wide {
            let listCursor = drawList()
            let readerCursor = layout.split ? drawReader() : nil
            cursor = readerActive ? readerCursor : listCursor
        } else {
            drawTabs(&screen, layout: layout, row: layout.tabsRow, active: readerActive ? .reader : .pane(state.browse.pane))
            cursor = readerActive ? drawReader() : drawList()
        }
        if let promptCursor = drawStatus(&screen, state, layout: layout) { cursor = promptCursor }
        if state.picker != nil { cursor = drawPicker(&screen, state, layout: layout) }
        if let why = state.why { cursor = drawWhy(&screen, why, layout: layout) }
        if let editor = state.memoEditor { cursor = drawMemoEditor(&screen, editor, layout: layout) }
        if let help = state.help { cursor = help.draw(into: &screen, area: HelpOverlay.box(layout), theme: theme) }
        if let position = cursor {
            screen.cursor = (clamp(position.row, 0, size.height - 1), clamp(position.column, 0, size.width - 1))
        } else {
            screen.cursor = (size.height - 1, 0)
        }
        return screen
    }

    // MARK: Frame

    private func drawTooSmall(_ screen: inout Screen) {
        let size = screen.size
        let text = "Terminal too small (\(size.width)×\(size.height)) — need at least \(Layout.minimum.width)×\(Layout.minimum.height)"
        let lines = TextWrapper.lines(text, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            screen.put(line, row: top + offset, column: max(0, (size.width - width) / 2), style: theme.title)
        }
        screen.cursor = (min(top, size.height - 1), max(0, (size.width - DisplayWidth.of(lines.first ?? "")) / 2))
    }

    /// The document being read: the reader's, else the selected row's, else the first.
    private func currentDocument(_ state: ExplorerState) -> Document? {
        if let prompt = state.search, prompt.results.indices.contains(prompt.selected) {
            return data.document(prompt.results[prompt.selected].document)
        }
        if case .article(let target) = state.browse.reader.mode { return data.document(target.document) }
        if let index = state.browse.pane.descriptor.document(data, state.browse) { return data.document(index) }
        return data.corpus.documents.first
    }

    private func viewName(_ state: ExplorerState) -> String {
        if state.showHelp { return "Help" }
        if state.why != nil { return "Why" }
        if state.memoEditor != nil { return "Memo" }
        if let picker = state.picker { return picker.purpose == .timeline ? "Filter" : "Coding" }
        if state.speakerPrompt != nil { return "Filter" }
        if state.search != nil { return "Search" }
        let descriptor = state.browse.pane.descriptor
        var pane = descriptor.title
        if let narrowing = descriptor.narrowing(data, state.browse) { pane += " · " + narrowing }
        switch state.browse.reader.mode {
        case .compare: return "Compare"
        case .history: return "History"
        case .article: return state.browse.focus == .reader ? "\(pane) › Article" : pane
        case .detail: return state.browse.focus == .reader ? "\(pane) › Reader" : pane
        }
    }

    private func drawTitle(_ screen: inout Screen, _ state: ExplorerState) {
        let width = screen.size.width
        let view = " " + viewName(state) + " "
        let viewWidth = DisplayWidth.of(view)
        var column = screen.put(" peacetalks ", row: 0, column: 0, style: theme.titleAccent)
        if data.isCorpus {
            let title = "│ \(data.corpus.documents.count) documents"
            column = screen.putTruncated(title, row: 0, column: column, width: max(0, width - column - viewWidth - 1), style: theme.title)
        } else if let document = currentDocument(state) {
            var title = "│ " + document.displayTitle
            if let date = document.metadata.date {
                title += " · " + date.iso
            } else if document.anchor.source == .dateline, let date = document.anchor.published {
                title += " · " + date.iso + " (dateline)"
            }
            column = screen.putTruncated(title, row: 0, column: column, width: max(0, width - column - viewWidth - 1), style: theme.title)
        }
        if column + viewWidth <= width {
            screen.put(view, row: 0, column: width - viewWidth, style: theme.tabActive)
        }
    }
}
