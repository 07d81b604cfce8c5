/// The keys, over everything else (`?` or F1): its own scroll, its moves, its drawing.
/// The lines come from the key table (`Keymap.helpLines`), so they name every bound key.
public struct HelpOverlay: Hashable, Sendable {
    var viewport = Viewport()

    public init() {}

    /// The first line shown.
    public var scroll: Int { viewport.scroll }

    /// Centred, at most 76 columns, as tall as the lines or the screen allows.
    static func box(_ layout: Layout) -> Rect {
        let width = min(layout.size.width - 4, 76)
        let height = min(layout.size.height - 2, Keymap.helpLines.count + 2)
        return Rect(row: max(0, (layout.size.height - height) / 2), column: max(0, (layout.size.width - width) / 2), width: width, height: height)
    }

    static func height(_ layout: Layout) -> Int { max(1, box(layout).height - 2) }

    func clamped(_ layout: Layout) -> HelpOverlay {
        var help = self
        help.viewport.scroll = clamp(scroll, 0, Keymap.helpLines.count - Self.height(layout))
        return help
    }

    /// Scrolls with the list keys; everything else is the root's (close, quit, resize).
    mutating func update(_ action: Action, layout: Layout) {
        guard let move = ListMove(action) else { return }
        viewport = viewport.moved(move, height: Self.height(layout), lineCount: Keymap.helpLines.count)
    }

    /// Draws the overlay into `area` (its box); returns where the cursor belongs.
    func draw(into screen: inout Screen, area box: Rect, theme: Theme) -> (row: Int, column: Int)? {
        guard box.width >= 4, box.height >= 3 else { return nil }
        screen.clear(box)
        screen.labelledBox(box, label: " Keys — ? Esc q close ", style: theme.borderFocused)
        let inner = box.inner
        let lines = Keymap.helpLines
        let scroll = clamp(self.scroll, 0, lines.count - inner.height)
        for offset in 0..<inner.height {
            let index = scroll + offset
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let isHeading = !line.isEmpty && !line.hasPrefix(" ")
            screen.putTruncated(" " + line, row: inner.row + offset, column: inner.column, width: inner.width, style: isHeading ? theme.heading : theme.text)
        }
        if lines.count > inner.height {
            screen.cornerLabel(" \(scroll + 1)–\(min(lines.count, scroll + inner.height))/\(lines.count) ", of: box, style: theme.borderFocused)
        }
        return (inner.row, inner.column)
    }
}

extension HelpOverlay {
    /// The overlay's own keys; it scrolls with the list keys (`ListMove.keys`).
    static let keys = KeySection(title: "In this help", modes: [.help], bindings: [
        KeyBinding([.character("?"), .character("q"), .escape, .enter, .function(1)], .toggleHelp, "close the help"),
    ])
}
