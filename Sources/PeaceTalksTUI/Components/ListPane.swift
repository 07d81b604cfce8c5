import PeaceTalksModel

/// The shown pane's list: its moves (written once, in `ListState`), the selection a click or
/// the wheel makes, and its drawing. What a row is comes from the pane's descriptor.
extension Explorer {
    func moveList(_ state: inout ExplorerState, _ move: ListMove, layout: Layout) {
        let browse = state.browse
        let descriptor = browse.pane.descriptor
        let next = browse.list(browse.pane).landing(move, count: descriptor.count(data, browse), height: layout.listHeight) {
            descriptor.selectable(data, browse, near: $0, direction: $1)
        }
        select(&state, next)
    }

    /// Selects a row of the shown pane; the reader goes back to its detail, from the top.
    func select(_ state: inout ExplorerState, _ index: Int) {
        guard index != state.browse.selected else { return }
        state.browse.selected = index
        let keepSides = state.browse.reader.mode.isTwoSided && state.browse.pane == .issues
        state.browse.reader.mode = keepSides ? state.browse.reader.mode : .detail
        state.browse.reader.entry = 0
        state.browse.reader.scroll = 0
    }

    func showPane(_ state: inout ExplorerState, _ pane: Pane) {
        guard state.panes.contains(pane) else {
            state.message = "\(pane.title) shows when several articles are open"
            return
        }
        state.browse.pane = pane
        state.browse.focus = .list
        state.browse.reader = ReaderState()
    }

    /// A click on the list's `offset`-th row.
    func clickList(_ state: inout ExplorerState, offset: Int) {
        state.browse.focus = .list
        let browse = state.browse
        let descriptor = browse.pane.descriptor
        let index = browse.list(browse.pane).scroll + offset
        if index >= 0, index < descriptor.count(data, browse), descriptor.isSelectable(data, browse, index) { select(&state, index) }
    }

    func wheelList(_ state: inout ExplorerState, lines: Int) {
        let browse = state.browse
        let descriptor = browse.pane.descriptor
        let index = clamp(browse.selected + lines, 0, descriptor.count(data, browse) - 1)
        select(&state, descriptor.selectable(data, browse, near: index, direction: lines))
    }

    /// Draws the pane's list in its box; returns where the cursor belongs.
    func drawPaneList(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let box = layout.listBox
        let focused = state.browse.focus == .list
        screen.box(box, style: focused ? theme.borderFocused : theme.border)
        guard box.inner.width > 0, box.inner.height > 0 else { return nil }
        let browse = state.browse
        let descriptor = browse.pane.descriptor
        var titleColumn = box.column + 1
        if layout.wide {
            titleColumn = drawTabs(&screen, layout: layout, row: box.row, active: .pane(browse.pane), before: box.right)
        }
        descriptor.drawHeader(self, &screen, browse, layout: layout, titleColumn: titleColumn)
        let view = ListView(
            count: descriptor.count(data, browse), list: browse.list(browse.pane), top: layout.listTop, focused: focused,
            shortensCounts: descriptor.shortensCounts, empty: "Nothing here", position: descriptor.position(data, browse)
        ) { index, width in descriptor.row(self, browse, index, width: width) }
        return view.draw(into: &screen, box: box, theme: theme)
    }
}
