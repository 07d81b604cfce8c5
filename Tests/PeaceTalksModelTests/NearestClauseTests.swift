import Testing
@testable import PeaceTalksModel

/// A short quote inside reported speech belongs to the speech clause right before it, not to
/// a frame later in the sentence or to an earlier clause. Made-up sentences and people.
@Suite struct NearestClauseTests {
    func speakers(_ text: String, _ language: Language) -> [String?] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language).map(\.speakerName)
    }

    @Test func theClauseRightBeforeTheQuoteBeatsAFrameAfterIt() {
        let english = "Envoy Harold Brisk noted that “the other side said we were nearly done” with the draft, "
            + "and he agrees with them, the Daily Courier writes."
        #expect(speakers(english, .english) == ["Harold Brisk"])
    }

    @Test func theClauseRightBeforeTheQuoteBeatsAnEarlierClause() {
        let english = "Spokesman Ivo Larkin said talks were still possible one day after Minister Petra Valdane "
            + "said such talks “make little sense” at this stage."
        #expect(speakers(english, .english) == ["Petra Valdane"])
        let dutch = "Woordvoerder Ivo Larkin zei dat gesprekken mogelijk bleven, een dag nadat minister Petra Valdane "
            + "zei dat zulke gesprekken ‘geen zin hebben’ op dit moment."
        #expect(speakers(dutch, .dutch) == ["Petra Valdane"])
    }

    @Test func aSingleClauseStillNamesItsSubject() {
        let english = "Minister Petra Valdane said on Monday that the talks were “extremely complex” for now."
        #expect(speakers(english, .english) == ["Petra Valdane"])
    }
}
