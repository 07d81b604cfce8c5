import Testing
@testable import PeaceTalksModel

/// Builds documents by hand, so search is tested without the extractors.
struct CorpusSketch {
    struct QuoteSketch {
        var paragraph: Int
        var words: String
        var speaker: String?
        var repeatsQuote: Int?
        var issues: [String] = []
    }

    static func span(of words: String, in text: String) -> TextSpan {
        let haystack = Array(text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        guard !needle.isEmpty, haystack.count >= needle.count else { return TextSpan(start: 0, end: 0) }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return TextSpan(start: start, end: start + needle.count)
        }
        Testing.Issue.record("“\(words)” not in “\(text)”")
        return TextSpan(start: 0, end: 0)
    }

    static func document(
        id: Int, _ paragraphs: [(String, ParagraphKind, Int?)], quotes: [QuoteSketch] = [],
        links: [(String, Int)] = []
    ) -> Document {
        let built = paragraphs.enumerated().map { index, entry in
            Paragraph(
                index: index, line: index + 1, kind: entry.1, section: 0, text: entry.0,
                sentences: [Sentence(span: TextSpan(start: 0, end: entry.0.unicodeScalars.count))],
                repeatsParagraph: entry.2)
        }
        let builtQuotes = quotes.map { sketch in
            Quote(
                document: id, paragraph: sketch.paragraph, span: span(of: sketch.words, in: paragraphs[sketch.paragraph].0),
                text: sketch.words, kind: .speech, speaker: sketch.speaker, citedBy: nil, rule: nil,
                repeatsQuote: sketch.repeatsQuote, issues: sketch.issues)
        }
        return Document(
            id: id, path: "doc\(id).txt", metadata: ArticleMetadata(), language: .dutch,
            anchor: DateAnchor(year: 2025, source: .fileDate), paragraphs: built,
            sections: [Section(index: 0, title: nil, headingParagraph: nil, paragraphs: 0..<built.count)],
            quotes: builtQuotes, events: [],
            mentions: [],
            issueLinks: links.map { IssueLink(issue: $0.0, document: id, paragraph: $0.1, reasons: [.keyword("x")], spans: []) })
    }

    static func corpus(_ documents: [Document]) -> Corpus {
        let issues = [
            Issue(id: "territory", title: "Territory", label: "Grondgebied", description: "", keywords: [], sections: []),
            Issue(id: "neutrality", title: "Neutrality", label: "Neutraliteit", description: "", keywords: [], sections: []),
        ]
        let actors = [
            Actor(id: "russia", name: "Russia", kind: .state, aliases: ["Rusland", "Russische"]),
            Actor(id: "oksana-sjevel", name: "Oksana Sjevel", kind: .person, discovered: true),
            Actor(id: "intigam-mamedov", name: "Intigam Mamedov", kind: .person, discovered: true),
        ]
        return Corpus(
            codebook: Codebook(path: "test.codebook.yaml", issues: issues, actors: [], sides: []),
            documents: documents, actors: actors, positions: [], diagnostics: [])
    }

    /// Seed lines 5-7 and 15-18, 36-37, shortened.
    static var seedLike: Corpus {
        let sjevel = "oksana-sjevel"
        let mamedov = "intigam-mamedov"
        let document = CorpusSketch.document(id: 0, [
            ("Geen nieuwe sancties", .heading, nil),
            ("‘De economische problemen die Rusland ondervindt, zijn niet groot genoeg om het Kremlin van gedachte te doen veranderen’, stelt Intigam Mamedov, onderzoeker. ‘Ondanks de sancties is de Russische economie niet over de kop gegaan.’", .body, nil),
            ("‘De economische problemen die Rusland ondervindt, zijn niet groot genoeg om het Kremlin van gedachte te doen veranderen.’", .pullquote, 1),
            ("Grondgebied", .heading, nil),
            ("Trump droomde vooraf hardop van een ‘ruildeal’. ‘Rusland heeft geen ruil voorgesteld’, benadrukt Oksana Sjevel. ‘Het eiste vooral dat Oekraïne grondgebied zou opgeven.’", .body, nil),
            ("De Russische territoriale eisen zijn niet min. Sinds juni 2024 formuleert Poetin de eis dat Oekraïne zich terugtrekt uit Donetsk.", .body, nil),
            ("‘Die eis is waanzinnig’, zegt Sjevel. ‘Rusland probeert al sinds 2014 om Donetsk en Loehansk onder controle te krijgen.’", .body, nil),
            ("‘De enige echte veiligheidsgarantie voor Oekraïne is zijn leger.’", .pullquote, 8),
            ("In Oekraïne rijpt het idee. ‘Veiligheidsgaranties zijn finaal beloftes van politici’, zegt Berzins. ‘De enige echte veiligheidsgarantie voor Oekraïne is zijn leger.’", .body, nil),
            ("Het poetin-regime en de poetinisten, schreef een blogger.", .body, nil),
        ], quotes: [
            QuoteSketch(paragraph: 1, words: "De economische problemen die Rusland ondervindt, zijn niet groot genoeg om het Kremlin van gedachte te doen veranderen", speaker: mamedov),
            QuoteSketch(paragraph: 1, words: "Ondanks de sancties is de Russische economie niet over de kop gegaan.", speaker: mamedov),
            QuoteSketch(paragraph: 2, words: "De economische problemen die Rusland ondervindt, zijn niet groot genoeg om het Kremlin van gedachte te doen veranderen.", speaker: mamedov, repeatsQuote: 0),
            QuoteSketch(paragraph: 4, words: "Rusland heeft geen ruil voorgesteld", speaker: sjevel, issues: ["territory"]),
            QuoteSketch(paragraph: 4, words: "Het eiste vooral dat Oekraïne grondgebied zou opgeven.", speaker: sjevel, issues: ["territory"]),
            QuoteSketch(paragraph: 6, words: "Die eis is waanzinnig", speaker: sjevel, issues: ["territory"]),
            QuoteSketch(paragraph: 6, words: "Rusland probeert al sinds 2014 om Donetsk en Loehansk onder controle te krijgen.", speaker: sjevel, issues: ["territory"]),
            QuoteSketch(paragraph: 7, words: "De enige echte veiligheidsgarantie voor Oekraïne is zijn leger.", speaker: nil, repeatsQuote: 9),
            QuoteSketch(paragraph: 8, words: "Veiligheidsgaranties zijn finaal beloftes van politici", speaker: nil),
            QuoteSketch(paragraph: 8, words: "De enige echte veiligheidsgarantie voor Oekraïne is zijn leger.", speaker: nil),
        ], links: [("territory", 4), ("territory", 5), ("territory", 6)])
        return corpus([document])
    }
}

