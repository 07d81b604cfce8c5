import Testing
@testable import PeaceTalksModel

/// A body the codebook knows speaks, and `sprak van` with a named subject reports that person's
/// words; a treaty or `men` does not. Made-up sentences; the people are invented.
@Suite struct PartialQuoteSpeakerTests {
    func quotes(_ text: String, _ language: Language = .dutch) throws -> [RawQuote] {
        let codebook = try CodebookLayers.load([.builtIn]).codebook
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: KnownPeople(codebook: codebook))
    }

    @Test func aBodyTheCodebookKnowsSpeaksInReportedSpeech() throws {
        let dutch = try quotes("Het Kremlin zei dinsdag dat de gesprekken ‘uiterst ingewikkeld’ blijven.")
        #expect(dutch.map(\.kind) == [.speech])
        #expect(dutch.first?.speakerName?.lowercased().contains("kremlin") == true)
        let english = try quotes("The Kremlin said on Tuesday that the talks were “extremely complex”.", .english)
        #expect(english.first?.speakerName?.lowercased().contains("kremlin") == true)
    }

    @Test func aTreatyWithAnArticleStaysATerm() throws {
        let found = try quotes("Het Verdrag van Kopenhagen stelt dat lidstaten elkaar ‘met alle middelen’ bijstaan.")
        #expect(found.map(\.kind) == [.term])
        #expect(found.first?.speakerName == nil)
    }

    @Test func spokeOfWithANamedSubjectIsThatPersonsWords() throws {
        let text = "Minister Kees Maas reageerde woensdag. Maas sprak van een ‘constructief gesprek’ met zijn collega."
        #expect(try quotes(text).map(\.speakerName) == ["Kees Maas"])
        let between = "Minister Kees Maas reageerde. Maas sprak woensdag van een ‘constructief gesprek’."
        #expect(try quotes(between).map(\.speakerName) == ["Kees Maas"])
        let english = "Foreign Minister Lina Moor met her colleague. Moor spoke of a “useful exchange” afterwards."
        #expect(try quotes(english, .english).map(\.speakerName) == ["Lina Moor"])
    }

    @Test func spokeOfFarFromItsSubject() throws {
        let apposition = "Kees Maas, hoofd van de Nederlandse delegatie, sprak na afloop van de besprekingen van een ‘goed overleg’."
        #expect(try quotes(apposition).map(\.speakerName) == ["Kees Maas"])
        let coordinated = "De Nederlandse gezant Kees Maas bezocht Kyiv vorige week en sprak donderdag van ‘nuttige gesprekken’ met de president."
        #expect(try quotes(coordinated).map(\.speakerName) == ["Kees Maas"])
    }

    @Test func spokeOfWithoutAPersonStaysATerm() throws {
        let found = try quotes("In Brussel spreekt men van een ‘stalen wal’ rond het land.")
        #expect(found.map(\.kind) == [.term])
        let impersonal = try quotes("Men spreekt van een ‘stalen wal’.")
        #expect(impersonal.map(\.kind) == [.term])
    }
}
