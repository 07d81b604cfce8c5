import Foundation
import Testing

/// The command line on the real binary: listings, JSON, pipes, and the explorer's refusals.
@Suite("Command line")
struct CommandLineTests {
    @Test func summaryOfTheSeedCountsItsParagraphs() throws {
        let run = try CommandRun.peacetalks(["summary", "--json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let summary = try #require(try run.json() as? [String: Any])
        #expect(summary["documents"] as? Int == 1)
        // The seed has 42 lines, one paragraph each; pull quotes are paragraphs too.
        #expect(summary["paragraphs"] as? Int == 42)
        for key in ["sections", "quotes", "events", "actors", "issues", "warnings"] {
            #expect(summary[key] != nil, "summary lacks \(key)")
        }
    }

    @Test func theSeedIsFoundFromAnotherDirectory() throws {
        // The binary lies under .build; the seeds/ folder is found by walking up from it.
        let run = try CommandRun.peacetalks(["summary"], directory: URL(fileURLWithPath: "/"))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("paragraphs\t42"))
    }

    @Test(arguments: ["issues", "actors", "timeline", "quotes"])
    func listingsPrintJSONArrays(_ command: String) throws {
        let run = try CommandRun.peacetalks([command, "--json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try run.json() is [Any])
    }

    @Test func searchPrintsJSONArray() throws {
        let run = try CommandRun.peacetalks(["search", "Oekraïne", "--json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let hits = try #require(try run.json() as? [[String: Any]])
        for hit in hits {
            #expect(hit["line"] is Int)
            #expect(hit["spans"] is [Any])
        }
    }

    @Test func pipedListingsAreTabSeparatedWithoutEscapes() throws {
        let run = try CommandRun.peacetalks(["summary"], environment: ["NO_COLOR": nil])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}["))
        for line in run.stdout.split(separator: "\n") {
            #expect(line.split(separator: "\t").count == 2, "not key<TAB>value: \(line)")
        }
    }

    @Test func aClosedPipeEndsQuietly() throws {
        // Twenty copies of the seed: far more JSON than a pipe holds, so writes fail with EPIPE.
        let folder = try TemporaryFolder()
        let seed = try Data(contentsOf: URL(fileURLWithPath: Binary.seedArticle))
        for index in 0..<20 { _ = try folder.file("copies/article-\(index).txt", seed) }
        let run = try CommandRun.shell(
            #""$PEACETALKS" export --format json "$DIR" | head -1; echo "status=${PIPESTATUS[0]}" >&2"#,
            environment: ["DIR": folder.path("copies")])
        #expect(run.stdout == "{\n")
        #expect(run.stderr.hasSuffix("status=0\n"), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("peacetalks: error"), "stderr: \(run.stderr)")
        let listing = try CommandRun.shell(#""$PEACETALKS" timeline "$DIR" | head -1 >/dev/null; echo "status=${PIPESTATUS[0]}""#,
            environment: ["DIR": folder.path("copies")])
        #expect(listing.stdout == "status=0\n", "stderr: \(listing.stderr)")
    }

    @Test func usageErrorsExitWithTwo() throws {
        let run = try CommandRun.peacetalks(["export", "--format", "yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("yaml"))
        let unknownIssue = try CommandRun.peacetalks(["quotes", "--issue", "no-such-issue"])
        #expect(unknownIssue.status == 2)
        #expect(unknownIssue.stderr.contains("no-such-issue"))
    }

    @Test func exportWritesToAFile() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("report.md")
        let run = try CommandRun.peacetalks(["export", "--format", "markdown", "-o", target])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.hasPrefix("# "))
        for heading in ["## Issues", "## Actors", "## Timeline", "## Quotes"] {
            #expect(text.contains(heading))
        }
    }

    @Test func explorerRefusesADumbTerminal() throws {
        let run = try CommandRun.peacetalks([], environment: ["TERM": "dumb"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("TERM is dumb"))
        #expect(run.stderr.contains("summary"), "the message points to the subcommands")
        #expect(run.stdout.isEmpty)
    }

    @Test func explorerRefusesWithoutTERM() throws {
        let run = try CommandRun.peacetalks([], environment: ["TERM": nil])
        #expect(run.status == 2)
        #expect(run.stderr.contains("TERM is not set"))
    }

    @Test func explorerRefusesWhenStdoutIsNotATerminal() throws {
        let run = try CommandRun.peacetalks([], environment: ["TERM": "xterm-256color"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("standard output is not a terminal"))
        #expect(run.stderr.contains("export"))
    }
}
