import Foundation
import Testing

/// Text from an article or a file name never reaches a terminal, a pipe or a text format
/// with its control characters intact: an article and a file name that carry OSC 0 (window
/// title), OSC 52 (clipboard), CSI 2J (clear screen), BEL and U+202E (right-to-left
/// override) are printed with those shown as visible escapes.
@Suite("Escape safety")
struct EscapeSafetyTests {
    static let hostile = "\u{1B}]0;pwned\u{07} \u{1B}]52;c;aGk=\u{07} \u{1B}[2J \u{07} \u{202E}"
    /// How the sanitiser shows `hostile` (Markdown adds a backslash before `]` and `[`).
    static let shown = #"\x1b]0;pwned\x07 \x1b]52;c;aGk=\x07 \x1b[2J \x07 \u{202E}"#

    /// A codebook of our own, so that the seed's anchors do not fill standard error.
    static let codebook = """
        version: 1
        sides: [russia, ukraine]
        issues:
          - id: land
            title: Territory
            label: Grondgebied
            description: Land.
            keywords: [grond*, vrede]
        actors:
          - id: russia
            name: Rusland
            kind: state
            aliases: [Moskou]
          - id: ukraine
            name: Oekraïne
            kind: state
        """

    /// A folder with one hostile article under a hostile name, ending in a byte that is not
    /// UTF-8 so that every load warns about the file by name.
    struct Fixture {
        let folder: TemporaryFolder
        let article: String
        let codebook: String

        init() throws {
            folder = try TemporaryFolder()
            let h = EscapeSafetyTests.hostile
            let text = """
                Vredesoverleg \(h) over Oekraïne

                Rusland en Oekraïne praten over vrede en grondgebied \(h). ‘Geen deal \(h)’, zegt Jan Jansen, onderzoeker.

                Op 20 mei 2024 \(h) eiste Moskou de regio’s op.

                """
            article = try folder.file("articles/news \(h).txt", Data(text.utf8) + Data([0xFF, 0x0A]))
            codebook = try folder.file("codebook.yaml", EscapeSafetyTests.codebook)
        }
    }

    /// The ESC, BEL or U+202E left once our own styles (bold, dim, reverse) and the progress
    /// bar's erase-line are taken out.
    static func rawControls(_ text: String) -> [String] {
        var rest = text
        for style in ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[1;7m", "\u{1B}[0m", "\u{1B}[K"] {
            rest = rest.replacingOccurrences(of: style, with: "")
        }
        return rest.unicodeScalars
            .filter { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" || $0 == "\u{9B}" }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// Runs the command with standard output on a pseudo-terminal (`script`), as a user at a
    /// terminal would; the output is what the terminal received.
    static func onTerminal(_ arguments: String, _ fixture: Fixture) throws -> CommandRun {
        try CommandRun.shell(
            #"script -qec "\"$PEACETALKS\" \#(arguments) \"$ARTICLE\" --codebook \"$CODEBOOK\"" /dev/null"#,
            environment: ["ARTICLE": fixture.article, "CODEBOOK": fixture.codebook, "COLUMNS": "200"])
    }

    static let commands = ["quotes", "search vrede", "summary", "issues", "actors", "timeline"]

    @Test(arguments: commands)
    func pipedOutputHasNoRawControls(_ command: String) throws {
        let fixture = try Fixture()
        let arguments = command.split(separator: " ").map(String.init) + [fixture.article, "--codebook", fixture.codebook]
        let run = try CommandRun.peacetalks(arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(Self.rawControls(run.stdout).isEmpty, "stdout: \(run.stdout)")
        #expect(Self.rawControls(run.stderr).isEmpty, "stderr: \(run.stderr)")
        // The warning about the bad byte names the file, escaped.
        #expect(run.stderr.contains("news \(Self.shown).txt"), "stderr: \(run.stderr)")
        if ["quotes", "search vrede"].contains(command) {
            #expect(run.stdout.contains(Self.shown), "the hostile text is shown, escaped: \(run.stdout)")
        }
        if command == "timeline" {
            // The timeline shows each event's label, a clause cut at punctuation: the escapes show, in part.
            #expect(run.stdout.contains(#"\x1b]0"#), "escaped: \(run.stdout)")
        }
    }

    @Test(arguments: commands)
    func terminalOutputHasNoRawControls(_ command: String) throws {
        let fixture = try Fixture()
        let run = try Self.onTerminal(command, fixture)
        #expect(run.status == 0, "output: \(run.stdout)")
        // `script` puts standard error on the terminal too: the warning is in this output.
        #expect(Self.rawControls(run.stdout).isEmpty, "terminal: \(run.stdout)")
        #expect(run.stdout.contains("news \(Self.shown).txt"), "terminal: \(run.stdout)")
    }

    @Test func markdownExportHasNoRawControls() throws {
        let fixture = try Fixture()
        let run = try CommandRun.peacetalks(["export", "--format", "markdown", fixture.article, "--codebook", fixture.codebook])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(Self.rawControls(run.stdout).isEmpty, "stdout: \(run.stdout)")
        #expect(run.stdout.contains(#"news \x1b]0;pwned\x07"#), "the file name is shown, escaped")
        #expect(run.stdout.contains(#"Geen deal \x1b\]0;pwned\x07"#), "the quote is shown, escaped")
    }

    @Test func jsonExportKeepsTheTextExact() throws {
        let fixture = try Fixture()
        let run = try CommandRun.peacetalks(["quotes", "--json", fixture.article, "--codebook", fixture.codebook])
        let quotes = try #require(try run.json() as? [[String: Any]])
        #expect(quotes.contains { ($0["text"] as? String)?.contains(Self.hostile) == true })
    }

    @Test func aYAMLKeyInAMessageIsEscaped() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("a.txt", "Rusland en Oekraïne praten.\n")
        _ = try folder.file("a.meta.yaml", #""\e]52;c;aGk=\a\u202E": 1"# + "\n")
        let run = try CommandRun.peacetalks(["summary", article, "--codebook", try folder.file("c.yaml", Self.codebook)])
        #expect(run.status == 1)
        #expect(run.stderr.contains(#"\x1b]52;c;aGk=\x07\u{202E}"#), "stderr: \(run.stderr)")
        #expect(Self.rawControls(run.stderr).isEmpty, "stderr: \(run.stderr)")
    }

    @Test func aNameOnTheCommandLineIsEscapedInErrors() throws {
        let run = try CommandRun.peacetalks(["quotes", "--issue", "x" + Self.hostile])
        #expect(run.status == 2)
        #expect(run.stderr.contains("x" + Self.shown), "stderr: \(run.stderr)")
        #expect(Self.rawControls(run.stderr).isEmpty, "stderr: \(run.stderr)")
    }
}
