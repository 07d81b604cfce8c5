import Foundation
import Testing

/// `peacetalks export --format json` has every key docs/export.md documents.
@Suite("JSON export on the seed")
struct ExportSchemaTests {
    func export() throws -> [String: Any] {
        let run = try CommandRun.peacetalks(["export", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try #require(try run.json() as? [String: Any])
    }

    func expectKeys(_ object: Any?, _ keys: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let object = object as? [String: Any] else {
            Issue.record("\(what) is not an object", sourceLocation: sourceLocation)
            return
        }
        for key in keys where object.index(forKey: key) == nil {
            Issue.record("\(what) lacks “\(key)”", sourceLocation: sourceLocation)
        }
    }

    @Test func topLevelAndDocuments() throws {
        let json = try export()
        expectKeys(json, ["schemaVersion", "codebook", "documents", "quotes", "events", "actors", "issues", "diagnostics"], "export")
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        let document = try #require(documents.first)
        expectKeys(document, ["path", "name", "title", "language", "date", "anchorYear", "paragraphs", "sections"], "document")
        #expect(document["language"] as? String == "nl")
        let paragraphs = try #require(document["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 42)
        for paragraph in paragraphs {
            expectKeys(paragraph, ["index", "line", "kind", "section", "text", "repeatsLine", "sentences"], "paragraph")
            #expect(["lede", "heading", "body", "pullquote"].contains(paragraph["kind"] as? String ?? ""))
        }
        // One paragraph per line in the seed: paragraph i starts on line i + 1.
        #expect(paragraphs.map { $0["line"] as? Int } == (1...42).map { Optional($0) })
        let sections = try #require(document["sections"] as? [[String: Any]])
        #expect(!sections.isEmpty)
    }

    @Test func quotesEventsActorsIssues() throws {
        let json = try export()
        for quote in json["quotes"] as? [Any] ?? [] {
            expectKeys(quote, ["document", "line", "paragraph", "text", "kind", "speaker", "citedBy", "rule", "repeatsLine", "isRepeat", "issues"], "quote")
        }
        for event in json["events"] as? [Any] ?? [] {
            expectKeys(event, ["date", "precision", "document", "line", "text", "actors", "issues"], "event")
        }
        for actor in json["actors"] as? [Any] ?? [] {
            expectKeys(actor, ["id", "name", "kind", "side", "role", "aliases", "discovered", "lines", "mentionCount", "quoteCount"], "actor")
        }
        let issues = try #require(json["issues"] as? [[String: Any]])
        // The seed's codebook: territory, neutrality, denazification, security guarantees, sequencing, sanctions.
        #expect(issues.count >= 6)
        for issue in issues {
            expectKeys(issue, ["id", "title", "label", "description", "lines", "links", "positions"], "issue")
            for position in issue["positions"] as? [Any] ?? [] {
                expectKeys(position, ["actor", "summary", "lines"], "position")
            }
            for link in issue["links"] as? [Any] ?? [] {
                expectKeys(link, ["line", "reasons"], "link")
            }
        }
    }

    @Test func exportIsStable() throws {
        let first = try CommandRun.peacetalks(["export", "--format", "json"])
        let second = try CommandRun.peacetalks(["export", "--format", "json"])
        #expect(first.stdoutData == second.stdoutData)
    }

    // After the merge, the lead can add the seed's facts here, e.g.: the quote “Die eis is
    // waanzinnig” has speaker "Oksana Sjevel"; an event dated "2024-06" (the withdrawal demand);
    // the paragraph on line 36 is a pullquote with repeatsLine 37, and its quote has isRepeat true.
}
