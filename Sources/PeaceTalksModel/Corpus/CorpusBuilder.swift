import Dispatch
import Foundation

/// Runs every extractor over the articles and links the results into a `Corpus`.
///
/// Most of the work on an article depends on that article alone (language, structure,
/// quotes, dates, issue links, name candidates) and runs on every core. Who a name stands
/// for depends on the people earlier documents introduced, so discovery, mentions and
/// speakers run afterwards one article at a time, in document order, exactly as if the
/// whole build were sequential.
public enum CorpusBuilder {
    /// Articles prepared in parallel before their sequential phase: small enough that
    /// progress moves steadily, large enough to keep every core busy.
    static let chunkSize = 32

    /// `progress` is called after each article with (done, total), in order, on the calling thread.
    /// Pass the articles with `consume` when nothing else needs them: each article's whole
    /// text is then freed as soon as its chunk is under way (its paragraphs keep their own
    /// copies), which lowers the peak memory of a large corpus by the corpus's size.
    /// `annotations[i]` belongs to `articles[i]`; its positions are looked for in that article only.
    public static func build(
        articles: consuming [Article], codebook: Codebook, annotations: [DocumentAnnotations?] = [],
        progress: ((Int, Int) -> Void)? = nil
    ) -> Corpus {
        build(articles: articles, codebook: codebook, annotations: annotations, limits: MemoryLimits(), progress: progress)
    }

    /// The same, with the sizes at which a long article trades time for memory (tests lower them).
    static func build(
        articles: consuming [Article], codebook: Codebook, annotations: [DocumentAnnotations?] = [], limits: MemoryLimits,
        progress: ((Int, Int) -> Void)? = nil
    ) -> Corpus {
        var directory = ActorDirectory(codebook: codebook)
        let context = PrepareContext(
            linker: IssueLinker(codebook: codebook), annotations: annotations, limits: limits,
            people: KnownPeople(codebook: codebook))
        var documents: [Document] = []
        documents.reserveCapacity(articles.count)
        var positions: [Position] = []
        var warnings: [Diagnostic] = []
        // The sequential phase of one chunk runs on this thread while the next chunk is
        // prepared on the others, so no core waits for the sequential phase.
        var pending = ChunkJob.start(articles, from: 0, context: context)
        releaseTexts(of: &articles, from: 0)
        var chunkStart = 0
        while let job = pending {
            let prepared = job.wait()
            let chunkEnd = chunkStart + prepared.count
            pending = ChunkJob.start(articles, from: chunkEnd, context: context)
            releaseTexts(of: &articles, from: chunkEnd)
            for (offset, article) in prepared.enumerated() {
                if let annotations = article.annotations {
                    let (some, notes) = PositionResolver.resolve(
                        annotations, documentPath: article.article.path, anchors: article.anchors)
                    positions += some
                    warnings += notes
                }
                documents.append(finish(article, directory: &directory, linker: context.linker))
                progress?(chunkStart + offset + 1, articles.count)
            }
            chunkStart = chunkEnd
        }
        return Corpus(
            codebook: codebook, documents: documents,
            actors: present(directory.actors, documents: documents, positions: positions, sides: codebook.sides),
            positions: positions, diagnostics: warnings)
    }

    /// The actors the documents speak of: named, quoted or cited in them, holding a position,
    /// or one of the codebook's sides. The built-in codebook knows some 130 actors; listing
    /// every one for an article that names five would bury them.
    static func present(_ actors: [Actor], documents: [Document], positions: [Position], sides: [String]) -> [Actor] {
        var used = Set(sides)
        for document in documents {
            for mention in document.mentions { used.insert(mention.actor) }
            for quote in document.quotes {
                if let speaker = quote.speaker { used.insert(speaker) }
                if let citedBy = quote.citedBy { used.insert(citedBy) }
            }
        }
        for position in positions { used.insert(position.actor) }
        return actors.filter { used.contains($0.id) }
    }

