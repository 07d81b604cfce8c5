import Foundation

/// The timeline as an iCalendar file (RFC 5545): one all-day VEVENT per cluster of reports,
/// on its day when the day is known, else spanning its month or year.
public enum ICalendarExport {
    public static func write(_ corpus: Corpus, stamp: Date = Date()) -> String {
        let view = CorpusView(corpus)
        let clusters = JSONExport.clusters(corpus, view: view)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//peacetalks//timeline//EN", "CALSCALE:GREGORIAN"]
        let stampText = utcStamp(stamp)
        for (index, cluster) in clusters.enumerated() {
            let source = view.clusters[index]
            guard let (start, end) = range(source.date) else { continue }
            let first = source.members.first.map { view.timeline[$0] }
            var description = first?.text ?? ""
            if cluster.documents.count > 1 { description += "\n\nReported in \(cluster.documents.count) articles." }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid(cluster),
                "DTSTAMP:" + stampText,
                "DTSTART;VALUE=DATE:" + start,
                "DTEND;VALUE=DATE:" + end,
                "SUMMARY:" + text(cluster.name),
                "DESCRIPTION:" + text(description),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The first day and the day after the last, as `YYYYMMDD`.
    static func range(_ date: PartialDate) -> (String, String)? {
        let first: CalendarDay
        let next: CalendarDay?
        if let day = CalendarDay(date) {
            first = day
            next = day.adding(days: 1)
        } else if date.week != nil, let monday = CalendarDay.monday(ofISOWeek: date) {
            first = monday
            next = monday.adding(days: 7)
        } else if let month = date.month {
            first = CalendarDay(year: date.year, month: month, day: 1)
            next = month == 12 ? CalendarDay(year: date.year + 1, month: 1, day: 1) : CalendarDay(year: date.year, month: month + 1, day: 1)
        } else {
            first = CalendarDay(year: date.year, month: 1, day: 1)
            next = CalendarDay(year: date.year + 1, month: 1, day: 1)
        }
        guard let next else { return nil }
        return (compact(first), compact(next))
    }

    private static func compact(_ day: CalendarDay) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    private static func utcStamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// Stable across runs: the cluster's date and first event.
    private static func uid(_ cluster: ExportCluster) -> String {
        "\(cluster.date)-\(cluster.events.first ?? 0)-\(cluster.keyEvent ?? "event")@peacetalks"
    }

    /// TEXT escaping (RFC 5545 3.3.11), with control characters other than line breaks dropped.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Lines folded at 75 octets, continuation lines starting with a space, never inside a character.
    static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(lines.isEmpty ? current : " " + current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(lines.isEmpty ? current : " " + current)
        return lines
    }
}
