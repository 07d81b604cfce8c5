/// The bordered box with labels: drawn once here for the list, the reader, the help,
/// the picker and the loading view.
extension Screen {
    /// A box with a label in its top border, two columns in, cut with `…` to fit.
    mutating func labelledBox(_ rect: Rect, label: String, style: Style, labelStyle: Style? = nil) {
        box(rect, style: style)
        putTruncated(label, row: rect.row, column: rect.column + 2, width: max(0, rect.width - 4), style: labelStyle ?? style)
    }

    /// A label (`3/12`, `Top`) at the right end of the box's bottom border, where it fits.
    mutating func cornerLabel(_ label: String, of rect: Rect, style: Style) {
        let width = DisplayWidth.of(label)
        if width + 2 <= rect.width {
            put(label, row: rect.bottom - 1, column: rect.right - 1 - width, style: style)
        }
    }

    /// A scrollbar thumb on the box's right border for `total` lines shown `height` at a time from `scroll`.
    mutating func scrollThumb(in rect: Rect, total: Int, height: Int, scroll: Int, style: Style) {
        guard total > height else { return }
        let maxScroll = max(0, total - height)
        let thumb = max(1, height * height / total)
        let start = maxScroll == 0 ? 0 : (height - thumb) * scroll / maxScroll
        for row in start..<min(height, start + thumb) {
            setGlyph("┃", width: 1, row: rect.inner.row + row, column: rect.right - 1, style: style)
        }
    }
}
