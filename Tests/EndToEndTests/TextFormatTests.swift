import Foundation
import Testing

/// Tab-separated listings and the Markdown report keep one record on one line: tabs and
/// newlines in a file name are shown as `\t` and `\n`, never written raw.
@Suite("Text formats")
struct TextFormatTests {
    static let name = "two\nlines\tname.txt"

    struct Fixture {
        let folder: TemporaryFolder
        let article: String
        let codebook: String

        init() throws {
            folder = try TemporaryFolder()
            article = try folder.file(TextFormatTests.name, """
                Rusland en Oekraïne praten over vrede.

                ‘Geen deal’, zegt Jan Jansen, onderzoeker. Op 20 mei 2024 eiste Moskou de regio’s op.

                """)
            codebook = try folder.file("codebook.yaml", EscapeSafetyTests.codebook)
        }

        func run(_ arguments: [String]) throws -> CommandRun {
            try CommandRun.peacetalks(arguments + [article, folder.path("second.txt"), "--codebook", codebook])
        }
    }

    /// Two articles, so that listings name the file in the LINE column.
    static func fixture() throws -> Fixture {
        let fixture = try Fixture()
        _ = try fixture.folder.file("second.txt", "Oekraïne en Rusland spreken over vrede.\n")
        return fixture
    }

    @Test(arguments: [("quotes", 4), ("timeline", 4), ("search vrede", 3)])
    func tabSeparatedLinesKeepTheirFields(_ command: String, _ fields: Int) throws {
        let fixture = try Self.fixture()
        let run = try fixture.run(command.split(separator: " ").map(String.init))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == fields, "line: \(line)")
        }
        #expect(run.stdout.contains(#"two\nlines\tname.txt:"#), "stdout: \(run.stdout)")
    }

    @Test func markdownShowsTheFileNameOnOneLine() throws {
        let fixture = try Self.fixture()
        let run = try fixture.run(["export", "--format", "markdown"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(!run.stdout.contains("\t"))
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasPrefix("lines") })
        #expect(run.stdout.contains(#"two\nlines\tname.txt"#), "stdout: \(run.stdout)")
    }
}

/// `search` prints a bounded snippet around each hit, whatever the paragraph's length;
/// `--full` prints the whole paragraph.
@Suite("Search snippets")
struct SearchSnippetTests {
    /// One paragraph of about 440 KB on a single line, with a match near its middle.
    static func hugeLine(_ folder: TemporaryFolder) throws -> String {
        let filler = String(repeating: "De gesprekken gaan door en niemand weet hoe lang nog. ", count: 4_000)
        return try folder.file("one-line.txt", filler + "Over vrede is geen akkoord. " + filler + "\n")
    }

    @Test func pipedSnippetsAreBounded() throws {
        let folder = try TemporaryFolder()
        let article = try Self.hugeLine(folder)
        let run = try CommandRun.peacetalks(["search", "vrede", article, "--codebook", folder.file("c.yaml", EscapeSafetyTests.codebook)])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.stdout.utf8.count < 400, "output of \(run.stdout.utf8.count) bytes")
        let text = try #require(lines.first?.split(separator: "\t").last)
        #expect(text.count <= 160)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        #expect(text.contains("Over vrede is geen akkoord."))
    }

    @Test func terminalSnippetsAreBounded() throws {
        let folder = try TemporaryFolder()
        let article = try Self.hugeLine(folder)
        let codebook = try folder.file("c.yaml", EscapeSafetyTests.codebook)
        let run = try CommandRun.shell(
            #"script -qec "\"$PEACETALKS\" search vrede \"$ARTICLE\" --codebook \"$CODEBOOK\" --no-color 2>/dev/null" /dev/null"#,
            environment: ["ARTICLE": article, "CODEBOOK": codebook, "COLUMNS": "400"])
        #expect(run.status == 0, "output: \(run.stdout.prefix(500))")
        let lines = run.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.count <= 160 + 12, "line of \(line.count) characters")
        #expect(line.contains("Over vrede is geen akkoord."))
    }

    @Test func fullPrintsTheWholeParagraph() throws {
        let folder = try TemporaryFolder()
        let article = try Self.hugeLine(folder)
        let run = try CommandRun.peacetalks([
            "search", "vrede", "--full", article, "--codebook", folder.file("c.yaml", EscapeSafetyTests.codebook),
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let size = try FileManager.default.attributesOfItem(atPath: article)[.size] as? Int ?? 0
        #expect(run.stdout.utf8.count > size - 10)
        #expect(run.stdout.split(separator: "\n").count == 1)
    }
}
