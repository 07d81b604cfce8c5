import PeaceTalksModel

/// The reader: a pane's detail, a passage in its whole article, or compare and history in
/// two columns. Its moves select passages in a detail and scroll otherwise; Enter opens
/// the selected passage in its article, Esc steps back.
extension Explorer {
    func moveReader(_ state: inout ExplorerState, _ move: ListMove, layout: Layout) {
        let view = readerView(state, layout: layout)
        let height = layout.readerHeight
        if state.browse.reader.mode == .compare, state.browse.compare.move(move, view: view, scroll: &state.browse.reader.scroll, height: height) { return }
        state.browse.reader.move(move, view: view, height: height)
    }

    /// Scrolls the reader so the selected entry shows (`ReaderState.scrollToEntry`).
    func scrollToEntry(_ state: inout ExplorerState, layout: Layout, upward: Bool) {
        state.browse.reader.scrollToEntry(view: readerView(state, layout: layout), height: layout.readerHeight, upward: upward)
    }

    /// Enter in the reader.
    func openInReader(_ state: inout ExplorerState, layout: Layout) {
        switch state.browse.reader.mode {
        case .detail:
            guard let target = state.browse.reader.target(in: readerView(state, layout: layout)) else {
                state.message = "Nothing to open here"
                return
            }
            openArticle(&state, target, layout: layout)
        case .article:
            state.message = "Esc goes back to the list of passages"
        case .compare, .history:
            state.message = "[ ] and { } switch sides, Esc goes back"
        }
    }

    /// Shows a passage in its whole article, scrolled so it stands near the top.
    func openArticle(_ state: inout ExplorerState, _ target: ArticleTarget, layout: Layout) {
        state.browse.reader.mode = .article(target)
        state.browse.focus = .reader
        state.browse.reader.scrollToFocus(view: readerView(state, layout: layout), height: layout.readerHeight)
    }

    /// Esc in the reader: from an article, compare or history to the detail; from the detail to the list.
    func backInReader(_ state: inout ExplorerState, layout: Layout) {
        switch state.browse.reader.mode {
        case .article, .compare, .history:
            state.browse.reader.mode = .detail
            scrollToEntry(&state, layout: layout, upward: false)
        case .detail:
            state.browse.focus = .list
        }
    }

    func clickReader(_ state: inout ExplorerState, offset: Int, layout: Layout) {
        state.browse.focus = .reader
        state.browse.reader.click(offset: offset, view: readerView(state, layout: layout))
    }

    func wheelReader(_ state: inout ExplorerState, lines: Int, layout: Layout) {
        state.browse.reader.wheel(lines: lines, view: readerView(state, layout: layout), height: layout.readerHeight)
    }

    /// The status line's place in the reader (`ReaderState.position`).
    func readerPosition(_ state: ExplorerState, layout: Layout) -> String {
        state.browse.reader.position(view: readerView(state, layout: layout), data: data, compare: state.browse.compare)
    }

    /// The reader's hints, with what the rest of the explorer marks in it (`ReaderState.hints`).
    func readerHints(_ state: ExplorerState) -> String {
        let browse = state.browse
        return browse.reader.hints(suggestion: selectedSuggestion(state, layout: Layout(state))?.0, selecting: state.selection != nil,
                                   pane: browse.pane, hasResults: !state.results.isEmpty)
    }

    /// What the reader draws in this state: its content, and what the rest of the explorer marks in it.
    func readerFrame(_ state: ExplorerState, layout: Layout) -> ReaderFrame {
        let preview = state.search != nil
        return ReaderFrame(view: readerView(state, layout: layout), focused: !preview && state.browse.focus == .reader, preview: preview,
                           selection: preview ? nil : state.selection.flatMap(selectionSpan), compare: state.browse.compare,
                           compareColumnWidth: layout.compareColumnWidth)
    }
}

/// What the reader draws besides its own state: the content built for it, and what the rest
/// of the explorer marks in it.
struct ReaderFrame {
    var view: ReaderView
    var focused: Bool
    /// A search result's preview: scrolled to the match, nothing selected.
    var preview: Bool
    /// The sentences `v` selected, in the selected passage.
    var selection: TextSpan?
    var compare: CompareState
    var compareColumnWidth: Int
}

extension ReaderState {
    /// The status line's place: the passage, the paragraph, or the two sides.
    func position(view: @autoclosure () -> ReaderView, data: ExplorerData, compare: CompareState) -> String {
        switch mode {
        case .detail:
            let count = view().entryCount
            return count == 0 ? "–" : "\(entry + 1)/\(count)"
        case .article(let target):
            let total = data.document(target.document)?.paragraphs.count ?? 0
            return "¶\(target.paragraph + 1)/\(total)"
        case .compare, .history:
            return compare.position(data)
        }
    }

