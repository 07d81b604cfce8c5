import Testing
@testable import PeaceTalksModel

/// A space typed before a straight closing mark (`"Dit is verraad. " Dat …`, `"Wij gaan door ",
/// zei X`) still closes the quote. Made-up sentences; the people are invented.
@Suite struct StrayClosingMarkTests {
    @Test func aSpaceBeforeTheClosingMarkAfterPunctuation() {
        #expect(quotes("De minister was boos. \"Dit is verraad. \" Dat is duidelijk.").map(\.text) == ["Dit is verraad."])
    }

    @Test func aSpaceBeforeTheClosingMarkBeforeAComma() {
        let found = quotes("\"Wij gaan door \", zei Anna de Wit.")
        #expect(found.map(\.text) == ["Wij gaan door"])
        #expect(found.first?.speakerName == "Anna de Wit")
    }
}
