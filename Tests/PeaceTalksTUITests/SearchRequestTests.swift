import Foundation
import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// Counts the searches a fake engine was asked for, from any thread.
final class SearchCalls: @unchecked Sendable {
    private let lock = NSLock()
    private var made = 0
    var count: Int { lock.withLock { made } }
    func note() { lock.withLock { made += 1 } }
}

/// Search as you type off the drawing path: `update` only asks for a search; results come
/// back as `.searchFinished` and count only for the generation still awaited.
@Suite struct SearchRequestTests {
    let corpus = Fixture.corpus()

    func explorer(_ calls: SearchCalls) -> Explorer {
        let search = Fixture.fakeSearch(corpus)
        return Explorer(corpus: corpus, search: { query in
            calls.note()
            return search(query)
        })
    }

    func typed(_ text: String, into explorer: Explorer) -> ExplorerState {
        var state = explorer.update(explorer.initialState(size: Size(width: 120, height: 30)), .startSearch)
        for character in text { state = explorer.update(state, .searchInsert(character)) }
        return state
    }

    @Test func aKeystrokeAsksForASearchAndShowsTheMarkerWithoutSearching() {
        let calls = SearchCalls()
        let explorer = explorer(calls)
        let state = typed("oek", into: explorer)
        #expect(calls.count == 0)
        #expect(state.search?.pending == SearchRequest(query: "oek", generation: 3))
        #expect(state.search?.results == [])
        let screen = explorer.render(state, size: state.size)
        #expect(screen.lines.last?.contains("searching…") == true)
        #expect(screen.text.contains("Search: searching…"))
        #expect(!screen.text.contains("No matches"))
    }

    @Test func onlyTheNewestGenerationsResultIsTaken() throws {
        let calls = SearchCalls()
        let explorer = explorer(calls)
        let state = typed("oekr", into: explorer)
        let older = try #require(explorer.runSearch(SearchRequest(query: "oek", generation: 3)))
        let stale = explorer.update(state, older)
        #expect(stale.search?.results == [])
        #expect(stale.search?.pending?.generation == 4)

        let request = try #require(state.search?.pending)
        let newest = try #require(explorer.runSearch(request))
        let done = explorer.update(stale, newest)
        #expect(done.search?.pending == nil)
        #expect(done.search?.results.isEmpty == false)
        #expect(done.search?.results == Fixture.fakeSearch(corpus)("oekr"))
        let screen = explorer.render(done, size: done.size)
        #expect(!screen.text.contains("searching…"))
        #expect(screen.lines.last?.contains("Enter open") == true)
    }

    @Test func aResultArrivingAfterEscIsDropped() throws {
        let explorer = explorer(SearchCalls())
        let state = typed("oek", into: explorer)
        let request = try #require(state.search?.pending)
        let finished = try #require(explorer.runSearch(request))
        let closed = explorer.update(state, .searchCancel)
        let after = explorer.update(closed, finished)
        #expect(after.search == nil)
        #expect(after.results.isEmpty)
        #expect(after == closed)
    }

    @Test func enterWhileSearchingOpensTheFirstResultWhenItArrives() throws {
        let explorer = explorer(SearchCalls())
        let state = explorer.update(typed("oekra", into: explorer), .searchAccept)
        #expect(state.search?.acceptWhenFinished == true)
        let request = try #require(state.search?.pending)
        let finished = try #require(explorer.runSearch(request))
        let opened = explorer.update(state, finished)
        #expect(opened.search == nil)
        #expect(opened.resultIndex == 0)
        #expect(opened.history == ["oekra"])
        if case .article = opened.browse.reader.mode {} else { Issue.record("the first result is not open: \(opened.browse.reader.mode)") }
    }

    @Test func aBlankQueryNeedsNoSearch() {
        let explorer = explorer(SearchCalls())
        let state = explorer.update(typed("o", into: explorer), .searchDeleteBackward)
        #expect(state.search?.pending == nil)
        #expect(state.search?.results == [])
    }

    @Test func theQueryStopsAtTheLimitAndTheStatusLineSaysSo() {
        var app = Fixture.app()
        app.press(.character("/"))
        let text = String(repeating: "vrede ", count: 60)  // 360 characters
        app.type(text)
        #expect(app.state.search?.query.count == Explorer.queryLimit)
        #expect(app.state.search?.text == String(text.prefix(Explorer.queryLimit)))
        #expect(app.state.search?.dropped == 360 - Explorer.queryLimit)
        #expect(app.screen.lines.last?.contains("256-character limit: 104 dropped") == true)
        // Once shorter than the limit, nothing is being dropped any more.
        app.press(.backspace)
        #expect(app.state.search?.dropped == 0)
        #expect(app.screen.lines.last?.contains("dropped") == false)
    }

