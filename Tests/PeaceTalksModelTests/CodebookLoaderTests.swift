import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct CodebookLoaderTests {
    static let valid = """
        version: 1
        sides: [russia, ukraine]
        issues:
          - id: territory
            title: Territory
            label: Grondgebied
            keywords: [grondgebied, territori*]
            sections: [Grondgebied]
        actors:
          - id: russia
            name: Rusland
            kind: state
            side: russia
            aliases: [Russische]
          - id: ukraine
            name: Oekraïne
            kind: state
          - id: vladimir-poetin
            name: Vladimir Poetin
            kind: person
            side: russia
        """

    @Test func validCodebookLoadsWithPlaces() throws {
        let codebook = try CodebookLoader.parse(Self.valid, path: "test.yaml")
        #expect(codebook.path == "test.yaml")
        #expect(codebook.sides == ["russia", "ukraine"])
        #expect(codebook.issues.map(\.id) == ["territory"])
        #expect(codebook.issues.first?.keywords == ["grondgebied", "territori*"])
        #expect(codebook.issues.first?.description == "")
        #expect(codebook.actors.map(\.kind) == [.state, .state, .person])
        #expect(codebook.actor("ukraine")?.side == nil)
    }

    /// Positions quote one article; a codebook serves every article, so they are refused there.
    @Test func positionsInACodebookAreSentToTheAnnotationFile() throws {
        let text = Self.valid + "\npositions:\n  - issue: territory\n    actor: russia\n    summary: Wants land.\n"
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 23)
        #expect(diagnostic.column == 3)
        #expect(diagnostic.message.hasPrefix("positions belong in the article's annotation file (ARTICLE.annotations.yaml)"))
    }

    @Test func labelDefaultsToTitle() throws {
        let text = "version: 1\nissues:\n  - id: a\n    title: Alpha\nactors: []\n"
        #expect(try CodebookLoader.parse(text, path: "t").issues.first?.label == "Alpha")
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let text = "version: 1\nissues:\n  - id: territory\n    title: [Territory\nactors: []\n"
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.file == "test.yaml")
        #expect(diagnostic.line == 5)
        #expect(diagnostic.column == 7)
        #expect(diagnostic.message.hasPrefix("YAML syntax error"))
        #expect(diagnostic.description.hasPrefix("test.yaml:5:7: error: YAML syntax error"))
    }

    @Test func tabIndentationIsASyntaxError() throws {
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: "version: 1\nissues:\n\t- id: x\n"))
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 1)
    }

    @Test func unknownSideOfAnActor() throws {
        let text = Self.valid.replacingOccurrences(of: "    side: russia\n    aliases", with: "    side: rusia\n    aliases")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 13)
        #expect(diagnostic.column == 11)
        #expect(diagnostic.message == "actor “russia” has side “rusia”, which is not an actor id (did you mean “russia”?)")
    }

    @Test func unknownIdInSides() throws {
        let text = Self.valid.replacingOccurrences(of: "sides: [russia, ukraine]", with: "sides: [russia, europe]")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 17)
        #expect(diagnostic.message == "side “europe” is not an actor id")
    }

    @Test func duplicateIdNamesTheFirst() throws {
        let text = Self.valid.replacingOccurrences(of: "id: ukraine", with: "id: russia")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 15)
        #expect(diagnostic.column == 9)
        #expect(diagnostic.message == "duplicate actor id “russia” (first defined at line 10)")
    }

    @Test func wrongTypeNamesWhatWasFound() throws {
        let text = Self.valid.replacingOccurrences(of: "keywords: [grondgebied, territori*]", with: "keywords: grondgebied")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 7)
        #expect(diagnostic.column == 15)
        #expect(diagnostic.message == "“keywords” in issue “territory” must be a list of strings, found the text “grondgebied”")
    }

    @Test func keywordListItemOfWrongType() throws {
        let text = Self.valid.replacingOccurrences(of: "keywords: [grondgebied, territori*]", with: "keywords: [grondgebied, [a]]")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 7)
        #expect(diagnostic.column == 29)
        #expect(diagnostic.message.contains("item 2 is a list"))
    }

    @Test func issuesMustBeAList() throws {
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: "version: 1\nissues: 3\nactors: []\n"))
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 9)
        #expect(diagnostic.message == "“issues” must be a list, found the number 3")
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let text = Self.valid.replacingOccurrences(of: "    label: Grondgebied", with: "    lable: Grondgebied")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 6)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message == "unknown key “lable” in issue 1 (did you mean “label”?)")
    }

    @Test func missingRequiredKey() throws {
        let text = Self.valid.replacingOccurrences(of: "    name: Oekraïne\n", with: "")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 15)
        #expect(diagnostic.column == 5)
        #expect(diagnostic.message == "actor “ukraine” is missing the required key “name”")
    }

    @Test func invalidKind() throws {
        let text = Self.valid.replacingOccurrences(of: "kind: person", with: "kind: persoon")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 20)
        #expect(diagnostic.column == 11)
        #expect(diagnostic.message.hasPrefix("invalid kind “persoon” for actor “vladimir-poetin”"))
        #expect(diagnostic.message.contains("did you mean “person”"))
    }

    @Test func versionMustBeOne() throws {
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: "version: 2\nissues: []\nactors: []\n"))
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 10)
        #expect(diagnostic.message.contains("unsupported codebook version 2"))
    }

    @Test func aliasSharedByTwoActorsIsRejected() throws {
        let text = Self.valid.replacingOccurrences(of: "    kind: state\n  - id: vladimir", with: "    kind: state\n    aliases: [russische]\n  - id: vladimir")
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: text))
        #expect(diagnostic.line == 18)
        #expect(diagnostic.message == "alias “russische” of actor “ukraine” already names actor “russia” (line 14)")
    }

    @Test func duplicateMappingKeyIsReported() throws {
        let diagnostic = try #require(CodebookFixtures.diagnostic(parsing: "version: 1\nversion: 1\nissues: []\nactors: []\n"))
        #expect(diagnostic.line != nil)
        #expect(diagnostic.message.contains("duplicate key “version”"))
    }

    @Test func emptyAndNonMappingCodebooks() throws {
        #expect(CodebookFixtures.diagnostic(parsing: "")?.message == "the codebook is empty")
        #expect(CodebookFixtures.diagnostic(parsing: "# only a comment\n")?.message == "the codebook is empty")
        let list = try #require(CodebookFixtures.diagnostic(parsing: "- a\n- b\n"))
        #expect(list.line == 1)
        #expect(list.message == "the codebook must be a mapping of keys to values, found a list")
    }

    @Test func missingFileNamesIt() throws {
        let path = "/nonexistent/dir/codebook.yaml"
        #expect(throws: Diagnostic.error("no such file or directory", file: path)) {
            try CodebookLoader.load(path: path)
        }
    }

    @Test func invalidUTF8PointsAtTheFirstBadByte() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try Data("version: 1\nissues: [\u{e9}".utf8.dropLast(2) + [0xFF]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: Diagnostic.self) { try CodebookLoader.load(path: url.path) }
        #expect(error?.line == 2)
        #expect(error?.column == 10)
        #expect(error?.message.hasPrefix("invalid UTF-8 (first bad byte at offset 20)") == true)
    }

    @Test func seedCodebookLoads() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        #expect(codebook.issues.map(\.id) == [
            "territory", "neutrality", "denazification", "security-guarantees", "ceasefire-sequencing", "sanctions",
        ])
        #expect(codebook.sides == ["russia", "ukraine", "united-states", "europe"])
        #expect(codebook.issue("territory")?.label == "Grondgebied")
        #expect(codebook.issue("ceasefire-sequencing")?.sections.contains("Koreaans scenario") == true)
        #expect(codebook.actor("kremlin")?.side == "russia")
        #expect(codebook.actor("oksana-sjevel")?.side == nil)
    }
}
