import ArgumentParser
import Foundation
import PeaceTalksModel

/// Where a line is, for people: `line 12`, or `name.txt:12` when several documents are read.
func placeLabel(_ corpus: Corpus, document: Int, line: Int) -> String {
    guard corpus.documents.count > 1, corpus.documents.indices.contains(document) else { return String(line) }
    return "\(corpus.documents[document].name):\(line)"
}

struct IssuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issues", abstract: "List the issues with their passages and the sides that take a position.",
        discussion: """
            Examples:
              peacetalks issues
              peacetalks issues articles/ --header > issues.tsv
              peacetalks issues --json | jq '.[].id'
            """)

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
        commandName: "actors", abstract: "List people, states, organisations and blocs, with mentions and quotes.",
        discussion: """
            Mentions inside a pull quote are not counted: it repeats the body's words.

            Examples:
              peacetalks actors
              peacetalks actors articles/ | sort -t$'\\t' -k5 -nr | head
              peacetalks actors --json
            """)

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
        abstract: "List quotes with their speakers; a pull quote that repeats one is left out unless asked for.",
        discussion: """
            --speaker and --issue take any case and a beginning: --issue terr is territory.

            Examples:
              peacetalks quotes --speaker zelensky
              peacetalks quotes --issue terr articles/
              peacetalks quotes --repeats --json
            """)

    @OptionGroup var input: InputOptions
    @Option(
        help: ArgumentHelp(
            "Only quotes by this speaker (id, name or alias, or their beginning; case and accents ignored).",
            valueName: "name"),
        completion: .custom(CodebookCompletion.actors))
    var speaker: String?
    @Option(
        help: ArgumentHelp(
            "Only quotes that touch this issue (id, or the beginning of its id, label or title; any case).",
            valueName: "id"),
        completion: .custom(CodebookCompletion.issues))
    var issue: String?
    @Flag(help: "Include pull quotes that repeat another quote.") var repeats = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        let issue = try issue.map { try requireIssue($0, in: corpus) }
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

/// The issue `name` stands for, as `#issue` in search reads it: an id in any case, or the one
/// issue whose id, label or title it begins. None or several is a usage error that suggests the
/// nearest id or names the candidates.
@discardableResult
func requireIssue(_ name: String, in corpus: Corpus) throws -> String {
    let wanted = NameFolding.fold(name)
    if let exact = corpus.issues.first(where: { NameFolding.fold($0.id) == wanted }) { return exact.id }
    let found = wanted.isEmpty ? [] : corpus.issues.filter { issue in
        [issue.id, issue.label, issue.title].contains { NameFolding.fold($0).hasPrefix(wanted) }
    }
    if found.count == 1 { return found[0].id }
    if found.count > 1 {
        throw Failure.usage("issue '\(name)' is ambiguous: \(found.map(\.id).joined(separator: ", "))")
    }
    let ids = corpus.issues.map(\.id)
    if let near = DidYouMean.nearest(to: name, among: ids) {
        throw Failure.usage("unknown issue '\(name)'; did you mean '\(near)'?")
    }
    throw Failure.usage("unknown issue '\(name)'" + (ids.isEmpty ? " (the codebook defines none)" : "; known: \(ids.joined(separator: ", "))"))
}

/// The actor ids whose id, name or an alias (or a word of one) begins with `name`, ignoring
/// case and accents; none is a usage error that suggests the nearest id, name or alias.
func matchingActors(_ name: String, in corpus: Corpus) throws -> Set<String> {
    let ids = SearchEngine.actorIDs(matching: name, among: corpus.actors)
    guard ids.isEmpty else { return ids }
    let names = corpus.actors.flatMap { [$0.id, $0.name] + $0.aliases }
    if let near = DidYouMean.nearest(to: name, among: names) {
        throw Failure.usage("no actor matches '\(name)'; did you mean '\(near)'?")
    }
    throw Failure.usage("no actor matches '\(name)'; see peacetalks actors")
}

/// Case and accents set aside, for matching what a user typed against names.
enum NameFolding {
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
