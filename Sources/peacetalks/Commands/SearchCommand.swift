import PeaceTalksTUI
import ArgumentParser
import PeaceTalksModel

/// The shared search engine on the command line: smart case, accent folding, phrases, @speaker, #issue.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search quotes and passages (smart case, accents optional, \"phrases\", @speaker, #issue).")

    @Argument(help: ArgumentHelp("What to look for.", valueName: "query")) var query: String
    @OptionGroup var input: InputOptions
    @Option(help: "At most this many results.") var limit = 50
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard query.contains(where: { !$0.isWhitespace }) else { throw ValidationError("The query is empty.") }
        guard limit > 0 else { throw ValidationError("--limit must be positive.") }
    }

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        let hits = SearchEngine(corpus: corpus).search(query, limit: limit)
        let results = hits.compactMap { JSONExport.searchHit($0, in: corpus) }
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(results)) }
        let console = input.console
        guard console.isTerminal else {
            for result in results {
                out.line([
                    placeLabel(corpus, document: result.document, line: result.line), result.target,
                    Table.plain(result.text),
                ].joined(separator: "\t"))
            }
            return
        }
        if results.isEmpty {
            out.line(console.dim("No results for \(query)."))
            return
        }
        let labels = results.map { placeLabel(corpus, document: $0.document, line: $0.line) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        for (result, label) in zip(results, labels) {
            let room = max(20, (console.width ?? 100) - labelWidth - 10)
            let snippet = Snippet.make(result.text, spans: result.spans, width: room, console: console)
            out.line(DisplayWidth.pad(label, to: labelWidth, right: true) + "  "
                + DisplayWidth.pad(result.target == "quote" ? "quote" : "text", to: 5) + "  " + snippet)
        }
    }
}

/// A window of a paragraph around its first match, matches highlighted on a terminal.
enum Snippet {
    static func make(_ text: String, spans: [TextSpan], width: Int, console: Console) -> String {
        let scalars = Array(Table.plain(text).unicodeScalars)
        let ordered = spans.filter { !$0.isEmpty && $0.start >= 0 && $0.end <= scalars.count }.sorted()
        // Start a little before the first match, on a word boundary.
        var start = max(0, (ordered.first?.start ?? 0) - width / 3)
        while start > 0 && !scalars[start - 1].properties.isWhitespace { start -= 1 }
        var out = start > 0 ? "…" : ""
        var used = start > 0 ? 1 : 0
        var index = start
        var spanIndex = ordered.firstIndex { $0.end > start } ?? ordered.count
        while index < scalars.count {
            let inMatch = spanIndex < ordered.count && ordered[spanIndex].start <= index
            let stop = inMatch
                ? min(ordered[spanIndex].end, scalars.count)
                : (spanIndex < ordered.count ? ordered[spanIndex].start : scalars.count)
            var piece = String(String.UnicodeScalarView(scalars[index..<max(index, stop)]))
            let pieceWidth = DisplayWidth.of(piece)
            if used + pieceWidth > width {
                piece = DisplayWidth.truncate(piece, to: max(1, width - used))
                out += inMatch ? console.highlight(piece) : piece
                return out
            }
            out += inMatch ? console.highlight(piece) : piece
            used += pieceWidth
            index = max(index + 1, stop)
            if inMatch { spanIndex += 1 }
        }
        return out
    }
}
