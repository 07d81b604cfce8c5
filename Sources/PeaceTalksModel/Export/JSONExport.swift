import Foundation

/// The stable JSON export (docs/export.md): a pure function of the corpus.
public enum JSONExport {
    public static let schemaVersion = 1

    /// The export as data: sorted keys and pretty printing, so equal corpora give equal bytes.
    public static func make(_ corpus: Corpus) -> Data {
        data(report(corpus))
    }

    public static func string(_ corpus: Corpus) -> String {
        var text = ""
        write(corpus) { text += $0 }
        return text
    }

    /// The same text as `string`, handed to `sink` a piece at a time, so a large corpus is
    /// never held as one JSON tree. `JSONEncoder` builds its whole tree before it writes: on
    /// 10,000 articles that took a minute and grew faster than the corpus. Here each element
    /// of the report's lists is encoded on its own, on every core, and indented to its depth;
    /// `ExportTests` checks the result is byte for byte what one `JSONEncoder` pass writes.
    public static func write(_ corpus: Corpus, to sink: (String) -> Void) {
        write(corpus, chunkSize: 256, to: sink)
    }

    /// `chunkSize`: elements encoded between two hand-overs to the sink.
    static func write(_ corpus: Corpus, chunkSize: Int, to sink: (String) -> Void) {
        let report = report(corpus)
        func writeList<T: Encodable & Sendable>(_ items: [T], to sink: (String) -> Void) {
            Self.writeList(items, chunkSize: chunkSize, to: sink)
        }
        // The report's keys in the order `.sortedKeys` puts them.
        sink("{\n  \"actors\" : ")
        writeList(report.actors, to: sink)
        sink(",\n  \"clusters\" : ")
        writeList(report.clusters, to: sink)
        sink(",\n  \"codebook\" : " + String(decoding: data(report.codebook), as: UTF8.self))
        sink(",\n  \"diagnostics\" : ")
        writeList(report.diagnostics, to: sink)
        sink(",\n  \"documents\" : ")
        writeList(report.documents, to: sink)
        sink(",\n  \"events\" : ")
        writeList(report.events, to: sink)
        sink(",\n  \"issues\" : ")
        writeList(report.issues, to: sink)
        sink(",\n  \"quotes\" : ")
        writeList(report.quotes, to: sink)
        sink(",\n  \"schemaVersion\" : \(report.schemaVersion)")
        sink(",\n  \"suggestedPositions\" : ")
        writeList(report.suggestedPositions, to: sink)
        sink("\n}\n")
    }

    /// Every line that is not blank indented by four spaces, working on the bytes.
    private static func indented(_ json: Data) -> String {
        json.withUnsafeBytes { bytes in
            var lines = 1
            for byte in bytes where byte == 0x0A { lines += 1 }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 4 * lines)
            var atLineStart = true
            for byte in bytes {
                if atLineStart && byte != 0x0A { for _ in 0..<4 { out.append(0x20) } }
                out.append(byte)
                atLineStart = byte == 0x0A
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A list one level down, as pretty printing lays it out: its elements' lines indented by
    /// four spaces, blank lines (inside empty lists) left blank. JSON strings hold no raw
    /// line breaks, so every line break is layout.
    private static func writeList<T: Encodable & Sendable>(_ items: [T], chunkSize: Int, to sink: (String) -> Void) {
        guard !items.isEmpty else { return sink("[\n\n  ]") }
        sink("[\n")
        var start = 0
        while start < items.count {
            let end = min(items.count, start + chunkSize)
            let pieces = Array(items[start..<end]).concurrentMap { indented(data($0)) }
            for (offset, piece) in pieces.enumerated() {
                sink(piece)
                sink(start + offset == items.count - 1 ? "\n  ]" : ",\n")
            }
            start = end
        }
    }

    /// Any export value as stable JSON text, ending in a newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: data(value), as: UTF8.self) + "\n"
    }

    static func data<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // NaN is the only value these types could fail on; a score is never NaN, but never crash on one.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return (try? encoder.encode(value)) ?? Data("null".utf8)
    }

    public static func report(_ corpus: Corpus) -> ExportReport {
        let view = CorpusView(corpus)
        return ExportReport(
            schemaVersion: schemaVersion,
            codebook: corpus.codebook.path.isEmpty ? nil : corpus.codebook.path,
            documents: corpus.documents.map(document),
            quotes: quotes(corpus, view: view),
            events: events(corpus, view: view),
            actors: actors(corpus, view: view),
            issues: issues(corpus, view: view),
            diagnostics: corpus.diagnostics.map(diagnostic),
            clusters: clusters(corpus, view: view),
            suggestedPositions: suggestedPositions(corpus))
    }

