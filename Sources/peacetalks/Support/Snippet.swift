import PeaceTalksModel
import PeaceTalksTUI

/// A search hit's text on one line: a window of its paragraph around the first match, or
/// the whole paragraph, with the matches marked and every control character escaped.
///
/// The window is bounded in columns and in scalars whatever the paragraph, so a hit in an
/// article that is one 10 MB line prints a line, not the article.
enum Snippet {
    /// The most columns a snippet takes when nothing narrower is asked for.
    static let widest = 160

    /// - Parameters:
    ///   - width: the most columns to use, `…` at either cut end included; nil for the whole paragraph.
    ///   - highlight: how to mark a match (reverse video on a terminal, nothing in a pipe).
    static func make(
        _ text: String, spans: [TextSpan], width: Int?, highlight: (String) -> String = { $0 }
    ) -> String {
        let ordered = spans.filter { !$0.isEmpty && $0.start >= 0 }.sorted()
        guard let width else {
            let characters = characters(of: Substring(text), from: 0, spans: ordered)
            return join(characters[...], highlight: highlight)
        }
        let budget = max(8, width)
        let first = ordered.first?.start ?? 0
        // Begin about a third of the budget before the first match, at a word if one begins near;
        // when escaped controls there fill the line, begin at the match itself.
        let led = window(text, spans: ordered, budget: budget, from: max(0, first - budget / 3), lookBack: 16)
        if ordered.isEmpty || led.showsMatch { return led.text(highlight) }
        return window(text, spans: ordered, budget: budget, from: first, lookBack: 0).text(highlight)
    }

    private struct Window {
        var pieces: ArraySlice<Piece>
        var cutBefore: Bool
        var cutAfter: Bool

        var showsMatch: Bool { pieces.contains(where: \.inMatch) }

        func text(_ highlight: (String) -> String) -> String {
            (cutBefore ? "…" : "") + Snippet.join(pieces, highlight: highlight) + (cutAfter ? "…" : "")
        }
    }

    /// The characters from scalar offset `wanted` (or the start of a word up to `lookBack`
    /// scalars before it) that fit in `budget` columns, `…` included.
    private static func window(
        _ text: String, spans: [TextSpan], budget: Int, from wanted: Int, lookBack: Int
    ) -> Window {
        let windowStart = max(0, wanted - lookBack)
        let scalars = text.unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: windowStart, limitedBy: scalars.endIndex) else {
            return Window(pieces: [], cutBefore: windowStart > 0, cutAfter: false)
        }
        // At most four scalars a column: a run of combining marks cannot make the line endless.
        let cap = wanted - windowStart + budget * 4
        let to = scalars.index(from, offsetBy: cap, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let scalarWindow = Array(scalars[from..<to])
        var skip = min(wanted - windowStart, scalarWindow.count)
        var back = skip
        while back > 0 && !scalarWindow[back - 1].properties.isWhitespace { back -= 1 }
        if back > 0 || windowStart == 0 { skip = back }
        let start = windowStart + skip
        let body = String(String.UnicodeScalarView(scalarWindow[skip...]))
        let characterCount = body.count

        var taken = characters(of: Substring(body), from: start, spans: spans, columns: budget)
        var columns = taken.reduce(0) { $0 + $1.columns }
        let lead = start > 0 ? 1 : 0
        if to == scalars.endIndex && taken.count == characterCount && columns + lead <= budget {
            return Window(pieces: taken[...], cutBefore: start > 0, cutAfter: false)
        }
        // Cut: the last character may be one cut at the scalar cap; make room for the `…`.
        if !taken.isEmpty && to != scalars.endIndex && taken.count == characterCount {
            columns -= taken.removeLast().columns
        }
        while !taken.isEmpty && columns + lead + 1 > budget {
            columns -= taken.removeLast().columns
        }
        return Window(pieces: taken[...], cutBefore: start > 0, cutAfter: true)
    }

    /// One character as printed: escaped if need be, its columns, whether a match covers it.
    private struct Piece {
        var text: String
        var columns: Int
        var inMatch: Bool
    }

    /// The characters of `text` (which starts at scalar offset `offset` of its paragraph),
    /// stopping once they fill more than `columns`.
    private static func characters(
        of text: Substring, from offset: Int, spans: [TextSpan], columns: Int = .max
    ) -> [Piece] {
        var pieces: [Piece] = []
        var position = offset
        var used = 0
        var spanIndex = spans.firstIndex { $0.end > offset } ?? spans.count
        for character in text {
            while spanIndex < spans.count && spans[spanIndex].end <= position { spanIndex += 1 }
            let inMatch = spanIndex < spans.count && spans[spanIndex].start <= position
            let raw = String(character)
            let shown = TerminalSafeText.oneLine(raw)
            // A mark standing alone is zero columns wide, but it is still a character printed.
            let width = columns == .max ? 0 : max(1, DisplayWidth.of(shown))
            pieces.append(Piece(text: shown, columns: width, inMatch: inMatch))
            position += character.unicodeScalars.count
            used += width
            if used > columns { break }
        }
        return pieces
    }

    /// The pieces on one line, each run of matched characters marked once.
    private static func join(_ pieces: ArraySlice<Piece>, highlight: (String) -> String) -> String {
        var out = ""
        var run = ""
        var runInMatch = false
        for piece in pieces {
            if piece.inMatch != runInMatch {
                out += runInMatch ? highlight(run) : run
                run = ""
                runInMatch = piece.inMatch
            }
            run += piece.text
        }
        out += runInMatch ? highlight(run) : run
        return out
    }
}
