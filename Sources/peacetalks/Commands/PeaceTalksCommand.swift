import ArgumentParser

/// `peacetalks [FILE|DIR ...] [--codebook FILE]`: the explorer, or a subcommand for scripts and pipes.
struct PeaceTalksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peacetalks",
        abstract: "Read news coverage of the Russia–Ukraine peace negotiations: issues, actors, timeline, quotes.",
        usage: """
            peacetalks [<file|dir> ...] [--codebook <file>] [--max-size <bytes>] [--no-color]
            peacetalks <subcommand> [<file|dir> ...] [options]
            """,
        discussion: """
            Without a subcommand, opens the full-screen explorer (needs a terminal). With no files, \
            reads the seed articles from the nearest seeds/ folder. The built-in codebook of the talks \
            is used for every article; `peacetalks codebook` shows it and what overrides it. Listings print \
            aligned columns on a terminal and tab-separated lines when piped; --json prints JSON. \
            Exit status: 0 success, 1 bad input, 2 wrong usage or no terminal for the explorer, \
            3 completed but some inputs were skipped (a file in a folder that cannot be read, each named in a warning).
            """,
        subcommands: [
            ExploreCommand.self, SummaryCommand.self, IssuesCommand.self, ActorsCommand.self,
            TimelineCommand.self, QuotesCommand.self, SearchCommand.self, ExportCommand.self, CodebookCommand.self,
            BenchTypingCommand.self, BenchViewsCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self)
}
