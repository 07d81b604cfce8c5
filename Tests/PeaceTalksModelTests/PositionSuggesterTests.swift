import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct PositionSuggesterTests {
    func suggestions(_ text: String, language: Language = .english) throws -> [SuggestedPosition] {
        let folder = try WorkbenchFolder()
        let path = try folder.write("a.txt", text)
        return PositionSuggester.suggest(try WorkbenchFolder.corpus(path, language: language))
    }

    @Test func bothSidesOfAnIssueInAnEnglishArticle() throws {
        let folder = try WorkbenchFolder()
        let corpus = try WorkbenchFolder.corpus(try folder.write("a.txt", workbenchArticle))
        let found = PositionSuggester.suggest(corpus)
        let territory = found.filter { $0.issue == "territory" }
        let russia = try #require(territory.first { $0.side == "russia" })
        #expect(russia.stance == .demands)
        #expect(russia.verb == "demands")
        let ukraine = try #require(territory.first { $0.side == "ukraine" })
        #expect(ukraine.stance == .rejects)
        #expect(ukraine.confidence > 0.5 && ukraine.confidence <= 1)
        // The evidence span is the sentence, in Unicode scalars of its paragraph.
        let paragraph = try #require(corpus.paragraph(ukraine.evidence))
        #expect(paragraph.text.scalarSlice(try #require(ukraine.evidence.span)).hasPrefix("Ukraine rejects any withdrawal"))
        #expect(paragraph.text.scalarSlice(ukraine.verbSpan) == "rejects")
    }

    @Test func aPersonOrInstitutionSpeaksForItsSide() throws {
        let found = try suggestions(workbenchArticle)
        let guarantees = try #require(found.first { $0.issue == "security-guarantees" })
        #expect(guarantees.side == "ukraine")
        #expect(guarantees.stance == .preparedTo)
    }

    @Test func dutchSeparableVerbsAndInversion() throws {
        let found = try suggestions(
            """
            Het Kremlin stelt opnieuw voor om het grondgebied langs de huidige frontlijn te verdelen.

            Volgens Kyiv weigert Oekraïne elke afstand van grondgebied. Gisteren verwierp Zelensky het plan voor een bestand.

            """, language: .dutch)
        #expect(found.contains { $0.side == "russia" && $0.issue == "territory" && $0.stance == .proposes && $0.verb == "stelt … voor" })
        #expect(found.contains { $0.side == "ukraine" && $0.issue == "territory" && $0.stance == .refuses })
    }

    @Test func aNegatedAcceptanceIsARefusal() throws {
        let found = try suggestions("Ukraine will never accept the loss of its territory, the foreign ministry said.\n")
        let suggestion = try #require(found.first { $0.issue == "territory" })
        #expect(suggestion.side == "ukraine")
        #expect(suggestion.stance == .refuses)
    }

    @Test func noStanceOrNoIssueMeansNoSuggestion() throws {
        #expect(try suggestions("Russia and Ukraine met in Istanbul to talk about territory and a ceasefire.\n").isEmpty)
        #expect(try suggestions("Russia demands a bigger football stadium for the final.\n").isEmpty)
    }

    /// The explorer asks per issue: each issue's suggestions are those of the whole run, in order.
    @Test func oneIssuesSuggestionsAreThoseOfTheWholeRun() throws {
        let corpus = try CodebookFixtures.seedCorpus()
        let all = PositionSuggester.suggest(corpus)
        #expect(!all.isEmpty)
        for issue in corpus.codebook.issues.map(\.id) {
            #expect(PositionSuggester.suggest(corpus, issue: issue) == all.filter { $0.issue == issue }, "\(issue)")
        }
    }

    /// Most of the positions the seed's annotation file anchors come up as suggestions: the same
    /// side and issue, in a sentence that overlaps an anchor (measured 12 of 19 when written).
    @Test func mostAnchoredSeedPositionsAreSuggested() throws {
        let corpus = try CodebookFixtures.seedCorpus()
        let suggestions = PositionSuggester.suggest(corpus)
        let anchored = corpus.positions.filter { !$0.anchors.isEmpty }
        let found = anchored.filter { position in
            position.anchors.contains { anchor in
                suggestions.contains {
                    $0.issue == position.issue && $0.side == position.actor && $0.evidence.paragraph == anchor.paragraph
                        && ($0.evidence.span.map { span in anchor.span.map(span.overlaps) ?? true } ?? false)
                }
            }
        }
        #expect(anchored.count >= 15)
        #expect(found.count * 2 > anchored.count, "\(found.count) of \(anchored.count)")
    }
}
