import ArgumentParser
import Foundation
import PeaceTalksModel

enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, ical
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List dated events in date order, at the precision written.",
        discussion: """
            Each event shows a short label (the clause that holds the date). Events of several \
            articles that report the same happening share a cluster: a key event of the codebook \
            they name (`the Alaska summit`), or the same day and similar words.

            Examples:
              peacetalks timeline --by year
              peacetalks timeline --issue territory --actor putin articles/
              peacetalks timeline --format ical articles/ > talks.ics
            """)

    @OptionGroup var input: InputOptions
    @Option(
        help: ArgumentHelp(
            "Only events that touch this issue (id, or the beginning of its id, label or title; any case).",
            valueName: "id"),
        completion: .custom(CodebookCompletion.issues))
    var issue: String?
    @Option(
        help: ArgumentHelp(
            "Only events that name this actor (id, name or alias, or their beginning; case and accents ignored).",
            valueName: "name"),
        completion: .custom(CodebookCompletion.actors))
    var actor: String?
    @Option(help: ArgumentHelp("Group events under each year or month, with the gaps between them.", valueName: "year|month"))
    var by: TimelineGranularity?
    @Option(help: "Output: table, json or ical (an iCalendar file, one event per cluster).") var format: TimelineFormat = .table
    @Flag(help: "Print JSON (the same as --format json).") var json = false

    func run() throws {
        let (loaded, _) = try input.loadCorpus()
        var corpus = loaded
        let issue = try issue.map { try requireIssue($0, in: corpus) }
        let actors = try actor.map { try matchingActors($0, in: corpus) }
        // Filtering the documents' events keeps clusters, labels and history consistent with what is shown.
        for index in corpus.documents.indices {
            corpus.documents[index].events.removeAll { event in
                (issue.map { !event.issues.contains($0) } ?? false)
                    || (actors.map { $0.isDisjoint(with: event.actors) } ?? false)
            }
        }
        var out = StandardOutput()
        defer { out.flush() }
        switch json ? .json : format {
        case .ical:
            out.write(ICalendarExport.write(corpus))
        case .json:
            let events = JSONExport.events(corpus)
            guard let by else { return out.write(JSONExport.encode(events)) }
            let groups = TimelineAxis.periods(corpus.timeline, by: by).map { period in
                TimelineGroup(period: period.key, gapBefore: period.gapBefore, events: period.events.map { events[$0] })
            }
            out.write(JSONExport.encode(TimelineGrouped(by: by.rawValue, groups: groups, clusters: JSONExport.report(corpus).clusters)))
        case .table:
            printTable(corpus, to: &out)
        }
    }

    private func printTable(_ corpus: Corpus, to out: inout StandardOutput) {
        let events = JSONExport.events(corpus)
        let clusters = JSONExport.report(corpus).clusters
        func row(_ event: ExportEvent) -> [String] {
            let reports = clusters.indices.contains(event.cluster) ? clusters[event.cluster].documents.count : 1
            return [
                event.date, placeLabel(corpus, document: event.document, line: event.line),
                event.issues.joined(separator: ","), event.label + (reports > 1 ? " [\(reports) articles]" : ""),
            ]
        }
        let columns: [Table.Column] = [
            .init(title: "DATE"), .init(title: "LINE", alignRight: true), .init(title: "ISSUES"),
            .init(title: "EVENT", flexible: true),
        ]
        guard let by else {
            var table = Table(columns)
            for event in events { table.add(row(event)) }
            return table.print(to: &out, console: input.console)
        }
        for period in TimelineAxis.periods(corpus.timeline, by: by) {
            if let gap = period.gapBefore { out.line(input.console.dim("… \(gap) …")) }
            out.line(input.console.bold(period.key) + "  (\(period.events.count))")
            var table = Table(columns)
            for index in period.events { table.add(row(events[index])) }
            table.print(to: &out, console: input.console)
        }
    }
}

extension TimelineGranularity: ExpressibleByArgument {}

struct TimelineGroup: Encodable {
    var period: String
    var gapBefore: String?
    var events: [ExportEvent]
}

struct TimelineGrouped: Encodable {
    var by: String
    var groups: [TimelineGroup]
    var clusters: [ExportCluster]
}
