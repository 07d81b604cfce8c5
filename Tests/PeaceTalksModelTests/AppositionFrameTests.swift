import Testing
@testable import PeaceTalksModel

/// `“…,” X, a former envoy, said.`: an aside between commas stands between the subject after a
/// quote and its verb. Made-up sentences; the people are invented.
@Suite struct AppositionFrameTests {
    @Test func anAsideAfterANamedSubject() {
        #expect(speechSpeakers("“The plan is dead,” Tom Harwell, a former envoy, said.", .english) == ["Tom Harwell"])
        #expect(speechSpeakers("‘Het plan is dood,’ Kees Maas, oud-gezant in Moskou, zei het gisteren nog.") == ["Kees Maas"])
    }

    @Test func anUnnamedOfficialIsNotTheSpeakerBefore() {
        let text = """
            “We will not sign this,” Tom Harwell said.

            “The sequencing is the main problem,” the official, who spoke on condition of anonymity, said.
            """
        #expect(speechSpeakers(text, .english) == ["Tom Harwell", nil])
    }
}
