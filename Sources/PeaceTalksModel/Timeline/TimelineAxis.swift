/// The timeline laid out in time: events grouped under years or months, the gaps between
/// groups measured, and a count of events per month for a histogram.
public enum TimelineGranularity: String, Sendable, CaseIterable {
    case year, month
}

public struct TimelinePeriod: Hashable, Sendable {
    /// `2022`, or `2022-03` by month; an event known only to its year stays under the year.
    public var key: String
    /// Indexes into the timeline, in timeline order.
    public var events: [Int]
    /// How far this period lies from the one before, when that is worth a ruler (`8 years`).
    public var gapBefore: String?

    public init(key: String, events: [Int], gapBefore: String?) {
        self.key = key
        self.events = events
        self.gapBefore = gapBefore
    }
}

public enum TimelineAxis {
    public static func periods(_ timeline: [Event], by granularity: TimelineGranularity) -> [TimelinePeriod] {
        var periods: [TimelinePeriod] = []
        var previous: (year: Int, month: Int)?
        for (index, event) in timeline.enumerated() {
            let (year, month) = yearMonth(event.date)
            let key = granularity == .year || month == nil ? String(format: "%04d", year) : String(format: "%04d-%02d", year, month ?? 1)
            if periods.last?.key == key {
                periods[periods.count - 1].events.append(index)
                continue
            }
            let here = (year, month ?? 1)
            periods.append(TimelinePeriod(key: key, events: [index], gapBefore: previous.flatMap { gap(from: $0, to: here, granularity) }))
            previous = (year, month ?? 12)
        }
        return periods
    }

    /// `8 years`, `5 months`: a gap of two years or more (by year) or three months or more (by month).
    static func gap(from first: (year: Int, month: Int), to second: (year: Int, month: Int), _ granularity: TimelineGranularity) -> String? {
        let months = (second.year - first.year) * 12 + (second.month - first.month)
        let years = second.year - first.year
        if years >= 2 { return "\(years) years" }
        if granularity == .month, months >= 3 { return "\(months) months" }
        return nil
    }

    /// The year and month an event belongs to; a week counts in the month of its Monday.
    static func yearMonth(_ date: PartialDate) -> (Int, Int?) {
        if date.week != nil, let monday = CalendarDay.monday(ofISOWeek: date) { return (monday.year, monday.month) }
        return (date.year, date.month)
    }

    /// Events per month from the first event's month to the last one's; events known only to
    /// their year are left out. Empty when no event has a month.
    public static func monthlyCounts(_ timeline: [Event]) -> (firstYear: Int, firstMonth: Int, counts: [Int]) {
        let months = timeline.compactMap { event -> Int? in
            let (year, month) = yearMonth(event.date)
            return month.map { year * 12 + $0 - 1 }
        }
        guard let low = months.min(), let high = months.max() else { return (0, 1, []) }
        var counts = Array(repeating: 0, count: high - low + 1)
        for month in months { counts[month - low] += 1 }
        return (low / 12, low % 12 + 1, counts)
    }

    /// A one-line histogram of `counts` in `width` columns, in block characters (`▁▂▃▄▅▆▇█`),
    /// or in ASCII (` .:-=+*#`) when `ascii`; each column sums the months it covers.
    public static func sparkline(_ counts: [Int], width: Int, ascii: Bool = false) -> String {
        guard width > 0, !counts.isEmpty else { return "" }
        let columns = min(width, counts.count)
        var sums = Array(repeating: 0, count: columns)
        for (index, count) in counts.enumerated() { sums[index * columns / counts.count] += count }
        let levels: [Character] = ascii ? Array(" .:-=+*#") : [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = max(1, sums.max() ?? 1)
        return String(sums.map { sum in
            sum == 0 ? levels[0] : levels[max(1, (sum * (levels.count - 1) + top - 1) / top)]
        })
    }
}
