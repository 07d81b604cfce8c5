/// Relative time expressions, counted from the publication date: `gisteren`, `yesterday`,
/// `maandag`, `on Friday`, `vorige week`, `last month`, `volgend jaar`. Each keeps the
/// precision it has: a day, an ISO week, a month or a year.
enum RelativeDates {
    static func scan(_ scalars: [Unicode.Scalar], published: PartialDate, tense: Tense) -> [DateMatch] {
        let tokens = tense.tokens
        let words = tense.words
        let day = CalendarDay(published)
        var matches: [DateMatch] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .word else { continue }
            let word = words[index]
            let previous = index > 0 ? words[index - 1] : ""
            let direction = RelativeVocabulary.direction(of: previous)
            let start = direction == nil ? tokens[index].span.start : tokens[index - 1].span.start
            let span = TextSpan(start: start, end: tokens[index].span.end)

            if let direction, let offset = RelativeVocabulary.partOfDayOffset(word, direction: direction), let day {
                // `last night`, `this morning`: a part of a day near the publication date.
                if let target = day.adding(days: offset) {
                    matches.append(DateMatch(date: target.partialDate, span: span, resolution: .relative))
                }
            } else if let offset = RelativeVocabulary.dayOffsets[word], let day {
                if word == "morgen", RelativeVocabulary.beforeMorningNoun.contains(previous) { continue }
                if let target = day.adding(days: offset) {
                    matches.append(DateMatch(date: target.partialDate, span: TextSpan(start: tokens[index].span.start, end: span.end), resolution: .relative))
                }
            } else if let weekday = RelativeVocabulary.weekday(word), let day {
                // `vrijdag 21 november`: the date says it; the weekday adds nothing.
                if startsDate(after: index, tokens, scalars) { continue }
                // `dinsdag vorige week`, `Tuesday last week`: that week's day, one match.
                if index + 2 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 2].kind == .word,
                   let weeks = RelativeVocabulary.direction(of: words[index + 1]), weeks != 0,
                   RelativeVocabulary.units[words[index + 2]] == .week
                {
                    if let target = resolve(weekday: weekday, weeksFrom: day, by: weeks) {
                        matches.append(DateMatch(
                            date: target.partialDate, span: TextSpan(start: span.start, end: tokens[index + 2].span.end),
                            resolution: .relative))
                    }
                    index += 2
                    continue
                }
                let offset = tokens[index].span.start
                let target: CalendarDay?
                if direction == 0 {
                    target = resolve(weekday: weekday, inWeekOf: day, verdict: tense.clauseVerdict(at: offset))
                } else {
                    let future = direction.map { $0 > 0 } ?? tense.isFuture(at: offset)
                    target = resolve(weekday: weekday, from: day, future: future, explicit: direction != nil)
                }
                if let target {
                    matches.append(DateMatch(date: target.partialDate, span: span, resolution: .relative))
                }
            } else if let direction, let unit = RelativeVocabulary.units[word] {
                // `vorige week dinsdag`, `volgende week woensdag`: that week's day, one match.
                if unit == .week, direction != 0, let day, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                   let weekday = RelativeVocabulary.weekday(words[index + 1])
                {
                    if let target = resolve(weekday: weekday, weeksFrom: day, by: direction) {
                        matches.append(DateMatch(
                            date: target.partialDate, span: TextSpan(start: span.start, end: tokens[index + 1].span.end),
                            resolution: .relative))
                    }
                    index += 1
                    continue
                }
                if let date = shift(published, day: day, unit: unit, by: direction) {
                    matches.append(DateMatch(date: date, span: span, resolution: .relative))
                }
            }
        }
        return matches
    }

    private static func startsDate(after index: Int, _ tokens: [DateToken], _ scalars: [Unicode.Scalar]) -> Bool {
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .mark { next += 1 }
        guard next < tokens.count, let value = tokens[next].value else { return false }
        return value >= 1 && value <= 31 && tokens[next].numberLength <= 2
    }

    static func resolve(weekday: Int, from day: CalendarDay, future: Bool, explicit: Bool) -> CalendarDay? {
        guard let today = day.weekday else { return nil }
        var delta = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
        if delta == 0, explicit { delta = future ? 7 : -7 }
        return day.adding(days: delta)
    }

    /// The `weekday` (1 = Monday) of the week `weeks` before or after the publication week.
    static func resolve(weekday: Int, weeksFrom day: CalendarDay, by weeks: Int) -> CalendarDay? {
        guard let today = day.weekday else { return nil }
        return day.adding(days: 7 * weeks + weekday - today)
    }

    /// `this Wednesday`, `deze woensdag`: the day of the publication week (Monday to Sunday), as
    /// HeidelTime reads `this` + month as the publication year's, so in a Thursday's article it is
    /// yesterday; unless the clause's tense says otherwise (a past clause about a later day of the
    /// week means last week's, a future one about an earlier day next week's).
    static func resolve(weekday: Int, inWeekOf day: CalendarDay, verdict: Tense.Verdict?) -> CalendarDay? {
        guard let today = day.weekday else { return nil }
        var delta = weekday - today
        if delta > 0, verdict == .past { delta -= 7 }
        if delta < 0, verdict == .future || verdict == .present { delta += 7 }
        return day.adding(days: delta)
    }

    private static func shift(_ published: PartialDate, day: CalendarDay?, unit: RelativeVocabulary.Unit, by step: Int) -> PartialDate? {
        switch unit {
        case .week:
            return day?.adding(days: 7 * step)?.isoWeek
        case .month:
            guard let month = published.month else { return nil }
            let index = published.year * 12 + (month - 1) + step
            return PartialDate(year: index / 12, month: index % 12 + 1)
        case .year:
            return PartialDate(year: published.year + step)
        }
    }
}