    /// The chunk from `start` has its own copies: this drops the builder's.
    private static func releaseTexts(of articles: inout [Article], from start: Int) {
        for index in start..<min(articles.count, start + chunkSize) { articles[index].text = "" }
    }

    /// One article analysed on its own; kept for callers that build a single document.
    static func analyse(
        _ article: Article, id: Int, directory: inout ActorDirectory, linker: IssueLinker
    ) -> Document {
        let context = PrepareContext(linker: linker, annotations: [], limits: MemoryLimits(), people: KnownPeople())
        return finish(PreparedArticle(article, id: id, context: context), directory: &directory, linker: linker)
    }

    /// The independent phase of each article, on all cores, in article order.
    fileprivate static func prepare(
        _ articles: ArraySlice<Article>, firstID: Int, context: PrepareContext
    ) -> [PreparedArticle] {
        Array(articles).enumerated().map { $0 }.concurrentMap { offset, article in
            PreparedArticle(article, id: firstID + offset, context: context)
        }
    }

    /// The phase that depends on the people earlier documents introduced.
    fileprivate static func finish(
        _ prepared: PreparedArticle, directory: inout ActorDirectory, linker: IssueLinker
    ) -> Document {
        let id = prepared.id
        let paragraphs = prepared.paragraphs
        directory.discover(candidates: prepared.candidates, quotes: prepared.rawQuotes)

        var mentions: [Mention] = []
        for (position, paragraph) in paragraphs.enumerated() {
            for found in directory.mentions(in: prepared.tokens(of: position)) {
                mentions.append(Mention(actor: found.actor, document: id, paragraph: paragraph.index, span: found.span))
            }
        }
        let quotes = zip(prepared.rawQuotes, prepared.quoteIssues).map { raw, issues in
            Quote(
                document: id, paragraph: raw.paragraph, span: raw.span, text: raw.text, kind: raw.kind,
                speaker: raw.speakerName.flatMap { directory.resolve(name: $0) },
                citedBy: raw.citedByName.flatMap { directory.resolve(name: $0) },
                rule: raw.rule, repeatsQuote: raw.repeatsQuote, issues: issues, evidence: raw.evidence)
        }
        var rolesInText: [String: String] = [:]
        for (name, role) in prepared.rolesInText.sorted(by: { $0.key < $1.key }) {
            if let id = directory.resolve(name: name), rolesInText[id] == nil { rolesInText[id] = role }
        }
        let events = EventFinder.withActors(prepared.events, mentions: mentions)
        return Document(
            id: id, path: prepared.article.path, metadata: prepared.article.metadata, language: prepared.language,
            anchor: prepared.anchor,
            paragraphs: paragraphs.map { paragraph in
                var paragraph = paragraph
                paragraph.sentences = paragraph.sentences.compacted()
                return paragraph
            },
            sections: prepared.sections.compacted(), quotes: quotes,
            events: events.compacted(), mentions: mentions.compacted(), issueLinks: prepared.links.compacted(),
            rolesInText: rolesInText)
    }
}

/// What preparing an article needs: the codebook's linker, built once per corpus, and each
/// article's annotations.
private struct PrepareContext: Sendable {
    var linker: IssueLinker
    var annotations: [DocumentAnnotations?]
    var limits: MemoryLimits
    var people: KnownPeople

    func annotations(of id: Int) -> DocumentAnnotations? {
        annotations.indices.contains(id) ? annotations[id] : nil
    }
}

/// Above these sizes an article's tokens are made again where they are needed instead of
/// kept, so that they never all exist at once: tokens take some twenty times their text.
struct MemoryLimits: Sendable {
    /// Bytes of article text up to which the word tokens are kept for the sequential phase.
    var keepWordTokens = 4 * 1024 * 1024
    /// Bytes of text in one batch of paragraphs whose scalars and word tokens exist together.
    var batchBytes = 1024 * 1024
}

