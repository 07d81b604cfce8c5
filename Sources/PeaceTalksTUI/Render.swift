import PeaceTalksModel

extension Explorer {
    /// Draws one frame. Pure: the screen depends on the state and the size only.
    public func render(_ input: ExplorerState, size: Size) -> Screen {
        var screen = Screen(size: size)
        guard screen.size.width > 0, screen.size.height > 0 else { return screen }
        var state = input
        if state.size != screen.size {
            state.size = screen.size
            state = normalize(state)
        }
        let layout = Layout(state)
        if layout.tooSmall {
            drawTooSmall(&screen)
            return screen
        }
        drawTitle(&screen, state)
        var cursor: (row: Int, column: Int)?
        if layout.wide {
            let listCursor = drawList(&screen, state, layout: layout)
            let readerCursor = layout.split ? drawReader(&screen, state, layout: layout) : nil
            cursor = state.search == nil && state.browse.focus == .reader ? readerCursor : listCursor
        } else {
            drawTabs(&screen, state, layout: layout)
            if state.search != nil || state.browse.focus == .list {
                cursor = drawList(&screen, state, layout: layout)
            } else {
                cursor = drawReader(&screen, state, layout: layout)
            }
        }
        if let promptCursor = drawStatus(&screen, state, layout: layout) { cursor = promptCursor }
        if state.picker != nil { cursor = drawPicker(&screen, state, layout: layout) }
        if state.showHelp { cursor = drawHelp(&screen, state, layout: layout) }
        if let position = cursor {
            screen.cursor = (clamp(position.row, 0, size.height - 1), clamp(position.column, 0, size.width - 1))
        } else {
            screen.cursor = (size.height - 1, 0)
        }
        return screen
    }

    // MARK: Frame

    private func drawTooSmall(_ screen: inout Screen) {
        let size = screen.size
        let text = "Terminal too small (\(size.width)×\(size.height)) — need at least \(Layout.minimum.width)×\(Layout.minimum.height)"
        let lines = TextWrapper.lines(text, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            screen.put(line, row: top + offset, column: max(0, (size.width - width) / 2), style: theme.title)
        }
        screen.cursor = (min(top, size.height - 1), max(0, (size.width - DisplayWidth.of(lines.first ?? "")) / 2))
    }

    /// The document being read: the reader's, else the first.
    private func currentDocument(_ state: ExplorerState) -> Document? {
        if let prompt = state.search, prompt.results.indices.contains(prompt.selected) {
            return data.document(prompt.results[prompt.selected].document)
        }
        if case .article(let target) = state.browse.reader { return data.document(target.document) }
        if state.browse.pane == .timeline, let cluster = data.cluster(row: state.browse.selected, filter: state.browse.timelineFilter),
           let event = data.event(at: cluster.members[0]) {
            return data.document(event.document)
        }
        return data.corpus.documents.first
    }

    private func viewName(_ state: ExplorerState) -> String {
        if state.showHelp { return "Help" }
        if state.picker != nil || state.speakerPrompt != nil { return "Filter" }
        if state.search != nil { return "Search" }
        var pane = state.browse.pane.title
        if state.browse.pane == .timeline, let filter = state.browse.timelineFilter { pane += " · " + data.filterName(filter) }
        if state.browse.pane == .quotes, !state.browse.quoteSpeaker.isEmpty { pane += " · speaker “\(state.browse.quoteSpeaker)”" }
        switch state.browse.reader {
        case .compare: return "Compare"
        case .history: return "History"
        case .article: return state.browse.focus == .reader ? "\(pane) › Article" : pane
        case .detail: return state.browse.focus == .reader ? "\(pane) › Reader" : pane
        }
    }

