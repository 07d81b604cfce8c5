import Foundation
import Testing
@testable import PeaceTalksModel

/// A small corpus built by hand: a lede, a heading, a body paragraph with a quote, and a pull
/// quote on line 5 that repeats line 4.
func exportFixture() -> Corpus {
    let texts = [
        "Rusland en Oekraïne praten weer.",
        "Grondgebied",
        "",
        "‘Die eis is waanzinnig’, zegt Oksana Sjevel. Op 20 mei 2024 eiste Moskou de regio’s op.",
        "‘Die eis is waanzinnig’",
    ]
    func sentence(_ text: String) -> [Sentence] { [Sentence(span: TextSpan(start: 0, end: text.unicodeScalars.count))] }
    let paragraphs = [
        Paragraph(index: 0, line: 1, kind: .lede, section: 0, text: texts[0], sentences: sentence(texts[0])),
        Paragraph(index: 1, line: 2, kind: .heading, section: 1, text: texts[1], sentences: sentence(texts[1])),
        Paragraph(index: 2, line: 4, kind: .body, section: 1, text: texts[3], sentences: [
            Sentence(span: TextSpan(start: 0, end: 44)), Sentence(span: TextSpan(start: 45, end: 88)),
        ]),
        Paragraph(index: 3, line: 5, kind: .pullquote, section: 1, text: texts[4], sentences: sentence(texts[4]),
                  repeatsParagraph: 2),
    ]
    let sections = [
        Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<1),
        Section(index: 1, title: "Grondgebied", headingParagraph: 1, paragraphs: 1..<4),
    ]
    let quotes = [
        Quote(document: 0, paragraph: 2, span: TextSpan(start: 1, end: 22), text: "Die eis is waanzinnig", kind: .speech,
              speaker: "sjevel", citedBy: nil, rule: .speechVerbAfter, repeatsQuote: nil, issues: ["territory"]),
        Quote(document: 0, paragraph: 3, span: TextSpan(start: 1, end: 22), text: "Die eis is waanzinnig", kind: .speech,
              speaker: "sjevel", citedBy: nil, rule: .pullQuote, repeatsQuote: 0, issues: ["territory"]),
    ]
    let events = [
        Event(date: PartialDate(year: 2024, month: 5, day: 20), document: 0, paragraph: 2, sentence: 1,
              dateSpan: TextSpan(start: 48, end: 59), text: "Op 20 mei 2024 eiste Moskou de regio’s op.",
              actors: ["russia"], issues: ["territory"]),
    ]
    let mentions = [
        Mention(actor: "russia", document: 0, paragraph: 0, span: TextSpan(start: 0, end: 7)),
        Mention(actor: "sjevel", document: 0, paragraph: 2, span: TextSpan(start: 30, end: 43)),
        Mention(actor: "russia", document: 0, paragraph: 2, span: TextSpan(start: 66, end: 72)),
    ]
    let links = [
        IssueLink(issue: "territory", document: 0, paragraph: 2, reasons: [.section("Grondgebied"), .keyword("regio’s")],
                  spans: [TextSpan(start: 76, end: 83)]),
    ]
    let codebook = Codebook(
        path: "seeds/test.codebook.yaml",
        issues: [Issue(id: "territory", title: "Territory", label: "Grondgebied", description: "Who holds which land.",
                       keywords: ["regio*"], sections: ["Grondgebied"])],
        actors: [ActorDefinition(id: "russia", name: "Russia", kind: .state, side: "russia", role: nil, aliases: ["Rusland", "Moskou"])],
        sides: ["russia"])
    let document = Document(
        id: 0, path: "seeds/test.txt", metadata: ArticleMetadata(), language: .dutch,
        anchor: DateAnchor(year: 2025, source: .fileDate), paragraphs: paragraphs, sections: sections,
        quotes: quotes, events: events, mentions: mentions, issueLinks: links)
    let actors = [
        Actor(id: "russia", name: "Russia", kind: .state, side: "russia", aliases: ["Rusland", "Moskou"]),
        Actor(id: "sjevel", name: "Oksana Sjevel", kind: .person, role: "analist", discovered: true),
    ]
    let positions = [
        Position(issue: "territory", actor: "russia", summary: "Claims the regions.", fragments: ["eiste Moskou"],
                 anchors: [PassageRef(document: 0, paragraph: 2, span: TextSpan(start: 60, end: 72))]),
    ]
    return Corpus(
        codebook: codebook, documents: [document], actors: actors, positions: positions,
        diagnostics: [.warning("anchor “x” not found", file: "seeds/test.codebook.yaml", line: 12, column: 7)])
}

