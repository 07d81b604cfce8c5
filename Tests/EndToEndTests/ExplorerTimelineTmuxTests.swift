import Foundation
import Testing

/// The Timeline pane as a user sees it in a real terminal, at 80×24 and 120×40: year
/// headings and gap rulers, the histogram, event labels, a filter, an issue's history by
/// side, and a happening reported by several articles of a generated corpus.
@Suite("Explorer timeline in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerTimelineTmuxTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Colour on unless the test turns it off: an empty NO_COLOR counts as unset.
    func started(width: Int, height: Int, arguments: [String] = [], environment: [String: String] = ["NO_COLOR": ""]) throws -> TmuxSession {
        let session = try TmuxSession(arguments: arguments, width: width, height: height, environment: environment)
        try session.waitFor(text: "Territory", timeout: 30)
        return session
    }

    /// Rows of events: a date right after the marker column.
    static func eventRows(_ screen: String) -> [Substring] {
        screen.split(separator: "\n").filter { row in
            let start = row.dropFirst(5)
            return start.count > 4 && start.prefix(4).allSatisfy(\.isNumber) && start.dropFirst(4).first.map { $0 == " " || $0 == "-" } == true
        }
    }

    /// The label on a seed row: from its column to the cut mark or the tags.
    static func label(_ row: Substring) -> String {
        let text = String(row.dropFirst(17))
        let end = [text.range(of: "…")?.lowerBound, text.range(of: "  ")?.lowerBound].compactMap { $0 }.min() ?? text.endIndex
        return String(text[..<end])
    }

    @Test(arguments: sizes) func yearHeadingsRulersHistogramAndLabels(width: Int, height: Int) throws {
        let session = try started(width: width, height: height)
        defer { session.close() }
        session.send("3")
        let screen = try session.waitFor("the timeline with headings") { $0.contains("… 8 years …") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("│  2014 ───") })
        #expect(lines.contains { $0.hasPrefix("│  2022 ───") })
        // The histogram: block characters between the first and the last year.
        let histogram = try #require(lines.first { $0.hasPrefix("│  2022 ") && $0.contains("2025") && !$0.contains("─") })
        #expect(histogram.contains("█"))
        let rows = Self.eventRows(screen)
        #expect(rows.count >= 5)
        if width >= 120 {
            // The list has the whole width: labels of 40 characters and more.
            #expect(!lines[1].contains("┐┌"))
            #expect(rows.filter { Self.label($0).count >= 40 }.count >= 3, "\(rows)")
        }
        // ] jumps to the next year with events.
        session.send("]")
        try session.waitFor("the selection in 2022") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("│▸") && $0.dropFirst(5).hasPrefix("2022") }
        }
        // End shows the last year's heading.
        session.send("G")
        try session.waitFor("the 2025 heading") { $0.split(separator: "\n").contains { $0.hasPrefix("│  2025 ───") } }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test(arguments: sizes) func withNoColorTheHistogramIsAscii(width: Int, height: Int) throws {
        let session = try started(width: width, height: height, environment: ["NO_COLOR": "1"])
        defer { session.close() }
        session.send("3")
        let screen = try session.waitFor("the timeline") { $0.contains("... 8 years ...") }
        let histogram = try #require(screen.split(separator: "\n").first { $0.hasPrefix("│  2022 ") && $0.contains("2025") && !$0.contains("─") })
        #expect(histogram.contains("#"))
        #expect(!histogram.contains("█") && !histogram.contains("▁"))
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test(arguments: sizes) func aFilterNarrowsTheTimelineAndFClearsIt(width: Int, height: Int) throws {
        let session = try started(width: width, height: height)
        defer { session.close() }
        session.send("3")
        let before = try session.waitFor("the timeline") { $0.contains("… 8 years …") }
        session.send("f")
        try session.waitFor(text: "Filter the timeline")
        session.type("zelensky")
        try session.waitFor("the picker narrowed") { $0.contains("▸ actor  Volodymyr Zelensky") }
        session.send("Enter")
        let filtered = try session.waitFor("the filter in the pane title") { $0.contains("Filter: actor: Volodymyr Zelensky · F clears") }
        let rows = Self.eventRows(filtered)
        #expect(!rows.isEmpty && rows.count < Self.eventRows(before).count)
        #expect(rows.allSatisfy { $0.contains("Zelensky") })
        session.send("F")
        try session.waitFor("the filter cleared") { !$0.contains("Filter: actor:") && $0.contains("… 8 years …") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test(arguments: sizes) func historyShowsTheIssueInTwoColumnsBySide(width: Int, height: Int) throws {
        let session = try started(width: width, height: height)
        defer { session.close() }
        session.send("H")
        // Dated passages under the sides, in time order in Russia's column.
        func dates(_ screen: String) -> [String] {
            screen.split(separator: "\n").compactMap { line -> String? in
                guard let start = line.range(of: "│  20") else { return nil }
                return String(line[line.index(start.lowerBound, offsetBy: 3)...].prefix(7))
            }
        }
        // The title comes before the columns: under load a capture can fall between the two.
        let screen = try session.waitFor("the history of Territory with its dated passages") {
            $0.contains("History: Territory") && dates($0).count >= 2
        }
        let header = try #require(screen.split(separator: "\n").first { $0.contains("Rusland") && $0.contains("Oekraïne") })
        #expect(header.range(of: "Rusland")!.lowerBound < header.range(of: "│ Oekraïne")!.lowerBound)
        let shown = dates(screen)
        #expect(shown == shown.sorted(), "\(shown)")
        session.send("]")
        try session.waitFor("the left column switched") { $0.contains("History: Territory") && $0.contains("Verenigde Staten") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test(arguments: sizes) func aClusterRowCountsItsArticlesAndListsThem(width: Int, height: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pt-timeline-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = Binary.packageRoot.appendingPathComponent("scripts/make-corpus").path
        let made = try CommandRun.shell("'\(generator)' 6 '\(folder.path)'")
        try #require(made.status == 0, "make-corpus failed: \(made.stderr)")

        let session = try started(width: width, height: height, arguments: [folder.path])
        defer { session.close() }
        session.send("3")
        // Page down until a row counts the articles that report it.
        func countedRow(_ screen: String) -> Substring? {
            screen.split(separator: "\n").first { $0.contains("reported in ") && $0.contains(" articles") }
        }
        // The status line's year keys show the Timeline pane has the focus.
        var screen = try session.waitFor("the Timeline pane", timeout: 30) { $0.contains("[ ] year") }
        for _ in 0..<40 where countedRow(screen) == nil {
            let previous = screen
            session.send("NPage")
            screen = (try? session.waitFor("the next page", timeout: 3) { $0 != previous }) ?? session.capture()
        }
        let row = try #require(countedRow(screen))
        let count = Int(row.split(separator: " ").drop { $0 != "in" }.dropFirst().first ?? "") ?? 0
        #expect(count > 1, "\(row)")
        // Select that row, then Enter lists the articles in the reader.
        for _ in 0..<60 {
            if session.capture().split(separator: "\n").contains(where: { $0.hasPrefix("│▸") && $0.contains("reported in ") }) { break }
            let previous = session.capture()
            session.send("Up")
            _ = try? session.waitFor("the selection moved", timeout: 2) { $0 != previous }
        }
        session.send("Enter")
        let reader = try session.waitFor("the articles that report it") { $0.contains(" articles — Enter opens one") }
        let heading = try #require(reader.range(of: #"Reported in (\d+) articles"#, options: .regularExpression).map { reader[$0] })
        #expect((Int(heading.split(separator: " ")[2]) ?? 0) > 1, "\(heading)")
        session.send("Enter")
        try session.waitFor("the first report in its article") { $0.contains("› Article") }
        session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
