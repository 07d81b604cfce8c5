import PeaceTalksTUI
import ArgumentParser
import PeaceTalksModel

/// The shared search engine on the command line: smart case, accent folding, phrases, @speaker, #issue.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search quotes and passages (smart case, accents optional, \"phrases\", @speaker, #issue).",
        discussion: """
            A quote hit prints the quote; a passage hit a snippet around the first match.

            Examples:
              peacetalks search 'staakt-het-vuren'
              peacetalks search '@putin #territory'
              peacetalks search Donbas --context 2 articles/
              peacetalks search '"security guarantees"' --json
            """)

    @Argument(help: ArgumentHelp("What to look for.", valueName: "query")) var query: String
    @OptionGroup var input: InputOptions
    @Option(help: "At most this many results.") var limit = 50
    @Flag(help: "Print each hit whole (its paragraph, or a quote hit's quote) instead of a snippet of at most 160 columns.")
    var full = false
    @Option(help: ArgumentHelp(
        "Print this many whole lines of the article before and after each hit's line, as rg -C does.", valueName: "n"))
    var context: Int?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard query.contains(where: { !$0.isWhitespace }) else { throw ValidationError("The query is empty.") }
        guard limit > 0 else { throw ValidationError("--limit must be positive.") }
        guard (context ?? 0) >= 0 else { throw ValidationError("--context must be zero or more lines.") }
    }

    func run() throws {
        // Only the documents with hits are decoded from a stored analysis: a search of 10,000
        // stored articles decoded them all before (perf: three quarters of its time).
        var (corpus, notes) = try input.loadCorpus(reportWarnings: false, lazily: true)
        var hits = SearchEngine(corpus: corpus).search(query, limit: limit)
        var results = hits.compactMap { JSONExport.searchHit($0, in: corpus) }
        if corpus.documents.isDamaged {
            // The damaged stored analysis is gone: analyse again and search that.
            (corpus, notes) = try input.loadCorpus(reportWarnings: false)
            hits = SearchEngine(corpus: corpus).search(query, limit: limit)
            results = hits.compactMap { JSONExport.searchHit($0, in: corpus) }
        }
        input.report(notes)
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(results)) }
        let console = input.console
        if let context { return try SearchContext.print(results, lines: context, corpus: corpus, to: &out) }
        // A quote hit shows the quote, not its whole paragraph: two quotes of one paragraph differ.
        let shown = results.map { SearchCommand.focused($0, in: corpus) }
        guard console.isTerminal else {
            if console.header { out.line("LINE\tTARGET\tTEXT") }
            for result in shown {
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
        for (result, label) in zip(shown, labels) {
            let room = min(Snippet.widest, max(20, (console.width ?? 100) - labelWidth - 10))
            let snippet = Snippet.make(
                result.text, spans: result.spans, width: full ? nil : room, highlight: console.highlight)
            out.line(DisplayWidth.pad(label, to: labelWidth, right: true) + "  "
                + DisplayWidth.pad(result.target == "quote" ? "quote" : "text", to: 5) + "  " + snippet)
        }
    }

    /// A quote hit narrowed to the quote's own text, its matches moved with it.
    static func focused(_ hit: ExportSearchHit, in corpus: Corpus) -> ExportSearchHit {
        guard let index = hit.quote, corpus.documents.indices.contains(hit.document),
            corpus.documents[hit.document].quotes.indices.contains(index)
        else { return hit }
        let span = corpus.documents[hit.document].quotes[index].span
        var focused = hit
        focused.text = hit.text.scalarSlice(span)
        focused.spans = hit.spans.compactMap { match in
            let start = max(match.start, span.start), end = min(match.end, span.end)
            return start < end ? TextSpan(start: start - span.start, end: end - span.start) : nil
        }
        return focused
    }
}
