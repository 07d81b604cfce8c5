import Testing
@testable import PeaceTalksModel

/// A person the codebook knows, named in the text without a role (`Verlaine`), is who a later
/// `de Franse president` means; the demonym picks among several presidents. Made-up sentences;
/// the people and the codebook are invented for the test.
@Suite struct CodebookRoleDescriptionTests {
    let people = KnownPeople(codebook: Codebook(path: "test", issues: [], actors: [
        ActorDefinition(id: "verlaine", name: "Paul Verlaine", kind: .person, side: nil, role: "President of France", aliases: ["Verlaine"]),
        ActorDefinition(id: "holub", name: "Taras Holub", kind: .person, side: nil, role: "President of Ukraine", aliases: ["Holub"]),
    ], sides: []))

    func speakers(_ text: String, _ language: Language = .dutch) -> [String?] {
        let structure = Segmenter.segment(text, language: language)
        return QuoteExtractor.extract(from: structure.paragraphs, language: language, people: people)
            .filter { $0.kind == .speech }.map(\.speakerName)
    }

    @Test func aDescriptionMeansTheKnownPersonNamedBefore() {
        #expect(speakers("Ook Verlaine mengde zich in het debat. ‘Europa moet aan tafel zitten’, schreef de Franse president op X.")
            == ["Paul Verlaine"])
        #expect(speakers("Verlaine joined the debate. “Europe must be at the table,” the French president wrote.", .english)
            == ["Paul Verlaine"])
    }

    @Test func theDemonymPicksAmongSeveralKnownPresidents() {
        let text = "Holub sprak met Verlaine. ‘Europa moet aan tafel zitten’, schreef de Franse president later."
        #expect(speakers(text) == ["Paul Verlaine"])
        let ukrainian = "Holub sprak met Verlaine. ‘Wij geven niets op’, zei de Oekraïense president later."
        #expect(speakers(ukrainian) == ["Taras Holub"])
    }

    @Test func noCountryThatFitsMeansNoSpeaker() {
        // Only the president of Ukraine was named; `de Franse president` is someone else.
        #expect(speakers("Holub sprak in Parijs. ‘Europa moet aan tafel zitten’, schreef de Franse president.") == [nil])
        // Two presidents and no demonym: the one the sentence before is about, else no one.
        #expect(speakers("Holub sprak met Verlaine. ‘Europa moet aan tafel zitten’, zei de president.") == ["Taras Holub"])
        #expect(speakers("Holub en Verlaine spraken. ‘Europa moet aan tafel zitten’, zei de president.") == [nil])
    }
}
