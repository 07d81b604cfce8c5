import PeaceTalksModel
@testable import PeaceTalksTUI

/// The fixture's article plus a second, shorter one whose dates fall between the first one's.
enum CorpusFixture {
    static let texts = [
        "Zelensky zei op 15 augustus 2025 dat Oekraïne geen grondgebied afstaat. ‘Wij geven niets op’, zegt Zelensky.",
        "In april 2023 sprak Rusland weer over de NAVO.",
    ]

    static func span(_ needle: String, paragraph: Int) -> TextSpan {
        Fixture.span(needle, in: texts[paragraph])
    }

    static func second() -> Document {
        let paragraphs = texts.enumerated().map { index, text in
            Paragraph(index: index, line: index + 1, kind: index == 0 ? .lede : .body, section: 0, text: text, sentences: Fixture.sentences(text))
        }
        return Document(
            id: 1, path: "corpus/article-00002.txt",
            metadata: ArticleMetadata(title: "Tweede artikel", language: .dutch, date: PartialDate(year: 2025, month: 8, day: 16)),
            language: .dutch, anchor: DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 8, day: 16), source: .metadata),
            paragraphs: paragraphs,
            sections: [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<paragraphs.count)],
            quotes: [
                Quote(document: 1, paragraph: 0, span: span("Wij geven niets op", paragraph: 0), text: "Wij geven niets op",
                      kind: .speech, speaker: "ukraine", citedBy: nil, rule: .speechVerbAfter, repeatsQuote: nil, issues: ["territory"]),
            ],
            events: [
                Event(date: PartialDate(year: 2025, month: 8, day: 15), document: 1, paragraph: 0, sentence: 0, dateSpan: span("15 augustus 2025", paragraph: 0),
                      text: "Zelensky zei op 15 augustus 2025 dat Oekraïne geen grondgebied afstaat.", actors: ["ukraine"], issues: ["territory"]),
                Event(date: PartialDate(year: 2023, month: 4), document: 1, paragraph: 1, sentence: 0, dateSpan: span("april 2023", paragraph: 1),
                      text: "In april 2023 sprak Rusland weer over de NAVO.", actors: ["russia"], issues: ["neutrality"]),
            ],
            mentions: [
                Mention(actor: "ukraine", document: 1, paragraph: 0, span: span("Oekraïne", paragraph: 0)),
                Mention(actor: "russia", document: 1, paragraph: 1, span: span("Rusland", paragraph: 1)),
            ],
            issueLinks: [
                IssueLink(issue: "territory", document: 1, paragraph: 0, reasons: [.keyword("grondgebied")], spans: [span("grondgebied", paragraph: 0)]),
            ])
    }

    static func corpus() -> Corpus {
        var corpus = Fixture.corpus()
        corpus.documents.append(second())
        return corpus
    }

    static func app(width: Int = 120, height: Int = 30) -> ExplorerApp {
        Fixture.app(width: width, height: height, corpus: corpus())
    }
}
