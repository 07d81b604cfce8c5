import Foundation
import Testing
@testable import PeaceTalksModel

/// Paths and fixtures shared by the codebook, actor, issue and position tests.
enum CodebookFixtures {
    static let repository = Repository.root
    static let seedText = Repository.seedArticle
    static let seedCodebook = Repository.seedCodebook
    static let seedAnnotations = Repository.seedAnnotations

    /// The codebook in effect for the seed: the built-in one with the seed's own laid over it.
    static func loadSeedCodebook() throws -> Codebook {
        try CodebookLayers.load([.builtIn, .file(seedCodebook.path)]).codebook
    }

    /// The seed's own codebook file alone, for tests of what the text introduces beyond it.
    static func loadSeedCodebookAlone() throws -> Codebook {
        try CodebookLoader.load(path: seedCodebook.path)
    }

    static func loadSeedAnnotations() throws -> DocumentAnnotations {
        try #require(try AnnotationLoader.load(forArticle: seedText.path, codebook: loadSeedCodebook()))
    }

    /// The seed analysed as the command line analyses it: its codebook and its annotations.
    static func seedCorpus() throws -> Corpus {
        CorpusBuilder.build(
            articles: [Article(path: seedText.path, text: try loadSeedText(), metadata: ArticleMetadata(language: .dutch))],
            codebook: try loadSeedCodebook(), annotations: [try loadSeedAnnotations()])
    }

    static func loadSeedText() throws -> String {
        try String(contentsOf: seedText, encoding: .utf8)
    }

    /// Catches the diagnostic a parse throws.
    static func diagnostic(parsing text: String) -> Diagnostic? {
        do {
            _ = try CodebookLoader.parse(text, path: "test.yaml")
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }
}

extension CodebookFixtures {
    /// The seed's structure as the real segmenter will give it: headings on lines 5, 10, 15,
    /// 20, 26, 31 and 38; pull quotes on lines 7, 13, 24 and 36. Built by hand so these tests do
    /// not wait on the segmenter.
    static func seedStructure() throws -> (paragraphs: [Paragraph], sections: [Section]) {
        let lines = try loadSeedText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings: Set<Int> = [5, 10, 15, 20, 26, 31, 38]
        let pullQuotes: [Int: Int] = [7: 6, 13: 14, 24: 25, 36: 37]
        var paragraphs: [Paragraph] = []
        var sections: [Section] = [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<0)]
        for (offset, text) in lines.enumerated() where !text.isEmpty {
            let line = offset + 1
            let index = paragraphs.count
            var kind: ParagraphKind = index == 0 ? .lede : .body
            if headings.contains(line) {
                kind = .heading
                sections[sections.count - 1].paragraphs = sections[sections.count - 1].paragraphs.lowerBound..<index
                sections.append(Section(index: sections.count, title: text, headingParagraph: index, paragraphs: index..<index))
            } else if pullQuotes[line] != nil {
                kind = .pullquote
            }
            paragraphs.append(Paragraph(
                index: index, line: line, kind: kind, section: sections.count - 1, text: text,
                sentences: [Sentence(span: TextSpan(start: 0, end: text.unicodeScalars.count))],
                repeatsParagraph: pullQuotes[line].map { $0 - 1 }))
        }
        sections[sections.count - 1].paragraphs = sections[sections.count - 1].paragraphs.lowerBound..<paragraphs.count
        return (paragraphs, sections)
    }

    static func seedDocument(id: Int = 0) throws -> Document {
        let structure = try seedStructure()
        return Document(
            id: id, path: seedText.path, metadata: ArticleMetadata(language: .dutch), language: .dutch,
            anchor: DateAnchor(year: 2025, source: .fileDate), paragraphs: structure.paragraphs,
            sections: structure.sections, quotes: [], events: [], mentions: [], issueLinks: [])
    }
}
