/// The screen shown while a corpus loads, before the explorer has anything to show.
/// Pure: the backend redraws it with each progress report.
public enum LoadingView {
    /// Below this size only one line of text fits sensibly.
    static let minimum = Size(width: 40, height: 12)
    static let hint = "Ctrl-C or q cancels"

    public static func render(size: Size, done: Int, total: Int, message: String, monochrome: Bool) -> Screen {
        var screen = Screen(size: size)
        let width = screen.size.width, height = screen.size.height
        guard width > 0, height > 0 else { return screen }
        let theme = monochrome ? Theme.monochrome : Theme.standard
        let total = max(0, total)
        let done = clamp(done, 0, total)
        let count = "\(done)/\(total)"

        if width < minimum.width || height < minimum.height {
            let line = "Loading articles " + count
            let lineWidth = min(width, DisplayWidth.of(line))
            let row = (height - 1) / 2
            screen.putTruncated(line, row: row, column: max(0, (width - lineWidth) / 2), width: width, style: theme.title)
            screen.cursor = (row, 0)
            return screen
        }

        var column = screen.put(" peacetalks ", row: 0, column: 0, style: theme.titleAccent)
        column = screen.putTruncated("│ Loading", row: 0, column: column, width: width - column, style: theme.title)

        let boxWidth = min(width - 4, 64)
        let box = Rect(row: max(1, (height - 7) / 2), column: (width - boxWidth) / 2, width: boxWidth, height: 7)
        screen.box(box, style: theme.borderFocused)
        let inner = box.inner
        centred(&screen, "Loading articles", row: inner.row, in: inner, style: theme.heading)
        let percent = total == 0 ? 0 : Int(Double(done) / Double(total) * 100)
        centred(&screen, "\(count) · \(percent)%", row: inner.row + 1, in: inner, style: theme.label)
        let barWidth = max(1, inner.width - 4)
        screen.put(bar(done: done, total: total, width: barWidth), row: inner.row + 3, column: inner.column + 2, width: barWidth, style: theme.scrollThumb)
        screen.putTruncated(message, row: inner.row + 4, column: inner.column + 2, width: barWidth, style: theme.dim)

        let status = height - 1
        screen.fill(row: status, column: 0, width: width, style: theme.status)
        screen.putTruncated(" " + hint, row: status, column: 0, width: width, style: theme.status)
        screen.cursor = (status, 0)
        return screen
    }

    /// A bar of `width` columns in eighths of a cell: full blocks, one partial block, light shade.
    static func bar(done: Int, total: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
        let eighths = Int(fraction * Double(width * 8))
        let full = eighths / 8
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: full)
        if full < width, eighths % 8 > 0 { bar.append(partials[eighths % 8 - 1]) }
        bar += String(repeating: "░", count: max(0, width - DisplayWidth.of(bar)))
        return bar
    }

    private static func centred(_ screen: inout Screen, _ text: String, row: Int, in rect: Rect, style: Style) {
        let textWidth = min(rect.width, DisplayWidth.of(text))
        screen.putTruncated(text, row: row, column: rect.column + (rect.width - textWidth) / 2, width: rect.width, style: style)
    }
}