    /// What the keys do while the reader has focus: a suggestion under the cursor, sentences
    /// selected, or what the mode offers.
    func hints(suggestion: SuggestedPosition?, selecting: Bool, pane: Pane, hasResults: Bool) -> String {
        if let suggestion {
            let decide = suggestion.verdict == .confirmed ? "x reject" : "y confirm · x reject"
            return decide + " · u undo · U redo · " + (mode == .compare ? "[ ] { } sides" : "Enter article") + " · Esc back · ? help"
        }
        switch mode {
        case _ where selecting:
            return "v one more sentence · t tag · m memo · Esc clear the selection"
        case .detail:
            let why = pane == .quotes || pane == .actors ? " · w why" : ""
            return "↑↓ passage · Enter article" + why + " · y copy · e/p open · Esc back" + (pane == .issues ? " · c compare · H history" : "") + " · v t s m code · ? help"
        case .article:
            return "↑↓ scroll · y copy · e/p open · Esc back" + (hasResults ? " · n/N results" : "") + " · v t s m code · ? help"
        case .compare, .history:
            return CompareState.hints
        }
    }

    /// Draws the reader in its box; returns where the cursor belongs.
    func draw(into screen: inout Screen, area box: Rect, frame: ReaderFrame, theme: Theme) -> (row: Int, column: Int)? {
        let focused = frame.focused
        let borderStyle = focused ? theme.borderFocused : theme.border
        let inner = box.inner
        guard inner.width > 0, inner.height > 0 else {
            screen.box(box, style: borderStyle)
            return nil
        }
        let view = frame.view
        screen.labelledBox(box, label: " " + view.title + " ", style: borderStyle, labelStyle: focused ? theme.borderFocused : theme.label)

        let height = inner.height
        var scroll = view.clampedScroll(self.scroll, height: height)
        if frame.preview, let main = view.main, let focus = main.focusLine {
            scroll = view.clampedScroll(focus - 2, height: height)
        }
        let isDetail = !frame.preview && mode == .detail
        let selectedEntry = isDetail ? entry : nil
        let textColumn = inner.column + Layout.gutter
        let textWidth = max(0, inner.width - Layout.gutter)

        let compareSelection = !frame.preview && mode == .compare ? frame.compare.selected(in: view) : nil
        if view.columns.count == 2 {
            view.drawSides(into: &screen, inner: inner, textColumn: textColumn, columnWidth: frame.compareColumnWidth, scroll: scroll, focused: focused,
                           selected: compareSelection, theme: theme)
        } else if let main = view.main {
            main.draw(into: &screen, row: inner.row, column: textColumn, width: textWidth, height: height, scroll: scroll,
                      selectedEntry: selectedEntry, focused: focused, selection: frame.selection, theme: theme)
        }

        // Where we are: a percentage in the bottom border and a thumb on the right one.
        // At the top, `Top` and a one-row thumb hold for any length from height² lines
        // on, so a long list is counted only that far until it is scrolled.
        let total = scroll == 0 ? view.lineCount(atMost: max(height * height, height + 1)) : view.lineCount
        let maxScroll = max(0, total - height)
        let indicator: String
        if total <= height { indicator = " All " } else if scroll == 0 { indicator = " Top " } else if scroll >= maxScroll { indicator = " Bot " } else {
            indicator = " \(min(99, (scroll + height) * 100 / max(1, total)))% "
        }
        screen.cornerLabel(indicator, of: box, style: borderStyle)
        screen.scrollThumb(in: box, total: total, height: height, scroll: scroll, style: theme.scrollThumb)

        guard focused else { return nil }
        var cursorLine = scroll
        if let main = view.main {
            if let entry = selectedEntry, main.entryLines.indices.contains(entry) {
                cursorLine = max(scroll, main.entryLines[entry].lowerBound)
            } else if let selected = compareSelection {
                cursorLine = max(scroll, view.columns[selected.column].entryLines[selected.entry].lowerBound)
            } else if case .article = mode, let focus = main.focusLine, focus >= scroll, focus < scroll + height {
                cursorLine = focus
            }
        }
        return (inner.row + clamp(cursorLine - scroll, 0, height - 1), inner.column)
    }
}

extension ReaderContent {
    /// Draws the lines from `scroll` on into `width` columns at `row`, `column`, the gutter
    /// marking the selected entry; the one glyph loop of the reader and compare.
    func draw(into screen: inout Screen, row: Int, column: Int, width: Int, height: Int, scroll: Int,
              selectedEntry: Int?, focused: Bool, gutterColumn: Int? = nil, selection: TextSpan? = nil, theme: Theme) {
        guard width > 0 else { return }
        for (offset, (shown, line)) in lines(from: scroll, count: height).enumerated() {
            let y = row + offset
            var block = shown
            // The selected sentences, in the passage under the cursor only.
            if let selection, let shift = block.paragraphShift, block.isTarget || (selectedEntry != nil && block.entry == selectedEntry) {
                block.highlights = block.highlights.adding([TextSpan(start: selection.start + shift, end: selection.end + shift)], style: theme.selectedSentences)
            }
            if block.isTarget || (selectedEntry != nil && block.entry == selectedEntry) {
                screen.setGlyph("▌", width: 1, row: y, column: gutterColumn ?? column - Layout.gutter, style: focused || block.isTarget ? theme.gutter : theme.dim)
            }
            screen.putGlyphs(block.text[line.start..<line.end], row: y, column: column + block.indent, limit: column + width,
                             padStyle: block.style, startScalar: line.startScalar) { scalar, count in
                block.highlights.style(at: scalar, count: count) ?? block.style
            }
        }
    }
}
