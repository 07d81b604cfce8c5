import PeaceTalksModel

/// Compare (`c`) and history (`H`): the selected issue, two sides in two columns, each
/// side switched with `[ ]` and `{ }`. The same key opens and closes each.
extension Explorer {
    func toggleSidesView(_ state: inout ExplorerState, _ mode: ReaderMode, layout: Layout) {
        let key = mode == .compare ? "c" : "H"
        if state.browse.reader.mode == mode {
            state.browse.reader.mode = .detail
            scrollToEntry(&state, layout: layout, upward: false)
        } else if state.browse.pane == .issues, !data.corpus.issues.isEmpty {
            state.browse.reader.mode = mode
            state.browse.focus = .reader
            state.browse.reader.scroll = 0
            state.browse.compare.entry = 0
            if data.sides.count < 2 { state.message = (mode == .compare ? "Compare" : "History by side") + " needs two sides in the codebook" }
        } else {
            state.message = (mode == .compare ? "Compare" : "History") + " works on an issue: press 1, pick one, then \(key)"
        }
    }

    func switchSide(_ state: inout ExplorerState, _ action: Action) {
        guard state.browse.reader.mode.isTwoSided else {
            state.message = "Press c (compare) or H (history) on an issue to show sides"
            return
        }
        let count = data.sides.count
        guard count > 1 else {
            state.message = "The codebook names fewer than two sides"
            return
        }
        state.browse.compare.switchSide(action, count: count)
        state.browse.reader.scroll = 0
    }

    /// The two columns' content for the selected issue.
    func sidesView(_ builder: ReaderBuilder, _ browse: BrowseState, columnWidth: Int) -> ReaderView {
        let left = data.sides.indices.contains(browse.compare.left) ? data.sides[browse.compare.left] : nil
        let right = data.sides.indices.contains(browse.compare.right) ? data.sides[browse.compare.right] : nil
        let issue = browse.list(.issues).selected
        let title = data.issue(at: issue)?.title ?? ""
        if browse.reader.mode == .history {
            return ReaderView(title: "History: " + title, columns: [
                builder.history(left, issue: issue, width: columnWidth),
                builder.history(right, issue: issue, width: columnWidth),
            ])
        }
        return ReaderView(title: "Compare: " + title, columns: [
            builder.side(left, issue: issue, width: columnWidth),
            builder.side(right, issue: issue, width: columnWidth),
        ])
    }
}

extension CompareState {
    /// `Russia | Ukraine`: the sides shown, for the status line.
    func position(_ data: ExplorerData) -> String {
        let left = data.sides.indices.contains(self.left) ? data.sideName(data.sides[self.left]) : "–"
        let right = data.sides.indices.contains(self.right) ? data.sideName(data.sides[self.right]) : "–"
        return "\(left) | \(right)"
    }

    static let hints = "[ ] left side · { } right side · Esc back · ? help"
}

extension ReaderView {
    /// Compare and history: two columns with a rule between them.
    func drawSides(into screen: inout Screen, inner: Rect, textColumn: Int, columnWidth: Int, scroll: Int, focused: Bool,
                   selected: (column: Int, entry: Int)?, theme: Theme) {
        columns[0].draw(into: &screen, row: inner.row, column: textColumn, width: columnWidth, height: inner.height, scroll: scroll,
                        selectedEntry: selected?.column == 0 ? selected?.entry : nil, focused: focused, theme: theme)
        let separator = textColumn + columnWidth + 1
        for row in inner.row..<inner.bottom { screen.setGlyph("│", width: 1, row: row, column: separator, style: theme.border) }
        columns[1].draw(into: &screen, row: inner.row, column: separator + 2, width: max(0, inner.right - separator - 2), height: inner.height, scroll: scroll,
                        selectedEntry: selected?.column == 1 ? selected?.entry : nil, focused: focused, gutterColumn: separator + 1, theme: theme)
    }
}
