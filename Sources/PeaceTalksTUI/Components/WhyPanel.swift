import PeaceTalksModel

/// A quote by its place in the corpus: its document and its index in `Document.quotes`.
public struct QuoteRef: Hashable, Sendable {
    public var document: Int
    public var index: Int

    public init(document: Int, index: Int) {
        self.document = document
        self.index = index
    }
}

/// "Why this speaker" (`w`), over the reader: for the selected quote, or every quote of the
/// selected passage, the speaker, the rule that found them in plain words and the words that
/// decided, each in its sentence. Its own scroll and moves, like the help; `w` or Esc closes it.
public struct WhyPanel: Hashable, Sendable {
    /// The quotes it explains, in the order they stand in their paragraph.
    public var quotes: [QuoteRef]
    var viewport = Viewport()

    public init(quotes: [QuoteRef]) {
        self.quotes = quotes
    }

    /// The first line shown.
    public var scroll: Int { viewport.scroll }

    /// What the status line says while it is open.
    static let hints = "↑↓ scroll · w Esc close · q close · Ctrl-C quit"

    /// The box's label: singular for one quote.
    var label: String {
        " " + (quotes.count == 1 ? "Why this speaker" : "Why these speakers (\(quotes.count) quotes)") + " — w Esc close "
    }

    /// Columns of text inside a box `width` wide: the border and a space on each side.
    static func textWidth(boxWidth width: Int) -> Int { max(1, width - 4) }

    /// Centred, at most 96 columns, as tall as its lines or the screen allows.
    static func box(_ layout: Layout, lineCount: (_ width: Int) -> Int) -> Rect {
        let width = min(layout.size.width - 4, 96)
        let height = min(layout.size.height - 2, lineCount(textWidth(boxWidth: width)) + 2)
        return Rect(row: max(0, (layout.size.height - height) / 2), column: max(0, (layout.size.width - width) / 2), width: width, height: height)
    }

    /// Scrolls with the list keys; closing and quitting are the root's.
    mutating func update(_ action: Action, height: Int, lineCount: Int) {
        guard let move = ListMove(action) else { return }
        viewport = viewport.moved(move, height: height, lineCount: lineCount)
        viewport.scroll = clamp(viewport.scroll, 0, lineCount - height)
    }

    /// Draws the panel's wrapped lines into `box`; returns where the cursor belongs.
    func draw(into screen: inout Screen, area box: Rect, lines: [(block: ReaderBlock, line: WrappedLine)], theme: Theme) -> (row: Int, column: Int)? {
        guard box.width >= 6, box.height >= 3 else { return nil }
        screen.clear(box)
        screen.labelledBox(box, label: label, style: theme.borderFocused)
        let inner = box.inner
        let scroll = clamp(self.scroll, 0, lines.count - inner.height)
        let column = inner.column + 1
        let limit = inner.right - 1
        for offset in 0..<inner.height {
            let index = scroll + offset
            guard lines.indices.contains(index) else { break }
            let (block, line) = lines[index]
            screen.putGlyphs(block.text[line.start..<line.end], row: inner.row + offset, column: column + block.indent, limit: limit,
                             padStyle: block.style, startScalar: line.startScalar) { scalar, count in
                block.highlights.style(at: scalar, count: count) ?? block.style
            }
        }
        if lines.count > inner.height {
            screen.cornerLabel(" \(scroll + 1)–\(min(lines.count, scroll + inner.height))/\(lines.count) ", of: box, style: theme.borderFocused)
            screen.scrollThumb(in: box, total: lines.count, height: inner.height, scroll: scroll, style: theme.scrollThumb)
        }
        return (inner.row, column)
    }
}

/// The panel's place in the explorer: which quotes `w` explains, its keys and its drawing.
extension Explorer {
    /// The quotes `w` explains here: the Quotes pane's selected row; the reader's selected quote;
    /// else the quotes of the selected passage (those its highlights fall in, or all of them).
    func whyQuotes(_ state: ExplorerState, layout: Layout) -> [QuoteRef] {
        let browse = state.browse
        if browse.pane == .quotes, browse.focus == .list, browse.reader.mode == .detail {
            guard let index = data.quoteIndex(row: browse.selected, speaker: browse.quoteSpeaker) else { return [] }
            let quote = data.quotes[index]
            guard let position = data.document(quote.document)?.quotes.firstIndex(of: quote) else { return [] }
            return [QuoteRef(document: quote.document, index: position)]
        }
        guard let target = selectedTarget(state, layout: layout), let document = data.document(target.document) else { return [] }
        let inParagraph = document.quotes.indices.filter { document.quotes[$0].paragraph == target.paragraph }
        let exact = inParagraph.filter { target.spans.contains(document.quotes[$0].span) }
        let marked = inParagraph.filter { index in target.spans.contains { $0.overlaps(document.quotes[index].span) } }
        let chosen = !exact.isEmpty ? exact : !marked.isEmpty ? marked : inParagraph
        return chosen.map { QuoteRef(document: target.document, index: $0) }
    }

    /// `w`: opens the panel on what is selected, or says there is no quote; `w` again closes it.
    func toggleWhy(_ state: inout ExplorerState, layout: Layout) {
        if state.why != nil {
            state.why = nil
            return
        }
        guard state.search == nil, !state.browse.reader.mode.isTwoSided else {
            state.message = "Why this speaker: select a quote first (Quotes pane, or a quote in the reader)"
            return
        }
        let quotes = whyQuotes(state, layout: layout)
        guard !quotes.isEmpty else {
            state.message = "No quote here: w explains a quote's speaker (Quotes pane, or a passage with a quote)"
            return
        }
        state.why = WhyPanel(quotes: quotes)
    }

    /// The panel's wrapped lines at a width of text.
    func whyLines(_ panel: WhyPanel, width: Int) -> [(block: ReaderBlock, line: WrappedLine)] {
        whyBlocks(panel.quotes).flatMap { $0.wrapped(width: width) }
    }

    func whyBox(_ panel: WhyPanel, layout: Layout) -> Rect {
        WhyPanel.box(layout) { whyLines(panel, width: $0).count }
    }

    /// Moves scroll the panel; the rest is the root's (close, quit, resize).
    func updateWhy(_ state: inout ExplorerState, _ action: Action, layout: Layout) {
        guard let panel = state.why else { return }
        let box = whyBox(panel, layout: layout)
        let count = whyLines(panel, width: WhyPanel.textWidth(boxWidth: box.width)).count
        state.why?.update(action, height: max(1, box.height - 2), lineCount: count)
    }

    func drawWhy(_ screen: inout Screen, _ panel: WhyPanel, layout: Layout) -> (row: Int, column: Int)? {
        let box = whyBox(panel, layout: layout)
        return panel.draw(into: &screen, area: box, lines: whyLines(panel, width: WhyPanel.textWidth(boxWidth: box.width)), theme: theme)
    }
}

extension WhyPanel {
    /// The key that opens the panel, while browsing.
    static let openKeys = KeySection(title: "Why this speaker", modes: [.browse], bindings: [
        KeyBinding([.character("w")], .toggleWhy, "on a quote: why this speaker (the words that decided)"),
    ])

    /// The panel's own keys; it scrolls with the list keys (`ListMove.keys`).
    static let keys = KeySection(title: "In why this speaker", modes: [.why], bindings: [
        KeyBinding([.character("w"), .escape, .character("q"), .enter], .toggleWhy, "close the panel"),
    ])
}
