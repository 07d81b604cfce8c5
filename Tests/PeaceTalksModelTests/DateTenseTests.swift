import Foundation
import Testing
@testable import PeaceTalksModel

/// Past or ahead, judged in the date's own clause, and the words that settle it whatever the
/// tense (`since`, `this`). Every sentence here is made up for the test.
@Suite struct DateTenseTests {
    /// Thursday 20 November 2025: Monday is the 17th, the next Tuesday the 25th.
    let thursday = DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 11, day: 20), source: .metadata)

    func dates(_ text: String, _ language: Language = .dutch) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return DateExtractor.extract(
            from: scalars, language: language, anchor: thursday, sentences: SentenceSplitter.split(scalars)
        ).map(\.date.iso)
    }

    @Test func aFutureWordInAnotherClauseLeavesAPastWeekdayPast() {
        #expect(dates("Zelensky would travel to Davos, although on Tuesday he said he would stay home.", .english) == ["2025-11-18"])
        #expect(dates("De president heeft zondagavond aangekondigd dat hij dinsdag een gesprek zal voeren met de premier.")
            == ["2025-11-16", "2025-11-25"])
        #expect(dates("On Monday the envoy met the minister, and they will meet again on Friday.", .english)
            == ["2025-11-17", "2025-11-21"])
    }

    @Test func theNounWillIsNoFuture() {
        #expect(dates("On Tuesday, the Kremlin spoke of a lack of political will.", .english) == ["2025-11-18"])
        #expect(dates("Moscow accused Kyiv of lacking will to talk; it has had no answer since April.", .english) == ["2025-04"])
        // The modal still looks ahead.
        #expect(dates("On Tuesday, the envoys will sign.", .english) == ["2025-11-25"])
    }

    @Test func sinceAlwaysLooksBack() {
        #expect(dates("The talks, stalled since December, will resume in spring.", .english) == ["2024-12"])
        #expect(dates("Sinds 3 december liggen de gesprekken stil.") == ["2024-12-03"])
        #expect(dates("Sinds 3 november liggen de gesprekken stil.") == ["2025-11-03"])
    }

    @Test func thisWeekdayIsTheOneOfThePublicationWeek() {
        #expect(dates("Echoing the minister on his visit to Tehran this Wednesday, the president accused Kyiv.", .english)
            == ["2025-11-19"])
        #expect(dates("Deze woensdag sprak de minister in Genève.") == ["2025-11-19"])
        #expect(dates("This Saturday the envoys will meet in Riyadh.", .english) == ["2025-11-22"])
        #expect(dates("This Wednesday the envoys will meet in Riyadh.", .english) == ["2025-11-26"])
    }

    @Test func aDayNumberBorrowsTheMonthOfTheDateAfterIt() {
        #expect(dates("In de nacht van maandag 17 op dinsdag 18 november vielen drones aan.") == ["2025-11-17", "2025-11-18"])
        #expect(dates("Talks were held between 2 and 5 March.", .english) == ["2025-03-02", "2025-03-05"])
        #expect(dates("Er vielen 14 doden en 3 maart werd een rouwdag.") == ["2025-03-03"])
    }

    @Test func aPresentVerbOfMeetingLooksAheadUnlessTheClauseIsPast() {
        #expect(dates("Trump praat dinsdag met Poetin.") == ["2025-11-25"])
        #expect(dates("Trump speaks with Putin on Tuesday.", .english) == ["2025-11-25"])
        #expect(dates("Trump sprak dinsdag met Poetin.") == ["2025-11-18"])
        #expect(dates("Trump speaks of the call he had with Putin on Tuesday.", .english) == ["2025-11-18"])
        #expect(dates("Donderdag praat hij met de premier.") == ["2025-11-20"])
    }

    @Test func aStartDatedAfterItLooksAheadInAPastSentence() {
        #expect(dates("The envoy backed a truce beginning on Monday.", .english) == ["2025-11-24"])
        #expect(dates("Moscow proposed talks starting on Tuesday in Ankara.", .english) == ["2025-11-25"])
        // The noun, or a start already dated in the past, does not.
        #expect(dates("At the beginning of the talks on Monday, the envoys argued.", .english) == ["2025-11-17"])
        #expect(dates("Moskou stelde een bestand voor dat maandag ingaat.") == ["2025-11-24"])
    }

    @Test func partsOfADayNearThePublication() {
        #expect(dates("Late last night the envoy landed in Moscow.", .english) == ["2025-11-19"])
        #expect(dates("This morning the talks resumed.", .english) == ["2025-11-20"])
        // `last` before other words is no date.
        #expect(dates("The last morning of the summit was quiet.", .english) == [])
    }
}
