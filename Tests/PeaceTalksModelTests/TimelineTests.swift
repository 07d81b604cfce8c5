import Foundation
import Testing
@testable import PeaceTalksModel

/// Labels, clusters, the time axis, issue history and the iCalendar file. The articles here
/// are made up for the tests.
@Suite struct TimelineTests {
    static let alaska = KeyEvent(
        id: "alaska-summit", name: "Alaska summit", date: PartialDate(year: 2025, month: 8, day: 15),
        aliases: ["top in Alaska", "Alaska-top", "Anchorage summit", "Alaska summit"])

    func corpus(_ texts: [(String, String)], keyEvents: [KeyEvent] = [alaska]) throws -> Corpus {
        var codebook = try CodebookFixtures.loadSeedCodebook()
        codebook.keyEvents = keyEvents
        let articles = texts.map { text, date in
            Article(path: "/nonexistent/\(abs(text.hashValue)).txt", text: text, metadata: ArticleMetadata(date: PartialDate(iso: date)))
        }
        return CorpusBuilder.build(articles: articles, codebook: codebook)
    }

    // MARK: Labels

    @Test func aLabelIsTheDateClauseWithoutTheDate() {
        let sentence = "Op 24 augustus herhaalde de minister dat een akkoord neutraliteit moet bevatten."
        #expect(EventLabel.make(sentence: sentence, date: TextSpan(start: 3, end: 14)) == "Herhaalde de minister dat een akkoord neutraliteit moet bevatten")
        let english = "Talks resumed in Geneva on 23 November, after a week of pressure from Washington."
        #expect(EventLabel.make(sentence: english, date: TextSpan(start: 27, end: 38)) == "Talks resumed in Geneva")
    }

