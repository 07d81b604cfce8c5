import Testing
@testable import PeaceTalksModel

/// A role description as the subject of a reporting verb (`The Ukrainian president told …`)
/// names the person the document introduced with that role; a written role naming another
/// country does not fit, and the codebook's spelling of a name written otherwise is the same
/// person. A pronoun after `But`/`Maar` still opens its sentence. Made-up sentences; the people
/// and the codebook are invented for the test.
@Suite struct DescribedSubjectTests {
    let people = KnownPeople(codebook: Codebook(path: "test", issues: [], actors: [
        ActorDefinition(id: "holub", name: "Taras Holub", kind: .person, side: nil, role: "President of Ukraine", aliases: ["Holub", "Taras Holubb"]),
    ], sides: []))

    func speakers(_ text: String, _ language: Language, people: KnownPeople = KnownPeople()) -> [String?] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: people)
            .filter { $0.kind == .speech }.map(\.speakerName)
    }

    @Test func aDescriptionBeforeTheVerbNamesTheOneIntroducedSo() {
        let english = "Ukrainian President Olena Marchuk said she would send a team.\n\n"
            + "The Ukrainian president told a news conference in the capital the other delegation has "
            + "“nobody who actually decides”, accusing the other side of delay."
        #expect(speakers(english, .english) == ["Olena Marchuk"])
    }

    @Test func aWrittenRoleOfAnotherCountryDoesNotFit() {
        let english = "Russian president Igor Volkan met the press. Ukrainian president Olena Marchuk answered later.\n\n"
            + "The Ukrainian president told reporters the other side has “nobody who actually decides”, accusing them of delay."
        #expect(speakers(english, .english) == ["Olena Marchuk"])
    }

    @Test func theCodebookSpellingAndTheTextsAreOnePerson() {
        let english = "Ukrainian President Taras Holubb spoke first.\n\n"
            + "Ukrainian president Taras Holubb said he would send a team.\n\n"
            + "The Ukrainian president told reporters the other side has “nobody who actually decides”, accusing them of delay."
        #expect(speakers(english, .english, people: people).first??.contains("Holub") == true)
    }

    @Test func aPronounAfterAnOpeningConjunctionStandsForTheOneBefore() {
        let english = "Ukrainian President Olena Marchuk spoke after the meeting.\n\n"
            + "But she said that to convince Governor Tom Keller she had sent a team.\n\n"
            + "She said the aim was “to take at least a first step toward a ceasefire, and then more”."
        #expect(speakers(english, .english) == ["Olena Marchuk"])
        let dutch = "De Oekraïense president Olena Marchuk sprak na afloop.\n\n"
            + "Maar zij zei dat ze om gouverneur Tom Keller te overtuigen een team had gestuurd.\n\n"
            + "Zij zei dat het doel was ‘om ten minste een eerste stap naar een bestand te zetten, en dan meer’."
        #expect(speakers(dutch, .dutch) == ["Olena Marchuk"])
    }
}
