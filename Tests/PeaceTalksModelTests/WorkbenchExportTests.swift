import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct WorkbenchExportTests {
    let folder: WorkbenchFolder
    let article: String
    let codebook: Codebook

    init() throws {
        folder = try WorkbenchFolder()
        article = try folder.write("talks.txt", workbenchArticle)
        codebook = try WorkbenchFolder.codebook()
    }

    /// A session with a tag, a confirmed suggestion, a speaker correction and three memos.
    func coded() throws -> Corpus {
        let before = try WorkbenchFolder.corpus(article)
        var session = try AnnotationSession(article: article, codebook: codebook)
        let ukraine = try #require(PositionSuggester.suggest(before).first { $0.issue == "territory" && $0.side == "ukraine" })
        try session.apply(try #require(ukraine.decision(.confirmed, in: before)))
        try session.apply(.addTag(TagAnnotation(
            id: "tag-1", issue: "security-guarantees", side: "ukraine",
            anchor: TextQuoteSelector(exact: "Kyiv is prepared to discuss security guarantees"))))
        let quote = try #require(before.documents[0].quotes.first { $0.text.hasPrefix("We will not") })
        try session.apply(try #require(quote.speakerChange(to: "ukraine", in: before)))
        try session.apply(.setMemo(id: "memo-1", MemoAnnotation(id: "memo-1", target: .issue("territory"), text: "Old lines, \"again\".")))
        try session.apply(.setMemo(id: "memo-2", MemoAnnotation(id: "memo-2", target: .actor("russia"), text: "Hard\u{1B}[2J line")))
        try session.apply(.setMemo(id: "memo-3", MemoAnnotation(
            id: "memo-3", target: .passage(TextQuoteSelector(exact: "freeze the front line")), text: "Compare June.")))
        return try WorkbenchFolder.corpus(article)
    }

    @Test func correctionsApplyToTheModel() throws {
        let corpus = try coded()
        let document = corpus.documents[0]
        #expect(document.quotes.first { $0.text.hasPrefix("We will not") }?.speaker == "ukraine")
        #expect(document.issueLinks.contains { $0.issue == "security-guarantees" && $0.reasons.contains(.tagged(side: "ukraine")) })
        let position = try #require(corpus.positions.first { $0.issue == "territory" && $0.actor == "ukraine" })
        #expect(position.summary.contains("confirmed suggestion"))
        let suggestion = try #require(PositionSuggester.suggest(corpus).first { $0.issue == "territory" && $0.side == "ukraine" })
        #expect(suggestion.verdict == .confirmed)
    }

    @Test func csvHasOneQuotedSanitisedRowPerCodedSegment() throws {
        let corpus = try coded()
        let csv = CSVExport.make(corpus)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == "document,line,issue,side,actor,kind,text,memo")
        #expect(lines.contains { $0.hasPrefix("talks.txt,3,territory,ukraine,") && $0.contains(",confirmed,") && $0.hasSuffix(",Compare June.") })
        #expect(lines.contains { $0.contains(",security-guarantees,ukraine,") && $0.contains(",tag,Kyiv is prepared to discuss security guarantees,") })
        #expect(lines.contains { $0.contains(",territory,russia,") && $0.contains(",suggested,") })
        // A comma in the text quotes the field; no control character gets through.
        #expect(lines.contains { $0.contains("\"Kyiv is prepared to discuss security guarantees with its European partners, President") })
        #expect(!csv.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
        #expect(CSVExport.field("say \"no\", twice") == "\"say \"\"no\"\", twice\"")
        #expect(CSVExport.field("a\nb\u{1B}") == "a\\nb\\u{1B}" || !CSVExport.field("a\nb\u{1B}").contains("\u{1B}"))
    }

    @Test func qdpxSelectionsPointAtTheCodedText() throws {
        let corpus = try coded()
        let (xml, sources) = QDPXExport.project(corpus)
        #expect(sources.count == 1)
        let source = Array(sources[0].1.unicodeScalars)
        // Every selection's offsets, read back, give a passage of the article.
        let pattern = try NSRegularExpression(pattern: "startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"")
        let matches = pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml))
        var texts: [String] = []
        for match in matches {
            let start = Int((xml as NSString).substring(with: match.range(at: 1)))!
            let end = Int((xml as NSString).substring(with: match.range(at: 2)))!
            var text = ""
            text.unicodeScalars.append(contentsOf: source[start..<end])
            texts.append(text)
        }
        #expect(texts.contains("Ukraine rejects any withdrawal from its territory and proposes to freeze the front line."))
        #expect(texts.contains("Kyiv is prepared to discuss security guarantees"))
        #expect(xml.contains("name=\"Territory\""))
        #expect(xml.contains("<PlainTextContent>Old lines, &quot;again&quot;.</PlainTextContent>"))
        #expect(!xml.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func zipEntriesCarryTheirChecksums() {
        #expect(StoredZip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        var zip = StoredZip()
        zip.add("a.txt", Array("hello".utf8))
        let bytes = zip.finished()
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes.suffix(22).prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func markdownBriefHasTheMatrixCitationsAndMemos() throws {
        let brief = MarkdownBrief.make(try coded())
        #expect(brief.contains("## Brief: issue × side"))
        #expect(brief.contains("| Territory | 1 suggested | 1 confirmed |"))
        #expect(brief.contains("talks.txt, ¶ 2, line 3"))
        #expect(brief.contains("Old lines, \"again\"."))
        #expect(!brief.contains("\u{1B}"))
    }
}
