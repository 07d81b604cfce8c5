import PeaceTalksModel

/// One of the explorer's lists, named by its descriptor. The panes and their order are
/// `Pane.registered`: a new pane is a file with its descriptor and one line there.
public struct Pane: Hashable, Sendable, CustomStringConvertible {
    public let id: String

    init(_ id: String) {
        self.id = id
    }

    /// Every pane, in tab order. A pane may show only for a corpus (`needsSeveralDocuments`).
    static let registered: [any PaneDescriptor] = [
        IssuesPane(),
        ActorsPane(),
        TimelinePane(),
        QuotesPane(),
        DocumentsPane(),
    ]

    public static var allCases: [Pane] { registered.map(\.pane) }

    var descriptor: any PaneDescriptor {
        Self.registered.first { $0.pane == self } ?? Self.registered[0]
    }

    public var title: String { descriptor.title }
    public var description: String { id }
}

/// A row of a list: styled runs on the left, a count or place on the right.
typealias ListRow = (segments: [(String, Style)], right: String?)

/// What the explorer needs to know of a pane, as tig gives each view a table of operations:
/// its rows and how one looks, what the reader shows for the selected row, its title and hints.
/// Everything past `hints` has a default that fits a plain list.
protocol PaneDescriptor: Sendable {
    var pane: Pane { get }
    var title: String { get }
    func count(_ data: ExplorerData, _ browse: BrowseState) -> Int
    func row(_ context: ViewContext, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow
    /// What the detail depends on: two states with equal keys show the same detail.
    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable
    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent
    /// The status line's hints while the list has focus.
    func hints(_ context: ViewContext, _ state: ExplorerState) -> String

    /// Shown only for a corpus of several documents (a tab and a number key).
    var needsSeveralDocuments: Bool { get }
    /// Rows above the first row of the list (the timeline's histogram).
    var headerRows: Int { get }
    /// With the list in focus on a wide screen, the reader closes and the list takes the width.
    var widensWhenFocused: Bool { get }
    /// A labelled count (`5 passages`) gives way to its number where the row's name would be cut.
    var shortensCounts: Bool { get }
    /// The row nearest `index` the selection may rest on, looking `direction` first.
    func selectable(_ data: ExplorerData, _ browse: BrowseState, near index: Int, direction: Int) -> Int
    func isSelectable(_ data: ExplorerData, _ browse: BrowseState, _ index: Int) -> Bool
    /// Where the selection is, for the status line and the list's border: `3/13`.
    func position(_ data: ExplorerData, _ browse: BrowseState) -> String
    /// What narrows the list, after the pane's name in the title bar.
    func narrowing(_ data: ExplorerData, _ browse: BrowseState) -> String?
    /// The document the selected row comes from, for the title bar.
    func document(_ data: ExplorerData, _ browse: BrowseState) -> Int?
    /// Draws what the pane shows in the list's top border and header rows.
    func drawHeader(_ context: ViewContext, _ screen: inout Screen, _ browse: BrowseState, layout: Layout, titleColumn: Int)
    /// Enter on the list: true when the pane handled it (e.g. opened an article).
    func open(_ explorer: Explorer, _ state: inout ExplorerState, layout: Layout) -> Bool
}

extension PaneDescriptor {
    var needsSeveralDocuments: Bool { false }
    var headerRows: Int { 0 }
    var widensWhenFocused: Bool { false }
    var shortensCounts: Bool { false }
    func selectable(_ data: ExplorerData, _ browse: BrowseState, near index: Int, direction: Int) -> Int { index }
    func isSelectable(_ data: ExplorerData, _ browse: BrowseState, _ index: Int) -> Bool { true }

    func position(_ data: ExplorerData, _ browse: BrowseState) -> String {
        let count = count(data, browse)
        return count == 0 ? "0/0" : "\(browse.selected + 1)/\(count)"
    }

    func narrowing(_ data: ExplorerData, _ browse: BrowseState) -> String? { nil }
    func document(_ data: ExplorerData, _ browse: BrowseState) -> Int? { nil }
    func drawHeader(_ context: ViewContext, _ screen: inout Screen, _ browse: BrowseState, layout: Layout, titleColumn: Int) {}
    func open(_ explorer: Explorer, _ state: inout ExplorerState, layout: Layout) -> Bool { false }
}

extension Pane {
    /// `1–4 panes`: the number keys this corpus has.
    static func keysHint(_ state: ExplorerState) -> String {
        "1–\(state.panes.count) panes"
    }
}

func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
