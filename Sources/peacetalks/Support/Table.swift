import PeaceTalksModel
import PeaceTalksTUI

/// A listing: aligned columns with a bold header on a terminal, cut to the terminal's width;
/// full-length tab-separated lines when piped, so `cut -f` and `awk -F'\t'` work, with the
/// titles first only when `--header` asks.
struct Table {
    struct Column {
        var title: String
        var alignRight = false
        /// Kept so existing call sites read as before: every text column is cut to fit now,
        /// the widest first (`fitted`), and right-aligned (number) columns never are.
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
            if console.header { out.line(columns.map { Table.plain($0.title) }.joined(separator: "\t")) }
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
        if let total = console.width {
            widths = Table.fitted(widths, numeric: columns.map(\.alignRight), into: total)
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

    /// The columns' widths cut to fit `total` columns with two spaces between them: the widest
    /// text column loses a column at a time, down to `narrowest`; number columns keep theirs.
    static func fitted(_ natural: [Int], numeric: [Bool], into total: Int, narrowest: Int = 4) -> [Int] {
        var widths = natural
        let room = total - 2 * max(0, widths.count - 1)
        var excess = widths.reduce(0, +) - room
        while excess > 0 {
            let candidates = widths.indices.filter { !numeric[$0] && widths[$0] > min(narrowest, natural[$0]) }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    /// One line, no tabs, no control characters: a cell never breaks the row apart nor
    /// reaches the terminal with an escape sequence (tab, newline and the rest shown as `\t`, `\n`, `\x1b`).
    static func plain(_ text: String) -> String {
        TerminalSafeText.oneLine(text)
    }
}
