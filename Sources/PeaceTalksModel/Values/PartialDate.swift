import Foundation

/// A calendar date at the precision it was written: a year, a month or a day.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    /// An ISO 8601 week (`vorige week`, `last week`); `year` is then the ISO week-year, and
    /// month and day are nil.
    public var week: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// The ISO week `week` of the ISO week-year `year`.
    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    public enum Precision: String, Sendable, Codable {
        case year, month, week, day
    }

    public var precision: Precision {
        if day != nil { return .day }
        if week != nil { return .week }
        if month != nil { return .month }
        return .year
    }

    /// ISO 8601 at the written precision: `2024`, `2024-06`, `2024-W21`, `2024-05-20`.
    public var iso: String {
        var text = String(format: "%04d", year)
        if let week { return text + String(format: "-W%02d", week) }
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public var description: String { iso }

    /// A year sorts before its months, a month before its days; a week sorts as its Monday.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: (Int, Int, Int) {
        if week != nil, let monday = CalendarDay.monday(ofISOWeek: self) {
            return (monday.year, monday.month, monday.day)
        }
        return (year, month ?? 0, day ?? 0)
    }
}
