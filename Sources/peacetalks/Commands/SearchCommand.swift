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
    @Flag(help: "Print each hit's whole paragraph instead of a snippet of at most 160 columns.") var full = false
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
                let text = Snippet.make(result.text, spans: result.spans, width: full ? nil : Snippet.widest)
                out.line([
                    Table.plain(placeLabel(corpus, document: result.document, line: result.line)), result.target, text,
                ].joined(separator: "\t"))
            }
            return
        }
        if results.isEmpty {
            out.line(console.dim("No results for \(Table.plain(query))."))
            return
        }
        let labels = results.map { Table.plain(placeLabel(corpus, document: $0.document, line: $0.line)) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        for (result, label) in zip(results, labels) {
            let room = min(Snippet.widest, max(20, (console.width ?? 100) - labelWidth - 10))
            let snippet = Snippet.make(
                result.text, spans: result.spans, width: full ? nil : room, highlight: console.highlight)
            out.line(DisplayWidth.pad(label, to: labelWidth, right: true) + "  "
                + DisplayWidth.pad(result.target == "quote" ? "quote" : "text", to: 5) + "  " + snippet)
        }
    }
}
