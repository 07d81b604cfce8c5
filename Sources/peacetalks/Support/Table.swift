import PeaceTalksModel
import PeaceTalksTUI

/// A listing: aligned columns with a bold header on a terminal, tab-separated lines without
/// a header when piped, so `cut -f` and `awk -F'\t'` work.
struct Table {
    struct Column {
        var title: String
        var alignRight = false
        /// Cut to fit the terminal's width; at most one column should be.
        var flexible = false
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    func print(to out: inout StandardOutput, console: Console) {
        guard console.isTerminal else {
            for row in rows {
                out.line(row.map(Table.plain).joined(separator: "\t"))
            }
            return
        }
        let cells = rows.map { $0.map(Table.plain) }
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        if let total = console.width, let flex = columns.firstIndex(where: \.flexible) {
            let others = widths.enumerated().filter { $0.offset != flex }.reduce(0) { $0 + $1.element }
            let room = total - others - 2 * (columns.count - 1)
            widths[flex] = max(DisplayWidth.of(columns[flex].title), min(widths[flex], room))
        }
        func render(_ row: [String]) -> String {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = index < row.count ? row[index] : ""
                let cut = DisplayWidth.truncate(cell, to: widths[index])
                let last = index == columns.count - 1
                parts.append(last && !column.alignRight ? cut : DisplayWidth.pad(cut, to: widths[index], right: column.alignRight))
            }
            return parts.joined(separator: "  ")
        }
        out.line(console.bold(render(columns.map(\.title))))
        for row in cells { out.line(render(row)) }
    }

    /// One line, no tabs, no control characters: a cell never breaks the row apart nor
    /// reaches the terminal with an escape sequence (tab, newline and the rest shown as `\t`, `\n`, `\x1b`).
    static func plain(_ text: String) -> String {
        TerminalSafeText.oneLine(text)
    }
}