enum RelativeVocabulary {
    enum Unit { case week, month, year }

    /// Days from the publication date.
    static let dayOffsets: [String: Int] = [
        "vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "vannacht": 0,
        "today": 0, "tonight": 0,
        "gisteren": -1, "gisteravond": -1, "gistermiddag": -1, "gisterochtend": -1, "gistermorgen": -1, "yesterday": -1,
        "eergisteren": -2,
        "morgen": 1, "tomorrow": 1, "overmorgen": 2,
    ]

    /// `last night` is the night before the publication day; `this morning`, `this afternoon`,
    /// `this evening` are the publication day. Other pairs (`last morning`) are no date.
    static func partOfDayOffset(_ word: String, direction: Int) -> Int? {
        switch (direction, word) {
        case (-1, "night"): return -1
        case (0, "morning"), (0, "afternoon"), (0, "evening"): return 0
        default: return nil
        }
    }

    /// Words before `morgen` that make it the morning, not tomorrow (`'s morgens` is one word).
    static let beforeMorningNoun: Set<String> = ["s", "de", "deze", "die", "elke", "iedere", "een", "goede", "op"]

    static let units: [String: Unit] = [
        "week": .week, "maand": .month, "month": .month, "jaar": .year, "year": .year,
    ]

    private static let dutchWeekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    private static let englishWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let partsOfDay = ["", "ochtend", "morgen", "middag", "avond", "nacht", "avond"]

    /// 1 = Monday … 7 = Sunday, for a weekday or a Dutch weekday compound (`maandagavond`).
    static func weekday(_ word: String) -> Int? {
        for (index, name) in dutchWeekdays.enumerated() where word.hasPrefix(name) {
            return partsOfDay.contains(String(word.dropFirst(name.count))) ? index + 1 : nil
        }
        if let index = englishWeekdays.firstIndex(of: word) { return index + 1 }
        return nil
    }

    /// -1 for `vorige`/`last`, 0 for `deze`/`this`, +1 for `volgende`/`next`; nil for other words.
    static func direction(of word: String) -> Int? {
        switch word {
        case "vorige", "vorig", "afgelopen", "last", "past": return -1
        case "deze", "dit", "this": return 0
        case "volgende", "volgend", "komende", "komend", "aanstaande", "next", "coming": return 1
        default: return nil
        }
    }
}
