import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct PositionResolverTests {
    @Test func everySeedAnchorResolvesAgainstTheSeedText() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        let text = try CodebookFixtures.loadSeedText()
        let structure = Segmenter.segment(text, language: .dutch)
        let document = Document(
            id: 0, path: "seed.txt", metadata: ArticleMetadata(), language: .dutch,
            anchor: DateAnchor(year: 2025, source: .fileDate), paragraphs: structure.paragraphs,
            sections: structure.sections, quotes: [], events: [], mentions: [], issueLinks: [])
        let (positions, warnings) = PositionResolver.resolve(codebook: codebook, documents: [document])
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(positions.count == codebook.positions.count)
        for position in positions {
            #expect(position.anchors.count == position.fragments.count)
            for (fragment, anchor) in zip(position.fragments, position.anchors) {
                let paragraph = try #require(structure.paragraphs.first { $0.index == anchor.paragraph })
                #expect(paragraph.text.scalarSlice(try #require(anchor.span)) == fragment)
            }
        }
        // Each of the four sides has at least one position.
        for side in codebook.sides {
            #expect(positions.contains { $0.actor == side })
        }
    }

    @Test func bodyTextWinsOverThePullQuoteThatRepeatsIt() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        let document = try CodebookFixtures.seedDocument()
        let fragment = "De enige echte veiligheidsgarantie voor Oekraïne is zijn leger."
        var changed = codebook
        changed.positions = [PositionDefinition(issue: "security-guarantees", actor: "ukraine", summary: "s", anchors: [fragment])]
        let (positions, warnings) = PositionResolver.resolve(codebook: changed, documents: [document])
        #expect(warnings.isEmpty)
        let anchor = try #require(positions.first?.anchors.first)
        #expect(document.paragraphs[anchor.paragraph].line == 37)
        // Only a pull quote holds it: the pull quote is better than nothing.
        let onlyInPullQuote = "Het heeft toch tijd genoeg om het te saboteren."
        changed.positions = [PositionDefinition(issue: "neutrality", actor: "russia", summary: "s", anchors: [onlyInPullQuote])]
        let (again, _) = PositionResolver.resolve(codebook: changed, documents: [document])
        #expect(again.first?.anchors.first.map { document.paragraphs[$0.paragraph].line } == 24)
    }

    @Test func straightQuotesAndLooseSpacesStillFindCurlyText() throws {
        let document = try CodebookFixtures.seedDocument(id: 2)
        let codebook = Codebook(
            path: "cb.yaml", issues: [], actors: [],
            positions: [PositionDefinition(
                issue: "territory", actor: "united-states", summary: "s",
                anchors: ["Trump droomde vooraf hardop van een 'ruildeal'  waarbij\nRusland"])],
            sides: [])
        let (positions, warnings) = PositionResolver.resolve(codebook: codebook, documents: [document])
        #expect(warnings.isEmpty)
        let anchor = try #require(positions.first?.anchors.first)
        #expect(anchor.document == 2)
        let text = document.paragraphs[anchor.paragraph].text
        #expect(text.scalarSlice(try #require(anchor.span)) == "Trump droomde vooraf hardop van een ‘ruildeal’ waarbij Rusland")
    }

    @Test func missingAnchorIsAWarningAtThePosition() throws {
        let document = try CodebookFixtures.seedDocument()
        let codebook = Codebook(
            path: "cb.yaml", issues: [], actors: [],
            positions: [PositionDefinition(
                issue: "territory", actor: "europe", summary: "s",
                anchors: ["Europa wil de Krim terug", "Oekraïne weigert zich vrijwillig terug te trekken"],
                line: 12, column: 5)],
            sides: [])
        let (positions, warnings) = PositionResolver.resolve(codebook: codebook, documents: [document])
        #expect(positions.first?.anchors.count == 1)
        #expect(positions.first?.fragments.count == 2)
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.description == "cb.yaml:12:5: warning: position europe on territory: anchor “Europa wil de Krim terug” not found in any document")
    }

    @Test func anchorsResolveInEveryDocumentThatHoldsThem() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        let documents = [try CodebookFixtures.seedDocument(id: 0), try CodebookFixtures.seedDocument(id: 1)]
        let (positions, warnings) = PositionResolver.resolve(codebook: codebook, documents: documents)
        #expect(warnings.isEmpty)
        #expect(positions.allSatisfy { $0.anchors.count == 2 * $0.fragments.count })
    }

    @Test func headingsAreNotSearched() throws {
        let document = try CodebookFixtures.seedDocument()
        let codebook = Codebook(
            path: "cb.yaml", issues: [], actors: [],
            positions: [PositionDefinition(issue: "x", actor: "y", summary: "s", anchors: ["Koreaans scenario"])],
            sides: [])
        #expect(PositionResolver.resolve(codebook: codebook, documents: [document]).1.count == 1)
    }

    @Test func searchIsLinearOnRepetitiveText() {
        let text = String(repeating: "a", count: 200_000) + "b"
        let needle = String(repeating: "a", count: 5_000) + "b"
        #expect(FragmentSearch.find(needle, in: text) == TextSpan(start: 195_000, end: 200_001))
    }
}

@Suite struct PositionCorpusTests {
    @Test func theCorpusOverTheSeedHasEveryPositionAnchoredAndNoWarnings() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        let article = Article(
            path: CodebookFixtures.seedText.path, text: try CodebookFixtures.loadSeedText(),
            metadata: ArticleMetadata(language: .dutch))
        let corpus = CorpusBuilder.build(articles: [article], codebook: codebook)
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        #expect(corpus.positions.count == 19)
        #expect(corpus.positions.allSatisfy { !$0.anchors.isEmpty })
        #expect(corpus.actors.prefix(codebook.actors.count).map(\.id) == codebook.actors.map(\.id))
        let mentioned = Set(corpus.documents.flatMap(\.mentions).map(\.actor))
        #expect(mentioned.isSuperset(of: ["russia", "ukraine", "united-states", "europe", "kremlin", "oksana-sjevel"]))
    }
}
