import Testing
@testable import PeaceTalksModel

/// A speaker introduced by a role no list holds (`de Poolse boerenactivist X`, `the veteran
/// lobbyist X`), by a compound of a known role (`bondskanselier`), or after a time word
/// between verb and name (`zei gisteren X`). Made-up sentences; the people are invented.
@Suite struct UnlistedRoleTests {
    @Test func anUnlistedRoleNounBeforeANameAfterAnArticle() {
        #expect(speechSpeakers("‘De boeren betalen de rekening,’ aldus de Poolse boerenactivist Jan Kowal.") == ["Jan Kowal"])
        #expect(speechSpeakers("“We need a deal before the winter,” said the veteran lobbyist Mark Fenbury.", .english)
            == ["Mark Fenbury"])
        #expect(speechSpeakers("‘Dit is pas het begin,’ zegt de Litouwse schrijfster Ruta Vanagel in een interview.")
            == ["Ruta Vanagel"])
    }

    @Test func aCompoundOfAKnownRole() {
        #expect(speechSpeakers("‘Er wordt niets besloten zonder Kyiv,’ zei de Duitse bondskanselier Karl Brandtner.")
            == ["Karl Brandtner"])
    }

    @Test func anUnlistedRoleDoesNotTakeTheNearestEarlierName() {
        let text = """
            ‘Dit voorstel is onbruikbaar,’ aldus minister Hans Verkerk.

            ‘Het gaat niet om grond,’ zei de Duitse vakbondsman Karl Brandtner.
            """
        #expect(speechSpeakers(text) == ["Hans Verkerk", "Karl Brandtner"])
    }

    @Test func aTimeWordBetweenVerbAndName() {
        #expect(speechSpeakers("‘Het gaat niet om grond,’ zei gisteren Jan Pieterse.") == ["Jan Pieterse"])
        #expect(speechSpeakers("‘Het gaat niet om grond,’ zei woensdag de Franse gezant Luc Marchal.") == ["Luc Marchal"])
    }

    @Test func aPrepositionBeforeANameIsNotADescription() {
        // `zei tegen X`: X is who was spoken to, not who spoke.
        #expect(speechSpeakers("‘We wachten af,’ zei hij tegen de Duitse krant Neue Zeit.") != ["Neue Zeit"])
    }
}
