import Foundation
import Testing
@testable import PeaceTalksModel

/// A stored analysis must read back as exactly the corpus that was stored, and a damaged
/// one must be refused, never crash.
@Suite struct CorpusArchiveTests {
    static func seedCorpus() throws -> Corpus {
        let article = Article(
            path: CodebookFixtures.seedText.path, text: try CodebookFixtures.loadSeedText(),
            metadata: ArticleMetadata(title: "Vredesgesprekken", language: .dutch, date: PartialDate(year: 2025, month: 8, day: 30)))
        let english = Article(path: "second.txt", text: """
            Talks in Geneva

            On 3 March 2024 the envoy said: "There is no deal without guarantees," according to Jane Porter, an adviser.

            "We will not give up land," said Porter.
            """)
        // The second article's annotations hold a fragment it lacks: the unanchored fragment is stored too.
        let second = DocumentAnnotations(path: "second.annotations.yaml", positions: [
            PositionAnnotation(issue: "territory", actor: "ukraine", summary: "Keeps its land.", anchors: [
                TextQuoteSelector(exact: "We will not give up land"), TextQuoteSelector(exact: "not in the text"),
            ]),
        ])
        var corpus = CorpusBuilder.build(
            articles: [article, english], codebook: try CodebookFixtures.loadSeedCodebook(),
            annotations: [try CodebookFixtures.loadSeedAnnotations(), second])
        #expect(corpus.positions.last?.unanchored == ["not in the text"])
        corpus.diagnostics.append(.warning("a note with a place", file: "x.txt", line: 3, column: 9))
        return corpus
    }

    static func expectEqual(_ decoded: Corpus, _ original: Corpus) {
        #expect(decoded.codebook == original.codebook)
        #expect(decoded.documents == original.documents)
        #expect(decoded.actors == original.actors)
        #expect(decoded.positions == original.positions)
        #expect(decoded.diagnostics == original.diagnostics)
    }

    @Test func seedCorpusReadsBackEqual() throws {
        let corpus = try Self.seedCorpus()
        // The fixture must exercise the optional and rare fields, or the round trip proves little.
        #expect(corpus.documents[0].quotes.contains { $0.speaker != nil && $0.rule != nil })
        #expect(corpus.documents[0].quotes.contains { $0.repeatsQuote != nil })
        #expect(corpus.documents[0].paragraphs.contains { $0.repeatsParagraph != nil })
        #expect(corpus.documents[0].issueLinks.contains { $0.reasons.contains { if case .section = $0 { true } else { false } } })
        #expect(corpus.actors.contains { $0.discovered })
        #expect(corpus.positions.contains { $0.anchors.contains { $0.span != nil } })
        #expect(!corpus.documents[0].events.isEmpty)
        let decoded = try CorpusArchive.decode(CorpusArchive.encode(corpus))
        Self.expectEqual(decoded, corpus)
    }

    @Test func emptyAndExtremeValuesReadBackEqual() throws {
        let document = Document(
            id: 0, path: "ünïcode/🙂.txt", metadata: ArticleMetadata(), language: .english,
            anchor: DateAnchor(year: -44, source: .fileDate), paragraphs: [
                Paragraph(index: 0, line: Int.max, kind: .body, section: 0, text: "", sentences: []),
            ], sections: [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<1)],
            quotes: [], events: [], mentions: [
                Mention(actor: "a", document: 0, paragraph: 0, span: TextSpan(start: Int.min / 2, end: 0)),
            ], issueLinks: [])
        let corpus = Corpus(
            codebook: Codebook(path: "", issues: [], actors: [], sides: []),
            documents: [document], actors: [], positions: [], diagnostics: [])
        Self.expectEqual(try CorpusArchive.decode(CorpusArchive.encode(corpus)), corpus)
    }

    @Test func everyTruncationIsRefused() throws {
        let bytes = CorpusArchive.encode(try Self.seedCorpus())
        // Every cut in the first kilobyte and a spread of cuts after it.
        let cuts = Array(0..<min(1_024, bytes.count)) + Array(stride(from: 1_024, to: bytes.count, by: 997))
        for cut in cuts {
            #expect(throws: ArchiveError.self) { try CorpusArchive.decode(Array(bytes.prefix(cut))) }
        }
    }

    @Test func damagedBytesAreRefused() throws {
        let bytes = CorpusArchive.encode(try Self.seedCorpus())
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                // XOR with a non-zero byte, so every chosen byte really changes.
                damaged[Int.random(in: CorpusArchive.magic.count..<damaged.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            }
            #expect(throws: ArchiveError.self) { try CorpusArchive.decode(damaged) }
        }
    }

    @Test func otherFilesAndOtherFormatsAreRefused() throws {
        #expect(throws: ArchiveError.self) { try CorpusArchive.decode(Array("not an archive at all".utf8)) }
        #expect(throws: ArchiveError.self) { try CorpusArchive.decode([]) }
        var bytes = CorpusArchive.encode(try Self.seedCorpus())
        bytes[CorpusArchive.magic.count] = CorpusArchive.formatVersion &+ 1
        #expect(throws: ArchiveError.self) { try CorpusArchive.decode(bytes) }
        #expect(throws: ArchiveError.self) { try CorpusArchive.decode(CorpusArchive.encode(try Self.seedCorpus()) + [0]) }
    }

    /// Two spellings Unicode calls the same (é as one scalar, and as e with an accent) are two
    /// strings to an archive: each must come back byte for byte, in one document or across two.
    @Test func canonicallyEqualSpellingsComeBackByteForByte() throws {
        let composed = "Zelensky zei in het Élysée dat de gesprekken in Genève doorgaan."
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let corpus = CorpusBuilder.build(
            articles: [
                Article(path: "a.txt", text: composed + "\n\n" + decomposed),
                Article(path: "b.txt", text: decomposed + "\n\n" + composed),
            ],
            codebook: Codebook(path: "c.yaml", issues: [], actors: [], sides: []))
        let decoded = try CorpusArchive.decode(CorpusArchive.encode(corpus))
        for (original, read) in zip(corpus.documents, decoded.documents) {
            #expect(read.paragraphs.map { Array($0.text.utf8) } == original.paragraphs.map { Array($0.text.utf8) })
        }
    }
}