    static func clusters(_ corpus: Corpus, view: CorpusView) -> [ExportCluster] {
        view.clusters.map { cluster in
            let name = cluster.keyEvent.flatMap { id in corpus.codebook.keyEvents.first { $0.id == id }?.name }
                ?? cluster.members.first.map { view.labels[$0] } ?? ""
            return ExportCluster(
                keyEvent: cluster.keyEvent, name: name, date: cluster.date.iso,
                precision: cluster.date.precision.rawValue, events: cluster.members, documents: cluster.documents)
        }
    }

    public static func document(_ document: Document) -> ExportDocument {
        let paragraphs = document.paragraphs
        func line(of index: Int?) -> Int? {
            guard let index, paragraphs.indices.contains(index) else { return nil }
            return paragraphs[index].line
        }
        return ExportDocument(
            id: document.id, path: document.path, name: document.name, title: document.metadata.title,
            language: document.language.rawValue, date: (document.metadata.date ?? document.anchor.published)?.iso,
            anchorYear: document.anchor.year, anchorSource: document.anchor.source.rawValue,
            source: document.metadata.source,
            paragraphs: paragraphs.map {
                ExportParagraph(
                    index: $0.index, line: $0.line, kind: $0.kind.rawValue, section: $0.section, text: $0.text,
                    repeatsLine: line(of: $0.repeatsParagraph), repeatsParagraph: $0.repeatsParagraph,
                    sentences: $0.sentences.map(\.span))
            },
            sections: document.sections.map {
                ExportSection(
                    index: $0.index, title: $0.title, line: line(of: $0.headingParagraph),
                    paragraphs: ExportRange(start: $0.paragraphs.lowerBound, end: $0.paragraphs.upperBound))
            })
    }

    /// Every quote of every document, in document order.
    public static func quotes(_ corpus: Corpus) -> [ExportQuote] {
        quotes(corpus, view: CorpusView(corpus))
    }

    /// Every event, in date order.
    public static func events(_ corpus: Corpus) -> [ExportEvent] {
        events(corpus, view: CorpusView(corpus))
    }

    public static func actors(_ corpus: Corpus) -> [ExportActor] {
        actors(corpus, view: CorpusView(corpus))
    }

    public static func issues(_ corpus: Corpus) -> [ExportIssue] {
        issues(corpus, view: CorpusView(corpus))
    }

    public static func quote(_ quote: Quote, in corpus: Corpus) -> ExportQuote {
        self.quote(quote, view: CorpusView(corpus))
    }

    public static func summary(_ corpus: Corpus) -> ExportSummary {
        // Counted in place: gathering every paragraph and quote into new arrays first was a
        // fifth of a summary of 10,000 stored articles (perf).
        var paragraphs = 0, pullQuotes = 0, sections = 0, quotes = 0, speechQuotes = 0, termQuotes = 0, events = 0
        for document in corpus.documents {
            paragraphs += document.paragraphs.count
            pullQuotes += document.paragraphs.count { $0.kind == .pullquote }
            sections += document.sections.count
            events += document.events.count
            for quote in document.quotes where !quote.isRepeat {
                quotes += 1
                if quote.kind == .speech { speechQuotes += 1 }
                if quote.kind == .term { termQuotes += 1 }
            }
        }
        return ExportSummary(
            documents: corpus.documents.count,
            paragraphs: paragraphs,
            pullQuotes: pullQuotes,
            sections: sections,
            quotes: quotes,
            speechQuotes: speechQuotes,
            termQuotes: termQuotes,
            events: events,
            actors: corpus.actors.count,
            discoveredActors: corpus.actors.filter(\.discovered).count,
            issues: corpus.issues.count,
            positions: corpus.positions.count,
            warnings: corpus.diagnostics.map(diagnostic))
    }

    public static func searchHit(_ hit: SearchHit, in corpus: Corpus) -> ExportSearchHit? {
        guard let paragraph = corpus.paragraph(PassageRef(document: hit.document, paragraph: hit.paragraph)) else {
            return nil
        }
        let quoteIndex: Int?
        switch hit.target {
        case .quote(let index): quoteIndex = index
        case .paragraph: quoteIndex = nil
        }
        return ExportSearchHit(
            document: hit.document, path: corpus.documents[hit.document].path, line: paragraph.line,
            paragraph: hit.paragraph, target: quoteIndex == nil ? "paragraph" : "quote", quote: quoteIndex,
            score: hit.score, text: paragraph.text, spans: hit.spans)
    }

