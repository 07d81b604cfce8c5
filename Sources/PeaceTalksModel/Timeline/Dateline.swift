/// The publication date a news text gives in its first lines: a dateline (`KYIV, Dec. 1
/// (Reuters) -`, `Kiev, vrijdag, 21 november 2025.`) or a line that is mostly a date
/// (`1 december 2025`, `Published 2025-12-01`). A date in running text (`On 24 February
/// 2022 Russia invaded`) is not one.
enum Dateline {
    static let linesRead = 5
    static let longestDateLine = 80
    static let wordsBesideDate = 3

    static func publicationDate(in text: String, near fileDay: CalendarDay) -> PartialDate? {
        var read = 0
        // At most 20 lines are looked at: splitting stops there instead of walking the whole text.
        for line in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: true).prefix(20) {
            let scalars = Array(line.unicodeScalars.prefix(400))
            guard scalars.contains(where: { !ScalarClass.isWhitespace($0) }) else { continue }
            read += 1
            if read > linesRead { break }
            if let date = date(inLine: scalars, near: fileDay) { return date }
        }
        return nil
    }

    private static func date(inLine scalars: [Unicode.Scalar], near fileDay: CalendarDay) -> PartialDate? {
        let tokens = DateTokenizer.tokenize(scalars)
        for found in DatePatterns.scan(scalars, language: .english) where found.date.day != nil {
            let wordsOutside = tokens.filter { $0.kind == .word && !found.span.contains($0.span) }.count
            let shortLine = found.hasYear && scalars.count <= longestDateLine && wordsOutside <= wordsBesideDate
            guard shortLine || opensDateline(found.span, tokens, scalars) else { continue }
            var date = found.date
            if !found.hasYear {
                date.year = DateExtractor.nearestYear(month: date.month ?? 1, day: date.day, to: fileDay.partialDate)
            }
            return date
        }
        return nil
    }

    /// `PLACE, DATE (AGENCY) -`: the date comes early in the line and a bracket or a dash follows it.
    private static func opensDateline(_ span: TextSpan, _ tokens: [DateToken], _ scalars: [Unicode.Scalar]) -> Bool {
        guard span.start <= 40 else { return false }
        let after = tokens.filter { $0.span.start >= span.end }.prefix(2)
        return after.contains { $0.kind == .mark && ["(", "-", "–", "—", ":"].contains(scalars[$0.span.start]) }
    }
}
