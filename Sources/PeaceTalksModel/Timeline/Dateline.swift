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

    /// A date line at the top of an article: its 1-based line number and its date.
    struct Stamp: Sendable {
        var line: Int
        var date: PartialDate
    }

    /// The stamp lines among the article's first lines (`isStampLine`).
    static func stamps(in text: String) -> [Stamp] {
        var stamps: [Stamp] = []
        var read = 0
        for (offset, line) in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false).prefix(20).enumerated() {
            let scalars = Array(line.unicodeScalars.prefix(longestDateLine + 1))
            guard scalars.contains(where: { !ScalarClass.isWhitespace($0) }) else { continue }
            read += 1
            if read > linesRead { break }
            guard isStampLine(scalars),
                  let found = DatePatterns.scan(scalars, language: .english).first(where: { $0.hasYear && $0.date.day != nil })
            else { continue }
            stamps.append(Stamp(line: offset + 1, date: found.date))
        }
        return stamps
    }

    /// A line at the top of an article that only stamps it (`14 februari 2025`, `Gepubliceerd op
    /// 3 maart 2025, 08:12`, `Updated: March 3, 2025`): a full date and, beside it, nothing but
    /// small words, stamp words and numbers. Its date is when the article appeared, not an event.
    static func isStampLine(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= longestDateLine else { return false }
        let dates = DatePatterns.scan(scalars, language: .english).filter { $0.hasYear && $0.date.day != nil }
        guard !dates.isEmpty else { return false }
        let outside = DateTokenizer.tokenize(scalars).filter { token in
            token.kind == .word && !dates.contains { $0.span.contains(token.span) }
        }
        return outside.count <= wordsBesideDate && outside.allSatisfy { token in
            let word = String(String.UnicodeScalarView(scalars[token.span.start..<token.span.end])).lowercased()
            return stampWords.contains(word) || FunctionWords.contains(word)
        }
    }

    static let stampWords: Set<String> = [
        "gepubliceerd", "bijgewerkt", "aangepast", "geplaatst", "laatst", "uur", "published", "updated",
        "posted", "last", "modified", "am", "pm", "cet", "cest", "gmt", "utc", "bst", "edt", "est",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "ma", "di", "wo", "do", "vr", "za", "zo", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]

    /// `PLACE, DATE (AGENCY) -`: the date comes early in the line and a bracket or a dash follows it.
    private static func opensDateline(_ span: TextSpan, _ tokens: [DateToken], _ scalars: [Unicode.Scalar]) -> Bool {
        guard span.start <= 40 else { return false }
        let after = tokens.filter { $0.span.start >= span.end }.prefix(2)
        return after.contains { $0.kind == .mark && ["(", "-", "–", "—", ":"].contains(scalars[$0.span.start]) }
    }
}
