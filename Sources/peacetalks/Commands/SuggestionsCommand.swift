import ArgumentParser
import Foundation
import PeaceTalksModel

struct SuggestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggestions",
        abstract: "List the positions read in the text (a side's stance on an issue); confirm or reject one.",
        discussion: """
            Each suggestion is a sentence where a side, or one of its people or institutions, demands, \
            refuses, proposes, accepts, rejects, is prepared to, insists or warns, on an issue the sentence \
            links to. NUMBER is the first column of the listing. --confirm makes it a position and --reject \
            stops offering it; both are written to the article's annotation file (docs/annotations.md).

            Examples:
              peacetalks suggestions article.txt
              peacetalks suggestions article.txt --confirm 3
              peacetalks suggestions --json articles/ | jq '.[] | select(.confidence > 0.8)'
            """)

    @OptionGroup var input: InputOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: ArgumentHelp("Confirm suggestion NUMBER (one article only).", valueName: "number")) var confirm: Int?
    @Option(help: ArgumentHelp("Reject suggestion NUMBER (one article only).", valueName: "number")) var reject: Int?

    func validate() throws {
        guard confirm == nil || reject == nil else { throw ValidationError("--confirm and --reject cannot be used together.") }
    }

    func run() throws {
        if let number = confirm ?? reject {
            let article = try SingleArticle(input)
            let suggestions = PositionSuggester.suggest(article.corpus)
            guard suggestions.indices.contains(number - 1) else {
                throw Failure.input("no suggestion \(number): the article has \(suggestions.count)")
            }
            let suggestion = suggestions[number - 1]
            let verdict: SuggestionVerdict = confirm != nil ? .confirmed : .rejected
            guard let change = suggestion.decision(verdict, in: article.corpus) else {
                throw Failure.input("suggestion \(number) has no passage")
            }
            var session = try article.session()
            try session.apply(change)
            print("\(verdict.rawValue) \(number): \(suggestion.issue) / \(suggestion.side) in \(TerminalSafeText.oneLine(session.sidecarPath))")
            return
        }
        let (corpus, _) = try input.loadCorpus()
        let rows = JSONExport.suggestedPositions(corpus)
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(rows)) }
        var table = Table([
            .init(title: "#", alignRight: true), .init(title: "LINE", alignRight: true), .init(title: "ISSUE"),
            .init(title: "SIDE"), .init(title: "STANCE"), .init(title: "CONF", alignRight: true), .init(title: "STATUS"),
            .init(title: "SENTENCE", flexible: true),
        ])
        for (index, row) in rows.enumerated() {
            table.add([
                String(index + 1), placeLabel(corpus, document: row.document, line: row.line), row.issue, row.side,
                row.stance, String(format: "%.2f", row.confidence), row.status, row.text,
            ])
        }
        table.print(to: &out, console: input.console)
    }
}
