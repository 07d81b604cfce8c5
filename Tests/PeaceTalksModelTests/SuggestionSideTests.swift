import Foundation
import Testing
@testable import PeaceTalksModel

/// A suggestion's side is that of the one who takes the stance, the subject of the stance
/// word, never a side named inside what is demanded or proposed.
@Suite struct SuggestionSideTests {
    func sides(_ text: String, _ language: Language, issue: String = "territory") throws -> Set<String> {
        let folder = try WorkbenchFolder()
        let path = try folder.write("a.txt", text + "\n")
        let corpus = try WorkbenchFolder.corpus(path, language: language)
        return Set(PositionSuggester.suggest(corpus).filter { $0.issue == issue }.map(\.side))
    }

    @Test func englishObjectAfterTheVerbIsNotTheSubject() throws {
        #expect(try sides("Putin demands Ukraine withdraw from its territory in the east.", .english) == ["russia"])
        #expect(try sides("Russia wants Ukraine to give up territory in the Donbas.", .english) == ["russia"])
    }

    @Test func englishReportedModalIsTheReporters() throws {
        #expect(try sides("Putin said Ukraine must give up the occupied territory.", .english) == ["russia"])
        #expect(try sides("Ukraine must withdraw from the annexed territory, Putin said on Friday.", .english) == ["russia"])
        #expect(try sides("Russia must return every occupied territory, Zelensky told reporters.", .english) == ["ukraine"])
    }

    @Test func dutchObjectClauseIsNotTheSubject() throws {
        // A condition inside the content of Putin's demand is Putin's condition.
        #expect(
            try sides(
                "Poetin formuleert de eis dat Oekraïne zich terugtrekt uit Donetsk als voorwaarde voor het bespreken van grondgebied.",
                .dutch) == ["russia"])
        // `het` after `dat` is the one who says so, not the Europeans named after it.
        #expect(
            try sides("Rusland benadrukt dat het geen Europese troepen op Oekraïens grondgebied zal aanvaarden.", .dutch)
                == ["russia"])
    }

    @Test func dutchReportedModalIsTheReporters() throws {
        #expect(try sides("Volgens Lavrov moet Oekraïne afstand doen van grondgebied.", .dutch) == ["russia"])
        #expect(try sides("Kyiv moet het bezette grondgebied opgeven, zei Poetin.", .dutch) == ["russia"])
        #expect(try sides("Voor Rusland moet Oekraïne het bezette grondgebied opgeven.", .dutch) == ["russia"])
    }

    @Test func dutchInversionPutsTheSubjectAfterTheVerb() throws {
        #expect(try sides("Daarom eist Rusland dat Oekraïne het grondgebied in het oosten opgeeft.", .dutch) == ["russia"])
        #expect(try sides("Na een gesprek met Poetin verwierp Zelensky elk voorstel over grondgebied.", .dutch) == ["ukraine"])
    }

    @Test func aPronounSubjectTakesTheSideNamedBefore() throws {
        #expect(
            try sides(
                "Poetin sprak gisteren in Moskou. Zo stelt hij dat Oekraïne eerst grondgebied moet opgeven.", .dutch)
                == ["russia"])
    }

    @Test func bothSidesOfACoordinatedSubject() throws {
        #expect(
            try sides("Het is duidelijk dat zowel Oekraïne als Rusland niet bereid is grondgebied op te geven.", .dutch)
                == ["russia", "ukraine"])
    }

    @Test func anUnknownSubjectLowersTheConfidence() throws {
        let folder = try WorkbenchFolder()
        let path = try folder.write(
            "a.txt",
            "Russia demands that Ukraine withdraw from its territory. The logic behind those demands on territory is clear.\n")
        let found = PositionSuggester.suggest(try WorkbenchFolder.corpus(path, language: .english))
        let bySentence = found.sorted { ($0.evidence.span?.start ?? 0) < ($1.evidence.span?.start ?? 0) }
        let stated = try #require(bySentence.first)
        let unknown = try #require(bySentence.last)
        #expect(stated.side == "russia" && stated.evidence.span?.start == 0)
        #expect((unknown.evidence.span?.start ?? 0) > 0)
        #expect(unknown.side == "russia")
        #expect(unknown.confidence < stated.confidence / 2)
        #expect(!found.contains { $0.side == "ukraine" })
    }
}
