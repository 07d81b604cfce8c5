import Foundation
import Testing
@testable import PeaceTalksModel

/// The analysis cache's key covers what the analysis reads from an annotation file (its
/// positions), not what is laid over the analysis afterwards (tags, memos, decisions): saving
/// a memo must not make the next start analyse the article again.
@Suite struct SidecarAnalysisKeyTests {
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pt-sidecar-key-\(UUID().uuidString)").path
        init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    let position = PositionAnnotation(
        issue: "territory", actor: "russia", summary: "Wants the whole region.",
        anchors: [TextQuoteSelector(exact: "Moscow wants the whole region")])

    /// The key with `annotations` written beside the article as the explorer writes them.
    func key(_ annotations: DocumentAnnotations, folder: Folder) throws -> String {
        let article = Article(path: folder.path + "/a.txt", text: "Moscow wants the whole region, an aide said.")
        let sidecar = AnnotationLoader.sidecarPath(forArticle: article.path)
        try AnnotationWriter.yaml(annotations).write(toFile: sidecar, atomically: true, encoding: .utf8)
        let cache = AnalysisCache(root: folder.path + "/cache", buildIdentity: "build 1")
        return CorpusRequest.codebookKey(cache, sources: [], articles: [article])
    }

    @Test func memosAndTagsKeepTheKeyPositionsChangeIt() throws {
        let folder = Folder()
        let sidecar = folder.path + "/a.annotations.yaml"
        var annotations = DocumentAnnotations(path: sidecar, positions: [position])
        let original = try key(annotations, folder: folder)

        annotations.memos.append(MemoAnnotation(id: "memo-1", target: .issue("territory"), text: "Compare with May."))
        annotations.tags.append(TagAnnotation(
            id: "tag-1", issue: "territory", side: "russia", anchor: TextQuoteSelector(exact: "an aide said")))
        let coded = try key(annotations, folder: folder)
        #expect(coded == original)

        var summaryChanged = annotations
        summaryChanged.positions[0].summary = "Wants part of the region."
        var anchorChanged = annotations
        anchorChanged.positions[0].anchors[0].exact = "Moscow wants"
        var added = annotations
        added.positions.append(PositionAnnotation(
            issue: "territory", actor: "ukraine", summary: "Refuses.", anchors: [TextQuoteSelector(exact: "an aide")]))
        let noPositions = DocumentAnnotations(path: sidecar, positions: [])
        let keys = try [summaryChanged, anchorChanged, added, noPositions].map { try key($0, folder: folder) }
        #expect(Set(keys + [original]).count == 5)
    }

    /// An anchor's line is in the warning when it stops matching, and the cache keeps the
    /// warnings: a position that moves in the file changes the key.
    @Test func aPositionMovedToAnotherLineChangesTheKey() {
        let text = "version: 1\npositions:\n  - issue: territory\n    actor: russia\n    summary: s\n    anchors:\n      - exact: x\n"
        let moved = text.replacingOccurrences(of: "version: 1\n", with: "version: 1\n\n")
        let memo = text + "memos:\n  - id: m\n    about: issue\n    issue: territory\n    text: t\n"
        #expect(SidecarAnalysisKey.bytes(ofSidecar: Array(memo.utf8)) == SidecarAnalysisKey.bytes(ofSidecar: Array(text.utf8)))
        #expect(SidecarAnalysisKey.bytes(ofSidecar: Array(moved.utf8)) != SidecarAnalysisKey.bytes(ofSidecar: Array(text.utf8)))
        // Not YAML: the whole bytes, so any edit changes the key.
        let broken = Array("positions: [\n".utf8)
        #expect(SidecarAnalysisKey.bytes(ofSidecar: broken) != SidecarAnalysisKey.bytes(ofSidecar: broken + [0x20]))
    }
}
