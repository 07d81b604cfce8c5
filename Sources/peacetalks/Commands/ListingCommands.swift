import ArgumentParser
import PeaceTalksModel

/// Where a line is, for people: `line 12`, or `name.txt:12` when several documents are read.
func placeLabel(_ corpus: Corpus, document: Int, line: Int) -> String {
    guard corpus.documents.count > 1, corpus.documents.indices.contains(document) else { return String(line) }
    return "\(corpus.documents[document].name):\(line)"
}

struct IssuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issues", abstract: "List the issues with their passages and the sides that take a position.")

    @OptionGroup var input: InputOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        let issues = JSONExport.issues(corpus)
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(issues)) }
        var table = Table([
            .init(title: "ID"), .init(title: "TITLE"), .init(title: "LABEL"),
            .init(title: "PASSAGES", alignRight: true), .init(title: "POSITIONS", flexible: true),
        ])
        for issue in issues {
            table.add([
                issue.id, issue.title, issue.label, String(issue.links.count),
                issue.positions.map(\.actor).joined(separator: ", "),
            ])
        }
        table.print(to: &out, console: input.console)
    }
}

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List people, states, organisations and blocs, with mentions and quotes.")

    @OptionGroup var input: InputOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        let actors = JSONExport.actors(corpus)
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(actors)) }
        var table = Table([
            .init(title: "ID"), .init(title: "NAME"), .init(title: "KIND"), .init(title: "SIDE"),
            .init(title: "MENTIONS", alignRight: true), .init(title: "QUOTES", alignRight: true),
            .init(title: "ROLE", flexible: true),
        ])
        for actor in actors {
            let name = actor.discovered ? actor.name + " *" : actor.name
            table.add([
                actor.id, name, actor.kind, actor.side ?? "", String(actor.mentionCount), String(actor.quoteCount),
                Self.roles(actor),
            ])
        }
        table.print(to: &out, console: input.console)
        if input.console.isTerminal && actors.contains(where: \.discovered) {
            out.line(input.console.dim("* introduced by the text, not in the codebook"))
        }
    }

    /// The codebook's role, and beside it the role as the text writes it when that differs.
    static func roles(_ actor: ExportActor) -> String {
        guard let written = actor.roleInText, written != actor.role else { return actor.role ?? "" }
        guard let role = actor.role else { return written }
        return "\(role) · in text: \(written)"
    }
}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotes with their speakers; a pull quote that repeats one is left out unless asked for.")

    @OptionGroup var input: InputOptions
    @Option(help: ArgumentHelp(
        "Only quotes by this speaker (id, name or alias; case and accents ignored).", valueName: "name"))
    var speaker: String?
    @Option(help: ArgumentHelp("Only quotes that touch this issue.", valueName: "id")) var issue: String?
    @Flag(help: "Include pull quotes that repeat another quote.") var repeats = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        if let issue { try requireIssue(issue, in: corpus) }
        let speakers = try speaker.map { try matchingActors($0, in: corpus) }
        let quotes = JSONExport.quotes(corpus).filter { quote in
            (repeats || !quote.isRepeat)
                && (issue.map { quote.issues.contains($0) } ?? true)
                && (speakers.map { ids in quote.speakerId.map(ids.contains) ?? false } ?? true)
        }
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(quotes)) }
        var table = Table([
            .init(title: "LINE", alignRight: true), .init(title: "SPEAKER"), .init(title: "KIND"),
            .init(title: "TEXT", flexible: true),
        ])
        for quote in quotes {
            var who = quote.speaker ?? (quote.kind == "term" ? "" : "?")
            if let citedBy = quote.citedBy { who += " (cited by \(citedBy))" }
            let kind = quote.isRepeat ? "repeat" : quote.kind
            table.add([placeLabel(corpus, document: quote.document, line: quote.line), who, kind, quote.text])
        }
        table.print(to: &out, console: input.console)
    }
}

/// An unknown issue id is a usage error that lists the known ones.
func requireIssue(_ id: String, in corpus: Corpus) throws {
    guard corpus.issue(id) == nil else { return }
    let known = corpus.issues.map(\.id).joined(separator: ", ")
    throw Failure.usage("unknown issue '\(id)'" + (known.isEmpty ? " (the codebook defines none)" : "; known: \(known)"))
}

/// The actor ids whose id, name or an alias matches `name`, ignoring case and accents.
func matchingActors(_ name: String, in corpus: Corpus) throws -> Set<String> {
    let ids = SearchEngine.actorIDs(matching: name, among: corpus.actors)
    guard !ids.isEmpty else { throw Failure.usage("no actor matches '\(name)'; see peacetalks actors") }
    return ids
}