@Suite("Export")
struct ExportTests {
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONExport.make(exportFixture())) as? [String: Any])
    }

    @Test func paragraphsCarryLinesKindsAndRepeats() throws {
        let document = try #require((try json()["documents"] as? [[String: Any]])?.first)
        #expect(document["title"] is NSNull, "no metadata title: null, not left out")
        #expect(document["name"] as? String == "test.txt")
        #expect(document["anchorYear"] as? Int == 2025)
        let paragraphs = try #require(document["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.map { $0["line"] as? Int } == [1, 2, 4, 5])
        #expect(paragraphs.map { $0["kind"] as? String } == ["lede", "heading", "body", "pullquote"])
        #expect(paragraphs[3]["repeatsLine"] as? Int == 4)
        #expect(paragraphs[2]["repeatsLine"] is NSNull)
        let sections = try #require(document["sections"] as? [[String: Any]])
        #expect(sections[1]["line"] as? Int == 2)
        #expect(sections[0]["title"] is NSNull)
    }

    @Test func quotesNameSpeakersAndMarkRepeats() throws {
        let quotes = try #require(try json()["quotes"] as? [[String: Any]])
        #expect(quotes.count == 2)
        #expect(quotes[0]["speaker"] as? String == "Oksana Sjevel")
        #expect(quotes[0]["speakerId"] as? String == "sjevel")
        #expect(quotes[0]["citedBy"] is NSNull)
        #expect(quotes[0]["isRepeat"] as? Bool == false)
        #expect(quotes[1]["isRepeat"] as? Bool == true)
        #expect(quotes[1]["repeatsLine"] as? Int == 4)
        #expect(quotes[1]["line"] as? Int == 5)
        #expect(quotes[0]["rule"] as? String == "speechVerbAfter")
    }

    @Test func eventsAtWrittenPrecision() throws {
        let event = try #require((try json()["events"] as? [[String: Any]])?.first)
        #expect(event["date"] as? String == "2024-05-20")
        #expect(event["precision"] as? String == "day")
        #expect(event["line"] as? Int == 4)
        #expect(event["dateText"] as? String == "20 mei 2024")
        #expect(event["actors"] as? [String] == ["Russia"])
    }

    @Test func actorsCountMentionsAndQuotesOnce() throws {
        let actors = try #require(try json()["actors"] as? [[String: Any]])
        let russia = try #require(actors.first { $0["id"] as? String == "russia" })
        #expect(russia["lines"] as? [Int] == [1, 4])
        #expect(russia["mentionCount"] as? Int == 2)
        #expect(russia["role"] is NSNull)
        let sjevel = try #require(actors.first { $0["id"] as? String == "sjevel" })
        // The pull quote repeats her quote: counted once.
        #expect(sjevel["quoteCount"] as? Int == 1)
        #expect(sjevel["discovered"] as? Bool == true)
    }

    @Test func issuesLinkPassagesAndPositions() throws {
        let issue = try #require((try json()["issues"] as? [[String: Any]])?.first)
        #expect(issue["lines"] as? [Int] == [4])
        let link = try #require((issue["links"] as? [[String: Any]])?.first)
        #expect(link["reasons"] as? [String] == ["in section “Grondgebied”", "mentions “regio’s”"])
        let position = try #require((issue["positions"] as? [[String: Any]])?.first)
        #expect(position["actor"] as? String == "Russia")
        #expect(position["lines"] as? [Int] == [4])
    }

    @Test func diagnosticsKeepTheirPlace() throws {
        let diagnostic = try #require((try json()["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["severity"] as? String == "warning")
        #expect(diagnostic["line"] as? Int == 12)
        #expect(diagnostic["column"] as? Int == 7)
    }

    @Test func outputIsStableAndDecodes() throws {
        let corpus = exportFixture()
        #expect(JSONExport.make(corpus) == JSONExport.make(corpus))
        let text = JSONExport.string(corpus)
        #expect(text.contains("seeds/test.txt"), "slashes are not escaped")
        let decoded = try JSONDecoder().decode(ExportReport.self, from: Data(text.utf8))
        #expect(decoded == JSONExport.report(corpus))
    }

    /// The export written element by element must be exactly what one `JSONEncoder` pass
    /// over the whole report writes: the same keys in the same order, the same layout,
    /// with lists full, empty, and longer than one chunk.
    @Test func writtenPieceByPieceIsWhatOneEncoderPassWrites() throws {
        var corpora = [exportFixture()]
        var seed = CorpusBuilder.build(
            articles: [Article(path: CodebookFixtures.seedText.path, text: try CodebookFixtures.loadSeedText())],
            codebook: try CodebookFixtures.loadSeedCodebook(), annotations: [try CodebookFixtures.loadSeedAnnotations()])
        corpora.append(seed)
        seed.codebook.path = ""
        seed.diagnostics = []
        corpora.append(seed)
        for corpus in corpora {
            let expected = JSONExport.encode(JSONExport.report(corpus))
            #expect(JSONExport.string(corpus) == expected)
            var inSmallChunks = ""
            JSONExport.write(corpus, chunkSize: 3) { inSmallChunks += $0 }
            #expect(inSmallChunks == expected)
        }
        #expect(corpora[2].diagnostics.isEmpty && JSONExport.string(corpora[2]).contains("\"diagnostics\" : [\n\n  ]"))
    }

    @Test func markdownReportHasEverySection() {
        let text = MarkdownExport.make(exportFixture())
        #expect(text.hasPrefix("# "))
        #expect(text.contains("### Territory (Grondgebied)"))
        #expect(text.contains("- **Russia**: Claims the regions. (line 4)"))
        #expect(text.contains("| Oksana Sjevel \\* | person |"))
        #expect(text.contains("- **2024-05-20** — Op 20 mei 2024 eiste Moskou de regio’s op. (line 4)"))
        // The pull quote repeats the quote and is listed once.
        #expect(text.components(separatedBy: "“Die eis is waanzinnig” — Oksana Sjevel").count == 2)
        #expect(text.contains("## Warnings"))
    }

    @Test func markdownEscapesMarkup() {
        #expect(MarkdownExport.inline("a*b_c|d\nе") == "a\\*b\\_c\\|d е")
    }
}
