import Testing
@testable import PeaceTalksModel

/// `‘…’, ziet X`, `“…,” X fears`: opinion verbs frame a quote as speech verbs do. Made-up
/// sentences; the people are invented.
@Suite struct OpinionFrameTests {
    func speakers(_ text: String, _ language: Language = .dutch) -> [String?] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: KnownPeople())
            .filter { $0.kind == .speech }.map(\.speakerName)
    }

    @Test func dutchOpinionVerbAfterTheQuote() {
        #expect(speakers("‘Moskou wil tijd winnen’, ziet oud-ambassadeur Piet de Vries.") == ["Piet de Vries"])
        #expect(speakers("‘Dit akkoord houdt geen stand’, vreest analist Anna Smit.") == ["Anna Smit"])
    }

    @Test func englishOpinionVerbAfterTheQuote() {
        #expect(speakers("“Moscow is playing for time,” fears analyst Tom Harwell.", .english) == ["Tom Harwell"])
        #expect(speakers("“The deal will not hold,” Tom Harwell believes.", .english) == ["Tom Harwell"])
    }

    @Test func anOpinionVerbInsideReportedSpeechIsNotTheFrame() {
        let text = "Minister Tom Harwell said Britain hoped the talks would be “constructive” this time."
        #expect(speakers(text, .english) == ["Tom Harwell"])
        let dutch = "Minister Piet de Vries zei dat Nederland hoopt op een ‘constructief’ gesprek."
        #expect(speakers(dutch) == ["Piet de Vries"])
    }
}
