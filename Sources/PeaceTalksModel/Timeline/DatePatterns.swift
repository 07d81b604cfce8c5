/// The patterns a date is written in, matched over tokens left to right, never overlapping.
enum DatePatterns {
    struct Found {
        /// For a day-month without a year, `year` is 0 until anchored.
        var date: PartialDate
        var span: TextSpan
        var hasYear: Bool
    }

    static func scan(_ scalars: [Unicode.Scalar], language: Language) -> [Found] {
        let tokens = DateTokenizer.tokenize(scalars)
        var found: [Found] = []
        var index = 0
        var lastYearTokenEnd = -1
        while index < tokens.count {
            if let (match, next) = match(
                at: index, tokens, scalars, language: language, lastYearTokenEnd: lastYearTokenEnd)
            {
                found.append(withModifier(match, before: index, tokens, scalars))
                if match.hasYear { lastYearTokenEnd = next - 1 }
                index = next
            } else {
                index += 1
            }
        }
        let borrowing = daysBorrowingMonth(tokens, scalars, found)
        return borrowing.isEmpty ? found : (found + borrowing).sorted { $0.span.start < $1.span.start }
    }

    /// `maandag 2 op dinsdag 3 februari`, `van 2 tot 5 maart`, `2-3 March`: a day number before a
    /// joiner and a date takes that date's month (and year). Only after a weekday or `van`/`from`/
    /// `between`, before a weekday, or with a dash, so that a count before `en 3 maart` stays a count.
    private static func daysBorrowingMonth(_ tokens: [DateToken], _ scalars: [Unicode.Scalar], _ found: [Found]) -> [Found] {
        var borrowing: [Found] = []
        // `found` is in text order and never overlaps: one cursor walks it beside the tokens.
        var cursor = 0
        for index in tokens.indices {
            let start = tokens[index].span.start
            while cursor < found.count, found[cursor].span.end <= start { cursor += 1 }
            guard let day = DateVocabulary.day(tokens[index]),
                cursor == found.count || found[cursor].span.start > start,
                let joiner = token(tokens, index + 1), DateVocabulary.dayJoiners.contains(lower(joiner, scalars))
            else { continue }
            let before = token(tokens, index - 1).flatMap { $0.kind == .word ? lower($0, scalars) : nil } ?? ""
            let weekdayBefore = RelativeVocabulary.weekday(before) != nil
            var next = index + 2
            var weekdayAfter = false
            if let word = token(tokens, next), word.kind == .word, RelativeVocabulary.weekday(lower(word, scalars)) != nil {
                weekdayAfter = true
                next += 1
            }
            guard weekdayBefore || weekdayAfter || DateVocabulary.rangeOpeners.contains(before) || joiner.kind == .mark,
                let target = token(tokens, next), cursor < found.count, found[cursor].span.start == target.span.start,
                let month = found[cursor].date.month, found[cursor].date.day != nil, day <= daysIn(month)
            else { continue }
            let later = found[cursor]
            let first = weekdayBefore ? tokens[index - 1].span.start : start
            let date = PartialDate(year: later.date.year, month: month, day: day)
            borrowing.append(Found(date: date, span: TextSpan(start: first, end: tokens[index].span.end), hasYear: later.hasYear))
        }
        return borrowing
    }

    private static func token(_ tokens: [DateToken], _ index: Int) -> DateToken? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    /// A word or mark token as written.
    private static func text(_ token: DateToken, _ scalars: [Unicode.Scalar]) -> String {
        ScalarClass.string(scalars, token.span)
    }

    /// A word or mark token lowercased, as `text(…).lowercased()`.
    private static func lower(_ token: DateToken, _ scalars: [Unicode.Scalar]) -> String {
        let start = max(0, min(token.span.start, scalars.count))
        let end = max(start, min(token.span.end, scalars.count))
        return ScalarClass.lowercasedString(scalars[start..<end])
    }

    /// Whether the token is the punctuation mark `mark`.
    private static func isMark(_ token: DateToken?, _ mark: Unicode.Scalar, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let token, token.kind == .mark, scalars.indices.contains(token.span.start) else { return false }
        return scalars[token.span.start] == mark
    }

    /// The month a word names, and the index after it (past a full stop after an abbreviation).
    private static func month(
        at index: Int, _ tokens: [DateToken], _ scalars: [Unicode.Scalar]
    ) -> (month: Int, next: Int, word: String)? {
        guard let word = token(tokens, index), word.kind == .word, word.span.end <= scalars.count,
            let month = DateVocabulary.month(scalars[word.span.start..<word.span.end])
        else { return nil }
        let written = text(word, scalars)
        var next = index + 1
        if DateVocabulary.abbreviations.contains(written.lowercased()), isMark(token(tokens, next), ".", scalars) {
            next += 1
        }
        return (month, next, written)
    }

