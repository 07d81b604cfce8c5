import PeaceTalksModel

/// The shown pane's list, as a component: its state is the browse state's pane and each
/// pane's `ListState`; its moves are written once in `ListState`; what a row is comes from
/// the pane's descriptor; it reads the corpus and colours through a `ViewContext` only.
extension BrowseState {
    /// Moves the selection (↑↓, pages, ends), passing over rows the pane does not let it rest on.
    mutating func moveList(_ move: ListMove, height: Int, data: ExplorerData) {
        let browse = self
        let descriptor = pane.descriptor
        let next = list(pane).landing(move, count: descriptor.count(data, browse), height: height) {
            descriptor.selectable(data, browse, near: $0, direction: $1)
        }
        select(next)
    }

    /// Selects a row of the shown pane; the reader goes back to its detail, from the top.
    mutating func select(_ index: Int) {
        guard index != selected else { return }
        selected = index
        let keepSides = reader.mode.isTwoSided && pane == .issues
        reader.mode = keepSides ? reader.mode : .detail
        reader.entry = 0
        reader.scroll = 0
    }

    /// A click on the list's `offset`-th row.
    mutating func clickList(offset: Int, data: ExplorerData) {
        focus = .list
        let descriptor = pane.descriptor
        let index = list(pane).scroll + offset
        if index >= 0, index < descriptor.count(data, self), descriptor.isSelectable(data, self, index) { select(index) }
    }

    mutating func wheelList(lines: Int, data: ExplorerData) {
        let descriptor = pane.descriptor
        let index = clamp(selected + lines, 0, descriptor.count(data, self) - 1)
        select(descriptor.selectable(data, self, near: index, direction: lines))
    }

    /// Draws the pane's list in its box; returns where the cursor belongs.
    func drawList(into screen: inout Screen, layout: Layout, context: ViewContext) -> (row: Int, column: Int)? {
        let box = layout.listBox
        let focused = focus == .list
        screen.box(box, style: focused ? context.theme.borderFocused : context.theme.border)
        guard box.inner.width > 0, box.inner.height > 0 else { return nil }
        let browse = self
        let descriptor = pane.descriptor
        var titleColumn = box.column + 1
        if layout.wide {
            titleColumn = context.drawTabs(&screen, layout: layout, row: box.row, active: .pane(pane), before: box.right)
        }
        descriptor.drawHeader(context, &screen, browse, layout: layout, titleColumn: titleColumn)
        let view = ListView(
            count: descriptor.count(context.data, browse), list: list(pane), top: layout.listTop, focused: focused,
            shortensCounts: descriptor.shortensCounts, empty: "Nothing here", position: descriptor.position(context.data, browse)
        ) { index, width in descriptor.row(context, browse, index, width: width) }
        return view.draw(into: &screen, box: box, theme: context.theme)
    }
}

extension Explorer {
    /// Root glue: a pane shows only if this corpus has it, and opens on its list.
    func showPane(_ state: inout ExplorerState, _ pane: Pane) {
        guard state.panes.contains(pane) else {
            state.message = "\(pane.title) shows when several articles are open"
            return
        }
        state.browse.pane = pane
        state.browse.focus = .list
        state.browse.reader = ReaderState()
    }
}
