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
            state.search.map { $0.drawResults(into: &screen, area: layout.listBox, context: context) } ?? state.browse.drawList(into: &screen, layout: layout, context: context)
        }
        func drawReader() -> (row: Int, column: Int)? {
            state.browse.reader.draw(into: &screen, area: layout.readerBox, frame: readerFrame(state, layout: layout), theme: theme)
        }
        if layout.wide {
            let listCursor = drawList()
            let readerCursor = layout.split ? drawReader() : nil
            cursor = readerActive ? readerCursor : listCursor
        } else {
            context.drawTabs(&screen, layout: layout, row: layout.tabsRow, active: readerActive ? .reader : .pane(state.browse.pane))
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
}
