import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

/// The lazy reader must draw exactly what wrapping everything would: the same counts,
/// the same lines, the same screens.
@Suite struct LazyReaderTests {
    /// Scalars the byte counter claims to know, and their widths.
    static let fastRanges: [(ClosedRange<UInt32>, Int)] = [
        (0x21...0x7E, 1), (0xA0...0xAC, 1), (0xAE...0x2FF, 1), (0x400...0x482, 1), (0x48A...0x52F, 1),
        (0x2010...0x2027, 1), (0x2030...0x205E, 1), (0x20A0...0x20C0, 1), (0x4E00...0x9FFF, 2),
    ]

    @Test func theByteCounterKnowsEachScalarItClaims() {
        for (range, width) in Self.fastRanges {
            var text = ""
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(DisplayWidth.of(Character(scalar)) == width, "U+\(String(value, radix: 16))")
                text.unicodeScalars.append(scalar)
            }
            // Each one a grapheme of its own, whatever stands beside it.
            #expect(text.count == text.unicodeScalars.count, "range from U+\(String(range.lowerBound, radix: 16))")
        }
    }

    @Test func countingAgreesWithWrappingOnTraps() {
        let alphabet: [String] = [
            "a", "b", "Oekraïne", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{7}", "\u{7F}", "‘", "’", "–", "…",
            "中", "文", "😀", "👍🏽", "❤️", "e\u{301}", "\u{200B}", "\u{AD}", "\u{85}", "\u{2028}", "é", "ж", "€", "ё",
            "‼", "‼\u{FE0F}", "🇳🇱", "한", "staakt-het-vuren", "\u{A0}",
        ]
        var rng = SeededGenerator(state: 99)
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &rng) {
                text += alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
            }
            let width = Int.random(in: 0...24, using: &rng)
            #expect(TextWrapper.lineCount(text, width: width) == TextWrapper.wrap(text, width: width).count, "round \(round): \(text.debugDescription) at \(width)")
        }
    }

    @Test func countingTheSeedLikeTextTakesTheFastPath() {
        let text = "‘Troepen uit NAVO-landen zijn voor Rusland gewoon onacceptabel’, zegt Vaitkus. Na drieënhalf jaar – 23 doden; €5 miljard…"
        #expect(TextWrapper.fastLineCount(text, width: 30) == TextWrapper.wrap(text, width: 30).count)
        #expect(TextWrapper.fastLineCount("Oekraïne 😀", width: 30) == nil)
    }

    @Test func aSnippetNeverOpensOrClosesOnHalfAWord() {
        let texts = ["", "kort", "Rusland eiste dat Oekraïne grondgebied zou opgeven, zegt e\u{301}en 中文 😀👍🏽 bron.", String(repeating: "ab ", count: 200)]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for (start, end) in [(0, 0), (0, 4), (10, 20), (30, 31), (590, 600), (700, 800)] {
                for (before, after) in [(0, 0), (5, 7), (40, 40), (80, 160)] {
                    let span = TextSpan(start: start, end: end)
                    let cut = snippet(text, around: span, before: before, after: after)
                    let count = cut.text.unicodeScalars.count
                    let place = "\(text.prefix(10)) \(start)..<\(end) \(before)/\(after)"
                    #expect(cut.offset >= max(0, min(start, scalars.count) - before), "\(place)")
                    #expect(cut.offset + count <= scalars.count, "\(place)")
                    #expect(String(String.UnicodeScalarView(scalars[cut.offset..<(cut.offset + count)])) == cut.text, "\(place)")
                    if cut.clippedStart, cut.offset < min(start, scalars.count) {
                        #expect(!(scalars[cut.offset - 1].properties.isAlphabetic && scalars[cut.offset].properties.isAlphabetic), "\(place)")
                    }
                    if cut.clippedEnd, cut.offset + count > end {
                        let last = scalars[cut.offset + count - 1], next = scalars[cut.offset + count]
                        #expect(!(last.properties.isAlphabetic && next.properties.isAlphabetic), "\(place)")
                    }
                }
            }
        }
    }

    @Test func aSnippetStartsAtTheSentenceItsSpanIsIn() {
        let text = "De territoriale eisen zijn niet min. Sinds juni 2024 formuleert Poetin de eis dat Oekraïne vertrekt."
        let start = text.unicodeScalars.count - "formuleert Poetin de eis dat Oekraïne vertrekt.".unicodeScalars.count
        let cut = snippet(text, around: TextSpan(start: start, end: start + 10), before: 30, after: 12)
        #expect(cut.text == "Sinds juni 2024 formuleert Poetin de")
        #expect(cut.clippedStart && cut.clippedEnd)
    }

    /// What counting reads of a passage is what drawing shows, pull quotes included.
    @Test func passageTextsAreThePassageBlocks() {
        let corpus = CorpusFixture.corpus()
        let builder = ReaderBuilder(data: ExplorerData(corpus: corpus, search: { _ in [] }), theme: .standard, cache: nil)
        var kinds = Set<String>()
        for (documentIndex, document) in corpus.documents.enumerated() {
            for paragraph in document.paragraphs {
                kinds.insert("\(paragraph.kind)")
                let link = IssueLink(issue: "territory", document: documentIndex, paragraph: paragraph.index, reasons: [.keyword("x")], spans: [])
                let texts = builder.passageTexts(link)
                let blocks = builder.passageBlocks(link, entry: 0)
                #expect(texts.map(\.text) == blocks.map(\.text))
                #expect(texts.map(\.indent) == blocks.map(\.indent))
            }
        }
        #expect(kinds.contains("pullquote"))
    }

    /// Every view of the fixtures, drawn line by line from the lazy content, equals the
    /// blocks wrapped eagerly one after the other.
    @Test func lazyLinesEqualAnEagerWrap() {
        for corpus in [Fixture.corpus(), CorpusFixture.corpus(), Fixture.corpus(extraText: "中文报道 😀👍🏽 Oekraïne ❤️ café e\u{301} " + String(repeating: "lang woord ", count: 60))] {
            let data = ExplorerData(corpus: corpus, search: { _ in [] })
            let builder = ReaderBuilder(data: data, theme: .standard, cache: nil)
            for width in [1, 7, 38, 80] {
                var contents: [ReaderContent] = []
                contents += (0..<data.count(of: .issues)).map { builder.issue($0, width: width) }
                contents += (0..<data.count(of: .actors)).map { builder.actor($0, width: width) }
                contents += (0..<data.count(of: .timeline)).map { builder.cluster(row: $0, filter: nil, width: width) }
                contents += corpus.documents.indices.map { builder.article(ArticleTarget(document: $0, paragraph: 1), width: width) }
                contents += data.sides.map { builder.side($0, issue: 0, width: width) }
                contents += data.sides.map { builder.history($0, issue: 0, width: width) }
                for content in contents {
                    let blocks = content.allBlocks()
                    let eager = blocks.flatMap { block in
                        TextWrapper.wrap(block.text, width: max(1, width - block.indent)).map { (block.text, $0) }
                    }
                    #expect(content.lineCount == eager.count, "\(content.title) at \(width)")
                    let lazy = content.lines(from: 0, count: eager.count + 5)
                    #expect(lazy.count == eager.count)
                    for (index, (block, line)) in lazy.enumerated() where eager.indices.contains(index) {
                        #expect(block.text == eager[index].0 && line == eager[index].1, "\(content.title) line \(index)")
                    }
                    // A window in the middle, from a fresh content, matches too.
                    let middle = eager.count / 2
                    let fresh = rebuilt(content, width: width)
                    let window = fresh.lines(from: middle, count: 3)
                    for (offset, (block, line)) in window.enumerated() where eager.indices.contains(middle + offset) {
                        #expect(block.text == eager[middle + offset].0 && line == eager[middle + offset].1)
                    }
                }
            }
        }
    }

    /// The same content with a geometry that has counted nothing.
    func rebuilt(_ content: ReaderContent, width: Int) -> ReaderContent {
        ReaderContent(title: content.title, parts: content.parts, targets: content.targets, width: width)
    }

    /// Entries map to the lines of their blocks, and lines back to their entries.
    @Test func entryLinesMatchTheBlocks() {
        let data = ExplorerData(corpus: CorpusFixture.corpus(), search: { _ in [] })
        let builder = ReaderBuilder(data: data, theme: .standard, cache: nil)
        for content in [builder.issue(0, width: 40), builder.actor(0, width: 40), builder.side(data.sides.first, issue: 0, width: 40)] {
            let lines = content.lines(from: 0, count: content.lineCount)
            for entry in content.entryLines.indices {
                let range = content.entryLines[entry]
                #expect(!range.isEmpty)
                for line in range {
                    #expect(lines[line].block.entry == entry)
                    #expect(content.entry(atLine: line) == entry)
                }
            }
            #expect(content.targets.count == content.entryLines.count)
        }
    }

    /// Search previews no longer push the browsed view out of the cache: Esc from a
    /// search finds it still counted.
    @Test func escapeFromSearchKeepsTheBrowsedView() {
        let corpus = Fixture.corpus()
        var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: Size(width: 120, height: 30), search: Fixture.fakeSearch(corpus))
        let layout = Layout(size: app.state.size)
        let before = app.explorer.readerView(app.state, layout: layout).main?.geometry
        app.press(.character("/"))
        app.type("Oekraïne Rusland NAVO eis")
        for _ in 0..<12 { app.press(.control("n")) }
        app.press(.escape)
        let after = app.explorer.readerView(app.state, layout: layout).main?.geometry
        #expect(before != nil && before === after)
    }

    /// Enter on a search result opens the whole article, not the preview's window around
    /// the hit (the two once shared a cache entry).
    @Test func enterOnAResultOpensTheWholeArticleNotThePreview() {
        var app = Fixture.app(width: 120, height: 24)
        app.press(.character("/"))
        app.type("verwoede")
        #expect(!app.screen.text.contains("herhaalde Lavrov"))  // ¶6 is outside the preview of ¶1
        app.press(.enter, .end)
        #expect(app.screen.text.contains("herhaalde Lavrov"))
    }
}
