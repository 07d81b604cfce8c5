/// Where things go at a given terminal size. Pure geometry, shared by `update`
/// (for scrolling and mouse hits) and `render`.
struct Layout {
    static let minimum = Size(width: 40, height: 12)
    /// From this width on, the list stands beside the reader.
    static let wideWidth = 100

    let size: Size
    /// The reader is closed and the list takes the whole width (the Timeline pane, wide).
    var listOnly = false
    /// Rows at the top of the list kept for a header (the timeline's histogram).
    var listHeader = 0
    /// The panes with a tab, in order.
    var panes: [Pane] = []
    /// The pane whose tab keeps its whole name when the names must be cut to fit.
    var activePane: Pane?

    init(size: Size, listOnly: Bool = false, listHeader: Int = 0, panes: [Pane] = [], activePane: Pane? = nil) {
        self.size = size
        self.listOnly = listOnly
        self.listHeader = listHeader
        self.panes = panes
        self.activePane = activePane
    }

    /// The layout for a state: a pane may keep header rows (the timeline's histogram), or
    /// take the whole width of a wide screen while its list has focus.
    init(_ state: ExplorerState) {
        let pane = state.search == nil ? state.browse.pane.descriptor : nil
        self.init(size: state.size, listOnly: (pane?.widensWhenFocused ?? false) && state.browse.focus == .list,
                  listHeader: pane?.headerRows ?? 0, panes: state.panes, activePane: state.browse.pane)
    }

    var tooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }
    var wide: Bool { size.width >= Layout.wideWidth }
    var statusRow: Int { size.height - 1 }
    /// Narrow layout: the tab bar's row.
    var tabsRow: Int { 1 }

    /// Two fifths up to 50 columns, then a third of a wider terminal, so long titles and labelled
    /// counts show whole where there is room, and the reader's lines stay a readable length.
    var listWidth: Int { max(34, min(50, size.width * 2 / 5), size.width / 3) }

    /// Narrow layout: the one view shown, below the tabs.
    var body: Rect { Rect(row: 2, column: 0, width: size.width, height: size.height - 3) }

    var listBox: Rect {
        wide ? Rect(row: 1, column: 0, width: listOnly ? size.width : listWidth, height: size.height - 2) : body
    }
    /// Wide and both panes drawn.
    var split: Bool { wide && !listOnly }
    /// The first row of list items.
    var listTop: Int { listBox.inner.row + listHeader }

    var readerBox: Rect {
        wide ? Rect(row: 1, column: listWidth, width: size.width - listWidth, height: size.height - 2) : body
    }

    /// Reader text starts after a two-column gutter that marks the passage in focus.
    static let gutter = 2

    var readerTextWidth: Int { max(1, readerBox.inner.width - Layout.gutter) }
    var readerHeight: Int { max(1, readerBox.inner.height) }
    var listHeight: Int { max(1, listBox.inner.height - listHeader) }

    /// Compare: two columns with ` │ ` between them.
    var compareColumnWidth: Int { max(1, (readerTextWidth - 3) / 2) }

    enum TabTarget: Hashable {
        case pane(Pane)
        case reader
    }

    /// The tab labels and the columns they cover: in the list's top border when wide,
    /// on their own row (with the reader as a fourth tab) when narrow.
    var tabs: [(target: TabTarget, label: String, column: Int, width: Int)] {
        var result: [(TabTarget, String, Int, Int)] = []
        var column = wide ? listBox.column + 1 : 0
        // Where all the names do not fit, the others are cut to the same length (` 1 Iss `) so
        // every tab stays, and the active pane's stays whole so the user reads where they are,
        // unless that would leave the others under three letters.
        let room = wide ? listBox.width - 2 : size.width
        func items(cut: Int, keepingActive: Bool = true) -> [(TabTarget, String)] {
            var items: [(TabTarget, String)] = panes.enumerated().map { number, pane in
                let whole = pane.title.count <= cut || keepingActive && pane == activePane
                let title = whole ? pane.title : String(pane.title.prefix(cut))
                return (.pane(pane), " \(number + 1)" + (title.isEmpty ? "" : " " + title) + " ")
            }
            if !wide { items.append((.reader, " Reader ")) }
            return items
        }
        func width(_ items: [(TabTarget, String)]) -> Int { items.reduce(-1) { $0 + DisplayWidth.of($1.1) + 1 } }
        func longestCut(keepingActive: Bool) -> Int {
            var cut = panes.map(\.title.count).max() ?? 0
            while cut > 0, width(items(cut: cut, keepingActive: keepingActive)) > room { cut -= 1 }
            return cut
        }
        let cutBesideActive = longestCut(keepingActive: true)
        let items = cutBesideActive >= 3
            ? items(cut: cutBesideActive) : items(cut: longestCut(keepingActive: false), keepingActive: false)
        for (target, label) in items {
            let width = DisplayWidth.of(label)
            result.append((target, label, column, width))
            column += width + 1
        }
        return result
    }

    func tab(at column: Int) -> TabTarget? {
        tabs.first { column >= $0.column && column < $0.column + $0.width }?.target
    }
}
