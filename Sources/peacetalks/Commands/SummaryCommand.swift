import ArgumentParser
import PeaceTalksModel
import PeaceTalksTUI

/// Counts of what the model found, and the warnings: a quick check that the input was read well.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "Count paragraphs, sections, quotes, events, actors and issues; list warnings.",
        discussion: """
            Examples:
              peacetalks summary
              peacetalks summary articles/ --verbose
              curl -s URL | peacetalks summary -
              peacetalks summary --json article.txt
            """)

    @OptionGroup var input: InputOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (corpus, notes) = try input.loadCorpus(reportWarnings: false)
        input.report(notes)
        var summary = JSONExport.summary(corpus)
        // Every warning standard error shows (the loader's too), so the count agrees with it.
        summary.warnings = notes.map(JSONExport.diagnostic)
        var out = StandardOutput()
        defer { out.flush() }
        if json {
            out.write(JSONExport.encode(summary))
            return
        }
        let console = input.console
        // Label for a terminal, key (as in --json) for a pipe.
        let rows: [(String, String, Int)] = [
            ("documents", "documents", summary.documents),
            ("paragraphs", "paragraphs", summary.paragraphs),
            ("pull quotes", "pullQuotes", summary.pullQuotes),
            ("sections", "sections", summary.sections),
            ("quotes (repeats not counted)", "quotes", summary.quotes),
            ("  speech", "speechQuotes", summary.speechQuotes),
            ("  terms", "termQuotes", summary.termQuotes),
            ("events", "events", summary.events),
            ("actors", "actors", summary.actors),
            ("  found in the text", "discoveredActors", summary.discoveredActors),
            ("issues", "issues", summary.issues),
            ("positions", "positions", summary.positions),
            ("warnings", "warnings", summary.warnings.count),
        ]
        guard console.isTerminal else {
            for (_, key, count) in rows { out.line("\(key)\t\(count)") }
            return
        }
        for document in corpus.documents {
            var facts = [document.language.rawValue]
            if let date = document.metadata.date { facts.append("published \(date.iso)") }
            facts.append("dates anchored to \(document.anchor.year)")
            let title = Table.plain(document.displayTitle)
            let details = facts.joined(separator: ", ")
            // The facts go on a line of their own where title and facts would wrap the terminal's line.
            let lineWidth = console.width ?? 80
            if DisplayWidth.of(title) + 2 + DisplayWidth.of(details) > lineWidth {
                out.line(console.bold(DisplayWidth.truncate(title, to: lineWidth)))
                out.line("  " + details)
            } else {
                out.line(console.bold(title) + "  " + details)
            }
            if document.displayTitle != document.name { out.line("  " + Table.plain(document.path)) }
        }
        out.line()
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let numbers = rows.map { String($0.2).count }.max() ?? 0
        for (label, _, count) in rows {
            out.line(DisplayWidth.pad(label, to: width) + "  " + DisplayWidth.pad(String(count), to: numbers, right: true))
        }
        if !summary.warnings.isEmpty {
            out.line()
            out.line(console.dim("Warnings are printed on standard error above."))
        }
    }
}
