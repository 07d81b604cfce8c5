import Foundation

/// Finds dated expressions and normalises them to ISO dates at the precision written.
public enum DateExtractor {
    /// Every date in `text`, in text order, spans in Unicode scalars. See `extract(from:language:anchor:sentences:)`.
    public static func extract(from text: String, language: Language, anchor: DateAnchor) -> [DateMatch] {
        extract(from: Array(text.unicodeScalars), language: language, anchor: anchor)
    }

    /// Every date in a paragraph's scalars, in text order.
    ///
    /// A date written without a year (`18 augustus`, `eind maart`) takes the year that puts it
    /// nearest the publication date; without a publication date, the year written in its own
    /// sentence, else in its paragraph, and never a year from elsewhere in the article: with
    /// none, it is left out rather than guessed. Relative expressions (`gisteren`, `on Friday`,
    /// `vorige week`) are counted from the publication date, and left out without one.
    static func extract(
        from scalars: [Unicode.Scalar], language: Language, anchor: DateAnchor, sentences: [TextSpan] = []
    ) -> [DateMatch] {
        let found = DatePatterns.scan(scalars, language: language)
        let writtenYears = found.filter(\.hasYear).map { (start: $0.span.start, year: $0.date.year) }
        let tense = Tense(scalars, sentences: sentences, language: language)
        var matches: [DateMatch] = []
        for item in found {
            if item.hasYear {
                matches.append(DateMatch(date: item.date, span: item.span))
            } else if let placed = place(
                item, anchor: anchor, writtenYears: writtenYears, sentences: sentences,
                future: tense.isFuture(at: item.span.start), since: tense.followsSince(item.span.start))
            {
                matches.append(placed)
            }
        }
        if let published = anchor.published {
            let taken = found.map(\.span)
            matches += RelativeDates.scan(scalars, published: published, tense: tense)
                .filter { relative in !taken.contains { $0.overlaps(relative.span) } }
        }
        return matches.sorted { $0.span.start < $1.span.start }
    }

    private static func place(
        _ item: DatePatterns.Found, anchor: DateAnchor, writtenYears: [(start: Int, year: Int)], sentences: [TextSpan],
        future: Bool, since: Bool
    ) -> DateMatch? {
        var date = item.date
        if let published = anchor.published {
            date.year = since
                ? yearSince(month: date.month ?? 1, day: date.day, publishedOn: published)
                : year(month: date.month ?? 1, day: date.day, publishedOn: published, future: future)
            return DateMatch(date: date, span: item.span, resolution: .publicationYear)
        }
        let sentence = sentences.first { $0.start <= item.span.start && item.span.start < $0.end }
        if let sentence, let year = nearest(writtenYears.filter { sentence.start <= $0.start && $0.start < sentence.end }, to: item.span.start) {
            date.year = year
            return DateMatch(date: date, span: item.span, resolution: .sentenceYear)
        }
        if let year = nearest(writtenYears, to: item.span.start) {
            date.year = year
            return DateMatch(date: date, span: item.span, resolution: sentence == nil ? .sentenceYear : .paragraphYear)
        }
        return nil
    }

    private static func nearest(_ years: [(start: Int, year: Int)], to offset: Int) -> Int? {
        years.min { abs($0.start - offset) < abs($1.start - offset) }?.year
    }

    /// How far from the publication date a day-month may lie, after it in a sentence about the
    /// past or before it in one about the future, and still be in the publication year.
    static let sameYearReach = 60

    /// The publication year, unless the date would lie far after the publication date in a
    /// sentence about the past (`Op 28 december viel Rusland aan` in January: the December
    /// before), or far before it in one about the future (`In maart zullen ze praten` in
    /// November: the March after).
    static func year(month: Int, day: Int?, publishedOn published: PartialDate, future: Bool) -> Int {
        guard let publishedMonth = published.month else { return published.year }
        let reference = CalendarDay(year: published.year, month: publishedMonth, day: published.day ?? 15)
        let candidate = CalendarDay(year: published.year, month: month, day: day ?? 15)
        guard let days = reference.days(to: candidate) else { return published.year }
        if days > sameYearReach, !future { return published.year - 1 }
        if days < -sameYearReach, future { return published.year + 1 }
        return published.year
    }

    /// `since April`, `sinds 3 maart`: whatever the tense, the most recent such month or day
    /// not after the publication date.
    static func yearSince(month: Int, day: Int?, publishedOn published: PartialDate) -> Int {
        guard let publishedMonth = published.month else { return published.year }
        if month < publishedMonth { return published.year }
        if month > publishedMonth { return published.year - 1 }
        guard let day, let publishedDay = published.day else { return published.year }
        return day <= publishedDay ? published.year : published.year - 1
    }

    /// The year, of the publication year and the years either side, that puts a month (and day)
    /// nearest the publication date: `3 december` in an article of 30 August 2025 is 2025, in
    /// one of 3 January 2026 it is 2025 too.
    static func nearestYear(month: Int, day: Int?, to published: PartialDate) -> Int {
        guard let publishedMonth = published.month else { return published.year }
        let reference = CalendarDay(year: published.year, month: publishedMonth, day: published.day ?? 15)
        let candidates = [published.year, published.year - 1, published.year + 1]
        return candidates.min { first, second in
            distance(CalendarDay(year: first, month: month, day: day ?? 15), reference)
                < distance(CalendarDay(year: second, month: month, day: day ?? 15), reference)
        } ?? published.year
    }

    private static func distance(_ day: CalendarDay, _ reference: CalendarDay) -> Int {
        abs(day.days(to: reference) ?? Int.max / 2)
    }

}

extension DateAnchor {
    /// The metadata's date, else a dateline in the article's first lines, else the year the
    /// file was last changed as read at load (today's year for text without a file), with no publication date.
    public static func choose(for article: Article) -> DateAnchor {
        if let published = article.metadata.date {
            return DateAnchor(year: published.year, published: published, source: .metadata)
        }
        let fileDay = CalendarDay(article.modificationDate ?? Date())
        if let dateline = Dateline.publicationDate(in: article.text, near: fileDay) {
            return DateAnchor(year: dateline.year, published: dateline, source: .dateline)
        }
        return DateAnchor(year: fileDay.year, source: .fileDate)
    }
}
