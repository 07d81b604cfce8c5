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
            expectKeys(quote, ["document", "line", "paragraph", "text", "kind", "speaker", "citedBy", "rule", "repeatsLine", "isRepeat", "issues", "roleInText", "evidence"], "quote")
        }
        for event in json["events"] as? [Any] ?? [] {
            expectKeys(event, ["date", "precision", "document", "line", "text", "actors", "issues"], "event")
        }
        for actor in json["actors"] as? [Any] ?? [] {
            expectKeys(actor, ["id", "name", "kind", "side", "role", "roleInText", "aliases", "discovered", "lines", "mentionCount", "quoteCount"], "actor")
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

    /// Facts a reader of the seed can check against the article.
    @Test func seedFactsAReaderCanCheck() throws {
        let json = try export()
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        let eis = try #require(quotes.first { ($0["text"] as? String) == "Die eis is waanzinnig" })
        #expect(eis["speaker"] as? String == "Oksana Sjevel")
        #expect(eis["line"] as? Int == 18)
        let churchill = try #require(quotes.first { ($0["line"] as? Int) == 42 && ($0["kind"] as? String) == "speech" })
        #expect(churchill["speaker"] as? String == "Winston Churchill")
        #expect(churchill["citedBy"] as? String == "Kurt Volker")
        let ruildeal = try #require(quotes.first { ($0["text"] as? String) == "ruildeal" })
        #expect(ruildeal["kind"] as? String == "term")
        #expect(ruildeal["speaker"] is NSNull)

        // The withdrawal demand (“Sinds juni 2024 formuleert Poetin de eis …”) is dated at month precision.
        let events = try #require(json["events"] as? [[String: Any]])
        let withdrawal = try #require(events.first { ($0["line"] as? Int) == 17 })
        #expect(withdrawal["date"] as? String == "2024-06")
        #expect(events.contains { ($0["date"] as? String) == "2024-05-20" && ($0["line"] as? Int) == 29 })
        #expect(!events.contains { ($0["text"] as? String)?.contains("196.600") == true && ($0["date"] as? String)?.hasPrefix("196") == true })

        // The pull quote on line 36 repeats line 37 and is not counted twice.
        let documents = try #require(json["documents"] as? [[String: Any]])
        let paragraphs = try #require(documents.first?["paragraphs"] as? [[String: Any]])
        let pull = try #require(paragraphs.first { ($0["line"] as? Int) == 36 })
        #expect(pull["kind"] as? String == "pullquote")
        #expect(pull["repeatsLine"] as? Int == 37)
        let pullQuote = try #require(quotes.first { ($0["line"] as? Int) == 36 })
        #expect(pullQuote["isRepeat"] as? Bool == true)
        #expect(pullQuote["speaker"] as? String == "Janis Berzins")
        let issues = try #require(json["issues"] as? [[String: Any]])
        for issue in issues {
            #expect(!((issue["lines"] as? [Int]) ?? []).contains(36), "issue \(issue["id"] ?? "?") counts the pull quote")
        }
        let actors = try #require(json["actors"] as? [[String: Any]])
        // Line 36 names Oekraïne, as line 37 does: only the body paragraph counts as a mention.
        let ukraine = try #require(actors.first { ($0["id"] as? String) == "ukraine" })
        let ukraineLines = (ukraine["lines"] as? [Int]) ?? []
        #expect(ukraineLines.contains(37))
        #expect(!ukraineLines.contains(36))
    }
}
