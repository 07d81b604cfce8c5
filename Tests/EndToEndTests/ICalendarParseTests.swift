import Foundation
import Testing

/// `timeline --format ical` read back by an independent reader: Python's standard library,
/// unfolding lines and checking the RFC 5545 structure the way a calendar app would.
@Suite struct ICalendarParseTests {
    static let reader = #"""
        import sys, re
        raw = sys.stdin.buffer.read().decode("utf-8")
        assert raw.endswith("\r\n"), "lines end in CRLF"
        for line in raw.split("\r\n")[:-1]:
            assert len(line.encode("utf-8")) <= 75, "line over 75 octets: %r" % line
        lines = re.sub(r"\r\n[ \t]", "", raw).split("\r\n")[:-1]
        assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
        stack, events, current = [], [], None
        for line in lines:
            name, _, value = line.partition(":")
            if name == "BEGIN":
                stack.append(value)
                if value == "VEVENT": current = {}
            elif name == "END":
                assert stack.pop() == value, "nesting"
                if value == "VEVENT": events.append(current); current = None
            elif current is not None:
                current[name.split(";")[0]] = (name, value)
        assert not stack
        for event in events:
            for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
                assert key in event, "missing %s" % key
            name, value = event["DTSTART"]
            assert name == "DTSTART;VALUE=DATE" and re.fullmatch(r"\d{8}", value), value
            assert event["DTEND"][1] > value
        print(len(events))
        print("\n".join(sorted(e["DTSTART"][1] for e in events)))
        """#

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func theSeedsTimelineReadsBack() throws {
        let run = try CommandRun.peacetalks(["timeline", "--format", "ical"])
        #expect(run.status == 0, "\(run.stderr)")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", Self.reader]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        python.standardInput = input
        python.standardOutput = output
        python.standardError = errors
        try python.run()
        input.fileHandleForWriting.write(Data(run.stdout.utf8))
        try input.fileHandleForWriting.close()
        let read = output.fileHandleForReading.readDataToEndOfFile()
        let failure = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "\(failure)")
        let lines = String(decoding: read, as: UTF8.self).split(separator: "\n").map(String.init)
        // One calendar event per cluster; the seed's days are all there, each on its day.
        #expect(Int(lines.first ?? "") ?? 0 >= 13)
        for day in ["20240520", "20250818", "20250824", "20250828"] { #expect(lines.contains(day)) }
    }
}
