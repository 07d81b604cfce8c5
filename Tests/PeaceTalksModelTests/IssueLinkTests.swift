import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct IssueLinkTests {
    static func linker() throws -> IssueLinker { IssueLinker(codebook: try CodebookFixtures.loadSeedCodebook()) }

    static func snippet(_ text: String, kind: ParagraphKind = .body, section: Int = 0) -> Paragraph {
        Paragraph(
            index: 0, line: 1, kind: kind, section: section, text: text,
            sentences: [Sentence(span: TextSpan(start: 0, end: text.unicodeScalars.count))])
    }

    static let untitled = [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<1)]

    @Test func territoryLinksTheGrondgebiedSectionWithASectionReason() throws {
        let (paragraphs, sections) = try CodebookFixtures.seedStructure()
        let links = try Self.linker().links(paragraphs: paragraphs, sections: sections, document: 0)
        let territory = links.filter { $0.issue == "territory" }
        let bySection = territory.filter { $0.reasons.contains(.section("Grondgebied")) }.map { paragraphs[$0.paragraph].line }
        #expect(bySection == [16, 17, 18, 19])
        // The heading itself is not a passage.
        #expect(!territory.contains { paragraphs[$0.paragraph].kind == .heading })
    }

    @Test func line17HasKeywordReasonsAndSpans() throws {
        let (paragraphs, sections) = try CodebookFixtures.seedStructure()
        let links = try Self.linker().links(paragraphs: paragraphs, sections: sections, document: 3)
        let link = try #require(links.first { $0.issue == "territory" && paragraphs[$0.paragraph].line == 17 })
        #expect(link.document == 3)
        #expect(link.reasons.first == .section("Grondgebied"))
        #expect(link.reasons.contains(.keyword("territoriale")))
        #expect(link.reasons.contains(.keyword("Donetsk")))
        #expect(link.reasons.contains(.keyword("frontlijn te bevriezen")))
        // Donetsk appears twice but is one reason; every hit is highlighted.
        #expect(link.reasons.filter { $0 == .keyword("Donetsk") }.count == 1)
        let text = paragraphs[link.paragraph].text
        #expect(link.spans.filter { text.scalarSlice($0) == "Donetsk" }.count == 2)
        #expect(link.spans == link.spans.sorted())
        // Line 17 also names the ceasefire.
        let ceasefire = try #require(links.first { $0.issue == "ceasefire-sequencing" && $0.paragraph == link.paragraph })
        #expect(ceasefire.reasons == [.keyword("staakt-het-vuren")])
    }

    @Test func pullQuotesAndHeadingsAreNeverLinked() throws {
        let (paragraphs, sections) = try CodebookFixtures.seedStructure()
        let links = try Self.linker().links(paragraphs: paragraphs, sections: sections, document: 0)
        let linked = Set(links.map(\.paragraph))
        for paragraph in paragraphs where paragraph.kind == .pullquote || paragraph.kind == .heading {
            #expect(!linked.contains(paragraph.index), "line \(paragraph.line) is linked")
        }
        // Each issue links each paragraph at most once.
        let pairs = links.map { "\($0.issue) \($0.paragraph)" }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test func everyIssueHasPassagesOnTheSeed() throws {
        let (paragraphs, sections) = try CodebookFixtures.seedStructure()
        let links = try Self.linker().links(paragraphs: paragraphs, sections: sections, document: 0)
        for issue in try CodebookFixtures.loadSeedCodebook().issues {
            #expect(links.contains { $0.issue == issue.id && $0.reasons.contains { if case .section = $0 { true } else { false } } })
        }
        // The Koreaans scenario section belongs to ceasefire sequencing.
        #expect(links.contains { $0.issue == "ceasefire-sequencing" && $0.reasons.contains(.section("Koreaans scenario")) })
    }

    @Test func keywordsIgnoreCaseAndAccents() throws {
        let linker = try Self.linker()
        let paragraph = Self.snippet("SANCTIES en Territoriaal gebied; de Denazificatie.")
        #expect(linker.issueIDs(in: paragraph.text, paragraph: paragraph, sections: Self.untitled) == [
            "territory", "denazification", "sanctions",
        ])
        let english = Self.snippet("A ceasefire before peace talks, said the envoy; sanctions stay.")
        #expect(linker.issueIDs(in: english.text, paragraph: english, sections: Self.untitled) == [
            "ceasefire-sequencing", "sanctions",
        ])
        // Whole words only: `sanctioneel` is not `sancties`, `gebiedende` is not `gebied`.
        let trap = Self.snippet("een gebiedende toon")
        #expect(linker.issueIDs(in: trap.text, paragraph: trap, sections: Self.untitled) == [])
    }

    @Test func keywordMatchingIsAccentInsensitiveBothWays() throws {
        let codebook = Codebook(
            path: "t",
            issues: [Issue(id: "x", title: "X", label: "X", description: "", keywords: ["Oekraïne*", "groot israel"], sections: [])],
            actors: [], sides: [])
        let linker = IssueLinker(codebook: codebook)
        let paragraph = Self.snippet("Oekraines plan, een Groot Israël.")
        let links = linker.links(paragraphs: [paragraph], sections: Self.untitled, document: 0)
        #expect(links.first?.reasons == [.keyword("Oekraines"), .keyword("Groot Israël")])
    }

    @Test func quoteTextGetsItsSectionIssueToo() throws {
        let (paragraphs, sections) = try CodebookFixtures.seedStructure()
        let linker = try Self.linker()
        let line18 = paragraphs[17]
        // ‘Die eis is waanzinnig’ names no keyword, but stands in Grondgebied.
        #expect(linker.issueIDs(in: "Die eis is waanzinnig", paragraph: line18, sections: sections) == ["territory"])
        #expect(linker.issueIDs(
            in: "voor een staakt-het-vuren dat het op gelijk welk moment kan verbreken", paragraph: line18,
            sections: sections) == ["territory", "ceasefire-sequencing"])
    }

    @Test func sectionHeadingsMatchLoosely() throws {
        let linker = try Self.linker()
        let sections = [
            Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<0),
            Section(index: 1, title: "VREDE OF STAAKT-HET-VUREN", headingParagraph: 0, paragraphs: 0..<2),
        ]
        let paragraph = Self.snippet("Niets hier.", section: 1)
        let links = linker.links(paragraphs: [paragraph], sections: sections, document: 0)
        #expect(links.map(\.issue) == ["ceasefire-sequencing"])
        #expect(links.first?.reasons == [.section("VREDE OF STAAKT-HET-VUREN")])
        // A paragraph pointing at a section that does not exist is simply not section-linked.
        let stray = Self.snippet("Niets hier.", section: 9)
        #expect(linker.links(paragraphs: [stray], sections: sections, document: 0).isEmpty)
    }

    @Test func hostileInputStaysLinear() throws {
        let linker = try Self.linker()
        let text = String(repeating: "staakt-het-vuren sancties ", count: 5_000)
        let links = linker.links(paragraphs: [Self.snippet(text)], sections: Self.untitled, document: 0)
        #expect(links.flatMap(\.spans).count == 10_000)
    }
}
