import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct AnnotationLoaderTests {
    static let codebook = Codebook(
        path: "c.yaml",
        issues: [Issue(id: "territory", title: "Territory", label: "Grondgebied", description: "", keywords: [], sections: [])],
        actors: [
            ActorDefinition(id: "russia", name: "Rusland", kind: .state, side: "russia", role: nil, aliases: []),
            ActorDefinition(id: "ukraine", name: "Oekraïne", kind: .state, side: "ukraine", role: nil, aliases: []),
        ],
        sides: ["russia", "ukraine"])

    static let valid = """
        version: 1
        positions:
          - issue: territory
            actor: russia
            summary: Wants land.
            anchors:
              - exact: "Rusland eist grondgebied"
              - exact: Oekraïne
                prefix: "en "
                suffix: " weigert"
        """

    static func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try AnnotationLoader.parse(text, path: "a.annotations.yaml", codebook: codebook)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test func validFileGivesSelectorsWithTheirPlaces() throws {
        let annotations = try AnnotationLoader.parse(Self.valid, path: "a.annotations.yaml", codebook: Self.codebook)
        #expect(annotations.path == "a.annotations.yaml")
        let position = try #require(annotations.positions.first)
        #expect(position.issue == "territory" && position.actor == "russia" && position.summary == "Wants land.")
        #expect(position.anchors.map(\.exact) == ["Rusland eist grondgebied", "Oekraïne"])
        #expect(position.anchors[0].prefix.isEmpty && position.anchors[0].suffix.isEmpty)
        #expect(position.anchors[1].prefix == "en " && position.anchors[1].suffix == " weigert")
        #expect(position.anchors[0].place == FilePlace(line: 7, column: 9))
        #expect(position.anchors[1].place == FilePlace(line: 8, column: 9))
    }

    @Test func emptyFileHasNoPositions() throws {
        #expect(try AnnotationLoader.parse("", path: "a", codebook: Self.codebook).positions.isEmpty)
        #expect(try AnnotationLoader.parse("version: 1\n", path: "a", codebook: Self.codebook).positions.isEmpty)
    }

    @Test func unknownIssuePointsAtTheValueWithAGuess() throws {
        let diagnostic = try #require(Self.diagnostic(Self.valid.replacingOccurrences(of: "issue: territory", with: "issue: teritory")))
        #expect(diagnostic.description == "a.annotations.yaml:3:12: error: position 1 refers to issue “teritory”, which the codebook in effect does not define (did you mean “territory”?)")
    }

    @Test func unknownActorPointsAtTheValue() throws {
        let diagnostic = try #require(Self.diagnostic(Self.valid.replacingOccurrences(of: "actor: russia", with: "actor: europe")))
        #expect(diagnostic.line == 4)
        #expect(diagnostic.column == 12)
        #expect(diagnostic.message.contains("actor “europe”"))
    }

    /// The codebook's old form, a bare string, is told how to become a selector.
    @Test func aBareStringAnchorIsAClearError() throws {
        let text = Self.valid.replacingOccurrences(of: "- exact: \"Rusland eist grondgebied\"", with: "- \"Rusland eist grondgebied\"")
        let diagnostic = try #require(Self.diagnostic(text))
        #expect(diagnostic.line == 7)
        #expect(diagnostic.column == 9)
        #expect(diagnostic.message.contains("must be a mapping with “exact”"))
    }

    @Test func unknownSelectorKeyGetsAGuess() throws {
        let diagnostic = try #require(Self.diagnostic(Self.valid.replacingOccurrences(of: "suffix:", with: "sufix:")))
        #expect(diagnostic.line == 10)
        #expect(diagnostic.message.contains("did you mean “suffix”"))
    }

    @Test func syntaxErrorAndEmptyExactNameTheirPlace() throws {
        let broken = try #require(Self.diagnostic("version: 1\npositions: [\n"))
        #expect(broken.file == "a.annotations.yaml" && broken.line != nil)
        let empty = try #require(Self.diagnostic(Self.valid.replacingOccurrences(of: "exact: Oekraïne", with: "exact: \"  \"")))
        #expect(empty.line == 8)
        #expect(empty.message.contains("must not be empty"))
    }

    @Test func sidecarIsNamedAfterTheArticle() {
        #expect(AnnotationLoader.sidecarPath(forArticle: "/a/b/talks.txt") == "/a/b/talks.annotations.yaml")
        #expect(AnnotationLoader.sidecarPath(forArticle: "notes") == "notes.annotations.yaml")
    }

    @Test func theSeedsAnnotationsLoadAgainstItsCodebook() throws {
        let annotations = try CodebookFixtures.loadSeedAnnotations()
        #expect(annotations.positions.count == 19)
        #expect(annotations.positions.allSatisfy { !$0.anchors.isEmpty && $0.anchors.allSatisfy { $0.place.line != nil } })
        // Every side has a position on territory except Europe, which the article gives none.
        let territory = annotations.positions.filter { $0.issue == "territory" }.map(\.actor)
        #expect(territory == ["russia", "ukraine", "united-states"])
    }
}
