import PeaceTalksModel

/// The reader: a pane's detail, a passage in its whole article, or compare and history in
/// two columns. Its moves select passages in a detail and scroll otherwise; Enter opens
/// the selected passage in its article, Esc steps back.
extension Explorer {
    func moveReader(_ state: inout ExplorerState, _ move: ListMove, layout: Layout) {
        let view = readerView(state, layout: layout)
        let height = layout.readerHeight
        if moveCompareCursor(&state, move, view: view, layout: layout) { return }
        var browse = state.browse
        guard case .detail = browse.reader, let main = view.main, view.entryCount > 0 else {
            browse.readerScroll = Viewport(scroll: browse.readerScroll).moved(move, height: height, lineCount: view.lineCount).scroll
            state.browse = browse
            return
        }
        let entry = clamp(browse.readerEntry, 0, view.entryCount - 1)
        let lines = main.entryLines[entry]
        switch move {
        case .down:
            // A passage taller than the reader scrolls line by line before the next one is selected.
            if lines.upperBound > browse.readerScroll + height {
                browse.readerScroll += 1
            } else if entry + 1 < view.entryCount {
                browse.readerEntry = entry + 1
                state.browse = browse
                scrollToEntry(&state, layout: layout, upward: false, view: view)
                return
            } else {
                browse.readerScroll += 1
            }
        case .up:
            if lines.lowerBound < browse.readerScroll {
                browse.readerScroll -= 1
            } else if entry > 0 {
                browse.readerEntry = entry - 1
                state.browse = browse
                scrollToEntry(&state, layout: layout, upward: true, view: view)
                return
            } else {
                browse.readerScroll -= 1
            }
        case .pageUp, .pageDown:
            let paged = Viewport(scroll: browse.readerScroll).moved(move, height: height, lineCount: view.lineCount)
            browse.readerScroll = view.clampedScroll(paged.scroll, height: height)
            browse.readerEntry = entryInView(main, scroll: browse.readerScroll, height: height, current: entry)
        case .top:
            browse.readerScroll = 0
            browse.readerEntry = 0
        case .bottom:
            browse.readerScroll = max(0, view.lineCount - height)
            browse.readerEntry = view.entryCount - 1
        }
        state.browse = browse
    }

    /// The current entry if it is still in view, else the first one that is.
    func entryInView(_ content: ReaderContent, scroll: Int, height: Int, current: Int) -> Int {
        let visible = scroll..<(scroll + height)
        if content.entryLines.indices.contains(current), content.entryLines[current].overlaps(visible) { return current }
        return content.firstEntry(overlapping: visible) ?? current
    }

    /// Scrolls the reader so the selected entry shows whole if it fits, else its top
    /// (moving down) or its bottom (moving up). The first entry also shows what is above it.
    func scrollToEntry(_ state: inout ExplorerState, layout: Layout, upward: Bool, view: ReaderView? = nil) {
        let view = view ?? readerView(state, layout: layout)
        guard let main = view.main, main.entryLines.indices.contains(state.browse.readerEntry) else { return }
        let lines = main.entryLines[state.browse.readerEntry]
        let height = layout.readerHeight
        var scroll = state.browse.readerScroll
        if lines.count <= height {
            scroll = min(max(scroll, lines.upperBound - height), lines.lowerBound)
            if state.browse.readerEntry == 0, lines.upperBound <= height { scroll = 0 }
        } else {
            scroll = upward ? lines.upperBound - height : lines.lowerBound
        }
        state.browse.readerScroll = scroll
    }

    /// Enter in the reader.
    func openInReader(_ state: inout ExplorerState, layout: Layout) {
        switch state.browse.reader {
        case .detail:
            let view = readerView(state, layout: layout)
            guard let main = view.main, main.targets.indices.contains(state.browse.readerEntry) else {
                state.message = "Nothing to open here"
                return
            }
            openArticle(&state, main.targets[state.browse.readerEntry], layout: layout)
        case .article:
            state.message = "Esc goes back to the list of passages"
        case .compare, .history:
            state.message = "[ ] and { } switch sides, Esc goes back"
        }
    }

    /// Shows a passage in its whole article, scrolled so it stands near the top.
    func openArticle(_ state: inout ExplorerState, _ target: ArticleTarget, layout: Layout) {
        state.browse.reader = .article(target)
        state.browse.focus = .reader
        let view = readerView(state, layout: layout)
        let height = layout.readerHeight
        guard let main = view.main, let focus = main.focusLine else {
            state.browse.readerScroll = 0
            return
        }
        var start = focus
        if let targetStart = main.focusBlockStart { start = targetStart }
        // The paragraph's start when the match shows with it, else the match with a little context.
        state.browse.readerScroll = focus - start < height - 2 ? max(0, start - 1) : max(0, focus - 2)
    }

    /// Esc in the reader: from an article, compare or history to the detail; from the detail to the list.
    func backInReader(_ state: inout ExplorerState, layout: Layout) {
        switch state.browse.reader {
        case .article, .compare, .history:
            state.browse.reader = .detail
            scrollToEntry(&state, layout: layout, upward: false)
        case .detail:
            state.browse.focus = .list
        }
    }

    func clickReader(_ state: inout ExplorerState, offset: Int, layout: Layout) {
        state.browse.focus = .reader
        guard case .detail = state.browse.reader else { return }
        let view = readerView(state, layout: layout)
        if let entry = view.main?.entry(atLine: state.browse.readerScroll + offset) {
            state.browse.readerEntry = entry
        }
    }

    func wheelReader(_ state: inout ExplorerState, lines: Int, layout: Layout) {
        let view = readerView(state, layout: layout)
        let height = layout.readerHeight
        state.browse.readerScroll = view.clampedScroll(state.browse.readerScroll + lines, height: height)
        if case .detail = state.browse.reader, let main = view.main {
            state.browse.readerEntry = entryInView(main, scroll: state.browse.readerScroll, height: height, current: state.browse.readerEntry)
        }
    }

    /// The status line's place in the reader: the passage, the paragraph, or the two sides.
    func readerPosition(_ state: ExplorerState, layout: Layout) -> String {
        let browse = state.browse
        switch browse.reader {
        case .detail:
            let view = readerView(state, layout: layout)
            return view.entryCount == 0 ? "–" : "\(browse.readerEntry + 1)/\(view.entryCount)"
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
            return decide + " · u undo · U redo · " + (browse.reader == .compare ? "[ ] { } sides" : "Enter article") + " · Esc back · ? help"
        }
        switch browse.reader {
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
        var scroll = view.clampedScroll(state.browse.readerScroll, height: height)
        if state.search != nil, let main = view.main, let focus = main.focusLine {
            scroll = view.clampedScroll(focus - 2, height: height)
        }
        let isDetail = state.search == nil && state.browse.reader == .detail
        let selectedEntry = isDetail ? state.browse.readerEntry : nil
        let textColumn = inner.column + Layout.gutter
        let textWidth = max(0, inner.width - Layout.gutter)

        let compareSelection = state.search == nil ? selectedCompareEntry(state.browse, view) : nil
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
            } else if case .article = state.browse.reader, let focus = main.focusLine, focus >= scroll, focus < scroll + height {
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