    private func drawTitle(_ screen: inout Screen, _ state: ExplorerState) {
        let width = screen.size.width
        let view = " " + viewName(state) + " "
        let viewWidth = DisplayWidth.of(view)
        var column = screen.put(" peacetalks ", row: 0, column: 0, style: theme.titleAccent)
        if data.isCorpus {
            let title = "│ \(data.corpus.documents.count) documents"
            column = screen.putTruncated(title, row: 0, column: column, width: max(0, width - column - viewWidth - 1), style: theme.title)
        } else if let document = currentDocument(state) {
            var title = "│ " + document.displayTitle
            if let date = document.metadata.date {
                title += " · " + date.iso
            } else if document.anchor.source == .dateline, let date = document.anchor.published {
                title += " · " + date.iso + " (dateline)"
            }
            column = screen.putTruncated(title, row: 0, column: column, width: max(0, width - column - viewWidth - 1), style: theme.title)
        }
        if column + viewWidth <= width {
            screen.put(view, row: 0, column: width - viewWidth, style: theme.tabActive)
        }
    }

    private func drawTabs(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) {
        let readerActive = state.search == nil && state.browse.focus == .reader
        for tab in layout.tabs {
            let active: Bool
            switch tab.target {
            case .pane(let pane): active = !readerActive && pane == state.browse.pane
            case .reader: active = readerActive
            }
            screen.put(tab.label, row: layout.tabsRow, column: tab.column, width: tab.width, style: active ? theme.tabActive : theme.tab)
        }
    }

    // MARK: List

