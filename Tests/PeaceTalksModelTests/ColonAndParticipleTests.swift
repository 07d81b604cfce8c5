import Testing
@testable import PeaceTalksModel

/// A colon after a clause with no speech verb, a participle clause (`…, saying …`) and a name
/// with a possessive. Made-up sentences; the people and places are invented.
@Suite struct ColonAndParticipleTests {
    @Test func aClauseWithoutSpeechVerbBeforeAColonIntroducesItsSubjectsWords() {
        let text = "Asked about the envoy, Tom Harwell was blunt: “Make the deal. Moravia is a small country.”"
        #expect(speechSpeakers(text, .english) == ["Tom Harwell"])
    }

    @Test func theColonMayEndTheParagraphBefore() {
        let text = """
            Tom Harwell, visibly annoyed, lashed out at the Moravian leader:

            “You are gambling with a war, and that is very disrespectful.”
            """
        #expect(speechSpeakers(text, .english) == ["Tom Harwell"])
        // A heading or a label before the colon names no one.
        #expect(speechSpeakers("Het plan in het kort:\n\n‘Een bestand van dertig dagen, daarna praten.’") == [nil])
    }

    @Test func aParticiplesSubjectIsTheSentencesNotTheNameAfterIt() {
        let text = """
            After the talks, Moravian President Tom Harwell addressed the nation, saying Valdonia expects a swap “in the near future.”

            “We discussed the first results today. The talks go on tomorrow.”
            """
        #expect(quotes(text, .english).map(\.speakerName) == ["Tom Harwell", "Tom Harwell"])
    }

    @Test func aPossessorIsNotTheSubject() {
        let text = "Harwell’s adviser also said that “no compromise has been found” on the border."
        #expect(quotes(text, .english).map(\.speakerName) == [nil])
        let pronoun = "Tom Harwell’s adviser said that without it, he said, Moravia sees “no way out of the crisis.”"
        #expect(quotes(pronoun, .english).map(\.speakerName) == [nil])
        // A spokesperson speaks for the one named.
        let spokesperson = "Tom Harwell’s spokesperson told the press, “Of course, some issues are still open, but work goes on.”"
        #expect(quotes(spokesperson, .english).map(\.speakerName) == ["Tom Harwell"])
    }
}

/// Made-up sentences; the people are invented.
@Suite struct BulletTests {
    @Test func aBulletBeforeAQuoteStillOpensTheParagraph() {
        let text = """
            - “We are preparing meetings in Geneva,” Tom Harwell said on Wednesday.

            - “A fair peace is only possible if our interests count. The talks go on.”
            """
        #expect(speechSpeakers(text, .english) == ["Tom Harwell", "Tom Harwell"])
    }
}
