import Foundation
import Testing

/// What a new user meets first (issue 14): typos, prefixes, standard input, --version,
/// help with examples and an ENVIRONMENT section, search output, --header.
@Suite("Command-line usability")
struct CommandLineUsabilityTests {
    @Test func mistypedCommandSuggestsTheCommand() throws {
        let run = try CommandRun.peacetalks(["sumary"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown command 'sumary'; did you mean 'summary'?"))
        #expect(run.stdout.isEmpty)
    }

    @Test func anExistingFileNamedLikeACommandIsStillOpened() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Binary.seedArticle, toPath: folder.path("sumary"))
        let run = try CommandRun.peacetalks(["summary", "sumary"], directory: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        // Only the first argument is a command; a path is tested before any suggestion.
        let typo = try CommandRun.peacetalks(["sumary", "--help"], directory: folder.url)
        #expect(!typo.stderr.contains("did you mean"))
    }

    @Test func issuePrefixInAnyCasePicksTheIssue() throws {
        let full = try CommandRun.peacetalks(["quotes", "--issue", "territory", "--json"])
        let prefix = try CommandRun.peacetalks(["quotes", "--issue", "TERR", "--json"])
        #expect(prefix.status == 0, "\(prefix.stderr)")
        #expect(prefix.stdout == full.stdout)
        #expect(full.stdout.contains("\"territory\""))
        let timeline = try CommandRun.peacetalks(["timeline", "--issue", "terr", "--json"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
    }

    @Test func misspeltIssueAndSpeakerSuggestTheNearest() throws {
        let issue = try CommandRun.peacetalks(["quotes", "--issue", "territorry"])
        #expect(issue.status == 2)
        #expect(issue.stderr.contains("did you mean 'territory'?"))
        let speaker = try CommandRun.peacetalks(["quotes", "--speaker", "zelenksy"])
        #expect(speaker.status == 2)
        #expect(speaker.stderr.contains("did you mean 'Zelensky'?"), "\(speaker.stderr)")
    }

    @Test func dashReadsTheArticleFromStandardInput() throws {
        let fromFile = try CommandRun.peacetalks(["summary", "--no-cache", Binary.seedArticle])
        let piped = try CommandRun.shell("cat '\(Binary.seedArticle)' | \"$PEACETALKS\" summary -")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("documents\t1"))
        let count = { (text: String, key: String) in text.split(separator: "\n").first { $0.hasPrefix(key + "\t") } }
        #expect(count(piped.stdout, "paragraphs") != nil)
        #expect(count(piped.stdout, "paragraphs") == count(fromFile.stdout, "paragraphs"))
        #expect(count(piped.stdout, "quotes") == count(fromFile.stdout, "quotes"))
    }

    @Test func theExplorerWithoutATerminalSaysSoAfterReadingStandardInput() throws {
        let run = try CommandRun.shell("cat '\(Binary.seedArticle)' | setsid \"$PEACETALKS\" - ")
        #expect(run.status == 2)
        #expect(run.stderr.contains("needs an interactive terminal"))
    }

    @Test func versionNamesTheReleaseAndTheCommit() throws {
        let run = try CommandRun.peacetalks(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("peacetalks "))
        #expect(run.stdout.contains("commit "))
        #expect(!run.stdout.contains("commit unknown"), "the checkout's build finds its commit through git")
    }

    @Test func helpHasExamplesAndEveryEnvironmentVariable() throws {
        let run = try CommandRun.peacetalks(["--help"])
        #expect(run.stdout.contains("ENVIRONMENT"))
        for name in [
            "PEACETALKS_SEEDS", "PEACETALKS_ALL_WARNINGS", "PEACETALKS_CACHE", "PEACETALKS_CACHE_DIR",
            "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DATA_DIRS", "NO_COLOR", "COLUMNS",
        ] {
            #expect(run.stdout.contains(name), "\(name)")
        }
        for command in ["summary", "issues", "actors", "quotes", "timeline", "search", "export", "codebook", "explore"] {
            let help = try CommandRun.peacetalks([command, "--help"])
            #expect(help.stdout.contains("Examples:\n  peacetalks"), "\(command)")
        }
    }

    @Test func headerPrintsTheTitlesOnlyWhenAsked() throws {
        let plain = try CommandRun.peacetalks(["issues"])
        let titled = try CommandRun.peacetalks(["issues", "--header"])
        #expect(titled.stdout == "ID\tTITLE\tLABEL\tPASSAGES\tPOSITIONS\n" + plain.stdout)
        #expect(plain.stdout.hasPrefix("territory\t"))
    }

    @Test func aQuoteHitPrintsTheQuoteNotItsParagraph() throws {
        let run = try CommandRun.peacetalks(["search", "ruil", "--full"])
        let rows: [[String]] = run.stdout.split(separator: "\n").map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let quoteTexts: [String] = rows.filter { $0.count == 3 && $0[1] == "quote" }.map { $0[2] }
        #expect(quoteTexts.count >= 2)
        // Two quotes of one paragraph are two different rows, each the quote, not its paragraph.
        #expect(Set(quoteTexts).count == quoteTexts.count)
        let quotes = try CommandRun.peacetalks(["quotes", "--repeats"]).stdout
        for text in quoteTexts {
            #expect(text.count < 200 && quotes.contains(text), "\(text)")
        }
    }

    @Test func contextPrintsWholeLinesAroundTheHitLikeRipgrep() throws {
        let run = try CommandRun.peacetalks(["search", "Istanboel", "--limit", "1", "--context", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let article = try String(contentsOfFile: Binary.seedArticle, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3, "\(lines)")
        let hit: String = try #require(lines.first { line in line.range(of: #"^\d+:"#, options: .regularExpression) != nil })
        let number = try #require(Int(String(hit.prefix { $0.isNumber })))
        #expect(lines == ["\(number - 1)-\(article[number - 2])", "\(number):\(article[number - 1])", "\(number + 1)-\(article[number])"])
    }

    @Test func summaryCountsTheWarningsItPrints() throws {
        let folder = try TemporaryFolder()
        // Latin-1 bytes: the loader warns that it decoded them so.
        let text = "Poetin en Zelensky spraken in Genève over een staakt-het-vuren.\n"
        try #require(FileManager.default.createFile(atPath: folder.path("a.txt"), contents: text.data(using: .isoLatin1)))
        let run = try CommandRun.peacetalks(["summary", folder.path("a.txt")])
        let printed = run.stderr.split(separator: "\n").filter { $0.contains("warning") }.count
        let counted = run.stdout.split(separator: "\n").first { $0.hasPrefix("warnings\t") }.map { Int($0.dropFirst(9)) ?? -1 }
        #expect(printed > 0, "\(run.stderr)")
        #expect(counted == printed)
    }
}
