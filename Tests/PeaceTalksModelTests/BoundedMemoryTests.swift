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
}