/// One chunk of articles being prepared on a background thread; `wait` returns them.
private final class ChunkJob: @unchecked Sendable {
    // `result` is written once on the background thread before `done` is signalled, and
    // read only after `wait` has seen the signal.
    private var result: [PreparedArticle] = []
    private let done = DispatchSemaphore(value: 0)

    /// Nil when no article is left from `start`.
    static func start(_ articles: [Article], from start: Int, context: PrepareContext) -> ChunkJob? {
        guard start < articles.count else { return nil }
        let end = min(articles.count, start + CorpusBuilder.chunkSize)
        let chunk = Array(articles[start..<end])
        let job = ChunkJob()
        DispatchQueue.global(qos: .userInitiated).async {
            job.result = CorpusBuilder.prepare(chunk[...], firstID: start, context: context)
            job.done.signal()
        }
        return job
    }

    func wait() -> [PreparedArticle] {
        done.wait()
        return result
    }
}

/// Everything about one article that does not depend on other articles.
private struct PreparedArticle: Sendable {
    var article: Article
    var id: Int
    var language: Language
    var paragraphs: [Paragraph]
    var sections: [Section]
    /// Nil for a long article: `tokens(of:)` makes them again.
    var paragraphTokens: [[WordToken]]?
    var rawQuotes: [RawQuote]
    /// Full name → role as the text writes it.
    var rolesInText: [String: String]
    var quoteIssues: [[String]]
    var candidates: [PersonCandidate]
    var links: [IssueLink]
    var anchor: DateAnchor
    /// Events in text order, without actors yet, each with its sentence's span.
    var events: [EventFinder.Found]
    var annotations: DocumentAnnotations?
    /// Where the annotations' selectors occur in this article.
    var anchors: [(fragment: Int, ref: PassageRef)]

    /// One line per stage. The stages after the quotes work on batches of paragraphs whose
    /// scalars and word tokens are made once for all of them (`ParagraphBatch`).
    init(_ article: Article, id: Int, context: PrepareContext) {
        let linker = context.linker
        self.article = article
        self.id = id
        language = article.metadata.language ?? LanguageDetector.detect(article.text)
        let structure = Segmenter.segment(article.text, language: language)
        (paragraphs, sections) = (structure.paragraphs, structure.sections)
        // A long article's word tokens are made again where needed rather than kept (bounded memory).
        let keepTokens = article.text.utf8.count <= context.limits.keepWordTokens
        (rawQuotes, rolesInText) = QuoteExtractor.analyse(paragraphs, people: context.people, keepTexts: keepTokens)
        let issues = SentenceIssues(linker: linker, sections: sections)
        quoteIssues = issues.of(rawQuotes, in: paragraphs)
        anchor = DateAnchor.choose(for: article)
        let stamps = Dateline.stamps(in: article.text)
        annotations = context.annotations(of: id)
        let search = annotations.map { FragmentSearch(selectors: $0.positions.flatMap(\.anchors)) }
        var (kept, candidates, links, events) = ([[WordToken]](), [PersonCandidate](), [IssueLink](), [EventFinder.Found]())
        var anchors = AnchorMerger(paragraphs: paragraphs)
        for range in Self.batches(paragraphs, bytes: context.limits.batchBytes) {
            let batch = ParagraphBatch(paragraphs[range])
            if keepTokens { kept += batch.tokens }
            candidates += PersonDiscovery.candidates(in: batch.paragraphs, scalars: batch.scalars, tokens: batch.tokens)
            links += linker.links(
                paragraphs: batch.paragraphs, sections: sections, document: id, scalars: batch.scalars, tokens: batch.tokens)
            events += EventFinder.events(
                in: batch.paragraphs, scalars: batch.scalars, document: id, language: language, anchor: anchor,
                stamps: stamps, issues: issues.of(_:in:))
            if let search {
                anchors.add(PositionResolver.anchors(in: batch.paragraphs, scalars: batch.scalars, document: id, search: search))
            }
        }
        paragraphTokens = keepTokens ? kept : nil
        self.candidates = candidates
        self.links = Self.inIssueOrder(links, codebook: linker.codebook)
        self.events = events
        self.anchors = anchors.result
        // Only the path, metadata and modification time are read later; the paragraphs hold the text.
        self.article.text = ""
    }

