import Foundation
import Testing
@testable import PeaceTalksModel

/// A long article makes its tokens again in each pass instead of keeping them all; the
/// analysis must be exactly the one that keeps them.
@Suite struct BoundedMemoryTests {
    @Test func tokensMadeAgainGiveTheSameCorpus() throws {
        let codebook = try CodebookFixtures.loadSeedCodebook()
        let article = Article(path: CodebookFixtures.seedText.path, text: try CodebookFixtures.loadSeedText())
        let annotations = [try AnnotationLoader.load(forArticle: article.path, codebook: codebook)]
        let kept = CorpusBuilder.build(articles: [article], codebook: codebook, annotations: annotations)
        let remade = CorpusBuilder.build(
            articles: [article], codebook: codebook, annotations: annotations,
            limits: MemoryLimits(keepWordTokens: 0, batchBytes: 1))
        #expect(!kept.documents[0].quotes.isEmpty && !kept.documents[0].issueLinks.isEmpty)
        #expect(!kept.positions.isEmpty)
        #expect(JSONExport.string(remade) == JSONExport.string(kept))
        // Batches of a few paragraphs each, too.
        let batched = CorpusBuilder.build(
            articles: [article], codebook: codebook, annotations: annotations,
            limits: MemoryLimits(keepWordTokens: 0, batchBytes: 2_000))
        #expect(JSONExport.string(batched) == JSONExport.string(kept))
    }

    /// Quote extraction that keeps one paragraph's tokens at a time (making older ones again
    /// when attribution looks back) finds the same quotes, speakers and roles as keeping all.
    @Test func quotesWithTokensMadeAgainAreTheSame() throws {
        let written = """
            Defensieminister Ruben Brekelmans sprak maandag in Brussel met zijn collega's.

            Hij was duidelijk. "We blijven Oekraïne steunen," zei hij na afloop.

            "Er komt geen deal zonder Kyiv," voegde Brekelmans eraan toe.

            „Dat is de kern”, aldus de minister.

            Ursula von der Leyen, voorzitter van de Europese Commissie, was het met hem eens.
            "Europa staat klaar."

            "Wij ook," zei ze.
            """
        for text in [try CodebookFixtures.loadSeedText(), written] {
            let paragraphs = Segmenter.segment(text, language: .dutch).paragraphs
            let kept = QuoteExtractor.analyse(paragraphs, people: KnownPeople())
            #expect(!kept.quotes.isEmpty && kept.quotes.contains { $0.speakerName != nil })
            for recent in [1, 2, 16] {
                let remade = QuoteExtractor.analyse(paragraphs, people: KnownPeople(), keepTexts: false, recentTexts: recent)
                #expect(remade.quotes == kept.quotes)
                #expect(remade.roles == kept.roles)
            }
        }
    }
}
