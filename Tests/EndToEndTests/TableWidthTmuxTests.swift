import Foundation
import Testing

/// Listings fit an 80-column terminal: every text column is cut (with `…`), numbers are not,
/// and no line wraps.
@Suite("Tables fit the terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TableWidthTmuxTests {
    /// The listing's lines as the 80×24 pane shows them, wrapped lines joined back (`-J`),
    /// up to the `stty -a` report the harness prints after the program.
    func listing(_ command: String, binary: String = Binary.path) throws -> [String] {
        let session = try TmuxSession(binary: binary, arguments: [command], width: 80, height: 24)
        defer { session.close() }
        #expect(try session.waitForExitStatus() == 0)
        try session.waitFor(text: "STTY-DONE")
        let screen = session.tmux(["capture-pane", "-p", "-J", "-S", "-200", "-t", "0"]).output
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Array(lines.prefix { !$0.hasPrefix("speed ") }).filter { !$0.isEmpty }
    }

    @Test(arguments: ["issues", "actors", "summary"])
    func noLineWrapsAt80Columns(_ command: String) throws {
        let lines = try listing(command)
        if command != "summary" { #expect(lines.first?.hasPrefix("ID") == true, "\(lines)") }
        #expect(lines.count > 3)
        // A summary's file path is printed whole, to be copied; it may wrap.
        for line in lines where !(command == "summary" && line.hasPrefix("  /")) {
            #expect(line.count <= 80, "\(line.count) columns: \(line)")
        }
    }

    @Test func numbersAreNeverCut() throws {
        let lines = try listing("actors")
        let pipe = try CommandRun.peacetalks(["actors"])
        let russia = try #require(pipe.stdout.split(separator: "\n").first { $0.hasPrefix("russia\t") })
        let mentions = russia.split(separator: "\t", omittingEmptySubsequences: false)[4]
        let row = try #require(lines.first { $0.hasPrefix("russia ") })
        #expect(row.split(separator: " ").contains(Substring(mentions)), "\(row)")
    }
}
