import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct AnnotationStoreTests {
    let folder: WorkbenchFolder
    let article: String
    let codebook: Codebook

    init() throws {
        folder = try WorkbenchFolder()
        article = try folder.write("talks.txt", workbenchArticle)
        codebook = try WorkbenchFolder.codebook()
    }

    var sidecar: String { AnnotationLoader.sidecarPath(forArticle: article) }

    func onDisk() throws -> DocumentAnnotations {
        try #require(try AnnotationLoader.load(forArticle: article, codebook: codebook))
    }

    func tag(_ id: String, _ exact: String, side: String = "russia") -> TagAnnotation {
        TagAnnotation(id: id, issue: "territory", side: side, anchor: TextQuoteSelector(exact: exact))
    }

    @Test func everyKindOfAnnotationReadsBackByteForByte() throws {
        // Text that would break a naive YAML writer: quotes, a colon, a hash, line breaks,
        // a tab, control characters and Unicode line separators.
        let awkward = "He said: \"no\" # not a comment\n\tline two\u{1B}[31m \u{2028} \\ end"
        var annotations = DocumentAnnotations(path: sidecar, positions: [
            PositionAnnotation(issue: "territory", actor: "russia", summary: awkward, anchors: [
                TextQuoteSelector(exact: "Russia demands", prefix: "", suffix: " that")
            ]),
        ])
        annotations.tags = [tag("tag-1", awkward)]
        annotations.decisions = [SuggestionDecision(
            key: SuggestionKey(issue: "territory", side: "ukraine", anchor: TextQuoteSelector(exact: "x", prefix: "a", suffix: "b")),
            verdict: .rejected, stance: "rejects")]
        annotations.speakers = [SpeakerCorrection(quote: TextQuoteSelector(exact: "We will not"), actor: "volodymyr-zelensky")]
        annotations.memos = [
            MemoAnnotation(id: "memo-1", target: .issue("territory"), text: awkward),
            MemoAnnotation(id: "memo-2", target: .actor("russia"), text: ""),
            MemoAnnotation(id: "memo-3", target: .passage(TextQuoteSelector(exact: "front line")), text: "see June"),
        ]
        annotations.headerComment = ["# Written by hand", "# second line"]
        let yaml = AnnotationWriter.yaml(annotations)
        let back = try AnnotationLoader.parse(yaml, path: sidecar, codebook: codebook)
        #expect(back.headerComment == annotations.headerComment)
        // Places in the file are not part of what was recorded.
        func placeless(_ a: DocumentAnnotations) -> String { AnnotationWriter.yaml(a) }
        #expect(placeless(back) == yaml)
        #expect(back.tags[0].anchor.exact == awkward)
        #expect(back.memos[0].text == awkward)
        #expect(back.positions[0].summary == awkward)
        #expect(back.decisions[0].verdict == .rejected)
        #expect(back.speakers[0].actor == "volodymyr-zelensky")
        #expect(back.memos.map(\.target.kind) == ["issue", "actor", "passage"])
    }

    @Test func everyChangeIsOnDiskBeforeApplyReturnsAndUndoRedoToo() throws {
        var session = try AnnotationSession(article: article, codebook: codebook)
        #expect(!FileManager.default.fileExists(atPath: sidecar))
        try session.apply(.addTag(tag(session.newTagID(), "Russia demands")))
        #expect(try onDisk().tags.map(\.anchor.exact) == ["Russia demands"])
        try session.apply(.setMemo(id: "memo-1", MemoAnnotation(id: "memo-1", target: .issue("territory"), text: "first")))
        try session.apply(.setMemo(id: "memo-1", MemoAnnotation(id: "memo-1", target: .issue("territory"), text: "second")))
        #expect(try onDisk().memos.map(\.text) == ["second"])
        #expect(try session.undo())
        #expect(try onDisk().memos.map(\.text) == ["first"])
        #expect(try session.undo())
        #expect(try onDisk().memos.isEmpty)
        #expect(try session.redo())
        #expect(try onDisk().memos.map(\.text) == ["first"])
        #expect(try session.undo())
        #expect(try session.undo())
        #expect(try onDisk().tags.isEmpty)
        #expect(try session.undo() == false)
        // Only the sidecar is left in the folder: no temporary or lock file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["talks.annotations.yaml", "talks.txt"])
    }

    @Test func twoEditorsDoNotOverwriteEachOther() throws {
        var first = try AnnotationSession(article: article, codebook: codebook)
        var second = try AnnotationSession(article: article, codebook: codebook)
        try first.apply(.addTag(tag("tag-1", "Russia demands")))
        // The second session read the file before the first saved: its change must merge.
        try second.apply(.addTag(tag("tag-1", "Ukraine rejects", side: "ukraine")))
        let merged = second.mergedOtherChanges
        #expect(merged)
        let tags = try onDisk().tags
        #expect(Set(tags.map(\.anchor.exact)) == ["Russia demands", "Ukraine rejects"])
        #expect(Set(tags.map(\.id)).count == 2, "a clashing id is renamed, not overwritten")
        // Each undoes only its own change.
        try second.undo()
        #expect(try onDisk().tags.map(\.anchor.exact) == ["Russia demands"])
        try first.apply(.setSpeaker(quote: TextQuoteSelector(exact: "We will not give up our land,"), actor: "russia"))
        #expect(try onDisk().tags.count == 1 && onDisk().speakers.count == 1)
    }

    @Test func manyEditorsWritingAtOnceLoseNothing() async throws {
        // Many sessions add tags concurrently; every one of them must end up in the file.
        let article = self.article
        let codebook = self.codebook
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<6 {
                group.addTask {
                    var session = try AnnotationSession(article: article, codebook: codebook)
                    for round in 0..<5 {
                        try session.apply(.addTag(TagAnnotation(
                            id: "w\(worker)-\(round)", issue: "territory", side: "russia",
                            anchor: TextQuoteSelector(exact: "w\(worker)-\(round)"))))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try onDisk().tags.count == 30)
    }

    @Test func anUnknownIdIsRefusedAndNothingIsWritten() throws {
        var session = try AnnotationSession(article: article, codebook: codebook)
        #expect(throws: Diagnostic.self) {
            try session.apply(.addTag(TagAnnotation(id: "t", issue: "no-such-issue", side: "russia", anchor: TextQuoteSelector(exact: "x"))))
        }
        #expect(!FileManager.default.fileExists(atPath: sidecar))
        #expect(!session.canUndo)
    }

    @Test func theLeadingCommentAndPositionsSurviveAnEdit() throws {
        try Data("""
            # My reading of this article.

            version: 1
            positions:
              - issue: territory
                actor: russia
                summary: >-
                  Wants the Donetsk region.
                anchors:
                  - exact: "Russia demands that Ukraine withdraw"
            """.utf8).write(to: URL(fileURLWithPath: sidecar))
        var session = try AnnotationSession(article: article, codebook: codebook)
        try session.apply(.setMemo(id: "memo-1", MemoAnnotation(id: "memo-1", target: .actor("russia"), text: "hard line")))
        let text = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(text.hasPrefix("# My reading of this article.\n"))
        let back = try onDisk()
        #expect(back.positions.map(\.summary) == ["Wants the Donetsk region."])
        #expect(back.memos.count == 1)
    }
}
