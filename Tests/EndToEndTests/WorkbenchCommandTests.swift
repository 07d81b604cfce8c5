import Foundation
import Testing

/// The analyst's workbench from the command line: suggestions, tags, memos, the annotation
/// listing with orphans, and the CSV and REFI-QDA exports, on an article written for the test.
@Suite("Workbench commands")
struct WorkbenchCommandTests {
    let folder: TemporaryFolder
    let article: String

    static let text = """
        Moscow hardens its line on territory

        Russia demands that Ukraine withdraw from the Donetsk region before any ceasefire. Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.

        Kyiv is prepared to discuss security guarantees with its European partners, President Zelensky said on Monday.

        """

    init() throws {
        folder = try TemporaryFolder()
        article = try folder.file("talks.txt", Self.text)
    }

    var sidecar: String { folder.path("talks.annotations.yaml") }

    func run(_ arguments: [String]) throws -> CommandRun {
        try CommandRun.peacetalks(arguments, environment: ["PEACETALKS_CACHE": "off"])
    }

    /// Tags, a confirmed suggestion and memos of every kind, as a script would record them.
    func record() throws {
        for arguments in [
            ["suggestions", article, "--confirm", "3"],
            ["tag", article, "--issue", "territory", "--side", "russia", "--passage", "Russia demands that Ukraine withdraw"],
            ["tag", article, "--issue", "security-guarantees", "--side", "ukraine", "--line", "5", "--sentence", "1"],
            ["memo", article, "--issue", "territory", "--note", "Both restate their lines & more <b>."],
            ["memo", article, "--actor", "russia", "--note", "Hard line"],
            ["memo", article, "--passage", "freeze the front line", "--note", "Compare the June offer."],
        ] {
            let run = try run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
    }

    @Test func suggestionsForBothSidesAndAConfirmationThatLasts() throws {
        let listing = try run(["suggestions", article])
        #expect(listing.status == 0, "stderr: \(listing.stderr)")
        #expect(listing.stdout.contains("\tterritory\trussia\tdemands\t"))
        #expect(listing.stdout.contains("3\t3\tterritory\tukraine\trejects\t0.90\tsuggested\t"))
        let confirm = try run(["suggestions", article, "--confirm", "3"])
        #expect(confirm.status == 0, "stderr: \(confirm.stderr)")
        // In the sidecar, and a new run (a "restart") shows it confirmed and as a position.
        #expect(try String(contentsOfFile: sidecar, encoding: .utf8).contains("verdict: confirmed"))
        #expect(try run(["suggestions", article]).stdout.contains("\tterritory\tukraine\trejects\t0.90\tconfirmed\t"))
        let issues = try run(["issues", "--json", article]).json() as? [[String: Any]]
        let territory = issues?.first { $0["id"] as? String == "territory" }
        let positions = territory?["positions"] as? [[String: Any]]
        #expect(positions?.contains { $0["actorId"] as? String == "ukraine" } == true)
    }

    @Test func annotationsListsWhatWasRecordedAndOrphansAfterAnEdit() throws {
        try record()
        let listing = try run(["annotations", article])
        #expect(listing.status == 0, "stderr: \(listing.stderr)")
        #expect(listing.stdout.contains("tag\ttag tag-1 territory / russia\texact\tRussia demands that Ukraine withdraw"))
        #expect(listing.stdout.contains("memo\tmemo memo-1 on issue territory\t-\tBoth restate their lines & more <b>."))
        #expect(try run(["annotations", "--orphans", article]).stdout.isEmpty)
        // The article is edited: the Russian sentence is rewritten, the other tag's paragraph goes.
        _ = try folder.file("talks.txt", """
            Moscow hardens its line on territory

            Moscow insists that Ukraine withdraw from the Donetsk region before any ceasefire. Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.

            """)
        let orphans = try run(["annotations", "--orphans", "--json", article])
        #expect(orphans.status == 0, "stderr: \(orphans.stderr)")
        let rows = try #require(orphans.json() as? [[String: Any]])
        #expect(rows.map { $0["label"] as? String } == ["tag tag-2 security-guarantees / ukraine"])
        let all = try #require(try run(["annotations", "--json", article]).json() as? [[String: Any]])
        #expect(all.first { $0["label"] as? String == "tag tag-1 territory / russia" }?["anchoring"] as? String == "prefix-suffix")
        // Kept in the file.
        #expect(try String(contentsOfFile: sidecar, encoding: .utf8).contains("id: \"tag-2\""))
    }

    @Test func badIdsAndMissingPassagesAreClearErrors() throws {
        let badIssue = try run(["tag", article, "--issue", "teritory", "--side", "russia", "--line", "3"])
        #expect(badIssue.status == 1)
        #expect(badIssue.stderr.contains("no issue “teritory”"), "stderr: \(badIssue.stderr)")
        let missing = try run(["tag", article, "--issue", "territory", "--side", "russia", "--passage", "not in\u{1B}[2J it"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("does not contain"))
        #expect(!missing.stderr.contains("\u{1B}"))
        let two = try run(["memo", article, Binary.seedArticle, "--issue", "territory", "--note", "x"])
        #expect(two.status == 2)
        #expect(!FileManager.default.fileExists(atPath: sidecar))
    }

    @Test func csvHasARowPerCodedSegment() throws {
        try record()
        let run = try run(["export", "--format", "csv", article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "document,line,issue,side,actor,kind,text,memo")
        #expect(lines.contains { $0.hasPrefix("talks.txt,3,territory,ukraine,") && $0.contains(",confirmed,") && $0.hasSuffix(",Compare the June offer.") })
        #expect(lines.contains { $0.hasPrefix("talks.txt,3,territory,russia,") && $0.contains(",tag,Russia demands that Ukraine withdraw,") })
        #expect(lines.contains { $0.contains(",suggested,") })
    }

    @Test func qdpxNeedsAnOutputFile() throws {
        let run = try run(["export", "--format", "qdpx", article])
        #expect(run.status == 2)
        #expect(run.stderr.contains("-o FILE.qdpx"))
    }

    static let schema = Binary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/refi/Project-mrt2019.xsd").path
    static let canValidate = FileManager.default.fileExists(atPath: schema)
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")

    @Test(.enabled(if: canValidate, "needs ../shared/refi/Project-mrt2019.xsd and xmllint (libxml2-utils; .ci/run installs it)"))
    func qdpxValidatesAgainstTheREFISchema() throws {
        try record()
        let output = folder.path("project.qdpx")
        let export = try run(["export", "--format", "qdpx", "-o", output, article])
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let validate = try CommandRun.shell(
            "cd '\(folder.url.path)' && unzip -p project.qdpx project.qde > project.qde && xmllint --noout --schema '\(Self.schema)' project.qde")
        #expect(validate.status == 0, "xmllint: \(validate.stderr)")
        #expect(validate.stderr.contains("project.qde validates"))
    }

    /// An independent reader: Python's zipfile and xml.etree find every code, coded segment
    /// and memo, and each segment's offsets give back the coded words of the source.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/python3"), "needs python3"))
    func qdpxReadsBackWithPython() throws {
        try record()
        let output = folder.path("project.qdpx")
        #expect(try run(["export", "--format", "qdpx", "-o", output, article]).status == 0)
        let script = try folder.file("read.py", """
            import sys, zipfile, json
            import xml.etree.ElementTree as ET
            ns = {'q': 'urn:QDA-XML:project:1.0'}
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            root = ET.fromstring(z.read('project.qde'))
            codes = {c.get('guid'): c.get('name') for c in root.iter('{urn:QDA-XML:project:1.0}Code')}
            notes = {n.get('guid'): n.find('q:PlainTextContent', ns).text for n in root.iter('{urn:QDA-XML:project:1.0}Note')}
            segments = []
            for source in root.iter('{urn:QDA-XML:project:1.0}TextSource'):
                text = z.read('Sources/' + source.get('plainTextPath')[len('internal://'):]).decode('utf-8')
                for sel in source.findall('q:PlainTextSelection', ns):
                    start, end = int(sel.get('startPosition')), int(sel.get('endPosition'))
                    segments.append({
                        'text': text[start:end],
                        'codes': [codes[c.find('q:CodeRef', ns).get('targetGUID')] for c in sel.findall('q:Coding', ns)],
                        'notes': [notes[n.get('targetGUID')] for n in sel.findall('q:NoteRef', ns)],
                    })
            refs = [n.get('targetGUID') for n in root.iter('{urn:QDA-XML:project:1.0}NoteRef')]
            assert all(r in notes for r in refs)
            print(json.dumps({'codes': sorted(codes.values()), 'notes': sorted(notes.values()), 'segments': segments}))
            """)
        let read = try CommandRun.shell("python3 '\(script)' '\(output)'")
        #expect(read.status == 0, "python: \(read.stderr)")
        let result = try #require(read.json() as? [String: Any])
        let codes = try #require(result["codes"] as? [String])
        #expect(codes.contains("Territory"))
        #expect(codes.contains("Territory: Rusland") && codes.contains("Territory: Oekraïne"))
        #expect(codes.contains("Actors") && codes.contains("Rusland"))
        #expect(result["notes"] as? [String] == ["Both restate their lines & more <b>.", "Compare the June offer.", "Hard line"])
        let segments = try #require(result["segments"] as? [[String: Any]])
        func segment(_ text: String) -> [String: Any]? { segments.first { $0["text"] as? String == text } }
        #expect(segment("Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.")?["codes"] as? [String]
            == ["Territory: Oekraïne", "Oekraïne"])
        #expect(segment("Ukraine rejects any withdrawal from its territory and proposes to freeze the front line.")?["notes"] as? [String]
            == ["Compare the June offer."])
        #expect(segment("Russia demands that Ukraine withdraw")?["codes"] as? [String] == ["Territory: Rusland", "Rusland"])
        #expect(segment("Kyiv is prepared to discuss security guarantees with its European partners, President Zelensky said on Monday.") != nil)
        #expect(segments.count == 3)
    }
}
