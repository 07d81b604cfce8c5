import PeaceTalksModel

extension Pane {
    static let timeline = Pane("timeline")
}

/// Dated events as a time axis: year and month headings, gaps, and one row per happening.
/// Headings are passed over; `[ ]` jump by year and `f` narrows it (TimelineUpdate.swift).
struct TimelinePane: PaneDescriptor {
    let pane = Pane.timeline
    let title = "Timeline"
    let headerRows = 1
    let widensWhenFocused = true

    func count(_ data: ExplorerData, _ browse: BrowseState) -> Int { data.timelineLayout(browse.timelineFilter).rows.count }

    func row(_ context: ViewContext, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        context.timelineRow(browse, index, width: width)
    }

    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable {
        TimelineDetailKey(row: browse.selected, filter: browse.timelineFilter)
    }

    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent {
        builder.cluster(row: browse.selected, filter: browse.timelineFilter, width: width)
    }

    func hints(_ context: ViewContext, _ state: ExplorerState) -> String {
        "↑↓ move · [ ] year · f filter" + (state.browse.timelineFilter == nil ? "" : " · F clear") + " · Enter open · / search · ? help · q quit"
    }

    func selectable(_ data: ExplorerData, _ browse: BrowseState, near index: Int, direction: Int) -> Int {
        data.timelineLayout(browse.timelineFilter).selectable(near: index, direction: direction)
    }

    func isSelectable(_ data: ExplorerData, _ browse: BrowseState, _ index: Int) -> Bool {
        data.timelineLayout(browse.timelineFilter).isSelectable(index)
    }

    func position(_ data: ExplorerData, _ browse: BrowseState) -> String {
        let rows = data.timelineLayout(browse.timelineFilter).rows
        let events = rows.filter { $0.cluster != nil }.count
        let number = rows.prefix(browse.selected + 1).filter { $0.cluster != nil }.count
        return events == 0 ? "0/0" : "\(number)/\(events)"
    }

    func narrowing(_ data: ExplorerData, _ browse: BrowseState) -> String? {
        browse.timelineFilter.map(data.filterName)
    }

    func document(_ data: ExplorerData, _ browse: BrowseState) -> Int? {
        guard let cluster = data.cluster(row: browse.selected, filter: browse.timelineFilter) else { return nil }
        return data.event(at: cluster.members[0])?.document
    }

    func drawHeader(_ context: ViewContext, _ screen: inout Screen, _ browse: BrowseState, layout: Layout, titleColumn: Int) {
        context.drawTimelineTitle(&screen, browse, box: layout.listBox, column: titleColumn)
        context.drawHistogram(&screen, browse, layout: layout)
    }
}

struct TimelineDetailKey: Hashable {
    var row: Int
    var filter: TimelineFilter?
}

extension TimelinePane {
    /// The Timeline pane's keys: years and the filter picker.
    static let keys = KeySection(title: "Timeline", modes: [.browse], bindings: [
        KeyBinding([.character("["), .character("]")], help: "previous / next year",
                   when: { $0.browse.pane == .timeline && !$0.browse.reader.mode.isTwoSided }) { $0 == .character("[") ? .yearPrevious : .yearNext },
        KeyBinding([.character("f")], .openFilter, "filter by actor or issue (type, Enter picks)"),
        KeyBinding([.character("F")], .clearFilter, "clear the filter"),
        KeyBinding(note: [.enter], "on a cluster: the articles that report it"),
    ])
}
