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

            `peacetalks --version` prints the version and the git commit it was built from.

            Examples:
              peacetalks                              # explore the seed article
              peacetalks articles/                    # explore a folder of articles
              curl -s URL | peacetalks -              # explore an article from a pipe
              peacetalks summary - < article.txt      # what was found in it
              peacetalks quotes --speaker zel         # any case; a prefix will do
              peacetalks issues --header | cut -f1,4  # tab-separated, with titles

            ENVIRONMENT
              PEACETALKS_SEEDS
                  Folder of the seed articles, opened when no file is named.
              PEACETALKS_ALL_WARNINGS
                  1: print every warning, as --verbose does.
              PEACETALKS_CACHE
                  off (or 0, no, false): analyse afresh, as --no-cache does.
              PEACETALKS_CACHE_DIR
                  Where analyses are kept (default $XDG_CACHE_HOME/peacetalks).
              XDG_CACHE_HOME
                  Base of the cache folder (default ~/.cache).
              XDG_CONFIG_HOME
                  Base of the user codebook peacetalks/codebook.yaml (default ~/.config).
              XDG_DATA_HOME, XDG_DATA_DIRS
                  Where an installed seed is looked for, under peacetalks/seeds
                  (defaults ~/.local/share and /usr/local/share:/usr/share).
              HOME
                  The default folders above are under it.
              PATH
                  Finds the running binary, and so the seed installed beside it.
              NO_COLOR
                  Set and not empty: no colours or styles, as --no-color does.
              COLUMNS
                  Width of tables when the terminal does not report one.
              TERM
                  The terminal type the explorer draws for.
            """,
        subcommands: [
            ExploreCommand.self, SummaryCommand.self, IssuesCommand.self, ActorsCommand.self,
            TimelineCommand.self, QuotesCommand.self, SearchCommand.self, ExportCommand.self, CodebookCommand.self,
            AnnotationsCommand.self, SuggestionsCommand.self, TagCommand.self, MemoCommand.self,
            BenchTypingCommand.self, BenchViewsCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self)
}