    /// Each batch lists its links issue by issue; a stable sort by issue gives the order of one pass.
    static func inIssueOrder(_ links: [IssueLink], codebook: Codebook) -> [IssueLink] {
        let issueOrder = Dictionary(
            codebook.issues.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return links.enumerated()
            .sorted { (issueOrder[$0.element.issue] ?? 0, $0.offset) < (issueOrder[$1.element.issue] ?? 0, $1.offset) }
            .map(\.element)
    }

    /// Runs of paragraphs of about `limit` bytes of text each (a longer paragraph alone).
    static func batches(_ paragraphs: [Paragraph], bytes limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (index, paragraph) in paragraphs.enumerated() {
            bytes += paragraph.text.utf8.count
            if bytes >= limit {
                result.append(start..<(index + 1))
                start = index + 1
                bytes = 0
            }
        }
        if start < paragraphs.count { result.append(start..<paragraphs.count) }
        return result
    }

    /// Word tokens of paragraph `index`: kept, or made again.
    func tokens(of index: Int) -> [WordToken] {
        if let paragraphTokens { return paragraphTokens[index] }
        return WordTokens.tokens(in: Array(paragraphs[index].text.unicodeScalars))
    }
}

/// Where each position fragment was found, over batches of paragraphs in order: the first
/// place outside a pull quote, else the first pull quote, as `PositionResolver.anchors` over
/// the whole article would say.
private struct AnchorMerger {
    let paragraphs: [Paragraph]
    private var found: [Int: PassageRef] = [:]

    init(paragraphs: [Paragraph]) { self.paragraphs = paragraphs }

    private func inBody(_ ref: PassageRef) -> Bool {
        paragraphs.indices.contains(ref.paragraph) && paragraphs[ref.paragraph].kind != .pullquote
    }

    mutating func add(_ anchors: [(fragment: Int, ref: PassageRef)]) {
        for (fragment, ref) in anchors {
            if let known = found[fragment], inBody(known) || !inBody(ref) { continue }
            found[fragment] = ref
        }
    }

    var result: [(fragment: Int, ref: PassageRef)] {
        found.keys.sorted().map { ($0, found[$0]!) }
    }
}

/// One batch of an article's paragraphs with their scalars and word tokens, made once for every
/// stage that reads them.
private struct ParagraphBatch {
    let paragraphs: [Paragraph]
    let scalars: [[Unicode.Scalar]]
    let tokens: [[WordToken]]

    init(_ paragraphs: ArraySlice<Paragraph>) {
        self.paragraphs = Array(paragraphs)
        scalars = self.paragraphs.map { Array($0.text.unicodeScalars) }
        tokens = scalars.map { WordTokens.tokens(in: $0) }
    }
}

/// The issues of a sentence: its own words, and the issues its section's heading names.
private struct SentenceIssues {
    let linker: IssueLinker
    let sectionIssues: [[Int]]

    init(linker: IssueLinker, sections: [Section]) {
        self.linker = linker
        sectionIssues = linker.sectionIssueIndexes(sections)
    }

    /// Each quote's issues, in the paragraph it stands in.
    func of(_ quotes: [RawQuote], in paragraphs: [Paragraph]) -> [[String]] {
        quotes.map { of($0.text, in: paragraphs[$0.paragraph]) }
    }

    func of(_ text: String, in paragraph: Paragraph) -> [String] {
        let fromSection = sectionIssues.indices.contains(paragraph.section) ? sectionIssues[paragraph.section] : []
        return linker.issueIDs(in: text, sectionIssues: fromSection)
    }
}

/// The elements in first-seen order, each once.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
