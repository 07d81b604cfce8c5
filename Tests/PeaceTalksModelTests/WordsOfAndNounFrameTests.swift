import Testing
@testable import PeaceTalksModel

/// `In zijn woorden …`, `in her words …` give the quote to the one the possessive stands for;
/// `schreef weekblad X` after a quote names X, one lowercase noun before the name describing
/// it. Made-up sentences, people and papers.
@Suite struct WordsOfAndNounFrameTests {
    func quotes(_ text: String, _ language: Language) -> [RawQuote] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language)
    }

    @Test func inHisWordsGivesTheQuoteToTheOneBefore() {
        let dutch = "President Karel Dorn liet gisteren weten dat de bal bij de premier ligt. "
            + "In zijn woorden kan de premier het conflict ‘vrijwel meteen beëindigen’ als hij dat wil."
        #expect(quotes(dutch, .dutch).map(\.speakerName) == ["Karel Dorn"])
        let english = "President Karel Dorn wrote on Sunday that the ball was with the prime minister. "
            + "In his words, the prime minister could end it “almost immediately” if he wanted."
        #expect(quotes(english, .english).map(\.speakerName) == ["Karel Dorn"])
    }

    @Test func aLowercaseNounBeforeANameAfterTheVerbDescribesThatName() {
        let dutch = "‘Grenzen kunnen veranderen en landen kunnen van eigenaar wisselen,’ schreef weekblad Noorder Courant."
        #expect(quotes(dutch, .dutch).map(\.speakerName) == ["Noorder Courant"])
        let english = "“Borders can change and land can change hands,” wrote weekly Harbour Review."
        #expect(quotes(english, .english).map(\.speakerName) == ["Harbour Review"])
    }

    @Test func aVerbAndAnAdverbBeforeANameStayAsBefore() {
        let dutch = "‘We praten verder,’ zei gisteren Karel Dorn."
        #expect(quotes(dutch, .dutch).map(\.speakerName) == ["Karel Dorn"])
    }
}
