/// Writing text into a `Screen`: every write goes through `setGlyph`, which keeps
/// wide graphemes whole, so each row always adds up to the screen's width.
extension Screen {
    /// Puts one grapheme at (row, column). Out of bounds does nothing; a wide grapheme
    /// that would straddle the right edge becomes a space; whatever it half covers is blanked.
    public mutating func setGlyph(_ grapheme: String, width: Int, row: Int, column: Int, style: Style) {
        guard row >= 0, row < size.height, column >= 0, column < size.width, width > 0 else { return }
        var grapheme = grapheme
        var width = min(width, 2)
        if width == 2, column + 1 >= size.width {
            grapheme = " "
            width = 1
        }
        unsplit(row: row, column: column)
        if width == 2 { unsplit(row: row, column: column + 1) }
        self[row, column] = Cell(grapheme: grapheme, width: width, style: style)
        if width == 2 {
            self[row, column + 1] = Cell(grapheme: "", width: 0, style: style)
        }
    }

    /// Before a cell is overwritten, the wide grapheme it belongs to becomes spaces.
    private mutating func unsplit(row: Int, column: Int) {
        let cell = self[row, column]
        if cell.width == 0, column > 0, self[row, column - 1].width == 2 {
            self[row, column - 1] = Cell(grapheme: " ", width: 1, style: self[row, column - 1].style)
        }
        if cell.width == 2, column + 1 < size.width {
            self[row, column + 1] = Cell(grapheme: " ", width: 1, style: cell.style)
        }
    }

    /// Writes `text` from (row, column), at most `width` columns (default: to the right edge).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put<S: StringProtocol>(
        _ text: S, row: Int, column: Int, width: Int? = nil, style: Style = .plain
    ) -> Int {
        let limit = min(size.width, column + (width ?? size.width))
        return max(putGlyphs(text, row: row, column: column, limit: limit, padStyle: style) { _, _ in style }.column, column)
    }

    /// The one glyph loop: writes `text` from `column` up to (not including) `limit`, each grapheme
    /// in `style(scalarOffset, scalarCount)`, offsets counted from `startScalar`. Zero-width graphemes
    /// are left out; a wide one that would cross `limit` becomes a space in `padStyle` (none when nil).
    /// Returns the column after the last cell written, and whether the text was cut.
    @discardableResult
    mutating func putGlyphs<S: StringProtocol>(
        _ text: S, row: Int, column: Int, limit: Int, padStyle: Style?, startScalar: Int = 0, style: (Int, Int) -> Style
    ) -> (column: Int, cut: Bool) {
        var col = column
        var scalar = startScalar
        for character in text {
            let count = character.unicodeScalars.count
            defer { scalar += count }
            let (grapheme, w) = DisplayWidth.glyph(character)
            if w == 0 { continue }
            if col + w > limit {
                if let padStyle, col < limit { setGlyph(" ", width: 1, row: row, column: col, style: padStyle); col += 1 }
                return (col, true)
            }
            setGlyph(grapheme, width: w, row: row, column: col, style: style(scalar, count))
            col += w
        }
        return (col, false)
    }

    /// Like `put`, but text too wide for `width` ends in `…`.
    @discardableResult
    public mutating func putTruncated<S: StringProtocol>(
        _ text: S, row: Int, column: Int, width: Int, style: Style = .plain
    ) -> Int {
        guard width > 0 else { return column }
        if DisplayWidth.of(text) <= width {
            return put(text, row: row, column: column, width: width, style: style)
        }
        let end = put(text, row: row, column: column, width: width - 1, style: style)
        return put("…", row: row, column: end, width: 1, style: style)
    }

    /// Fills `width` cells of a row with one grapheme (a space by default).
    public mutating func fill(row: Int, column: Int, width: Int, style: Style = .plain, with grapheme: String = " ") {
        let w = max(1, DisplayWidth.of(grapheme))
        var col = column
        while col + w <= column + width {
            setGlyph(grapheme, width: w, row: row, column: col, style: style)
            col += w
        }
    }

    /// Clears a rectangle.
    public mutating func clear(_ rect: Rect, style: Style = .plain) {
        for row in rect.row..<rect.bottom {
            fill(row: row, column: rect.column, width: rect.width, style: style)
        }
    }

    /// Draws a box with Unicode box-drawing characters (never ACS), clearing nothing inside.
    public mutating func box(_ rect: Rect, style: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.row, bottom = rect.bottom - 1, left = rect.column, right = rect.right - 1
        fill(row: top, column: left + 1, width: rect.width - 2, style: style, with: "─")
        fill(row: bottom, column: left + 1, width: rect.width - 2, style: style, with: "─")
        for row in (top + 1)..<bottom {
            setGlyph("│", width: 1, row: row, column: left, style: style)
            setGlyph("│", width: 1, row: row, column: right, style: style)
        }
        setGlyph("┌", width: 1, row: top, column: left, style: style)
        setGlyph("┐", width: 1, row: top, column: right, style: style)
        setGlyph("└", width: 1, row: bottom, column: left, style: style)
        setGlyph("┘", width: 1, row: bottom, column: right, style: style)
    }

    /// The style of every cell of a row, for tests that check highlighting.
    public func styles(row: Int) -> [Style] {
        guard row >= 0, row < size.height else { return [] }
        return (0..<size.width).map { self[row, $0].style }
    }
}
