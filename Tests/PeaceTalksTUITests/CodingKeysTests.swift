import PeaceTalksModel
import Testing
@testable import PeaceTalksTUI

/// `v`, `t`, `s`, `m`: what each key selects or opens, and the change it asks the backend to save.
@Suite struct CodingKeysTests {
    /// The fixture with codebook actors, which a speaker correction must name.
    static func app(memoEditor: Bool = false) -> ExplorerApp {
        var corpus = Fixture.corpus()
        corpus.codebook.actors = [
            ActorDefinition(id: "lavrov", name: "Sergej Lavrov", kind: .person, side: "russia", role: nil, aliases: []),
            ActorDefinition(id: "russia", name: "Russia", kind: .state, side: "russia", role: nil, aliases: []),
        ]
        return ExplorerApp(corpus: corpus, options: ExplorerOptions(memoEditor: memoEditor), size: Size(width: 120, height: 30),
                           search: Fixture.fakeSearch(corpus))
    }

    static func edits(_ app: inout ExplorerApp) -> [AnnotationEdit] {
        app.takeEffects().compactMap { if case .annotate(let edit) = $0 { return edit } else { return nil } }
    }

    @Test func vSelectsTheSentenceUnderTheCursorAndExtendsItOneByOne() {
        var app = Self.app()
        // Territory's first passage is ¶3; its highlight stands in the first sentence.
        app.press(.enter)
        app.press(.character("v"))
        #expect(app.state.selection == SentenceSelection(document: 0, paragraph: 2, first: 0, last: 0))
        app.press(.character("v"))
        #expect(app.state.selection?.last == 1)
        app.press(.character("v"), .character("v"))
        #expect(app.state.selection?.last == 2)
        #expect(app.statusMessage?.contains("end of the paragraph") == true)
        app.press(.escape)
        #expect(app.state.selection == nil)
        #expect(app.state.browse.focus == .reader)
    }

    @Test func theSelectionIsDrawnAndDroppedWhenThePassageChanges() {
        var app = Self.app()
        app.press(.enter, .character("v"))
        let reversed = app.screen.lines.indices.filter { row in app.screen.row(row).contains { $0.style.reverse && $0.grapheme == "R" } }
        #expect(!reversed.isEmpty)
        // The last passage is another paragraph: the selection does not follow.
        app.press(.end)
        #expect(app.state.selection == nil)
    }

    @Test func tTagsTheSelectedSentenceToTheIssueAndSidePicked() throws {
        var app = Self.app()
        app.press(.enter, .character("v"), .character("v"), .character("t"))
        #expect(app.state.picker?.purpose != nil && app.state.picker?.purpose != .timeline)
        app.type("neutr ukr")
        #expect(app.screen.lines.contains { $0.contains("Neutrality / Ukraine") })
        #expect(!app.screen.lines.contains { $0.contains("Territory / Ukraine") })
        app.press(.enter)
        let edit = try #require(Self.edits(&app).first)
        guard case .addTag(let tag) = edit.change else {
            Issue.record("not a tag: \(edit.change)")
            return
        }
        #expect(tag.issue == "neutrality" && tag.side == "ukraine")
        #expect(tag.anchor.exact == "Rusland eiste dat Oekraïne grondgebied zou opgeven. Sinds juni 2024 eist Poetin Donetsk en Loehansk.")
        #expect(app.state.picker == nil && app.state.selection == nil)
    }

    @Test func tWithoutASelectionTagsTheWholePassage() throws {
        var app = Self.app()
        app.press(.enter, .character("t"))
        app.type("terr rus")
        app.press(.enter)
        let edit = try #require(Self.edits(&app).first)
        guard case .addTag(let tag) = edit.change else { return }
        #expect(tag.anchor.exact == Fixture.texts[2].2)
    }

    @Test func sOnAQuoteReassignsItsSpeakerToTheActorPicked() throws {
        var app = Self.app()
        app.press(.character("2"), .end, .enter)
        app.press(.character("s"))
        app.type("lavr")
        #expect(app.screen.lines.contains { $0.contains("Sergej Lavrov") })
        app.press(.enter)
        let edit = try #require(Self.edits(&app).first)
        guard case .setSpeaker(let quote, let actor) = edit.change else {
            Issue.record("not a speaker change: \(edit.change)")
            return
        }
        #expect(actor == "lavrov")
        #expect(quote.exact == "Het houdt gewoon geen steek")
    }

    @Test func sWithoutAQuoteSaysSo() {
        var app = Self.app()
        app.press(.enter, .character("s"))
        #expect(app.state.picker == nil)
        #expect(app.statusMessage?.hasPrefix("No quote here") == true)
    }

    @Test func mWritesAMemoInTheInlineEditorWithSeveralLines() throws {
        var app = Self.app()
        app.press(.enter, .character("m"))
        #expect(app.state.memoEditor != nil)
        app.type("Eerste")
        app.press(.enter)
        app.type("tweede")
        #expect(app.screen.lines.contains { $0.contains("Eerste") })
        app.press(.control("o"))
        let edit = try #require(Self.edits(&app).first)
        guard case .setMemo(_, let memo?) = edit.change else {
            Issue.record("not a memo: \(edit.change)")
            return
        }
        #expect(memo.text == "Eerste\ntweede")
        guard case .passage(let selector) = memo.target else { return }
        #expect(selector.exact == Fixture.texts[2].2)
        #expect(app.state.memoEditor == nil)
    }

    @Test func escWithChangesAsksOnceBeforeDroppingTheMemo() {
        var app = Self.app()
        app.press(.enter, .character("m"))
        app.type("x")
        app.press(.escape)
        #expect(app.state.memoEditor != nil)
        app.press(.escape)
        #expect(app.state.memoEditor == nil)
        #expect(Self.edits(&app).isEmpty)
    }

    @Test func mOnTheIssuesListWritesAMemoOnTheIssue() throws {
        var app = Self.app()
        app.press(.character("m"))
        app.type("Kern")
        app.press(.control("x"))
        let edit = try #require(Self.edits(&app).first)
        guard case .setMemo(_, let memo?) = edit.change else { return }
        #expect(memo.target == .issue("territory"))
    }

    @Test func mWithAnEditorSetAsksTheBackendAndSavesWhatComesBack() throws {
        var app = Self.app(memoEditor: true)
        app.press(.enter, .character("m"))
        #expect(app.state.memoEditor == nil)
        guard case .editMemo(var draft)? = app.takeEffects().first else {
            Issue.record("no editor effect")
            return
        }
        draft.text = "Uit de editor\n"
        app.perform(.memoEdited(draft))
        let edit = try #require(Self.edits(&app).first)
        guard case .setMemo(_, let memo?) = edit.change else { return }
        #expect(memo.text == "Uit de editor")
    }
}
