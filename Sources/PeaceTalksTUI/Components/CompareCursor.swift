/// The cursor in compare: ↑↓ select the positions' passages and the suggestions of the left
/// column, then of the right, so `y` and `x` have something under them. Where the selected
/// entry is taller than the reader, the moves scroll through it first, as in a detail.
extension Explorer {
    /// Every entry of the two columns, left column first.
    func compareEntries(_ view: ReaderView) -> [(column: Int, entry: Int)] {
        view.columns.enumerated().flatMap { column, content in content.targets.indices.map { (column, $0) } }
    }

    func selectedCompareEntry(_ browse: BrowseState, _ view: ReaderView) -> (column: Int, entry: Int)? {
        guard browse.reader == .compare, view.columns.count == 2 else { return nil }
        let entries = compareEntries(view)
        return entries.isEmpty ? nil : entries[clamp(browse.compareEntry, 0, entries.count - 1)]
    }

    /// False when compare has no entries: the caller scrolls instead.
    func moveCompareCursor(_ state: inout ExplorerState, _ move: ListMove, view: ReaderView, layout: Layout) -> Bool {
        let entries = compareEntries(view)
        guard state.browse.reader == .compare, view.columns.count == 2, !entries.isEmpty else { return false }
        let height = layout.readerHeight
        var browse = state.browse
        let index = clamp(browse.compareEntry, 0, entries.count - 1)
        let lines = view.columns[entries[index].column].entryLines[entries[index].entry]
        switch move {
        case .down:
            if lines.upperBound > browse.readerScroll + height {
                browse.readerScroll += 1
            } else if index + 1 < entries.count {
                browse.compareEntry = index + 1
            }
        case .up:
            if lines.lowerBound < browse.readerScroll {
                browse.readerScroll -= 1
            } else if index > 0 {
                browse.compareEntry = index - 1
            }
        case .pageUp, .pageDown:
            browse.compareEntry = clamp(index + (move == .pageDown ? 1 : -1) * max(1, height / 3), 0, entries.count - 1)
        case .top:
            browse.compareEntry = 0
        case .bottom:
            browse.compareEntry = entries.count - 1
        }
        if browse.compareEntry != index || move == .top || move == .bottom {
            let target = entries[browse.compareEntry]
            let shown = view.columns[target.column].entryLines[target.entry]
            let moved = browse.compareEntry > index || move == .bottom
            if shown.count > height {
                browse.readerScroll = moved ? shown.lowerBound : shown.upperBound - height
            } else {
                browse.readerScroll = min(max(browse.readerScroll, shown.upperBound - height), shown.lowerBound)
            }
            if browse.compareEntry == 0 { browse.readerScroll = min(browse.readerScroll, max(0, shown.upperBound - height)) }
        }
        browse.readerScroll = view.clampedScroll(browse.readerScroll, height: height)
        state.browse = browse
        return true
    }
}