    private static func match(
        at index: Int, _ tokens: [DateToken], _ scalars: [Unicode.Scalar], language: Language, lastYearTokenEnd: Int
    ) -> (Found, Int)? {
        guard let first = token(tokens, index) else { return nil }

        // `20 mei 2024`, `18 augustus`, `18 August 2025`, `18th of August`
        if let day = DateVocabulary.day(first) {
            var monthIndex = index + 1
            if first.isOrdinal, let of = token(tokens, monthIndex), of.kind == .word, lower(of, scalars) == "of" {
                monthIndex += 1
            }
            if let (month, next, _) = month(at: monthIndex, tokens, scalars), day <= daysIn(month) {
                // `14 February 2024`, and `14 February, 2024` with a comma before the year.
                let yearIndex = isMark(token(tokens, next), ",", scalars) ? next + 1 : next
                if let year = token(tokens, yearIndex), DateVocabulary.isYear(year), let value = year.value {
                    let date = PartialDate(year: value, month: month, day: day)
                    return (Found(date: date, span: TextSpan(start: first.span.start, end: year.span.end), hasYear: true), yearIndex + 1)
                }
                let end = tokens[next - 1].span.end
                let date = PartialDate(year: 0, month: month, day: day)
                return (Found(date: date, span: TextSpan(start: first.span.start, end: end), hasYear: false), next)
            }
        }

        // `2025-12-01`
        if DateVocabulary.isYear(first), let year = first.value, isMark(token(tokens, index + 1), "-", scalars),
            let monthToken = token(tokens, index + 2), let month = DateVocabulary.day(monthToken), month <= 12,
            isMark(token(tokens, index + 3), "-", scalars), let dayToken = token(tokens, index + 4),
            let day = DateVocabulary.day(dayToken), day <= daysIn(month),
            (1...4).allSatisfy({ tokens[index + $0].span.start == tokens[index + $0 - 1].span.end })
        {
            let date = PartialDate(year: year, month: month, day: day)
            return (Found(date: date, span: TextSpan(start: first.span.start, end: dayToken.span.end), hasYear: true), index + 5)
        }

        if let (month, next, word) = month(at: index, tokens, scalars) {
            // `maart 2022`, `Sept. 2021`
            if let year = token(tokens, next), DateVocabulary.isYear(year), let value = year.value {
                let date = PartialDate(year: value, month: month)
                return (Found(date: date, span: TextSpan(start: first.span.start, end: year.span.end), hasYear: true), next + 1)
            }
            // `August 18`, `August 18, 2025`: English order; `may` only as `May`.
            let lower = word.lowercased()
            let englishOrder = language == .english || DateVocabulary.englishOnly.contains(lower)
            let mayIsVerb = lower == "may" && word.unicodeScalars.first == "m"
            if englishOrder, !mayIsVerb, let dayToken = token(tokens, next), let day = DateVocabulary.day(dayToken),
                day <= daysIn(month)
            {
                var after = next + 1
                if isMark(token(tokens, after), ",", scalars) { after += 1 }
                if let year = token(tokens, after), DateVocabulary.isYear(year), let value = year.value {
                    let date = PartialDate(year: value, month: month, day: day)
                    return (Found(date: date, span: TextSpan(start: first.span.start, end: year.span.end), hasYear: true), after + 1)
                }
                let date = PartialDate(year: 0, month: month, day: day)
                return (Found(date: date, span: TextSpan(start: first.span.start, end: dayToken.span.end), hasYear: false), next + 1)
            }
            // `eind augustus`, `in maart`, `since March`: a month alone, after a word that makes it
            // a time; never an abbreviation, and `May`/`March` only capitalised (`may`, `march` are verbs).
            let isVerbLike = (lower == "may" || lower == "march") && word.unicodeScalars.first?.properties.isLowercase == true
            if !DateVocabulary.abbreviations.contains(lower), !isVerbLike, let before = token(tokens, index - 1),
                before.kind == .word, DateVocabulary.monthContext.contains(self.lower(before, scalars))
            {
                let date = PartialDate(year: 0, month: month)
                return (Found(date: date, span: TextSpan(start: first.span.start, end: tokens[next - 1].span.end), hasYear: false), next)
            }
            return nil
        }

        // `sinds 2014`, `in 2022`, `anno 2025`, and the second year of `tussen 2014 en 2022`.
        if DateVocabulary.isYear(first), let value = first.value, let before = token(tokens, index - 1) {
            let word = lower(before, scalars)
            let inContext = before.kind == .word && DateVocabulary.yearContext.contains(word)
            let inRange = DateVocabulary.rangeJoiners.contains(word) && lastYearTokenEnd == index - 2
            if inContext || inRange {
                return (Found(date: PartialDate(year: value), span: first.span, hasYear: true), index + 1)
            }
        }
        return nil
    }

    /// Widens a match over a modifier just before it (`begin maart 2022`, `early March 2022`).
    private static func withModifier(
        _ found: Found, before index: Int, _ tokens: [DateToken], _ scalars: [Unicode.Scalar]
    ) -> Found {
        guard let previous = token(tokens, index - 1), previous.kind == .word,
            DateVocabulary.modifiers.contains(lower(previous, scalars))
        else { return found }
        var widened = found
        widened.span.start = previous.span.start
        return widened
    }

    private static func daysIn(_ month: Int) -> Int {
        switch month {
        case 2: return 29
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
