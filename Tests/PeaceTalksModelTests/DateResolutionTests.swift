import Foundation
import Testing
@testable import PeaceTalksModel

/// Dates the way news writes them: years from the publication date or the same sentence,
/// relative expressions, a dateline. Every sentence here is made up for the test.
@Suite struct DateResolutionTests {
    /// Thursday 20 November 2025.
    let thursday = DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 11, day: 20), source: .metadata)
    let undated = DateAnchor(year: 2026, source: .fileDate)

    func dates(_ text: String, _ language: Language = .dutch, anchor: DateAnchor? = nil) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return DateExtractor.extract(
            from: scalars, language: language, anchor: anchor ?? thursday,
            sentences: SentenceSplitter.split(scalars)
        ).map(\.date.iso)
    }

    func resolutions(_ text: String, _ language: Language = .dutch, anchor: DateAnchor? = nil) -> [DateResolution] {
        DateExtractor.extract(from: text, language: language, anchor: anchor ?? thursday).map(\.resolution)
    }

    // MARK: Day-month dates and their year

    @Test func dayMonthTakesThePublicationYearNotAnotherYearInTheText() {
        #expect(dates("Net als na de oorlog van 2008 dreigde Moskou. Op 3 maart sprak de minister.") == ["2008", "2025-03-03"])
        #expect(dates("As in the war of 2008, Moscow threatened. On 3 March the minister spoke.", .english) == ["2008", "2025-03-03"])
        #expect(resolutions("Op 3 maart sprak de minister.") == [.publicationYear])
    }

    @Test func withoutPublicationDateTheYearComesOnlyFromTheSameSentenceOrParagraph() {
        let sameSentence = DateExtractor.extract(
            from: "Op 3 maart, een jaar na de verkiezingen van 2024, sprak de minister.", language: .dutch, anchor: undated)
        #expect(sameSentence.map(\.date.iso) == ["2024-03-03", "2024"])
        #expect(dates("The envoy arrived on 3 March. Talks in 2024 went nowhere.", .english, anchor: undated) == ["2024-03-03", "2024"])
        #expect(dates("Op 3 maart sprak de minister.", anchor: undated) == [])
        #expect(dates("On 3 March the minister spoke.", .english, anchor: undated) == [])
    }

    @Test func aDayAfterPublicationFallsInTheSameYear() {
        #expect(dates("De top is gepland op 2 december.") == ["2025-12-02"])
        #expect(dates("Op 21 november sprak de gezant.") == ["2025-11-21"])
        #expect(dates("Op 3 augustus sprak de gezant.") == ["2025-08-03"])
        let august = DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 8, day: 30), source: .metadata)
        #expect(dates("Op 3 december sprak hij.", anchor: august) == ["2024-12-03"])
        #expect(dates("The summit is planned for December 2.", .english) == ["2025-12-02"])
        let january = DateAnchor(year: 2026, published: PartialDate(year: 2026, month: 1, day: 3), source: .metadata)
        #expect(dates("Op 28 december viel Rusland opnieuw aan.", anchor: january) == ["2025-12-28"])
    }

    @Test func aYearAfterACommaBelongsToTheDate() {
        #expect(dates("The memorandum was signed on 14 February, 2024, in Kyiv.", .english) == ["2024-02-14"])
        #expect(dates("Het akkoord van 14 februari, 2024 hield geen stand.") == ["2024-02-14"])
    }

    @Test func isoDates() {
        #expect(dates("Bijgewerkt 2025-12-01 om 10.00 uur") == ["2025-12-01"])
        #expect(dates("The draft numbered 2025-13-01 is no date.", .english) == [])
    }

    // MARK: Relative expressions

    @Test func yesterdayTodayTomorrow() {
        #expect(dates("Gisteren sprak Zelensky met de gezanten.") == ["2025-11-19"])
        #expect(dates("Zelensky spoke to the envoys yesterday.", .english) == ["2025-11-19"])
        #expect(dates("Vandaag praten ze verder, morgen volgt een verklaring.") == ["2025-11-20", "2025-11-21"])
        #expect(dates("The ministers meet today and again tomorrow.", .english) == ["2025-11-20", "2025-11-21"])
        #expect(dates("Hij werkt 's morgens aan het plan.") == [])
        #expect(resolutions("Gisteren sprak hij.") == [.relative])
    }

    @Test func weekdaysLookBackUnlessTheSentenceLooksAhead() {
        #expect(dates("Maandag verklaarde de minister dat er geen akkoord is.") == ["2025-11-17"])
        #expect(dates("On Friday the minister said there was no deal.", .english) == ["2025-11-14"])
        #expect(dates("On Friday the envoys will meet in Geneva.", .english) == ["2025-11-21"])
        #expect(dates("De delegaties zullen zaterdag opnieuw praten.") == ["2025-11-22"])
        #expect(dates("Donderdag sprak ze in Brussel.") == ["2025-11-20"])
        #expect(dates("Vorige donderdag sprak ze in Brussel.") == ["2025-11-13"])
        #expect(dates("Next Monday the talks resume.", .english) == ["2025-11-24"])
        #expect(dates("Dinsdagavond belde Trump met Poetin.") == ["2025-11-18"])
    }

    @Test func aWeekdayBesideADateAddsNothing() {
        #expect(dates("Kiev, vrijdag, 21 november 2025.") == ["2025-11-21"])
        #expect(dates("op maandag 17 november") == ["2025-11-17"])
    }

    @Test func weeksMonthsYears() {
        #expect(dates("Vorige week sprak de gezant met Poetin.") == ["2025-W46"])
        #expect(dates("The envoy met Putin last week.", .english) == ["2025-W46"])
        #expect(dates("Deze week volgt een nieuwe ronde.") == ["2025-W47"])
        #expect(dates("Volgende maand komt er een top.") == ["2025-12"])
        #expect(dates("The plan was leaked last month.", .english) == ["2025-10"])
        #expect(dates("Vorig jaar mislukten de gesprekken.") == ["2024"])
        #expect(dates("Talks may resume next year.", .english) == ["2026"])
    }

    @Test func monthsWithoutAYear() {
        #expect(dates("Eind augustus ontmoetten ze elkaar.") == ["2025-08"])
        #expect(dates("In March the envoys met in Riyadh.", .english) == ["2025-03"])
        #expect(dates("In maart zullen de gezanten opnieuw praten.") == ["2026-03"])
        #expect(dates("Begin 2022 stelde Zelensky voor") == ["2022"])
        #expect(dates("They march to Kyiv and may talk.", .english) == [])
    }

    @Test func relativeDatesNeedAPublicationDate() {
        #expect(dates("Gisteren sprak Zelensky met de gezanten.", anchor: undated) == [])
        #expect(dates("On Friday the minister said there was no deal.", .english, anchor: undated) == [])
    }

    // MARK: Dateline

    func dateline(_ text: String) -> String? {
        Dateline.publicationDate(in: text, near: CalendarDay(year: 2025, month: 12, day: 3))?.iso
    }

    @Test func datelines() {
        #expect(dateline("KYIV, Dec. 1 (Reuters) - Ukraine's negotiators flew to Miami.") == "2025-12-01")
        #expect(dateline("Vredesplan op tafel\nKiev, vrijdag, 21 november 2025.\nDe gezant werkt aan een plan.") == "2025-11-21")
        #expect(dateline("1 december 2025\n\nDe onderhandelaars komen samen.") == "2025-12-01")
        #expect(dateline("Published 2025-12-01\nThe negotiators meet.") == "2025-12-01")
    }

    @Test func aDateInRunningTextIsNoDateline() {
        #expect(dateline("On 24 February 2022 Russia invaded Ukraine, and the war has gone on since.") == nil)
        #expect(dateline("Trump and Putin will meet again on 15 August 2025 in Alaska.") == nil)
    }

    @Test func theDatelineAnchorsTheArticle() {
        let article = Article(path: "/nonexistent", text: "KYIV, Dec. 1, 2025 (Reuters) - Talks resume.\nOn Friday the envoy spoke.")
        let anchor = DateAnchor.choose(for: article)
        #expect(anchor.source == .dateline)
        #expect(anchor.published == PartialDate(year: 2025, month: 12, day: 1))
    }
}
