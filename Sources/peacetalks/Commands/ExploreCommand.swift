#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PeaceTalksModel
import PeaceTalksTUI

/// The full-screen explorer: the default when no subcommand is given.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore", abstract: "Open the full-screen explorer (the default; needs a terminal).",
        discussion: """
            With -, the article is read from standard input and the keys from the terminal (/dev/tty).

            Examples:
              peacetalks
              peacetalks articles/ --codebook mine.yaml
              curl -s URL | peacetalks -
            """)

    @OptionGroup var input: InputOptions

    func run() throws {
        var input = input
        if input.paths.contains(StdinArticle.dash) {
            // Read the piped article first; the keys then come from the terminal itself.
            input.paths = try StdinArticle.replacingDash(in: input.paths, sizeLimit: input.maxSize)
            input.noCache = true
            _ = StdinArticle.readKeysFromTerminal()
        }
        try Self.explore(noColor: input.noColor, request: { try input.request() }, report: { input.report($0) })
    }

    /// `peacetalks` alone: the explorer on the seed with every default, without the argument
    /// parser, whose set-up (reflecting over every command's options) was 6 to 8 % of a warm
    /// start's samples (docs/performance.md). `main.swift` takes this way only when no
    /// argument at all is given; it does what `run()` does for an empty command line.
    static func runWithoutArguments() throws {
        try explore(noColor: false, request: { try InputOptions.defaultRequest() }, report: { StandardError.report($0, all: false) })
    }

    private static func explore(noColor: Bool, request: () throws -> CorpusRequest, report: ([Diagnostic]) -> Void) throws {
        if let reason = ExploreCommand.whyNoTerminal() {
            StandardError.write("""
                peacetalks: the explorer needs an interactive terminal, but \(reason).
                Use a subcommand instead: summary, issues, actors, timeline, quotes, search QUERY, \
                export --format json|markdown (see peacetalks --help).

                """)
            throw ExitCode(2)
        }
        let request = try request()
        let monochrome = noColor || (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false)
        let notes: [Diagnostic]
        do {
            // Warnings would be hidden by the full screen; they are shown once it is gone.
            notes = try ExplorerSession.run(request: request, options: ExplorerOptions(monochrome: monochrome, memoEditor: CursesTerminal.memoEditorIsSet))
        } catch CursesTerminal.StartError.unknownTerminal(let term) {
            throw Failure.usage("cannot use the terminal type '\(term)'; try TERM=xterm-256color, or a subcommand")
        }
        report(notes)
    }

    /// Why the explorer cannot run here, or nil when it can.
    static func whyNoTerminal() -> String? {
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            return "TERM is not set"
        }
        if term == "dumb" { return "TERM is dumb" }
        if isatty(1) != 1 { return "standard output is not a terminal" }
        if isatty(0) != 1 { return "standard input is not a terminal" }
        return nil
    }
}
