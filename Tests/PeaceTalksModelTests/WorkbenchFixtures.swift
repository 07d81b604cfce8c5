import Foundation
import Testing
@testable import PeaceTalksModel

/// Articles written for these tests, analysed with the built-in codebook, in a folder of their own.
final class WorkbenchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("peacetalks-workbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func codebook() throws -> Codebook { try CodebookLayers.load([.builtIn]).codebook }

    /// The article analysed as the command line does: annotations beside it, overlay applied.
    static func corpus(_ path: String, language: Language = .english) throws -> Corpus {
        let codebook = try codebook()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let annotations = try AnnotationLoader.load(forArticle: path, codebook: codebook)
        var corpus = CorpusBuilder.build(
            articles: [Article(path: path, text: text, metadata: ArticleMetadata(language: language))], codebook: codebook,
            annotations: [annotations])
        _ = AnnotationOverlay.apply([annotations], to: &corpus)
        return corpus
    }
}

/// An English article of our own about the talks.
let workbenchArticle = """
    Moscow hardens its line on territory

    Russia demands that Ukraine withdraw from the Donetsk region before any ceasefire. Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.

    Kyiv is prepared to discuss security guarantees with its European partners, President Zelensky said on Monday.

    “We will not give up our land,” said Zelensky.

    """
