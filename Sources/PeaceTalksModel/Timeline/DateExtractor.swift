import Foundation

/// Finds dated expressions and normalises them to ISO dates at the precision written.
public enum DateExtractor {
    /// Every date in `text`, in text order, spans in Unicode scalars. Day-month dates take their
    /// year from `anchor` (see `DateAnchor.year(forMonth:day:)`).
    public static func extract(from text: String, language: Language, anchor: DateAnchor) -> [DateMatch] {
        extract(from: Array(text.unicodeScalars), language: language, anchor: anchor)
    }

    static func extract(from scalars: [Unicode.Scalar], language: Language, anchor: DateAnchor) -> [DateMatch] {
        DatePatterns.scan(scalars, language: language).map { found in
            var date = found.date
            if !found.hasYear {
                date.year = anchor.year(forMonth: date.month ?? 1, day: date.day ?? 1)
            }
            return DateMatch(date: date, span: found.span)
        }
    }

    /// The latest year written in a year context (`in 2022`, `maart 2022`), if any.
    /// A long text is scanned a megabyte at a time, each piece ending at a line break, so
    /// that its scalars and date tokens (some fifteen times the text) never exist all at once;
    /// only a date written across that one line break could be missed.
    public static func latestYear(in text: String) -> Int? {
        var latest: Int?
        var start = text.utf8.startIndex
        while start < text.utf8.endIndex {
            var end = text.utf8.index(start, offsetBy: pieceBytes, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
            end = text.utf8[end...].firstIndex(of: 0x0A).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
            let piece = Array(Substring(text.utf8[start..<end]).unicodeScalars)
            let year = DatePatterns.scan(piece, language: .dutch).filter(\.hasYear).map(\.date.year).max()
            if let year { latest = max(latest ?? year, year) }
            start = end
        }
        return latest
    }

    static let pieceBytes = 1024 * 1024
}

extension DateAnchor {
    /// The metadata's date, else the latest year in the text, else the year the file was last
    /// changed (today's year when the file cannot be read).
    public static func choose(for article: Article) -> DateAnchor {
        if let published = article.metadata.date {
            return DateAnchor(year: published.year, published: published, source: .metadata)
        }
        if let year = DateExtractor.latestYear(in: article.text) {
            return DateAnchor(year: year, source: .latestYearInText)
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: article.path))?[.modificationDate] as? Date
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return DateAnchor(year: calendar.component(.year, from: modified ?? Date()), source: .fileDate)
    }

    /// The year a day-month date belongs to: the anchor's year, or the year before when the
    /// publication date is known and the day-month falls after it (an article of 3 January
    /// that mentions `28 december` means the December just gone).
    public func year(forMonth month: Int, day: Int) -> Int {
        guard let published, published.year == year, let publishedMonth = published.month else { return year }
        if month > publishedMonth { return year - 1 }
        if month == publishedMonth, let publishedDay = published.day, day > publishedDay { return year - 1 }
        return year
    }
}
