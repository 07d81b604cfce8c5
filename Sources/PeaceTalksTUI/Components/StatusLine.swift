import PeaceTalksModel

/// The bottom row: the place (`3/12`), then a one-time message or the hints of whatever has
/// the keys. The search and speaker prompts draw their own line here.
extension Explorer {
    /// Draws the status line; returns the insertion point while a prompt is open.
    func drawStatus(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let row = layout.statusRow
        let width = screen.size.width
        screen.fill(row: row, column: 0, width: width, style: theme.status)
        if let prompt = state.search { return prompt.drawPrompt(into: &screen, row: row, theme: theme) }
        if state.speakerPrompt != nil { return drawSpeakerPrompt(&screen, state, row: row) }
        var left = " " + position(state, layout: layout) + " "
        if let index = state.resultIndex, !state.results.isEmpty, state.message == nil {
            left += "│ result \(index + 1)/\(state.results.count) "
        }
        var column = screen.put(left, row: row, column: 0, style: theme.statusMessage)
        if let message = state.message {
            column = screen.putTruncated(" " + message, row: row, column: column, width: width - column, style: theme.statusMessage)
        } else {
            screen.putTruncated(" " + hints(state), row: row, column: column, width: width - column, style: theme.status)
        }
        return nil
    }

    private func position(_ state: ExplorerState, layout: Layout) -> String {
        let browse = state.browse
        if browse.focus == .list { return browse.pane.descriptor.position(data, browse) }
        return readerPosition(state, layout: layout)
    }

    /// What the keys do here, as the component in focus says: the why panel, the memo editor,
    /// the pane's list or the reader.
    func hints(_ state: ExplorerState) -> String {
        if state.why != nil { return WhyPanel.hints }
        if state.memoEditor != nil { return MemoEditor.hints }
        return state.browse.focus == .list ? state.browse.pane.descriptor.hints(context, state) : readerHints(state)
    }
}
