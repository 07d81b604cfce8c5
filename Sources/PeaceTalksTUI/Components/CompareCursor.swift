/// Compare's and history's own state: the two sides shown and the cursor in compare. ↑↓
/// select the positions' passages and the suggestions of the left column, then of the right,
/// so `y` and `x` have something under them. Where the selected entry is taller than the
/// reader, the moves scroll through it first, as in a detail.
public struct CompareState: Hashable, Sendable {
    /// Indexes into the sides offered (`ExplorerData.sides`).
    public var left = 0
    public var right = 1
    /// The selected entry, counting the left column's entries, then the right's.
    public var entry = 0

    public init(left: Int = 0, right: Int = 1, entry: Int = 0) {
        self.left = left
        self.right = right
        self.entry = entry
    }

    /// Every entry of the two columns, left column first.
    static func entries(_ view: ReaderView) -> [(column: Int, entry: Int)] {
        view.columns.enumerated().flatMap { column, content in content.targets.indices.map { (column, $0) } }
    }

    /// The selected entry of a two-column view; nil when it has none.
    func selected(in view: ReaderView) -> (column: Int, entry: Int)? {
        guard view.columns.count == 2 else { return nil }
        let entries = Self.entries(view)
        return entries.isEmpty ? nil : entries[clamp(entry, 0, entries.count - 1)]
    }

    /// Moves the cursor and the reader's `scroll` with it; false when the view has no entries
    /// (the reader scrolls instead).
    mutating func move(_ move: ListMove, view: ReaderView, scroll: inout Int, height: Int) -> Bool {
        let entries = Self.entries(view)
        guard view.columns.count == 2, !entries.isEmpty else { return false }
        let index = clamp(entry, 0, entries.count - 1)
        switch move {
        case .down, .up:
            let lines = view.columns[entries[index].column].entryLines[entries[index].entry]
            switch EntryStep(move, lines: lines, index: index, count: entries.count, scroll: scroll, height: height) {
            case .scroll(let lines): scroll += lines
            case .select(let next): entry = next
            case .end: break
            }
        case .pageUp, .pageDown:
            entry = clamp(index + (move == .pageDown ? 1 : -1) * max(1, height / 3), 0, entries.count - 1)
        case .top:
            entry = 0
        case .bottom:
            entry = entries.count - 1
        }
        if entry != index || move == .top || move == .bottom {
            let target = entries[entry]
            let shown = view.columns[target.column].entryLines[target.entry]
            let moved = entry > index || move == .bottom
            if shown.count > height {
                scroll = moved ? shown.lowerBound : shown.upperBound - height
            } else {
                scroll = min(max(scroll, shown.upperBound - height), shown.lowerBound)
            }
            if entry == 0 { scroll = min(scroll, max(0, shown.upperBound - height)) }
        }
        scroll = view.clampedScroll(scroll, height: height)
        return true
    }

    /// `[ ]` and `{ }`: the left or right column to the previous or next of `count` sides,
    /// never the side the other column shows.
    mutating func switchSide(_ action: Action, count: Int) {
        func next(_ value: Int, _ delta: Int, avoiding other: Int) -> Int {
            var result = ((value + delta) % count + count) % count
            if result == other { result = ((result + delta) % count + count) % count }
            return result
        }
        switch action {
        case .compareLeftPrevious: left = next(left, -1, avoiding: right)
        case .compareLeftNext: left = next(left, 1, avoiding: right)
        case .compareRightPrevious: right = next(right, -1, avoiding: left)
        default: right = next(right, 1, avoiding: left)
        }
        entry = 0
    }
}

extension BrowseState {
    /// Compare's selected entry, while compare is shown.
    func compareSelection(in view: ReaderView) -> (column: Int, entry: Int)? {
        reader.mode == .compare ? compare.selected(in: view) : nil
    }
}