    @Test func aTotalThatIsOnlyALowerBoundIsCountedAfterTheBestHitsAreShown() throws {
        let calls = SearchCalls()
        let explorer = explorer(calls)
        let typed = typed("oek", into: explorer)
        let hits = Fixture.fakeSearch(corpus)("oek")
        try #require(!hits.isEmpty)
        let early = explorer.update(typed, .searchFinished(generation: 3, hits: hits, total: 500, totalIsExact: false))
        #expect(early.search?.results == hits)
        #expect(early.search?.pending == nil)
        let counting = SearchRequest(query: "oek", generation: 3, countsEveryHit: true)
        #expect(early.search?.counting == counting)
        let screen = explorer.render(early, size: early.size)
        #expect(screen.lines.last?.contains("\(hits.count) of 500+ results") == true)
        #expect(screen.lines.last?.contains("searching…") == false)

        // The count keeps the hits and the selection, and makes the total exact.
        var moved = early
        moved.search?.list.selected = hits.count - 1
        let counted = explorer.update(moved, .searchFinished(generation: 3, hits: hits, total: 812, totalIsExact: true))
        #expect(counted.search?.results == hits)
        #expect(counted.search?.selected == hits.count - 1)
        #expect(counted.search?.counting == nil)
        #expect(explorer.render(counted, size: counted.size).lines.last?.contains("\(hits.count) of 812 results") == true)

        // A key typed meanwhile drops the count: it answers a query no longer asked.
        let retyped = explorer.update(early, .searchInsert("r"))
        #expect(retyped.search?.counting == nil)
        #expect(retyped.search?.pending?.query == "oekr")
        let late = explorer.update(retyped, .searchFinished(generation: 3, hits: hits, total: 812, totalIsExact: true))
        #expect(late == retyped)
    }

    @Test func theCancellationStopsTheRealEngine() throws {
        let explorer = Explorer(corpus: corpus)
        let request = SearchRequest(query: "oekraine", generation: 7)
        let cancelled = SearchCancellation()
        cancelled.cancel()
        #expect(explorer.runSearch(request, cancellation: cancelled) == nil)
        let finished = try #require(explorer.runSearch(request, cancellation: SearchCancellation()))
        guard case .searchFinished(let generation, let hits, let total, _) = finished else {
            Issue.record("not a finished search: \(finished)")
            return
        }
        #expect(generation == 7)
        #expect(!hits.isEmpty)
        #expect(total >= hits.count)
    }
}

/// The search preview of a paragraph of megabytes shows a window around the match.
@Suite struct PreviewWindowTests {
    @Test func aHugeParagraphIsCutAroundTheMatch() {
        let filler = String(repeating: "woorden zonder belang ", count: 20_000)
        let text = filler + "het staakt-het-vuren hier" + filler
        let start = filler.unicodeScalars.count + 4
        let span = TextSpan(start: start, end: start + 16)
        let paragraph = Paragraph(index: 0, line: 1, kind: .body, section: 0, text: text, sentences: [], repeatsParagraph: nil)
        let last = text.unicodeScalars.count
        let (window, spans, _) = PreviewWindow.clip(paragraph, spans: [span, TextSpan(start: last - 8, end: last - 1)], context: nil)
        #expect(window.text.utf8.count < 2 * PreviewWindow.limit)
        #expect(window.text.hasPrefix("…") && window.text.hasSuffix("…"))
        // The window is around the first match: the far span is dropped; the match's span still covers the matched words.
        #expect(spans.count == 1)
        let scalars = Array(window.text.unicodeScalars)
        let shown = spans.first.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(shown == "staakt-het-vuren")
    }

    @Test func aShortParagraphIsShownWhole() {
        let paragraph = Paragraph(index: 0, line: 1, kind: .body, section: 0, text: "Kort en goed.", sentences: [], repeatsParagraph: nil)
        let (window, spans, _) = PreviewWindow.clip(paragraph, spans: [TextSpan(start: 0, end: 4)], context: nil)
        #expect(window == paragraph)
        #expect(spans == [TextSpan(start: 0, end: 4)])
    }
}
