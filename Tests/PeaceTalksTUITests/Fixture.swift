import PeaceTalksModel
@testable import PeaceTalksTUI

/// A small hand-made corpus: one Dutch article with two sections, three issues,
/// a few actors, quotes, mentions and events, all through the model's public initializers.
enum Fixture {
    static let texts: [(ParagraphKind, Int, String)] = [
        (.lede, 0, "Ondanks verwoede pogingen slaagt Trump er niet in om Poetin en Zelensky aan tafel te brengen. ‘Het houdt gewoon geen steek’, zegt Oksana Sjevel."),
        (.heading, 1, "Grondgebied"),
        (.body, 1, "Rusland eiste dat Oekraïne grondgebied zou opgeven. Sinds juni 2024 eist Poetin Donetsk en Loehansk. Oekraïne weigert en wil de frontlijn bevriezen."),
        (.pullquote, 1, "‘Rusland heeft geen ruil voorgesteld.’"),
        (.heading, 2, "Neutraliteit"),
        (.body, 2, "Rusland eiste in maart 2022 dat Oekraïne geen lid van de NAVO wordt. Op 24 augustus herhaalde Lavrov die eis."),
    ]

    /// The scalar span of the `occurrence`-th `needle` in `text`.
    static func span(_ needle: String, in text: String, occurrence: Int = 0) -> TextSpan {
        let hay = Array(text.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        var found = 0
        var index = 0
        while index + pin.count <= hay.count {
            if Array(hay[index..<(index + pin.count)]) == pin {
                if found == occurrence { return TextSpan(start: index, end: index + pin.count) }
                found += 1
            }
            index += 1
        }
        return TextSpan(start: 0, end: 0)
    }

    static func span(_ needle: String, paragraph: Int, occurrence: Int = 0) -> TextSpan {
        span(needle, in: texts[paragraph].2, occurrence: occurrence)
    }

    /// Sentences end at `. ` (good enough for the fixture).
    static func sentences(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var result: [Sentence] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == ".", index + 1 < scalars.count, scalars[index + 1] == " " {
                result.append(Sentence(span: TextSpan(start: start, end: index + 1)))
                start = index + 2
            }
            index += 1
        }
        if start < scalars.count { result.append(Sentence(span: TextSpan(start: start, end: scalars.count))) }
        return result
    }

