import Testing
@testable import PeaceTalksModel

/// `‘…’, ziet X`, `“…,” X fears`: opinion verbs frame a quote as speech verbs do. Made-up
/// sentences; the people are invented.
@Suite struct OpinionFrameTests {
    @Test func dutchOpinionVerbAfterTheQuote() {
        #expect(speechSpeakers("‘Moskou wil tijd winnen’, ziet oud-ambassadeur Piet de Vries.") == ["Piet de Vries"])
        #expect(speechSpeakers("‘Dit akkoord houdt geen stand’, vreest analist Anna Smit.") == ["Anna Smit"])
    }

    @Test func englishOpinionVerbAfterTheQuote() {
        #expect(speechSpeakers("“Moscow is playing for time,” fears analyst Tom Harwell.", .english) == ["Tom Harwell"])
        #expect(speechSpeakers("“The deal will not hold,” Tom Harwell believes.", .english) == ["Tom Harwell"])
    }

    @Test func anOpinionVerbInsideReportedSpeechIsNotTheFrame() {
        let text = "Minister Tom Harwell said Britain hoped the talks would be “constructive” this time."
        #expect(speechSpeakers(text, .english) == ["Tom Harwell"])
        let dutch = "Minister Piet de Vries zei dat Nederland hoopt op een ‘constructief’ gesprek."
        #expect(speechSpeakers(dutch) == ["Piet de Vries"])
    }
}
