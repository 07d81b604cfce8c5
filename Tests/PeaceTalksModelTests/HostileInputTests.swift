import Foundation
import Testing
@testable import PeaceTalksModel

/// Inputs built to find quadratic paths and crashes. Each test has a generous
/// time limit enforced by the test harness; a quadratic algorithm blows through it.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct HostileInputTests {
    let codebook = Codebook(path: "test.yaml", issues: [], actors: [], sides: [])

    func build(_ text: String) -> Corpus {
        CorpusBuilder.build(articles: [Article(path: "hostile.txt", text: text)], codebook: codebook)
    }

    @Test func hundredThousandUnbalancedQuoteMarks() {
        let marks = ["‘", "“", "„", "\"", "«", "’ ", "” "]
        var text = "Een gewone zin. "
        for index in 0..<100_000 { text += marks[index % marks.count] + "woord " }
        let corpus = build(text)
        #expect(corpus.documents.count == 1)
        #expect(corpus.documents[0].paragraphs.count == 1)
    }

    @Test func fiveMegabyteParagraphWithoutLineBreak() {
        let sentence = "Rusland en Oekraïne praten op 18 augustus 2025 over ‘vrede’, zegt Jan Jansen. "
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count + 1)
        let corpus = build(text)
        #expect(corpus.documents[0].paragraphs.count == 1)
        #expect(corpus.documents[0].paragraphs[0].sentences.count > 10_000)
    }

    @Test func tenThousandHeadings() {
        var lines: [String] = []
        for index in 0..<10_000 {
            lines.append("Kop nummer \(index)")
            lines.append("Een alinea onder kop \(index) met een gewone zin erin.")
        }
        let corpus = build(lines.joined(separator: "\n"))
        #expect(corpus.documents[0].paragraphs.count == 20_000)
    }

    @Test func millionCombiningMarksOnOneLine() {
        let text = "a" + String(repeating: "\u{0301}", count: 1_000_000)
        let corpus = build(text)
        #expect(corpus.documents[0].paragraphs.count == 1)
        #expect(SearchEngine(corpus: corpus).search("a").count <= 1)
    }

    @Test func randomBytesAreRefusedAsNotAnArticle() throws {
        var generator = SplitMix64(seed: 42)
        let bytes = (0..<100_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("random.txt")
        try Data(bytes).write(to: file)
        #expect(throws: Diagnostic.self) {
            _ = try ArticleLoader.load(paths: [file.path], sizeLimit: ArticleLoader.defaultSizeLimit)
        }
    }
}

/// A small deterministic generator, so hostile inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1330_11EB
        return value ^ (value >> 31)
    }
}