    /// Draws the list pane (or the search results) and returns where the cursor belongs.
    private func drawList(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let box = layout.listBox
        let focused = state.search != nil || state.browse.focus == .list
        screen.box(box, style: focused ? theme.borderFocused : theme.border)
        let inner = box.inner
        guard inner.width > 0, inner.height > 0 else { return nil }

        let count: Int, selected: Int, scroll: Int
        if let prompt = state.search {
            count = prompt.results.count
            selected = prompt.selected
            scroll = prompt.scroll
            let label = prompt.pending != nil ? " Search: searching… " : (count == 0 ? " Search " : " Search: \(resultCount(prompt)) ")

            screen.putTruncated(label, row: box.row, column: box.column + 1, width: box.width - 2, style: theme.tabActive)
        } else {
            let pane = state.browse.pane
            count = data.count(of: pane, browse: state.browse)
            selected = state.browse.selected
            scroll = state.browse.listScroll[pane.rawValue]
            var titleColumn = box.column + 1
            if layout.wide {
                for tab in layout.tabs where tab.column + tab.width < box.right {
                    let active = tab.target == .pane(pane)
                    screen.put(tab.label, row: box.row, column: tab.column, width: tab.width, style: active ? theme.tabActive : theme.tab)
                    titleColumn = tab.column + tab.width + 1
                }
            }
            if pane == .timeline {
                drawTimelineTitle(&screen, state, box: box, column: titleColumn)
                drawHistogram(&screen, state, layout: layout)
            }
        }
        if count == 0 {
            let empty = state.search.map { $0.pending != nil ? "Searching…" : "No matches" } ?? "Nothing here"
            screen.putTruncated(empty, row: inner.row, column: inner.column + 2, width: inner.width - 2, style: theme.dim)
        }
        let top = state.search == nil ? layout.listTop : inner.row
        for offset in 0..<(inner.height - (top - inner.row)) {
            let index = scroll + offset
            guard index < count else { break }
            let row = top + offset
            let isSelected = index == selected
            let (segments, right) = state.search.map { resultRow($0.results[index], width: inner.width) } ?? listRow(state, index, width: inner.width)
            let rowStyle: Style? = isSelected ? (focused ? theme.selection : nil) : nil
            if let rowStyle { screen.fill(row: row, column: inner.column, width: inner.width, style: rowStyle) }
            screen.put(isSelected ? "▸ " : "  ", row: row, column: inner.column, width: 2, style: rowStyle ?? (isSelected ? theme.gutter : theme.text))
            var rightText = right.map { " " + $0 } ?? ""
            // A labelled count (`5 passages`) gives way to its number where the name would not show whole beside it.
            if state.search == nil, state.browse.pane == .issues || state.browse.pane == .actors,
               DisplayWidth.of(segments.first?.0 ?? "") + DisplayWidth.of(rightText) > inner.width - 2,
               let number = right?.split(separator: " ").first {
                rightText = " " + number
            }
            let rightWidth = DisplayWidth.of(rightText)
            let available = max(0, inner.width - 2 - rightWidth)
            putSegments(&screen, segments, row: row, column: inner.column + 2, width: available,
                        override: rowStyle, emphasis: isSelected && !focused ? theme.selectionInactive : nil)
            if rightWidth > 0, rightWidth <= inner.width - 2 {
                screen.put(rightText, row: row, column: inner.right - rightWidth, style: rowStyle ?? theme.dim)
            }
        }
        if count > 0 {
            let position = " " + (state.search == nil && state.browse.pane == .timeline ? timelinePosition(state.browse) : "\(selected + 1)/\(count)") + " "
            let width = DisplayWidth.of(position)
            if width + 2 <= box.width {
                screen.put(position, row: box.bottom - 1, column: box.right - 1 - width, style: focused ? theme.borderFocused : theme.border)
            }
        }
        guard focused else { return nil }
        return (top + clamp(selected - scroll, 0, inner.height - 1 - (top - inner.row)), inner.column)
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private func listRow(_ state: ExplorerState, _ index: Int, width: Int) -> (segments: [(String, Style)], right: String?) {
        switch state.browse.pane {
        case .issues:
            guard let issue = data.issue(at: index) else { return ([], nil) }
            return ([(issue.title, theme.text)], counted(data.passageCount(issue: index), "passage"))
        case .actors:
            guard let actor = data.actor(at: index) else { return ([], nil) }
            var segments: [(String, Style)] = [(actor.name, theme.text), (" · " + actor.kind.rawValue, theme.dim)]
            if let role = actor.role, !role.isEmpty { segments.append((" · " + role, theme.dim)) }
            let count = data.mentionCounts.indices.contains(index) ? data.mentionCounts[index] : 0
            return (segments, counted(count, "mention"))
        case .timeline:
            return timelineRow(state, index, width: width)
        case .quotes:
            return quoteRow(state, index)
        }
    }

    private func resultRow(_ hit: SearchHit, width: Int) -> (segments: [(String, Style)], right: String?) {
        guard let paragraph = data.paragraph(document: hit.document, paragraph: hit.paragraph) else { return ([], nil) }
        let first = hit.spans.min() ?? TextSpan(start: 0, end: 0)
        let cut = snippet(paragraph.text, around: first, before: 12, after: max(40, width * 2))
        let lead = cut.clippedStart ? "…" : ""
        let shift = lead.unicodeScalars.count - cut.offset
        let spans = hit.spans.map { TextSpan(start: $0.start + shift, end: $0.end + shift) }
        var text = lead + cut.text
        text = String(text.map { $0.isNewline ? " " : $0 })
        var segments: [(String, Style)] = []
        if case .quote = hit.target { segments.append(("❝ ", theme.marker)) }
        segments += styledRuns(text, base: theme.text, highlights: Highlights().adding(spans, style: theme.match))
        let place = "¶\(paragraph.index + 1)"
        return (segments, data.label(document: hit.document).map { $0 + " " + place } ?? place)
    }

    /// Splits text into runs of one style each.
    private func styledRuns(_ text: String, base: Style, highlights: Highlights) -> [(String, Style)] {
        var runs: [(String, Style)] = []
        var current = ""
        var currentStyle = base
        var scalar = 0
        for character in text {
            let count = character.unicodeScalars.count
            let style = highlights.style(at: scalar, count: count) ?? base
            if style != currentStyle, !current.isEmpty {
                runs.append((current, currentStyle))
                current = ""
            }
            currentStyle = style
            current.append(character)
            scalar += count
        }
        if !current.isEmpty { runs.append((current, currentStyle)) }
        return runs
    }

    /// Writes styled runs into `width` columns, ending in `…` when they do not fit.
    private func putSegments(_ screen: inout Screen, _ segments: [(String, Style)], row: Int, column: Int, width: Int, override: Style?, emphasis: Style?) {
        guard width > 0 else { return }
        let total = segments.reduce(0) { $0 + DisplayWidth.of($1.0) }
        let limit = total > width ? width - 1 : width
        var col = column
        var full = false
        for (index, segment) in segments.enumerated() {
            // Matches stay visible on the selected row.
            var style = segment.1 == theme.match ? theme.match : (override ?? segment.1)
            if override == nil, index == 0 || (segments.count > 1 && index == 1 && segments[0].0.hasSuffix(" ")), let emphasis {
                style = Style(foreground: segment.1.foreground, background: segment.1.background, bold: emphasis.bold, underline: emphasis.underline, reverse: segment.1.reverse, dim: segment.1.dim)
            }
            for character in segment.0 {
                let (grapheme, w) = DisplayWidth.glyph(character)
                if w == 0 { continue }
                if col + w > column + limit { full = true; break }
                screen.setGlyph(grapheme, width: w, row: row, column: col, style: style)
                col += w
            }
            if full { break }
        }
        if total > width {
            screen.fill(row: row, column: col, width: column + width - 1 - col, style: override ?? theme.text)
            screen.put("…", row: row, column: column + width - 1, width: 1, style: override ?? theme.dim)
        }
    }

    // MARK: Reader

    private func drawReader(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let box = layout.readerBox
        let focused = state.search == nil && state.browse.focus == .reader
        let borderStyle = focused ? theme.borderFocused : theme.border
        screen.box(box, style: borderStyle)
        let inner = box.inner
        guard inner.width > 0, inner.height > 0 else { return nil }
        let view = readerView(state, layout: layout)
        screen.putTruncated(" " + view.title + " ", row: box.row, column: box.column + 2, width: max(0, box.width - 4), style: focused ? theme.borderFocused : theme.label)

        let height = inner.height
        var scroll = view.clampedScroll(state.browse.readerScroll, height: height)
        if state.search != nil, let main = view.main, let focus = main.focusLine {
            scroll = view.clampedScroll(focus - 2, height: height)
        }
        let isDetail = state.search == nil && state.browse.reader == .detail
        let selectedEntry = isDetail ? state.browse.readerEntry : nil
        let textColumn = inner.column + Layout.gutter
        let textWidth = max(0, inner.width - Layout.gutter)

        if view.columns.count == 2 {
            let columnWidth = layout.compareColumnWidth
            drawContent(&screen, view.columns[0], row: inner.row, column: textColumn, width: columnWidth, height: height, scroll: scroll, selectedEntry: nil, focused: focused)
            let separator = textColumn + columnWidth + 1
            for row in inner.row..<inner.bottom { screen.setGlyph("│", width: 1, row: row, column: separator, style: theme.border) }
            drawContent(&screen, view.columns[1], row: inner.row, column: separator + 2, width: max(0, inner.right - separator - 2), height: height, scroll: scroll, selectedEntry: nil, focused: focused)
        } else if let main = view.main {
            drawContent(&screen, main, row: inner.row, column: textColumn, width: textWidth, height: height, scroll: scroll, selectedEntry: selectedEntry, focused: focused)
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
        let indicatorWidth = DisplayWidth.of(indicator)
        if indicatorWidth + 2 <= box.width {
            screen.put(indicator, row: box.bottom - 1, column: box.right - 1 - indicatorWidth, style: borderStyle)
        }
        if total > height {
            let thumb = max(1, height * height / total)
            let start = maxScroll == 0 ? 0 : (height - thumb) * scroll / maxScroll
            for row in start..<min(height, start + thumb) {
                screen.setGlyph("┃", width: 1, row: inner.row + row, column: box.right - 1, style: theme.scrollThumb)
            }
        }

        guard focused else { return nil }
        var cursorLine = scroll
        if let main = view.main {
            if let entry = selectedEntry, main.entryLines.indices.contains(entry) {
                cursorLine = max(scroll, main.entryLines[entry].lowerBound)
            } else if case .article = state.browse.reader, let focus = main.focusLine, focus >= scroll, focus < scroll + height {
                cursorLine = focus
            }
        }
        return (inner.row + clamp(cursorLine - scroll, 0, height - 1), inner.column)
    }

    private func drawContent(_ screen: inout Screen, _ content: ReaderContent, row: Int, column: Int, width: Int, height: Int, scroll: Int, selectedEntry: Int?, focused: Bool) {
        guard width > 0 else { return }
        for (offset, (block, line)) in content.lines(from: scroll, count: height).enumerated() {
            let y = row + offset
            if block.isTarget || (selectedEntry != nil && block.entry == selectedEntry) {
                screen.setGlyph("▌", width: 1, row: y, column: column - Layout.gutter, style: focused || block.isTarget ? theme.gutter : theme.dim)
            }
            var x = column + block.indent
            let limit = column + width
            var scalar = line.startScalar
            for character in block.text[line.start..<line.end] {
                let count = character.unicodeScalars.count
                defer { scalar += count }
                let (grapheme, w) = DisplayWidth.glyph(character)
                if w == 0 { continue }
                if x + w > limit {
                    if x < limit { screen.setGlyph(" ", width: 1, row: y, column: x, style: block.style) }
                    break
                }
                let style = block.highlights.style(at: scalar, count: count) ?? block.style
                screen.setGlyph(grapheme, width: w, row: y, column: x, style: style)
                x += w
            }
        }
    }

    // MARK: Status line

    /// Draws the status line; returns the prompt's insertion point while searching.
    private func drawStatus(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let row = layout.statusRow
        let width = screen.size.width
        screen.fill(row: row, column: 0, width: width, style: theme.status)
        if let prompt = state.search {
            let count = prompt.results.count
            let right = searchStatus(prompt)
            let rightWidth = DisplayWidth.of(right)
            let available = max(1, width - 1 - rightWidth - 1)
            // Show the part of the query around the insertion point.
            let widths = prompt.query.map { DisplayWidth.glyph($0).width }
            let cursor = clamp(prompt.cursor, 0, prompt.query.count)
            var start = 0
            var before = widths[0..<cursor].reduce(0, +)
            while before >= available, start < cursor {
                before -= widths[start]
                start += 1
            }
            screen.put("/", row: row, column: 0, style: theme.status)
            screen.put(String(prompt.query[start...]), row: row, column: 1, width: available, style: theme.status)
            if rightWidth < width - 2 {
                let alert = prompt.dropped > 0 || (count == 0 && !prompt.query.isEmpty && prompt.pending == nil)
                screen.put(right, row: row, column: width - rightWidth, style: alert ? theme.statusMessage : theme.status)
            }
            return (row, min(width - 1, 1 + before))
        }
        if state.speakerPrompt != nil { return drawSpeakerPrompt(&screen, state, row: row) }
        var left = " " + position(state, layout: layout) + " "
        if state.search == nil, let index = state.resultIndex, !state.results.isEmpty, state.message == nil {
            left += "│ result \(index + 1)/\(state.results.count) "
        }
        var column = screen.put(left, row: row, column: 0, style: theme.statusMessage)
        if let message = state.message {
            column = screen.putTruncated(" " + message, row: row, column: column, width: width - column, style: theme.statusMessage)
        } else {
            screen.putTruncated(" " + hints(state), row: row, column: column, width: width - column, style: theme.status)
        }
        return nil
    }

    /// The prompt's right side: whether a search runs, what it found, and what the cap dropped.
    func searchStatus(_ prompt: SearchPrompt) -> String {
        var right: String
        if prompt.pending != nil {
            right = " searching… "
        } else if prompt.query.isEmpty {
            right = " Esc cancel · ↑↓ history "
        } else {
            right = prompt.results.isEmpty ? " No matches " : " \(resultCount(prompt)) · Enter open "
        }
        if prompt.dropped > 0 {
            right = " \(Self.queryLimit)-character limit: \(prompt.dropped) dropped ·" + right
        }
        return right
    }

    /// `3 results`, or `200 of 5123 results` when the engine listed only the best.
    private func resultCount(_ prompt: SearchPrompt) -> String {
        let count = prompt.results.count
        if prompt.total > count { return "\(count) of \(prompt.total) results" }
        return "\(count) result\(count == 1 ? "" : "s")"
    }

    private func position(_ state: ExplorerState, layout: Layout) -> String {
        let browse = state.browse
        if browse.focus == .list {
            if browse.pane == .timeline { return timelinePosition(browse) }
            let count = data.count(of: browse.pane, browse: browse)
            return count == 0 ? "0/0" : "\(browse.selected + 1)/\(count)"
        }
        switch browse.reader {
        case .detail:
            let view = readerView(state, layout: layout)
            return view.entryCount == 0 ? "–" : "\(browse.readerEntry + 1)/\(view.entryCount)"
        case .article(let target):
            let total = data.document(target.document)?.paragraphs.count ?? 0
            return "¶\(target.paragraph + 1)/\(total)"
        case .compare, .history:
            let left = data.sides.indices.contains(browse.compareLeft) ? data.sideName(data.sides[browse.compareLeft]) : "–"
            let right = data.sides.indices.contains(browse.compareRight) ? data.sideName(data.sides[browse.compareRight]) : "–"
            return "\(left) | \(right)"
        }
    }

    private func hints(_ state: ExplorerState) -> String {
        let browse = state.browse
        if browse.focus == .list {
            switch browse.pane {
            case .timeline:
                return "↑↓ move · [ ] year · f filter" + (browse.timelineFilter == nil ? "" : " · F clear") + " · Enter open · / search · ? help · q quit"
            case .issues:
                return "↑↓ move · Enter open · 1–4 panes · H history · f filter · / search · ? help · q quit"
            case .actors:
                return "↑↓ move · Enter open · 1–4 panes · / search · f filter · ? help · q quit"
            case .quotes:
                if state.speakerPrompt != nil { return "type a speaker's name · Enter keep · Esc back" }
                return "↑↓ move · f speaker" + (browse.quoteSpeaker.isEmpty ? "" : " · F clear") + " · Enter open · y copy · / search · ? help · q quit"
            }
        }
        switch browse.reader {
        case .detail:
            return "↑↓ passage · Enter article · y copy · e/p open · Esc back" + (browse.pane == .issues ? " · c compare · H history" : "") + " · ? help"
        case .article:
            return "↑↓ scroll · y copy · e/p open · Esc back" + (state.results.isEmpty ? "" : " · n/N results") + " · ? help"
        case .compare, .history:
            return "[ ] left side · { } right side · Esc back · ? help"
        }
    }

    // MARK: Help

    private func drawHelp(_ screen: inout Screen, _ state: ExplorerState, layout: Layout) -> (row: Int, column: Int)? {
        let box = helpBox(layout)
        guard box.width >= 4, box.height >= 3 else { return nil }
        screen.clear(box)
        screen.box(box, style: theme.borderFocused)
        screen.putTruncated(" Keys — ? Esc q close ", row: box.row, column: box.column + 2, width: box.width - 4, style: theme.borderFocused)
        let inner = box.inner
        let lines = Keymap.helpLines
        let scroll = clamp(state.helpScroll, 0, lines.count - inner.height)
        for offset in 0..<inner.height {
            let index = scroll + offset
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let isHeading = !line.isEmpty && !line.hasPrefix(" ")
            screen.putTruncated(" " + line, row: inner.row + offset, column: inner.column, width: inner.width, style: isHeading ? theme.heading : theme.text)
        }
        if lines.count > inner.height {
            let position = " \(scroll + 1)–\(min(lines.count, scroll + inner.height))/\(lines.count) "
            let width = DisplayWidth.of(position)
            if width + 2 <= box.width {
                screen.put(position, row: box.bottom - 1, column: box.right - 1 - width, style: theme.borderFocused)
            }
        }
        return (inner.row, inner.column)
    }
}