@Suite struct SearchEngineTests {
    let engine = SearchEngine(corpus: CorpusSketch.seedLike)

    func highlighted(_ hit: SearchHit) -> [String] {
        let text = engine.corpus.documents[hit.document].paragraphs[hit.paragraph].text
        return hit.spans.map { text.scalarSlice($0) }
    }

    @Test func queryParsing() {
        let query = SearchQuery(parsing: "  eis \"die eis\" @sjevel #grond Rusland “Oekraïne is” \"open")
        #expect(query.terms == ["eis", "Rusland"])
        #expect(query.phrases == ["die eis", "Oekraïne is", "open"])
        #expect(query.speaker == "sjevel")
        #expect(query.issue == "grond")
        #expect(SearchQuery(parsing: "  ").isEmpty)
        #expect(SearchQuery(parsing: "@ #").isEmpty)
    }

    @Test func emptyQueryFindsNothing() {
        #expect(engine.search("").isEmpty)
        #expect(engine.search("   ").isEmpty)
    }

    @Test func accentFoldingForUnaccentedTerms() {
        let hits = engine.search("oekraine")
        #expect(hits.map(\.paragraph).contains(4))
        #expect(hits.map(\.paragraph).contains(5))
        #expect(hits.flatMap(highlighted).allSatisfy { $0 == "Oekraïne" })
    }

    @Test func accentedTermsMatchOnlyThatAccent() {
        let corpus = CorpusSketch.corpus([CorpusSketch.document(id: 0, [
            ("Oekraine zonder trema.", .body, nil), ("Oekraïne met trema.", .body, nil), ("Café en cafe.", .body, nil),
        ])])
        let engine = SearchEngine(corpus: corpus)
        #expect(engine.search("oekraïne").map(\.paragraph) == [1])
        #expect(Set(engine.search("oekraine").map(\.paragraph)) == [0, 1])
        let cafe = engine.search("café")
        #expect(cafe.count == 1)
        #expect(cafe.first?.spans == [TextSpan(start: 0, end: 4)])
    }

    @Test func smartCase() {
        let upper = engine.search("Poetin")
        #expect(upper.map(\.paragraph) == [5])
        #expect(upper.flatMap(highlighted) == ["Poetin"])
        let lower = engine.search("poetin")
        #expect(Set(lower.map(\.paragraph)) == [5, 9])
        #expect(lower.first { $0.paragraph == 9 }.map(highlighted) == ["poetin", "poetin"])
    }

    @Test func allWordsMustMatch() {
        let hits = engine.search("eis waanzinnig")
        #expect(hits.count == 1)
        #expect(hits.first?.target == .quote(5))
        #expect(hits.first.map(highlighted) == ["eis", "waanzinnig"])
        #expect(engine.search("eis waanzinnig kernwapens").isEmpty)
    }

    @Test func phrases() {
        let hits = engine.search("\"die eis is waanzinnig\"")
        #expect(hits.count == 1)
        #expect(hits.first?.target == .quote(5))
        #expect(hits.first.map(highlighted) == ["Die eis is waanzinnig"])
        #expect(engine.search("\"eis waanzinnig\"").isEmpty)
    }

