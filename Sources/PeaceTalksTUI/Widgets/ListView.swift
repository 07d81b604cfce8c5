/// A list in a bordered box, drawn in one place for the panes and the search results: a
/// marker and styled runs per row, a count or place on the right, `n/m` in the bottom border.
struct ListView {
    var count: Int
    var list: ListState
    /// The first row of items (below any header rows).
    var top: Int
    var focused: Bool
    /// A labelled count (`5 passages`) gives way to its number where the name would be cut.
    var shortensCounts = false
    var empty: String
    /// `3/12`, for the bottom border.
    var position: String
    var row: (_ index: Int, _ width: Int) -> ListRow
}

extension ListView {
    /// Draws the rows inside `box` (border and title drawn by the caller); returns where the cursor belongs.
    func draw(into screen: inout Screen, box: Rect, theme: Theme) -> (row: Int, column: Int)? {
        let inner = box.inner
        guard inner.width > 0, inner.height > 0 else { return nil }
        if count == 0 {
            screen.putTruncated(empty, row: inner.row, column: inner.column + 2, width: inner.width - 2, style: theme.dim)
        }
        let selected = list.selected, scroll = list.scroll
        for offset in 0..<(inner.height - (top - inner.row)) {
            let index = scroll + offset
            guard index < count else { break }
            let row = top + offset
            let isSelected = index == selected
            let (segments, right) = self.row(index, inner.width)
            let rowStyle: Style? = isSelected ? (focused ? theme.selection : nil) : nil
            if let rowStyle { screen.fill(row: row, column: inner.column, width: inner.width, style: rowStyle) }
            screen.put(isSelected ? "▸ " : "  ", row: row, column: inner.column, width: 2, style: rowStyle ?? (isSelected ? theme.gutter : theme.text))
            var rightText = right.map { " " + $0 } ?? ""
            if shortensCounts, DisplayWidth.of(segments.first?.0 ?? "") + DisplayWidth.of(rightText) > inner.width - 2,
               let number = right?.split(separator: " ").first {
                rightText = " " + number
            }
            let rightWidth = DisplayWidth.of(rightText)
            let available = max(0, inner.width - 2 - rightWidth)
            theme.putSegments(&screen, segments, row: row, column: inner.column + 2, width: available,
                        override: rowStyle, emphasis: isSelected && !focused ? theme.selectionInactive : nil)
            if rightWidth > 0, rightWidth <= inner.width - 2 {
                screen.put(rightText, row: row, column: inner.right - rightWidth, style: rowStyle ?? theme.dim)
            }
        }
        if count > 0 {
            screen.cornerLabel(" " + position + " ", of: box, style: focused ? theme.borderFocused : theme.border)
        }
        guard focused else { return nil }
        return (top + clamp(selected - scroll, 0, inner.height - 1 - (top - inner.row)), inner.column)
    }
}

extension Theme {
    /// Splits text into runs of one style each.
    func styledRuns(_ text: String, base: Style, highlights: Highlights) -> [(String, Style)] {
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
    func putSegments(_ screen: inout Screen, _ segments: [(String, Style)], row: Int, column: Int, width: Int, override: Style?, emphasis: Style?) {
        guard width > 0 else { return }
        let total = segments.reduce(0) { $0 + DisplayWidth.of($1.0) }
        let limit = total > width ? width - 1 : width
        var col = column
        for (index, segment) in segments.enumerated() {
            // Matches stay visible on the selected row.
            var style = segment.1 == match ? match : (override ?? segment.1)
            if override == nil, index == 0 || (segments.count > 1 && index == 1 && segments[0].0.hasSuffix(" ")), let emphasis {
                style = Style(foreground: segment.1.foreground, background: segment.1.background, bold: emphasis.bold, underline: emphasis.underline, reverse: segment.1.reverse, dim: segment.1.dim)
            }
            let written = screen.putGlyphs(segment.0, row: row, column: col, limit: column + limit, padStyle: nil) { _, _ in style }
            col = written.column
            if written.cut { break }
        }
        if total > width {
            screen.fill(row: row, column: col, width: column + width - 1 - col, style: override ?? text)
            screen.put("…", row: row, column: column + width - 1, width: 1, style: override ?? dim)
        }
    }
}
