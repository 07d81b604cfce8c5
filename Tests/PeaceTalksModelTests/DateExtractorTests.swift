import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct DateExtractorTests {
    let anchor = DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 8, day: 30), source: .metadata)

    func dates(_ text: String, _ language: Language = .dutch) -> [String] {
        DateExtractor.extract(from: text, language: language, anchor: anchor).map(\.date.iso)
    }

    func written(_ text: String, _ language: Language = .dutch) -> [String] {
        DateExtractor.extract(from: text, language: language, anchor: anchor).map { text.scalarSlice($0.span) }
    }

    @Test func dutchFullDate() {
        #expect(dates("Zo stelt hij sinds 20 mei 2024, de dag waarop") == ["2024-05-20"])
        #expect(written("Zo stelt hij sinds 20 mei 2024, de dag waarop") == ["20 mei 2024"])
    }

    @Test func dutchDayMonthTakesTheAnchorYear() {
        #expect(dates("stelde Donald Trump op 18 augustus.") == ["2025-08-18"])
        #expect(dates("Na de aanval op Kiev van 28 augustus, waarbij 23 doden vielen") == ["2025-08-28"])
    }

    @Test func dayMonthAfterPublicationStaysInItsYear() {
        #expect(dates("Op 3 december sprak hij.") == ["2024-12-03"])
        #expect(dates("Op 31 augustus sprak hij.") == ["2025-08-31"])
        let noPublication = DateAnchor(year: 2023, source: .fileDate)
        #expect(DateExtractor.extract(from: "op 3 december", language: .dutch, anchor: noPublication).map(\.date.iso) == [])
    }

    @Test func monthYearWithModifiers() {
        #expect(dates("In maart 2022, aan het begin") == ["2022-03"])
        #expect(dates("Begin maart 2022 suggereerde Zelensky") == ["2022-03"])
        #expect(written("Begin maart 2022 suggereerde Zelensky") == ["Begin maart 2022"])
        #expect(dates("eind juni 2024 en medio maart 2023 en half april 2021") == ["2024-06", "2023-03", "2021-04"])
        #expect(dates("Sinds juni 2024 formuleert Poetin") == ["2024-06"])
    }

    @Test func yearsInContext() {
        #expect(dates("al sinds 2014 om Donetsk") == ["2014"])
        #expect(dates("die Rusland in 2022 al op tafel legde") == ["2022"])
        #expect(dates("anno 2025 telt het leger") == ["2025"])
        #expect(dates("de eisen van 2022 en vanaf 2023, tot 2024") == ["2022", "2023", "2024"])
        #expect(dates("tussen 2014 en 2022") == ["2014", "2022"])
    }

    @Test func bareNumbersAreNotYears() {
        #expect(dates("Het leger telde 2014 soldaten.") == [])
        #expect(dates("zie pagina 2019") == [])
        #expect(dates("p. 2020, noot 12") == [])
    }

    @Test func trapsAreNotDates() {
        #expect(dates("ongeveer 196.600 soldaten telde, terugbrengen naar een maximum van 85.000") == [])
        #expect(dates("Artikel 42.7 van het Verdrag van Lissabon") == [])
        #expect(dates("waarbij 23 doden vielen") == [])
        #expect(dates("nog twee à drie jaar doorvechten") == [])
        #expect(dates("in 2022.5 procent van de gevallen") == [])
        #expect(dates("het 31 februari-plan") == [])
        #expect(dates("Jan zei dat 12 jan. niet kon") == ["2025-01-12"])
    }

    @Test func englishForms() {
        #expect(dates("Trump said on August 18 that", .english) == ["2025-08-18"])
        #expect(dates("on 18 August 2025 he met", .english) == ["2025-08-18"])
        #expect(dates("on August 18, 2025, he met", .english) == ["2025-08-18"])
        #expect(written("on August 18, 2025, he met", .english) == ["August 18, 2025"])
        #expect(dates("talks in March 2022 failed", .english) == ["2022-03"])
        #expect(dates("early March 2022", .english) == ["2022-03"])
        #expect(written("early March 2022", .english) == ["early March 2022"])
        #expect(dates("since 2014 and until 2022, by 2030", .english) == ["2014", "2022", "2030"])
        #expect(dates("on the 18th of August", .english) == ["2025-08-18"])
    }

    @Test func abbreviations() {
        #expect(dates("op 12 aug. 2023") == ["2023-08-12"])
        #expect(dates("on Sept. 11, 2001", .english) == ["2001-09-11"])
        #expect(dates("sinds sept. 2021") == ["2021-09"])
    }

    @Test func mayIsAVerbUnlessCapitalised() {
        #expect(dates("he may 12 times try", .english) == [])
        #expect(dates("on May 12 he", .english) == ["2025-05-12"])
    }

    @Test func spansCountScalars() {
        let text = "Oekrai\u{0308}ne: op 18 augustus"
        let match = DateExtractor.extract(from: text, language: .dutch, anchor: anchor).first
        #expect(match?.span == TextSpan(start: 14, end: 25))
        #expect(text.scalarSlice(match?.span ?? TextSpan(start: 0, end: 0)) == "18 augustus")
    }

    @Test func anchorPrefersMetadataThenDatelineThenFile() {
        let dated = Article(path: "/nonexistent", text: "op 18 augustus", metadata: ArticleMetadata(date: PartialDate(year: 2025, month: 8, day: 30)))
        #expect(DateAnchor.choose(for: dated) == DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 8, day: 30), source: .metadata))
        let text = Article(path: "/nonexistent", text: "sinds 2014 en in 2022, op 18 augustus, 196.600 man, pagina 2030")
        #expect(DateAnchor.choose(for: text).source == .fileDate)
        #expect(DateAnchor.choose(for: text).published == nil)
        let bare = Article(path: "/nonexistent", text: "op 18 augustus")
        let anchor = DateAnchor.choose(for: bare)
        #expect(anchor.source == .fileDate)
        #expect(anchor.year == Calendar(identifier: .gregorian).component(.year, from: Date()))
    }

    @Test func seedDates() throws {
        let lines = try String(contentsOf: Repository.seedArticle, encoding: .utf8).components(separatedBy: "\n")
        func on(_ line: Int) -> [String] { dates(lines[line - 1]) }
        #expect(on(17) == ["2024-06"])
        #expect(on(29) == ["2024-05-20"])
        #expect(on(2) == ["2025-08-18"])
        #expect(on(3) == ["2025-08-28"])
        #expect(on(11) == ["2022-03"])
        #expect(on(22) == ["2022-03"])
        #expect(on(18) == ["2014"])
        #expect(on(27) == ["2022", "2025-08-24"])
        #expect(on(35) == ["2022", "2025"])
        #expect(on(23) == [])
        #expect(on(37) == ["2022-04"])
        #expect(on(33) == ["2022-03"])
        // Relative expressions, counted from the publication date (30 August 2025).
        #expect(on(34) == ["2025-08-30"])
        #expect(on(6) == ["2026"])
        let all = lines.flatMap { dates($0) }
        #expect(all.count == 15)
    }
}