    public static func diagnostic(_ diagnostic: Diagnostic) -> ExportDiagnostic {
        ExportDiagnostic(
            severity: diagnostic.severity.rawValue, file: diagnostic.file, line: diagnostic.line,
            column: diagnostic.column, message: diagnostic.message)
    }

    // MARK: - Pieces

    static func quotes(_ corpus: Corpus, view: CorpusView) -> [ExportQuote] {
        corpus.documents.flatMap { document in document.quotes.map { quote($0, view: view) } }
    }

    static func quote(_ quote: Quote, view: CorpusView) -> ExportQuote {
        var repeatsLine: Int?
        if let repeated = quote.repeatsQuote, let document = view.document(quote.document),
            document.quotes.indices.contains(repeated)
        {
            repeatsLine = view.line(document: quote.document, paragraph: document.quotes[repeated].paragraph)
        }
        return ExportQuote(
            document: quote.document, line: view.line(document: quote.document, paragraph: quote.paragraph) ?? 0,
            paragraph: quote.paragraph, span: quote.span, text: quote.text, kind: quote.kind.rawValue,
            speaker: quote.speaker.map(view.name), speakerId: quote.speaker,
            citedBy: quote.citedBy.map(view.name), citedById: quote.citedBy,
            rule: quote.rule?.rawValue, isRepeat: quote.isRepeat, repeatsLine: repeatsLine, issues: quote.issues,
            roleInText: quote.speaker.flatMap { view.document(quote.document)?.rolesInText[$0] },
            evidence: quote.evidence.compactMap { evidence in
                guard let paragraph = view.paragraph(document: quote.document, paragraph: evidence.paragraph) else {
                    return nil
                }
                return ExportEvidence(
                    line: paragraph.line, paragraph: evidence.paragraph, span: evidence.span,
                    text: paragraph.text.scalarSlice(evidence.span))
            })
    }

    static func events(_ corpus: Corpus, view: CorpusView) -> [ExportEvent] {
        view.timeline.enumerated().map { index, event in
            let paragraph = view.paragraph(document: event.document, paragraph: event.paragraph)
            return ExportEvent(
                date: event.date.iso, precision: event.date.precision.rawValue, document: event.document,
                line: paragraph?.line ?? 0, paragraph: event.paragraph, sentence: event.sentence,
                dateText: paragraph?.text.scalarSlice(event.dateSpan) ?? "", resolution: event.resolution.rawValue,
                label: view.labels[index], cluster: view.clusterOf[index], text: event.text,
                actors: event.actors.map(view.name), actorIds: event.actors, issues: event.issues)
        }
    }

    static func actors(_ corpus: Corpus, view: CorpusView) -> [ExportActor] {
        corpus.actors.map { actor in
            let places = view.mentionPlaces[actor.id] ?? []
            return ExportActor(
                id: actor.id, name: actor.name, kind: actor.kind.rawValue, side: actor.side, role: actor.role,
                roleInText: view.rolesInText[actor.id], aliases: actor.aliases, discovered: actor.discovered, lines: sortedLines(places),
                passages: uniquePlaces(places), mentionCount: places.count,
                quoteCount: view.quoteCounts[actor.id] ?? 0)
        }
    }