    @Test func aFrameThatSaysLittleIsLabelledWithWhatWasSaid() {
        let sentence = "\u{201C}The border villages must be rebuilt first,\u{201D} she said on Friday."
        let date = (sentence.unicodeScalars.count - 10, sentence.unicodeScalars.count - 1)
        #expect(EventLabel.make(sentence: sentence, date: TextSpan(start: date.0, end: date.1))
            == "The border villages must be rebuilt first she said")
    }

    @Test func oneDayNamedTwiceInASentenceIsOneEvent() throws {
        let text = """
            Talks stall again

            GENEVA, March 4, 2025 (Wire) — The delegations on Tuesday postponed the next round of talks on a ceasefire.
            """
        let events = try corpus([(text, "2025-03-04")]).timeline
        #expect(events.map(\.date) == [PartialDate(year: 2025, month: 3, day: 4)], "\(events.map(\.text))")
    }

    @Test func aLongClauseIsCutAtAWord() {
        let sentence = "In maart 2022 onderhandelden de delegaties van beide landen dagenlang in een paleis aan de Bosporus over een mogelijke vrede zonder resultaat"
        let label = EventLabel.make(sentence: sentence, date: TextSpan(start: 3, end: 13))
        #expect(label.count <= EventLabel.longest + 1)
        #expect(label.hasSuffix("…"))
        #expect(label.hasPrefix("Onderhandelden de delegaties"))
    }

    @Test func everySeedLabelIsAClauseOfItsOwnSentence() throws {
        let seed = try corpus([(try CodebookFixtures.loadSeedText(), "2025-08-30")])
        let timeline = seed.timeline
        #expect(timeline.count >= 13)
        for event in timeline {
            let label = EventLabel.label(of: event, in: seed)
            #expect(label.count >= 8, "label too short: \(label)")
            // Every word of the label is a word of the sentence, in the sentence's order.
            var rest = Substring(event.text.lowercased())
            for word in label.lowercased().replacingOccurrences(of: "…", with: "").split(separator: " ") {
                guard let found = rest.range(of: word) else {
                    Issue.record("“\(word)” of “\(label)” is not in order in “\(event.text)”")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
    }

    // MARK: Clusters

    @Test func reportsNamingAKeyEventCluster() throws {
        let corpus = try corpus([
            ("De top in Alaska op 15 augustus leverde geen staakt-het-vuren op.", "2025-08-20"),
            ("Trump and Putin met at the Anchorage summit on 15 August without a deal.", "2025-08-16"),
            ("Na de Alaska-top van augustus bleef het stil.", "2025-09-01"),
        ])
        let clusters = EventClusters.clusters(corpus.timeline, keyEvents: corpus.codebook.keyEvents)
        let alaska = clusters.first { $0.keyEvent == "alaska-summit" }
        #expect(alaska?.members.count == 3)
        #expect(alaska?.documents == [0, 1, 2])
        #expect(alaska?.date == PartialDate(year: 2025, month: 8, day: 15))
    }

    @Test func aKeyEventNamedUnderAnotherDateDoesNotCluster() throws {
        let corpus = try corpus([
            ("In 2024, long before the Alaska summit, the envoy spoke of a ceasefire.", "2025-09-01"),
            ("The Alaska summit on 15 August brought no truce.", "2025-08-16"),
        ])
        let clusters = EventClusters.clusters(corpus.timeline, keyEvents: corpus.codebook.keyEvents)
        #expect(clusters.count == 2)
        #expect(clusters.first { $0.keyEvent == "alaska-summit" }?.documents == [1])
    }

    @Test func theSameDayAndSimilarWordsCluster() throws {
        let corpus = try corpus([
            ("On 2 December the envoy Witkoff met Putin in Moscow for five hours about the peace plan.", "2025-12-03"),
            ("Witkoff met Putin in Moscow on 2 December to discuss the peace plan.", "2025-12-04"),
            ("On 2 December Zelensky visited Dublin to thank the Irish government.", "2025-12-03"),
        ])
        let clusters = EventClusters.clusters(corpus.timeline, keyEvents: [])
        #expect(clusters.count == 2)
        #expect(clusters.contains { $0.documents == [0, 1] })
        #expect(clusters.contains { $0.documents == [2] })
    }

    // MARK: Axis

    @Test func periodsByYearAndMonthWithGaps() throws {
        let corpus = try corpus([(
            "Sinds 2014 vecht Rusland in de Donbas. In maart 2022 werd in Istanboel onderhandeld. "
                + "In april 2022 stopten de gesprekken. Op 15 augustus 2025 volgde de top in Alaska.", "2025-09-01")])
        let byYear = TimelineAxis.periods(corpus.timeline, by: .year)
        #expect(byYear.map(\.key) == ["2014", "2022", "2025"])
        #expect(byYear.map(\.gapBefore) == [nil, "8 years", "3 years"])
        let byMonth = TimelineAxis.periods(corpus.timeline, by: .month)
        #expect(byMonth.map(\.key) == ["2014", "2022-03", "2022-04", "2025-08"])
        #expect(byMonth.map(\.gapBefore) == [nil, "8 years", nil, "3 years"])
    }

    @Test func sparklines() {
        #expect(TimelineAxis.sparkline([0, 1, 4, 2], width: 4) == " ▂█▄")
        #expect(TimelineAxis.sparkline([0, 1, 4, 2], width: 4, ascii: true) == " :#=")
        #expect(TimelineAxis.sparkline([1, 1, 1, 1], width: 2) == "██")
    }

    // MARK: History

    @Test func issueHistoryIsInTimeOrderBySide() throws {
        let corpus = try corpus([(
            "Sinds juni 2024 eist Poetin dat Oekraïne zich terugtrekt uit Donetsk. "
                + "Op 20 augustus 2025 weigerde Zelensky om grondgebied op te geven. "
                + "In maart 2022 onderhandelden de delegaties over neutraliteit.", "2025-09-01")])
        let history = IssueHistory.entries(issue: "territory", in: corpus, timeline: corpus.timeline)
        #expect(history.map { corpus.timeline[$0.event].date.iso } == ["2024-06", "2025-08-20"])
        #expect(history.map(\.side) == ["russia", "ukraine"])
    }

    // MARK: iCalendar

    @Test func iCalendarIsWellFormed() throws {
        let corpus = try corpus([("Op 15 augustus 2025 volgde de top in Alaska, met Trump; en Poetin.", "2025-09-01")])
        let ics = ICalendarExport.write(corpus, stamp: Date(timeIntervalSince1970: 0))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20250815\r\nDTEND;VALUE=DATE:20250816\r\n"))
        #expect(ics.contains("SUMMARY:Alaska summit\r\n"))
        #expect(ics.contains("DTSTAMP:19700101T000000Z"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(ICalendarExport.text("a,b;c\\d\ne\u{1B}") == "a\\,b\\;c\\\\d\\ne")
    }
}
