import Testing
@testable import PeaceTalksModel

/// `‘…’ Dat zegt X.`: the sentence after a quote points back at it; it never names the speaker
/// of the next paragraph's quote. Made-up sentences; the people are invented.
@Suite struct BackReferenceTests {
    @Test func datZegtXNamesTheQuoteBefore() {
        #expect(speechSpeakers("‘Er is geen enkele vooruitgang.’ Dat zegt minister Kees Maas woensdag.") == ["Kees Maas"])
        #expect(speechSpeakers("‘Er is geen vooruitgang.’ Dat heeft minister Kees Maas woensdag gezegd.") == ["Kees Maas"])
        #expect(speechSpeakers("‘Niet bruikbaar.’ Zo noemt onderhandelaar Piet de Vries het voorstel.") == ["Piet de Vries"])
        #expect(speechSpeakers("‘Er is geen enkele vooruitgang.’ Aldus minister Kees Maas woensdag.") == ["Kees Maas"])
    }

    @Test func aBackPointingSentenceDoesNotNameTheNextParagraphsQuote() {
        let text = """
            ‘Er is geen enkele vooruitgang.’ Dat zegt minister Kees Maas woensdag.

            ‘Het plan deugt niet.’
            """
        #expect(speechSpeakers(text) == ["Kees Maas", nil])
    }

    @Test func aTitleAfterAnAbbreviationStillLeadsToTheName() {
        let text = "“We made real progress here,” U.S. Secretary of State Tom Harwell told reporters."
        #expect(speechSpeakers(text, .english) == ["Tom Harwell"])
    }
}