    static func issues(_ corpus: Corpus, view: CorpusView) -> [ExportIssue] {
        corpus.issues.map { issue in
            let links = corpus.documents.flatMap(\.issueLinks).filter { $0.issue == issue.id }
            let exportLinks = links.map { link in
                ExportIssueLink(
                    document: link.document, line: view.line(document: link.document, paragraph: link.paragraph) ?? 0,
                    paragraph: link.paragraph, reasons: link.reasons.map(\.summary), spans: link.spans)
            }
            let positions = corpus.positions.filter { $0.issue == issue.id }.map { position in
                let anchors = uniquePlaces(position.anchors.compactMap { view.place($0) })
                return ExportPosition(
                    actor: view.name(position.actor), actorId: position.actor, summary: position.summary,
                    fragments: position.fragments, lines: sortedLines(anchors), anchors: anchors,
                    unanchored: position.unanchored)
            }
            let history = IssueHistory.entries(issue: issue.id, in: corpus, timeline: view.timeline).map { entry in
                let event = view.timeline[entry.event]
                let paragraph = view.paragraph(document: event.document, paragraph: event.paragraph)
                return ExportHistoryEntry(
                    event: entry.event, date: event.date.iso, dateText: paragraph?.text.scalarSlice(event.dateSpan) ?? "",
                    label: view.labels[entry.event], document: event.document, line: paragraph?.line ?? 0,
                    side: entry.side, actorIds: event.actors)
            }
            return ExportIssue(
                id: issue.id, title: issue.title, label: issue.label, description: issue.description,
                keywords: issue.keywords, lines: sortedLines(exportLinks.map {
                    ExportPlace(document: $0.document, line: $0.line, paragraph: $0.paragraph)
                }),
                links: exportLinks, positions: positions, history: history)
        }
    }

    static func sortedLines(_ places: [ExportPlace]) -> [Int] {
        Array(Set(places.map(\.line))).sorted()
    }

    static func uniquePlaces(_ places: [ExportPlace]) -> [ExportPlace] {
        var seen = Set<ExportPlace>()
        return places.filter { seen.insert($0).inserted }
            .sorted { ($0.document, $0.paragraph) < ($1.document, $1.paragraph) }
    }
}

/// Look-ups the export needs many times, built once so the export stays linear in the corpus.
struct CorpusView {
    let corpus: Corpus
    let names: [String: String]
    /// Mentions outside pull quotes, per actor id.
    let mentionPlaces: [String: [ExportPlace]]
    /// Speech quotes per speaker id, repeats left out.
    let quoteCounts: [String: Int]
    let timeline: [Event]
    /// Per timeline event: its label and the index of its cluster.
    let labels: [String]
    let clusters: [EventCluster]
    let clusterOf: [Int]
    /// Each actor's role as the first document that gives one writes it.
    let rolesInText: [String: String]

    init(_ corpus: Corpus) {
        self.corpus = corpus
        var names: [String: String] = [:]
        for actor in corpus.codebook.actors where names[actor.id] == nil { names[actor.id] = actor.name }
        for actor in corpus.actors { names[actor.id] = actor.name }
        self.names = names
        var places: [String: [ExportPlace]] = [:]
        var counts: [String: Int] = [:]
        for document in corpus.documents {
            for mention in document.mentions {
                guard document.paragraphs.indices.contains(mention.paragraph) else { continue }
                let paragraph = document.paragraphs[mention.paragraph]
                if paragraph.kind == .pullquote { continue }
                places[mention.actor, default: []].append(
                    ExportPlace(document: document.id, line: paragraph.line, paragraph: paragraph.index))
            }
            for quote in document.quotes where quote.kind == .speech && !quote.isRepeat {
                if let speaker = quote.speaker { counts[speaker, default: 0] += 1 }
            }
        }
        mentionPlaces = places
        quoteCounts = counts
        let timeline = corpus.timeline
        self.timeline = timeline
        labels = timeline.map { EventLabel.label(of: $0, in: corpus) }
        let clusters = EventClusters.clusters(timeline, keyEvents: corpus.codebook.keyEvents)
        self.clusters = clusters
        var clusterOf = Array(repeating: 0, count: timeline.count)
        for (index, cluster) in clusters.enumerated() { for member in cluster.members { clusterOf[member] = index } }
        self.clusterOf = clusterOf
        var roles: [String: String] = [:]
        for document in corpus.documents {
            for (actor, role) in document.rolesInText where roles[actor] == nil { roles[actor] = role }
        }
        rolesInText = roles
    }

    /// The canonical name of an actor id; the id itself when no actor has it.
    func name(_ id: String) -> String { names[id] ?? id }

    func document(_ index: Int) -> Document? {
        corpus.documents.indices.contains(index) ? corpus.documents[index] : nil
    }

    func paragraph(document: Int, paragraph: Int) -> Paragraph? {
        corpus.paragraph(PassageRef(document: document, paragraph: paragraph))
    }

    func line(document: Int, paragraph: Int) -> Int? {
        self.paragraph(document: document, paragraph: paragraph)?.line
    }

    func place(_ ref: PassageRef) -> ExportPlace? {
        line(document: ref.document, paragraph: ref.paragraph).map {
            ExportPlace(document: ref.document, line: $0, paragraph: ref.paragraph)
        }
    }
}