    @Test func speakerFilter() {
        let sjevel = engine.search("@sjevel")
        #expect(sjevel.map(\.target) == [.quote(3), .quote(4), .quote(5), .quote(6)])
        #expect(sjevel.allSatisfy { $0.spans.isEmpty })
        let sjevelRusland = engine.search("rusland @Sjevel")
        #expect(sjevelRusland.map(\.target) == [.quote(3), .quote(6)])
        let mamedov = engine.search("@mamedov economie")
        #expect(mamedov.map(\.target) == [.quote(1)])
        #expect(engine.search("@oksana").count == 4)
        #expect(engine.search("@nobody").isEmpty)
    }

    @Test func issueFilter() {
        let byID = engine.search("#territory donetsk")
        #expect(byID.map(\.paragraph) == [6, 5])
        #expect(engine.search("#grond donetsk") == byID)
        #expect(engine.search("#neutrality donetsk").isEmpty)
        #expect(engine.search("#unknown").isEmpty)
        #expect(engine.search("donetsk").count == 2)
    }

    @Test func quotesRankBeforePassagesAtEqualScore() {
        // `ruil` whole word in Sjevel's quote beats `ruildeal` (prefix) in the passage text.
        let hits = engine.search("ruil")
        #expect(hits.map(\.target) == [.quote(3), .paragraph])
        #expect(hits.first.map(highlighted) == ["ruil"])
        #expect(hits.last.map(highlighted) == ["ruil"])
        #expect((hits.first?.score ?? 0) > (hits.last?.score ?? 0))
    }

    @Test func wholeWordsOutrankPrefixesAndInfixes() {
        let corpus = CorpusSketch.corpus([CorpusSketch.document(id: 0, [
            ("Een vredesplan zonder vrede.", .body, nil),
            ("Geen vredesplan.", .body, nil),
            ("De vrede komt.", .body, nil),
            ("Over de wapenvrede.", .body, nil),
        ])])
        let hits = SearchEngine(corpus: corpus).search("vrede")
        #expect(hits.map(\.paragraph) == [0, 2, 1, 3])
        #expect(SearchEngine(corpus: corpus).search("vrede") == hits)
    }

    @Test func pullQuotesNeverRepeatWords() {
        let economy = engine.search("economische problemen")
        #expect(economy.map(\.target) == [.quote(0)])
        let army = engine.search("\"enige echte veiligheidsgarantie\"")
        #expect(army.map(\.paragraph) == [8])
        #expect(army.map(\.target) == [.quote(9)])
    }

    @Test func pullQuoteShowsWhenItsOwnWordsMatch() {
        // The pull quote’s final full stop sits inside its quote; the body’s quote ends before the comma.
        let hits = engine.search("\"veranderen.\"")
        #expect(hits.count == 1)
        #expect(hits.first?.paragraph == 2)
    }

    @Test func headingsAreNotSearched() {
        #expect(engine.search("grondgebied").map(\.paragraph) == [4])
        #expect(engine.search("nieuwe").isEmpty)
    }

    @Test func decomposedAccentsMapBackToOriginalScalars() {
        let text = "In Oekrai\u{0308}ne en Oekraïne, nu Oekrai\u{0308}ense steden."
        let engine = SearchEngine(corpus: CorpusSketch.corpus([CorpusSketch.document(id: 0, [(text, .body, nil)])]))
        let hit = engine.search("oekraine").first
        #expect(hit?.spans == [TextSpan(start: 3, end: 12), TextSpan(start: 16, end: 24)])
        #expect(hit?.spans.map { text.scalarSlice($0) } == ["Oekrai\u{0308}ne", "Oekraïne"])
        let steden = engine.search("steden").first
        #expect(steden?.spans.map { text.scalarSlice($0) } == ["steden"])
        let accented = engine.search("oekraïense").first
        #expect(accented?.spans.map { text.scalarSlice($0) } == ["Oekrai\u{0308}ense"])
        let upper = engine.search("Oekraïne").first
        #expect(upper?.spans.count == 2)
    }

    @Test func limitKeepsTheBestAndCountsAll() {
        let paragraphs = (0..<500).map { ("Paragraaf \($0) over vrede en oorlog.", ParagraphKind.body, Int?.none) }
        let corpus = CorpusSketch.corpus([CorpusSketch.document(id: 0, paragraphs + [("vrede vrede vrede", .body, nil)])])
        let engine = SearchEngine(corpus: corpus)
        let result = engine.results(for: "vrede", limit: 10)
        #expect(result.totalCount == 501)
        #expect(result.hits.count == 10)
        #expect(result.hits.first?.paragraph == 500)
        #expect(result.hits.dropFirst().map(\.paragraph) == Array(0..<9))
    }

    @Test func manyDocuments() {
        let documents = (0..<3).map { CorpusSketch.document(id: $0, [("Rusland en Oekraïne, document \($0).", .body, nil)]) }
        let hits = SearchEngine(corpus: CorpusSketch.corpus(documents)).search("rusland oekraine")
        #expect(hits.map(\.document) == [0, 1, 2])
    }
}