    static func document(extraText: String? = nil) -> Document {
        var texts = self.texts
        if let extraText { texts.append((.body, 2, extraText)) }
        let paragraphs = texts.enumerated().map { index, item in
            Paragraph(index: index, line: index + 1, kind: item.0, section: item.1, text: item.2, sentences: sentences(item.2))
        }
        let sections = [
            Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<1),
            Section(index: 1, title: "Grondgebied", headingParagraph: 1, paragraphs: 1..<4),
            Section(index: 2, title: "Neutraliteit", headingParagraph: 4, paragraphs: 4..<paragraphs.count),
        ]
        let quotes = [
            Quote(document: 0, paragraph: 0, span: span("Het houdt gewoon geen steek", paragraph: 0), text: "Het houdt gewoon geen steek",
                  kind: .speech, speaker: "sjevel", citedBy: nil, rule: .speechVerbAfter, repeatsQuote: nil, issues: [],
                  evidence: [AttributionEvidence(paragraph: 0, span: span("zegt Oksana Sjevel", paragraph: 0))]),
            Quote(document: 0, paragraph: 3, span: span("Rusland heeft geen ruil voorgesteld.", paragraph: 3), text: "Rusland heeft geen ruil voorgesteld.",
                  kind: .speech, speaker: "sjevel", citedBy: nil, rule: .pullQuote, repeatsQuote: nil, issues: ["territory"]),
        ]
        let mentions = [
            Mention(actor: "sjevel", document: 0, paragraph: 0, span: span("Oksana Sjevel", paragraph: 0)),
            Mention(actor: "russia", document: 0, paragraph: 2, span: span("Rusland", paragraph: 2)),
            Mention(actor: "ukraine", document: 0, paragraph: 2, span: span("Oekraïne", paragraph: 2)),
            Mention(actor: "ukraine", document: 0, paragraph: 2, span: span("Oekraïne", paragraph: 2, occurrence: 1)),
            Mention(actor: "russia", document: 0, paragraph: 3, span: span("Rusland", paragraph: 3)),
            Mention(actor: "russia", document: 0, paragraph: 5, span: span("Rusland", paragraph: 5)),
            Mention(actor: "ukraine", document: 0, paragraph: 5, span: span("Oekraïne", paragraph: 5)),
            Mention(actor: "lavrov", document: 0, paragraph: 5, span: span("Lavrov", paragraph: 5)),
        ]
        let events = [
            Event(date: PartialDate(year: 2024, month: 6), document: 0, paragraph: 2, sentence: 1, dateSpan: span("juni 2024", paragraph: 2),
                  text: "Sinds juni 2024 eist Poetin Donetsk en Loehansk.", actors: ["russia"], issues: ["territory"]),
            Event(date: PartialDate(year: 2022, month: 3), document: 0, paragraph: 5, sentence: 0, dateSpan: span("maart 2022", paragraph: 5),
                  text: "Rusland eiste in maart 2022 dat Oekraïne geen lid van de NAVO wordt.", actors: ["russia", "ukraine"], issues: ["neutrality"]),
            Event(date: PartialDate(year: 2025, month: 8, day: 24), document: 0, paragraph: 5, sentence: 1, dateSpan: span("24 augustus", paragraph: 5),
                  text: "Op 24 augustus herhaalde Lavrov die eis.", actors: ["lavrov"], issues: ["neutrality"]),
        ]
        let links = [
            IssueLink(issue: "territory", document: 0, paragraph: 2, reasons: [.section("Grondgebied"), .keyword("grondgebied")],
                      spans: [span("grondgebied", paragraph: 2)]),
            IssueLink(issue: "territory", document: 0, paragraph: 3, reasons: [.section("Grondgebied")], spans: []),
            IssueLink(issue: "neutrality", document: 0, paragraph: 5, reasons: [.section("Neutraliteit"), .keyword("NAVO")],
                      spans: [span("NAVO", paragraph: 5)]),
            IssueLink(issue: "ceasefire", document: 0, paragraph: 0, reasons: [.keyword("tafel")], spans: [span("tafel", paragraph: 0)]),
            IssueLink(issue: "ceasefire", document: 0, paragraph: 2, reasons: [.keyword("frontlijn")], spans: [span("frontlijn", paragraph: 2)]),
        ]
        return Document(
            id: 0, path: "seeds/vredesgesprekken.txt",
            metadata: ArticleMetadata(title: "Vredesgesprekken 2025", language: .dutch, date: PartialDate(year: 2025, month: 9, day: 2)),
            language: .dutch, anchor: DateAnchor(year: 2025, published: PartialDate(year: 2025, month: 9, day: 2), source: .metadata),
            paragraphs: paragraphs, sections: sections, quotes: quotes, events: events, mentions: mentions, issueLinks: links)
    }

    static func corpus(extraText: String? = nil, sides: [String] = ["russia", "ukraine", "usa"]) -> Corpus {
        let issues = [
            Issue(id: "territory", title: "Territory", label: "Grondgebied", description: "Which land each side claims or would give up.",
                  keywords: ["grondgebied"], sections: ["Grondgebied"]),
            Issue(id: "neutrality", title: "Neutrality", label: "Neutraliteit", description: "Whether Ukraine may join NATO or the EU.",
                  keywords: ["NAVO"], sections: ["Neutraliteit"]),
            Issue(id: "ceasefire", title: "Ceasefire", label: "Staakt-het-vuren", description: "A ceasefire first, or peace talks first.",
                  keywords: ["frontlijn", "tafel"], sections: []),
        ]
        let codebook = Codebook(path: "codebook.yaml", issues: issues, actors: [], sides: sides)
        let actors = [
            Actor(id: "russia", name: "Russia", kind: .state, side: "russia", aliases: ["Rusland"]),
            Actor(id: "ukraine", name: "Ukraine", kind: .state, side: "ukraine", aliases: ["Oekraïne"]),
            Actor(id: "usa", name: "United States", kind: .state, side: "usa", aliases: ["Amerika"]),
            Actor(id: "lavrov", name: "Sergej Lavrov", kind: .person, side: "russia", role: "buitenlandminister"),
            Actor(id: "sjevel", name: "Oksana Sjevel", kind: .person, role: "professor aan Tufts University", discovered: true),
        ]
        let positions = [
            Position(issue: "territory", actor: "russia", summary: "Ukraine must withdraw from Donetsk and Loehansk.",
                     fragments: ["grondgebied zou opgeven"], anchors: [PassageRef(document: 0, paragraph: 2, span: span("grondgebied zou opgeven", paragraph: 2))]),
            Position(issue: "territory", actor: "ukraine", summary: "Freeze the front line; no land given up.",
                     fragments: ["frontlijn bevriezen"], anchors: [PassageRef(document: 0, paragraph: 2, span: span("frontlijn bevriezen", paragraph: 2))]),
            Position(issue: "neutrality", actor: "russia", summary: "No NATO membership for Ukraine.",
                     fragments: ["geen lid van de NAVO"], anchors: [PassageRef(document: 0, paragraph: 5, span: span("geen lid van de NAVO", paragraph: 5))]),
        ]
        return Corpus(codebook: codebook, documents: [document(extraText: extraText)], actors: actors, positions: positions, diagnostics: [])
    }

    /// A fake of the shared engine: case- and accent-folded substring search over paragraphs.
    static func fakeSearch(_ corpus: Corpus) -> SearchFunction {
        let paragraphs = corpus.documents.flatMap { document in document.paragraphs.map { (document.id, $0) } }
        return { query in
            let needle = Array(fold(query))
            guard !needle.isEmpty else { return [] }
            var hits: [SearchHit] = []
            for (document, paragraph) in paragraphs {
                let scalars = Array(paragraph.text.unicodeScalars)
                let folded = scalars.map { fold(String($0)).first ?? " " }
                var spans: [TextSpan] = []
                var index = 0
                while index + needle.count <= folded.count {
                    if Array(folded[index..<(index + needle.count)]) == needle {
                        spans.append(TextSpan(start: index, end: index + needle.count))
                        index += needle.count
                    } else {
                        index += 1
                    }
                }
                if !spans.isEmpty {
                    hits.append(SearchHit(document: document, paragraph: paragraph.index, target: .paragraph, score: Double(spans.count), spans: spans))
                }
            }
            return hits
        }
    }

    static func fold(_ text: String) -> [Character] {
        let table: [Character: Character] = ["ï": "i", "ë": "e", "é": "e", "è": "e", "ö": "o", "ü": "u"]
        return text.lowercased().map { table[$0] ?? $0 }
    }

    static func app(width: Int = 120, height: Int = 30, corpus: Corpus = Fixture.corpus(), monochrome: Bool = false) -> ExplorerApp {
        ExplorerApp(corpus: corpus, options: ExplorerOptions(monochrome: monochrome), size: Size(width: width, height: height), search: fakeSearch(corpus))
    }
}

extension ExplorerApp {
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    var screen: Screen { render(size: state.size) }
}

extension Screen {
    var text: String { lines.joined(separator: "\n") }

    /// Every cell's grapheme and width in a row, for checks on highlighting.
    func row(_ row: Int) -> [Cell] { (0..<size.width).map { self[row, $0] } }
}
