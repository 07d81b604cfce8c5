import PeaceTalksModel

/// The top row: the program's name, the corpus or the document being read, and the view's
/// name (`Issues › Reader`, `Search`, `Help`); and the message drawn instead of everything
/// when the terminal is too small.
extension Explorer {
    func drawTooSmall(_ screen: inout Screen) {
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

    func drawTitle(_ screen: inout Screen, _ state: ExplorerState) {
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
