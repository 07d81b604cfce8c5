import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct PositionResolverTests {
    static func annotations(_ anchors: [TextQuoteSelector], path: String = "a.annotations.yaml") -> DocumentAnnotations {
        DocumentAnnotations(path: path, positions: [
            PositionAnnotation(issue: "territory", actor: "ukraine", summary: "s", anchors: anchors),
        ])
    }

    @Test func everySeedAnchorResolvesAgainstTheSeedText() throws {
        let annotations = try CodebookFixtures.loadSeedAnnotations()
        let text = try CodebookFixtures.loadSeedText()
        let structure = Segmenter.segment(text, language: .dutch)
        let document = Document(
            id: 0, path: "seed.txt", metadata: ArticleMetadata(), language: .dutch,
            anchor: DateAnchor(year: 2025, source: .fileDate), paragraphs: structure.paragraphs,
            sections: structure.sections, quotes: [], events: [], mentions: [], issueLinks: [])
        let (positions, warnings) = PositionResolver.resolve(annotations: [annotations], documents: [document])
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(positions.count == annotations.positions.count)
        for position in positions {
            #expect(position.anchors.count == position.fragments.count)
            #expect(position.unanchored.isEmpty)
            for (fragment, anchor) in zip(position.fragments, position.anchors) {
                let paragraph = try #require(structure.paragraphs.first { $0.index == anchor.paragraph })
                #expect(paragraph.text.scalarSlice(try #require(anchor.span)) == fragment)
            }
        }
        // Each of the four sides has at least one position.
        for side in try CodebookFixtures.loadSeedCodebook().sides {
            #expect(positions.contains { $0.actor == side })
        }
    }

    @Test func bodyTextWinsOverThePullQuoteThatRepeatsIt() throws {
        let document = try CodebookFixtures.seedDocument()
        let fragment = "De enige echte veiligheidsgarantie voor Oekraïne is zijn leger."
        let (positions, warnings) = PositionResolver.resolve(
            annotations: [Self.annotations([TextQuoteSelector(exact: fragment)])], documents: [document])
        #expect(warnings.isEmpty)
        let anchor = try #require(positions.first?.anchors.first)
        #expect(document.paragraphs[anchor.paragraph].line == 37)
        // Only a pull quote holds it: the pull quote is better than nothing.
        let onlyInPullQuote = "Het heeft toch tijd genoeg om het te saboteren."
        let (again, _) = PositionResolver.resolve(
            annotations: [Self.annotations([TextQuoteSelector(exact: onlyInPullQuote)])], documents: [document])
        #expect(again.first?.anchors.first.map { document.paragraphs[$0.paragraph].line } == 24)
    }

    @Test func straightQuotesAndLooseSpacesStillFindCurlyText() throws {
        let document = try CodebookFixtures.seedDocument(id: 2)
        let selector = TextQuoteSelector(exact: "Trump droomde vooraf hardop van een 'ruildeal'  waarbij\nRusland")
        let (positions, warnings) = PositionResolver.resolve(
            annotations: [nil, nil, Self.annotations([selector])], documents: [
                try CodebookFixtures.seedDocument(id: 0), try CodebookFixtures.seedDocument(id: 1), document,
            ])
        #expect(warnings.isEmpty)
        let anchor = try #require(positions.first?.anchors.first)
        #expect(anchor.document == 2)
        let text = document.paragraphs[anchor.paragraph].text
        #expect(text.scalarSlice(try #require(anchor.span)) == "Trump droomde vooraf hardop van een ‘ruildeal’ waarbij Rusland")
    }

    /// “Oekraïne” stands in many paragraphs; the prefix and suffix pick one, and the span is the exact text's.
    @Test func prefixAndSuffixTellRepeatsApart() throws {
        let document = try CodebookFixtures.seedDocument()
        let plain = TextQuoteSelector(exact: "Oekraïne")
        let chosen = TextQuoteSelector(exact: "Oekraïne", prefix: "bereid te onderhandelen. Begin maart 2022 suggereerde Zelensky al dat ", suffix: " zijn NAVO-droom")
        let (positions, warnings) = PositionResolver.resolve(
            annotations: [Self.annotations([plain, chosen])], documents: [document])
        #expect(warnings.isEmpty, "\(warnings)")
        let anchors = try #require(positions.first?.anchors)
        #expect(anchors.count == 2)
        #expect(anchors[0].paragraph != anchors[1].paragraph)
        let paragraph = document.paragraphs[anchors[1].paragraph]
        #expect(paragraph.text.contains("suggereerde Zelensky al dat Oekraïne zijn NAVO-droom"))
        #expect(paragraph.text.scalarSlice(try #require(anchors[1].span)) == "Oekraïne")
        // Not the paragraph's first “Oekraïne” (“was Oekraïne eerst”), but the one the context names.
        #expect(anchors[1].span != FragmentSearch.find("Oekraïne", in: paragraph.text))
        // A prefix the text does not have: no match, although the exact text is everywhere.
        let wrong = TextQuoteSelector(exact: "Oekraïne", prefix: "dat Nederland en ")
        let (missed, notes) = PositionResolver.resolve(annotations: [Self.annotations([wrong])], documents: [document])
        #expect(missed.first?.anchors.isEmpty == true)
        #expect(notes.count == 1)
    }

    @Test func anAnchorThatNoLongerMatchesIsReportedOnceAtItsPlaceAndKept() throws {
        let document = try CodebookFixtures.seedDocument()
        let annotations = Self.annotations([
            TextQuoteSelector(exact: "Europa wil de Krim terug", place: FilePlace(line: 12, column: 9)),
            TextQuoteSelector(exact: "Oekraïne weigert zich vrijwillig terug te trekken"),
        ])
        let (positions, warnings) = PositionResolver.resolve(annotations: [annotations], documents: [document])
        let position = try #require(positions.first)
        #expect(position.anchors.count == 1)
        #expect(position.fragments.count == 2)
        #expect(position.unanchored == ["Europa wil de Krim terug"])
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.description == "a.annotations.yaml:12:9: warning: position ukraine on territory: anchor “Europa wil de Krim terug” no longer matches \(URL(fileURLWithPath: document.path).lastPathComponent) (kept, unanchored)")
    }

    /// A document's annotations are looked for in that document only, however many others quote the same words.
    @Test func anchorsResolveInTheirOwnDocumentOnly() throws {
        let annotations = try CodebookFixtures.loadSeedAnnotations()
        let documents = [try CodebookFixtures.seedDocument(id: 0), try CodebookFixtures.seedDocument(id: 1)]
        let (positions, warnings) = PositionResolver.resolve(annotations: [nil, annotations], documents: documents)
        #expect(warnings.isEmpty)
        #expect(positions.count == annotations.positions.count)
        #expect(positions.allSatisfy { $0.anchors.count == $0.fragments.count && $0.anchors.allSatisfy { $0.document == 1 } })
        // Without annotations, a document yields no position and no warning at all.
        let (none, quiet) = PositionResolver.resolve(annotations: [], documents: documents)
        #expect(none.isEmpty && quiet.isEmpty)
    }

    @Test func headingsAreNotSearched() throws {
        let document = try CodebookFixtures.seedDocument()
        let (_, warnings) = PositionResolver.resolve(
            annotations: [Self.annotations([TextQuoteSelector(exact: "Koreaans scenario")])], documents: [document])
        #expect(warnings.count == 1)
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
        let corpus = try CodebookFixtures.seedCorpus()
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        #expect(corpus.positions.count == 19)
        #expect(corpus.positions.allSatisfy { !$0.anchors.isEmpty })
        // Codebook actors in codebook order, but only those the seed speaks of (or a side).
        let fromCodebook = corpus.actors.filter { !$0.discovered }.map(\.id)
        #expect(fromCodebook == codebook.actors.map(\.id).filter(fromCodebook.contains))
        #expect(fromCodebook.count < codebook.actors.count)
        #expect(!fromCodebook.contains("osce"), "an actor the seed never names is left out")
        #expect(fromCodebook.starts(with: ["russia", "ukraine", "united-states", "europe"]))
        let mentioned = Set(corpus.documents.flatMap(\.mentions).map(\.actor))
        #expect(mentioned.isSuperset(of: ["russia", "ukraine", "united-states", "europe", "kremlin", "oksana-sjevel"]))
    }

    /// Another article beside the seed gets no position and no warning from the seed's annotations.
    @Test func anotherArticleHearsNothingOfTheSeedsAnnotations() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        let other = Article(path: "other.txt", text: "Poetin en Zelensky spraken over een staakt-het-vuren.\n")
        let corpus = CorpusBuilder.build(articles: [other], codebook: codebook, annotations: [nil])
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.positions.isEmpty)
    }
}
