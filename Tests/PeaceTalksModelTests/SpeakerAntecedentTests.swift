import Testing
@testable import PeaceTalksModel

/// Two more ways news names a speaker, found on the development set; the sentences and
/// names here are made up for the test.
@Suite struct SpeakerAntecedentTests {
    func speakers(_ text: String, _ language: Language, people: KnownPeople = KnownPeople()) -> [String?] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: people)
            .filter { $0.kind == .speech }.map(\.speakerName)
    }

    static let people = KnownPeople(people: [
        .init(name: "Pieter Hofland", gender: .male), .init(name: "Hofland", gender: .male),
        .init(name: "Dana Whitfield", gender: .female), .init(name: "Whitfield", gender: .female),
    ])

    @Test func aPronounTakesThePersonNamedEarlierInItsOwnSentence() {
        let dutch = "Het plan lag al op tafel. Toen Hofland ernaar werd gevraagd, zei hij: ‘Daar praten we niet over.’"
        #expect(speakers(dutch, .dutch, people: Self.people) == ["Hofland"])
        let english = "The plan was on the table. When Whitfield was asked about it, she said: “We do not discuss that.”"
        #expect(speakers(english, .english, people: Self.people) == ["Whitfield"])
    }

    @Test func twoPeopleBeforeThePronounGiveNoSpeaker() {
        let dutch = "Het plan lag op tafel. Toen Hofland Whitfield had gebeld, zei hij: ‘Daar praten we niet over.’"
        #expect(speakers(dutch, .dutch, people: Self.people) == [nil])
    }

    @Test func theInstitutionAfterVanBelongsToTheNameBeforeIt() {
        let dutch = "Minister Pieter Hofland van Buitenlandse Zaken schreef dat beide partijen \"pijnlijke keuzes\" moeten maken."
        #expect(speakers(dutch, .dutch, people: Self.people) == ["Pieter Hofland"])
        let english = "Dana Whitfield of the State Department wrote that both sides face \"painful choices\" soon."
        #expect(speakers(english, .english, people: Self.people) == ["Dana Whitfield"])
    }

    @Test func anImpersonalFrameGoesOnWithTheSpeakerBefore() {
        let dutch = "‘Er is altijd ruimte om te praten’, zei Hofland op de radio. De deur staat ‘nog steeds open’, klinkt het nog."
        #expect(speakers(dutch, .dutch, people: Self.people) == ["Hofland", "Hofland"])
        let nobodyBefore = "De deur staat ‘nog steeds open’, klinkt het in Den Haag."
        #expect(speakers(nobodyBefore, .dutch, people: Self.people).allSatisfy { $0 == nil })
    }
}
