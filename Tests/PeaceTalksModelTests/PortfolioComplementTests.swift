import Testing
@testable import PeaceTalksModel

/// `minister X van Defensie`, `de minister van Defensie`: the ministry a title is about is
/// neither part of the person's name nor a speaker of its own. Every sentence is made up for
/// the test; the names are invented.
@Suite struct PortfolioComplementTests {
    func quotes(_ text: String, _ language: Language = .dutch) -> [RawQuote] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: KnownPeople())
            .filter { $0.kind == .speech }
    }

    @Test func theMinistryAfterATitledNameIsNotPartOfTheName() {
        let names = PersonDiscovery.candidates(in: "Het kabinet reageerde. Staatssecretaris Jan de Wit van Financiën was er niet bij.")
            .map(\.name)
        #expect(names.contains("Jan de Wit"))
        #expect(!names.contains { $0.contains("Financiën") })
    }

    @Test func aParticleInsideTheNameStillJoinsIt() {
        let names = PersonDiscovery.candidates(in: "Minister Greta von der Heide sprak in Brussel.").map(\.name)
        #expect(names.contains("Greta von der Heide"))
    }

    @Test func theMinistryOfARoleDescriptionIsNeverTheSpeaker() {
        let text = "Minister Kees Maas van Defensie reageerde woensdag. ‘Er zijn nog veel vragen’, aldus de minister van Defensie."
        let speakers = quotes(text).map(\.speakerName)
        #expect(speakers == ["Kees Maas"])
    }

    @Test func theMinistryTellsTwoMinistersApart() {
        let text = """
            Minister Caro Veen van Buitenlandse Zaken zei woensdag dat het kabinet het plan steunt. Ook minister Kees Maas van Defensie reageerde.

            ‘Er zijn nog veel vragen’, aldus de minister van Defensie. ‘We blijven Oekraïne steunen’, zei de minister van Buitenlandse Zaken.
            """
        #expect(quotes(text).map(\.speakerName) == ["Kees Maas", "Caro Veen"])
    }

    @Test func withoutTheMinistryTwoMinistersStayUndecided() {
        let text = """
            Minister Caro Veen van Buitenlandse Zaken zei woensdag dat het kabinet het plan steunt. Ook minister Kees Maas van Defensie reageerde.

            Het kabinet vergaderde tot laat. ‘Er zijn nog veel vragen’, aldus de minister.
            """
        #expect(quotes(text).map(\.speakerName) == [nil])
    }

    @Test func withoutTheMinistryTheMinisterTheSentenceBeforeIsAboutSpeaks() {
        let text = """
            Minister Caro Veen van Buitenlandse Zaken zei woensdag dat het kabinet het plan steunt. Ook minister Kees Maas van Defensie reageerde.

            ‘Er zijn nog veel vragen’, aldus de minister.
            """
        #expect(quotes(text).map(\.speakerName) == ["Kees Maas"])
    }

    @Test func aRolesFieldInLowercaseLeadsToTheName() {
        let text = "Volgens onderzoeker internationale betrekkingen Anna de Wit wil de president snel een akkoord. ‘Hij denkt dat het vanzelf gaat.’"
        #expect(quotes(text).map(\.speakerName) == ["Anna de Wit"])
    }
}
