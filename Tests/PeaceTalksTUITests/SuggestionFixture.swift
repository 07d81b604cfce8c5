import Foundation
import PeaceTalksModel
import TestSupport
@testable import PeaceTalksTUI

/// An English article of our own, in a folder of its own, read by the real pipeline: both sides
/// take a stance on territory, so compare has a suggestion in each column.
struct SuggestionFixture {
    static let text = """
        Talks in Geneva stall over territory

        GENEVA, 3 March 2025 - Negotiators met again on Monday without a breakthrough.

        Russia demands that Ukraine withdraw its troops from the Donetsk region before any ceasefire.

        Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.

        Zelensky said Ukraine is prepared to discuss security guarantees with its European partners.

        """

    let folder: TemporaryFolder
    let article: String
    var sidecar: String { folder.path("talks.annotations.yaml") }

    init() throws {
        folder = try TemporaryFolder()
        article = try folder.file("talks.txt", Self.text)
    }

    /// The article as the explorer's backend loads it (no user codebook, no cache).
    func load() throws -> CorpusRequest.Loaded {
        var request = CorpusRequest(paths: [article])
        request.environment = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path]
        return try request.loadAnalysis()
    }

    /// The explorer and the desk the backend would run, at the size.
    func start(width: Int = 120, height: Int = 30) throws -> (ExplorerApp, AnnotationDesk) {
        let loaded = try load()
        let app = Fixture.app(width: width, height: height, corpus: loaded.annotated)
        return (app, AnnotationDesk(base: loaded.analysis, annotations: loaded.annotations))
    }
}

extension ExplorerApp {
    /// What the terminal backend does after a key: carry out the annotation effects with the
    /// desk and hand back its answers. Other effects are returned.
    @discardableResult
    mutating func runAnnotationEffects(_ desk: inout AnnotationDesk) -> [Effect] {
        var others: [Effect] = []
        for effect in takeEffects() {
            if let answer = desk.perform(effect) { perform(answer) } else { others.append(effect) }
        }
        return others
    }
}
