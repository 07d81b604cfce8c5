import PeaceTalksModel

/// What the timeline is narrowed to: the events naming one actor, or touching one issue.
public enum TimelineFilter: Hashable, Sendable {
    case actor(String)
    case issue(String)
}

/// One row of the Timeline pane: a year or month heading, a ruler marking a gap, or a
/// cluster of events (one happening, reported by one or more articles). Only clusters
/// can be selected.
enum TimelineRow: Hashable, Sendable {
    case year(Int)
    case month(year: Int, month: Int)
    case gap(String)
    /// Index into `ExplorerData.clusters`.
    case cluster(Int)

    var cluster: Int? {
        if case .cluster(let index) = self { return index }
        return nil
    }
}

/// The rows of the Timeline pane for one filter, with the histogram's counts.
struct TimelineLayout: Sendable {
    var rows: [TimelineRow]
    /// Per row: the year its cluster or heading belongs to.
    var years: [Int]
    var monthly: (firstYear: Int, firstMonth: Int, counts: [Int])

    static let empty = TimelineLayout(rows: [], years: [], monthly: (0, 1, []))

    /// Clusters in time order under year and month headings, a ruler before each gap.
    init(clusters: [EventCluster], timeline: [Event], only keep: (EventCluster) -> Bool) {
        let shown = clusters.indices.filter { keep(clusters[$0]) }
        // Each cluster stands in the periods by its own date, through a representative event.
        let representatives: [Event] = shown.map { index in
            var event = timeline[clusters[index].members[0]]
            event.date = clusters[index].date
            return event
        }
        var rows: [TimelineRow] = []
        var years: [Int] = []
        var lastYear: Int?
        for period in TimelineAxis.periods(representatives, by: .month) {
            guard let first = period.events.first else { continue }
            let date = representatives[first].date
            let parts = period.key.split(separator: "-").compactMap { Int($0) }
            let year = parts.first ?? date.year
            if let gap = period.gapBefore {
                rows.append(.gap(gap))
                years.append(year)
            }
            if year != lastYear {
                rows.append(.year(year))
                years.append(year)
                lastYear = year
            }
            if parts.count > 1 {
                rows.append(.month(year: year, month: parts[1]))
                years.append(year)
            }
            for index in period.events {
                rows.append(.cluster(shown[index]))
                years.append(year)
            }
        }
        self.rows = rows
        self.years = years
        let events = shown.flatMap { clusters[$0].members }.sorted().map { timeline[$0] }
        monthly = TimelineAxis.monthlyCounts(events)
    }

    init(rows: [TimelineRow], years: [Int], monthly: (firstYear: Int, firstMonth: Int, counts: [Int])) {
        self.rows = rows
        self.years = years
        self.monthly = monthly
    }

    func isSelectable(_ row: Int) -> Bool {
        rows.indices.contains(row) && rows[row].cluster != nil
    }

    /// The selectable row nearest to `row`, looking in `direction` first (+1 down, -1 up).
    func selectable(near row: Int, direction: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        let start = clamp(row, 0, rows.count - 1)
        let step = direction < 0 ? -1 : 1
        var index = start
        while rows.indices.contains(index) {
            if isSelectable(index) { return index }
            index += step
        }
        index = start
        while rows.indices.contains(index) {
            if isSelectable(index) { return index }
            index -= step
        }
        return start
    }

    /// The first cluster row of the next (`forward`) or previous year with events, if any.
    func yearJump(from row: Int, forward: Bool) -> Int? {
        guard years.indices.contains(row) else { return nil }
        let year = years[row]
        if forward {
            return rows.indices.first { years[$0] > year && isSelectable($0) }
        }
        guard let previous = rows.indices.filter({ years[$0] < year && isSelectable($0) }).map({ years[$0] }).max() else { return nil }
        return rows.indices.first { years[$0] == previous && isSelectable($0) }
    }
}

/// Rows per filter, built once each: `update` and `render` ask for them on every key.
final class TimelineCache: @unchecked Sendable {
    private let lock = Lock()
    private var layouts: [TimelineFilter?: TimelineLayout] = [:]

    func layout(_ filter: TimelineFilter?, make: () -> TimelineLayout) -> TimelineLayout {
        if let layout = lock.locked({ layouts[filter] }) { return layout }
        let layout = make()
        lock.locked {
            if layouts.count > 16 { layouts.removeAll() }
            layouts[filter] = layout
        }
        return layout
    }
}

extension ExplorerData {
    func timelineLayout(_ filter: TimelineFilter?) -> TimelineLayout {
        timelineCache.layout(filter) {
            TimelineLayout(clusters: clusters, timeline: timeline) { cluster in
                guard let filter else { return true }
                return cluster.members.contains { member in
                    switch filter {
                    case .actor(let id): return timeline[member].actors.contains(id)
                    case .issue(let id): return timeline[member].issues.contains(id)
                    }
                }
            }
        }
    }

    /// The cluster shown on a row of the filtered timeline.
    func cluster(row: Int, filter: TimelineFilter?) -> EventCluster? {
        let layout = timelineLayout(filter)
        guard layout.rows.indices.contains(row), let index = layout.rows[row].cluster, clusters.indices.contains(index) else { return nil }
        return clusters[index]
    }

    /// The filter as the pane title says it: `actor: Vladimir Putin`.
    func filterName(_ filter: TimelineFilter) -> String {
        switch filter {
        case .actor(let id): return "actor: " + sideName(id)
        case .issue(let id): return "issue: " + issueTitle(id)
        }
    }

    func issueTitle(_ id: String) -> String {
        corpus.issues.first { $0.id == id }?.title ?? id
    }
}
