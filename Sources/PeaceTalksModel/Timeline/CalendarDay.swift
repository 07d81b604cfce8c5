import Foundation

/// A day of the Gregorian calendar in UTC, for the arithmetic that relative dates need
/// (`gisteren`, `on Friday`, `last week`). Dates in the model stay `PartialDate`s.
struct CalendarDay: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init?(_ date: PartialDate) {
        guard let month = date.month, let day = date.day else { return nil }
        self.init(year: date.year, month: month, day: day)
    }

    init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    var date: Date? {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    var partialDate: PartialDate { PartialDate(year: year, month: month, day: day) }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int? {
        guard let date else { return nil }
        let sundayFirst = Self.calendar.component(.weekday, from: date)
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    func adding(days: Int) -> CalendarDay? {
        guard let date, let moved = Self.calendar.date(byAdding: .day, value: days, to: date) else { return nil }
        return CalendarDay(moved)
    }

    /// The ISO week this day falls in.
    var isoWeek: PartialDate? {
        guard let date else { return nil }
        let parts = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        guard let year = parts.yearForWeekOfYear, let week = parts.weekOfYear else { return nil }
        return PartialDate(year: year, week: week)
    }

    static func monday(ofISOWeek date: PartialDate) -> CalendarDay? {
        guard let week = date.week else { return nil }
        var parts = DateComponents()
        parts.yearForWeekOfYear = date.year
        parts.weekOfYear = week
        parts.weekday = 2
        return calendar.date(from: parts).map(CalendarDay.init)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    func days(to other: CalendarDay) -> Int? {
        guard let start = date, let end = other.date else { return nil }
        return Self.calendar.dateComponents([.day], from: start, to: end).day
    }
}
