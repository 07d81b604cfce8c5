import PeaceTalksModel

extension Explorer {
    /// Applies one action. Pure: the same state and action give the same state.
    /// Only routes: actions about the whole explorer here, the rest to whatever has the keys
    /// (`Keymap.mode`): the help, the filter picker, the speaker prompt, the search prompt,
    /// or the browser (the list, the reader, compare).
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
            state.help = state.help == nil ? HelpOverlay() : nil
        case .toggleWhy where !state.showHelp:
            toggleWhy(&state, layout: layout)
        case .notice(let text):
            state.message = text
        case .toggleMouseCapture:
            state.mouseCapture.toggle()
            state.message = state.mouseCapture ? "Mouse on: the explorer takes clicks (Shift-drag selects text)" : "Mouse off: drag selects text; M turns it back on"
        case .memoEdited(let draft):
            finishMemo(&state, draft)
        case .annotationSaved(let result):
            annotationSaved(&state, result)
        case .searchFinished(let generation, let hits, let total, let totalIsExact):
            finishSearch(&state, generation: generation, hits: hits, total: total, totalIsExact: totalIsExact)
        case .click(let row, let column):
            click(&state, row: row, column: column, layout: layout)
        case .scroll(let row, let column, let lines):
            wheel(&state, row: row, column: column, lines: lines, layout: layout)
        default:
            switch Keymap.mode(of: state) {
            case .help: state.help?.update(action, layout: layout)
            case .why: updateWhy(&state, action, layout: layout)
            case .memo: editMemo(&state, action)
            case .picker: filter(&state, action)
            case .speaker: filterQuotes(&state, action)
            case .search: updateSearch(&state, action, layout: layout)
            case .browse: browse(&state, action, layout: layout)
            }
        }
        dropStaleSelection(&state, layout: layout)
        return normalize(state)
    }

    // MARK: Mouse

    /// Which pane is drawn where the pointer is, if any.
    enum HitArea {
        case tab(Layout.TabTarget)
        case list(row: Int)
        case reader(row: Int)
    }

    func hit(_ state: ExplorerState, row: Int, column: Int, layout: Layout) -> HitArea? {
        guard !layout.tooSmall, !state.showHelp, state.why == nil else { return nil }
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
            if state.search == nil { showPane(&state, pane) }
        case .tab(.reader):
            if state.search == nil { state.browse.focus = .reader }
        case .list(let offset):
            if state.search != nil { clickResult(&state, offset: offset) } else { state.browse.clickList(offset: offset, data: data) }
        case .reader(let offset):
            if state.search == nil { clickReader(&state, offset: offset, layout: layout) }
        case nil:
            break
        }
    }

    private func wheel(_ state: inout ExplorerState, row: Int, column: Int, lines: Int, layout: Layout) {
        switch hit(state, row: row, column: column, layout: layout) {
        case .list:
            if state.search != nil { wheelResults(&state, lines: lines) } else { state.browse.wheelList(lines: lines, data: data) }
        case .reader:
            if state.search == nil { wheelReader(&state, lines: lines, layout: layout) }
        default:
            break
        }
    }
}
