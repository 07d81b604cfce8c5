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

    /// The status line's place in the reader: the passage, the paragraph, or the two sides.
    func readerPosition(_ state: ExplorerState, layout: Layout) -> String {
        let browse = state.browse
        switch browse.reader.mode {
        case .detail:
            let view = readerView(state, layout: layout)
            return view.entryCount == 0 ? "–" : "\(browse.reader.entry + 1)/\(view.entryCount)"
        case .article(let target):
            let total = data.document(target.document)?.paragraphs.count ?? 0
            return "¶\(target.paragraph + 1)/\(total)"
        case .compare, .history:
            return sidesPosition(browse)
        }
    }

    func readerHints(_ state: ExplorerState) -> String {
        let browse = state.browse
        if let (suggestion, _) = selectedSuggestion(state, layout: Layout(state)) {
            let decide = suggestion.verdict == .confirmed ? "x reject" : "y confirm · x reject"
            return decide + " · u undo · U redo · " + (browse.reader.mode == .compare ? "[ ] { } sides" : "Enter article") + " · Esc back · ? help"
        }
        switch browse.reader.mode {
        case _ where state.selection != nil:
            return "v one more sentence · t tag · m memo · Esc clear the selection"
        case .detail:
            let why = browse.pane == .quotes || browse.pane == .actors ? " · w why" : ""
            return "↑↓ passage · Enter article" + why + " · y copy · e/p open · Esc back" + (browse.pane == .issues ? " · c compare · H history" : "") + " · v t s m code · ? help"
        case .article:
            return "↑↓ scroll · y copy · e/p open · Esc back" + (state.results.isEmpty ? "" : " · n/N results") + " · v t s m code · ? help"
        case .compare, .history:
            return sidesHints
        }
    }

    /// Draws the reader in its box; returns where the cursor belongs.
    func drawReader(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let box = layout.readerBox
        let focused = state.search == nil && state.browse.focus == .reader
        let borderStyle = focused ? theme.borderFocused : theme.border
        let inner = box.inner
        guard inner.width > 0, inner.height > 0 else {
            screen.box(box, style: borderStyle)
            return nil
        }
        let view = readerView(state, layout: layout)
        screen.labelledBox(box, label: " " + view.title + " ", style: borderStyle, labelStyle: focused ? theme.borderFocused : theme.label)

        let height = inner.height
        var scroll = view.clampedScroll(state.browse.reader.scroll, height: height)
        if state.search != nil, let main = view.main, let focus = main.focusLine {
            scroll = view.clampedScroll(focus - 2, height: height)
        }
        let isDetail = state.search == nil && state.browse.reader.mode == .detail
        let selectedEntry = isDetail ? state.browse.reader.entry : nil
        let textColumn = inner.column + Layout.gutter
        let textWidth = max(0, inner.width - Layout.gutter)

        let compareSelection = state.search == nil ? state.browse.compareSelection(in: view) : nil
        if view.columns.count == 2 {
            drawSides(&screen, view, inner: inner, textColumn: textColumn, columnWidth: layout.compareColumnWidth, scroll: scroll, focused: focused,
                      selected: compareSelection)
        } else if let main = view.main {
            let selection = state.search == nil ? state.selection.flatMap(selectionSpan) : nil
            drawContent(&screen, main, row: inner.row, column: textColumn, width: textWidth, height: height, scroll: scroll,
                        selectedEntry: selectedEntry, focused: focused, selection: selection)
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
            } else if case .article = state.browse.reader.mode, let focus = main.focusLine, focus >= scroll, focus < scroll + height {
                cursorLine = focus
            }
        }
        return (inner.row + clamp(cursorLine - scroll, 0, height - 1), inner.column)
    }

    func drawContent(_ screen: inout Screen, _ content: ReaderContent, row: Int, column: Int, width: Int, height: Int, scroll: Int,
                     selectedEntry: Int?, focused: Bool, gutterColumn: Int? = nil, selection: TextSpan? = nil) {
        guard width > 0 else { return }
        for (offset, (shown, line)) in content.lines(from: scroll, count: height).enumerated() {
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
