import Foundation
import Testing
@testable import PeaceTalksModel

/// A weekday of the week before or after the publication week is one date (`vorige week
/// dinsdag`, `Tuesday last week`), and the line that dates an article at its top is no event.
/// Every sentence here is made up for the test.
@Suite struct WeekdayOfAWeekTests {
    /// Thursday 20 November 2025: last week's Tuesday is the 11th, next week's Wednesday the 26th.
    let thursday = DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 11, day: 20), source: .metadata)

    func dates(_ text: String, _ language: Language = .dutch) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return DateExtractor.extract(
            from: scalars, language: language, anchor: thursday, sentences: SentenceSplitter.split(scalars)
        ).map(\.date.iso)
    }

    @Test func aWeekdayOfLastOrNextWeek() {
        #expect(dates("Vorige week dinsdag belde de gezant met het Kremlin.") == ["2025-11-11"])
        #expect(dates("De gezant belde dinsdag vorige week met het Kremlin.") == ["2025-11-11"])
        #expect(dates("Volgende week woensdag praten de delegaties verder.") == ["2025-11-26"])
        #expect(dates("The envoy called the Kremlin on Tuesday last week.", .english) == ["2025-11-11"])
        #expect(dates("The delegations meet again next week Wednesday.", .english) == ["2025-11-26"])
    }

    @Test func theDateLineAtTheTopIsNoEvent() throws {
        let text = """
            Gezant belt Kremlin

            Door onze correspondent
            20 november 2025

            De gezant belde op 18 november met het Kremlin.
            """
        let article = Article(path: "/nonexistent/stamp.txt", text: text, metadata: ArticleMetadata())
        let corpus = CorpusBuilder.build(articles: [article], codebook: try CodebookFixtures.loadSeedCodebook())
        #expect(corpus.timeline.map(\.date.iso) == ["2025-11-18"], "\(corpus.timeline.map(\.text))")
    }

    @Test func aDatelineBeforeRunningTextStillDatesItsEvent() throws {
        let text = """
            Gezant belt Kremlin

            KYIV, 20 november 2025 (ANP) - De gezant belde met het Kremlin over een bestand.
            """
        let article = Article(path: "/nonexistent/dateline.txt", text: text, metadata: ArticleMetadata())
        let corpus = CorpusBuilder.build(articles: [article], codebook: try CodebookFixtures.loadSeedCodebook())
        #expect(corpus.timeline.map(\.date.iso) == ["2025-11-20"])
    }
}
