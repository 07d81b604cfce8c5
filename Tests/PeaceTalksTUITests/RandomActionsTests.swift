import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// SplitMix64: a small deterministic generator, so a failure replays exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RandomActionsTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
        .tab, .backTab, .delete, .function(1), .control("c"), .control("u"), .control("n"), .control("p"),
        .character("j"), .character("k"), .character("h"), .character("l"), .character("g"), .character("G"),
        .character("1"), .character("2"), .character("3"), .character("/"), .character("?"), .character("n"),
        .character("N"), .character("c"), .character("["), .character("]"), .character("{"), .character("}"),
        .character("o"), .character("e"), .character("ï"), .character("中"), .character("😀"), .character(" "),
        .character("@"), .character("#"),
    ]

    func randomEvent(_ rng: inout SeededGenerator, size: Size) -> InputEvent {
        let roll = Int.random(in: 0..<100, using: &rng)
        if roll < 5 {
            return .resize(Size(width: Int.random(in: 1...200, using: &rng), height: Int.random(in: 1...60, using: &rng)))
        }
        if roll < 15 {
            let row = Int.random(in: -2...(size.height + 2), using: &rng)
            let column = Int.random(in: -2...(size.width + 2), using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return .mouse(.click(row: row, column: column))
            case 1: return .mouse(.wheelUp(row: row, column: column))
            default: return .mouse(.wheelDown(row: row, column: column))
            }
        }
        return .key(Self.keys[Int.random(in: 0..<Self.keys.count, using: &rng)])
    }

    @Test(arguments: [UInt64(1), 42, 2025])
    func thousandsOfRandomEventsKeepEveryInvariant(seed: UInt64) {
        var rng = SeededGenerator(state: seed)
        let extra = "中文报道 😀👍🏽 Oekraïne ❤️ café e\u{301} 한국어 " + String(repeating: "lang woord ", count: 60)
        let corpus = Fixture.corpus(extraText: extra)
        var app = Fixture.app(width: 80, height: 24, corpus: corpus)
        let data = app.explorer.data
        for step in 0..<3000 {
            let event = randomEvent(&rng, size: app.state.size)
            app.send(event)
            if app.shouldQuit {
                // Start again, as a user would, keeping the size.
                app = Fixture.app(width: max(1, app.state.size.width), height: max(1, app.state.size.height), corpus: corpus)
                continue
            }
            let state = app.state
            for pane in state.panes {
                let count = data.count(of: pane, browse: state.browse)
                #expect(state.browse.list(pane).selected >= 0)
                #expect(state.browse.list(pane).selected < max(1, count), "step \(step)")
            }
            #expect(state.browse.reader.scroll >= 0)
            #expect(state.browse.reader.entry >= 0)
            if let prompt = state.search {
                #expect(prompt.selected >= 0 && prompt.selected < max(1, prompt.results.count))
                #expect(prompt.cursor >= 0 && prompt.cursor <= prompt.query.count)
            }
            guard step % 3 == 0 else { continue }
            let screen = app.render(size: state.size)
            #expect(screen.lines.count == state.size.height)
            for (row, line) in screen.lines.enumerated() {
                let cells = screen.row(row).reduce(0) { $0 + $1.width }
                #expect(cells == state.size.width, "step \(step) row \(row): \(line)")
                #expect(DisplayWidth.of(line) == state.size.width, "step \(step) row \(row): \(line)")
            }
            for row in 0..<screen.size.height {
                for column in 0..<screen.size.width where screen[row, column].width == 0 {
                    #expect(column > 0 && screen[row, column - 1].width == 2, "orphan continuation at step \(step)")
                }
            }
            if let cursor = screen.cursor {
                #expect(cursor.row >= 0 && cursor.row < max(1, state.size.height))
                #expect(cursor.column >= 0 && cursor.column < max(1, state.size.width))
            }
        }
    }

    /// The same walk over two documents, with the reader cache warm throughout; every
    /// frame also matches what a fresh explorer (cold cache) draws for the same state.
    @Test func randomEventsOverTwoDocumentsKeepTheGridAndMatchAColdCache() {
        var rng = SeededGenerator(state: 7)
        let corpus = CorpusFixture.corpus()
        var app = CorpusFixture.app(width: 100, height: 24)
        for step in 0..<1500 {
            app.send(randomEvent(&rng, size: app.state.size))
            if app.shouldQuit {
                app = CorpusFixture.app(width: max(1, app.state.size.width), height: max(1, app.state.size.height))
                continue
            }
            guard step % 5 == 0 else { continue }
            let screen = app.render(size: app.state.size)
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == app.state.size.width }, "step \(step)")
            guard step % 25 == 0 else { continue }
            let cold = Explorer(corpus: corpus, search: Fixture.fakeSearch(corpus))
            #expect(cold.render(app.state, size: app.state.size) == screen, "step \(step)")
        }
    }

    @Test func renderingAtAnySizeNeverBreaksTheGrid() {
        var app = Fixture.app()
        app.press(.enter, .down, .down, .enter)
        for width in [1, 2, 10, 39, 40, 41, 99, 100, 101, 200] {
            for height in [1, 2, 11, 12, 13, 60] {
                let screen = app.render(size: Size(width: width, height: height))
                #expect(screen.lines.count == height)
                #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == width })
            }
        }
    }
}
