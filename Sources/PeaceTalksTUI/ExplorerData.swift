import PeaceTalksModel

/// A search function: the shared engine by default, a fake in tests.
public typealias SearchFunction = @Sendable (String) -> [SearchHit]

/// Mentions of one actor in one paragraph, shown as one snippet.
struct MentionGroup: Hashable, Sendable {
    var document: Int
    var paragraph: Int
    var spans: [TextSpan]
}

/// What the explorer reads from the corpus, gathered once so that `update` and
/// `render` only look things up.
public struct ExplorerData: Sendable {
    public let corpus: Corpus
    /// The best hits and how many there are in all (the engine stops listing at a limit), the
    /// total exact only when the last argument asks for it; nil when the cancellation was set first.
    let search: @Sendable (String, SearchCancellation?, Bool) -> SearchResult?
    /// Per issue (codebook order): its links, in document and paragraph order.
    let issueLinks: [[IssueLink]]
    let timeline: [Event]
    /// The timeline's events merged into happenings, each shown as one row.
    let clusters: [EventCluster]
    /// Per cluster: the key event's name when it reports one, else the short label of its first event.
    let clusterLabels: ClusterLabels
    let timelineCache = TimelineCache()
    /// Per actor (corpus order): their own quotes, pull quotes left out.
    let actorQuotes: [[Quote]]
    let actorMentions: [[MentionGroup]]
    let mentionCounts: [Int]
    /// Actor ids offered in compare: the codebook's sides, else every side with a position.
    let sides: [String]
    /// Distinct paragraphs per issue, across all documents.
    let passageCounts: [Int]
    /// Short labels per document, shown on list items only when there are several documents.
    let documentLabels: [String]
    /// The widest label, so timeline rows line up.
    let documentLabelWidth: Int
    /// Several documents: every item says which document it comes from.
    /// Actor names by id, so labels on the per-keystroke paths need no scan of the actors.
    let actorNames: [String: String]
    /// Every speech quote (pull quotes, which repeat one, left out), in document order: the Quotes pane.
    let quotes: [Quote]
    /// Each quote's speaker's name, case and accents folded, for the speaker filter.
    let quoteSpeakerKeys: [String]
    /// Suggested positions by issue id, with the analyst's verdicts, made when an issue is first shown.
    let suggestions: SuggestionCache

    var isCorpus: Bool { corpus.documents.count > 1 }
    /// The panes this corpus shows, in tab order.
    public private(set) var panes: [Pane] = []

    public init(corpus: Corpus, search: SearchFunction? = nil) {
        if let search {
            self.init(corpus: corpus, searching: { query, _, _ in
                let hits = search(query)
                return SearchResult(hits: hits, totalCount: hits.count)
            })
        } else {
            // Built only when no search is injected: the index is the costliest part of start-up.
            let engine = SearchEngine(corpus: corpus)
            // Off the first screen's path: nobody types in the first second, and the first key waits for it if they do.
            Task.detached(priority: .utility) { engine.prepareForTyping() }
            self.init(corpus: corpus, searching: { query, cancellation, countingEveryHit in
                engine.results(
                    for: query, limit: 200, cancellation: cancellation ?? SearchCancellation(), countingEveryHit: countingEveryHit)
            })
        }
    }

    /// The corpus with the analyst's latest annotations laid over it, keeping this search index:
    /// a saved change alters speakers, links and positions, never the text the index holds.
    func replacingCorpus(_ corpus: Corpus) -> ExplorerData {
        ExplorerData(corpus: corpus, searching: search)
    }

    private init(corpus: Corpus, searching: @escaping @Sendable (String, SearchCancellation?, Bool) -> SearchResult?) {
        self.corpus = corpus
        var names: [String: String] = [:]
        for actor in corpus.codebook.actors { names[actor.id] = actor.name }
        for actor in corpus.actors { names[actor.id] = actor.name }
        actorNames = names
        search = searching

        var linksByIssue: [String: [IssueLink]] = [:]
        var quotesBySpeaker: [String: [Quote]] = [:]
        var mentionsByActor: [String: [MentionGroup]] = [:]
        var countByActor: [String: Int] = [:]
        for document in corpus.documents {
            for link in document.issueLinks {
                linksByIssue[link.issue, default: []].append(link)
            }
            for quote in document.quotes where !quote.isRepeat {
                if let speaker = quote.speaker { quotesBySpeaker[speaker, default: []].append(quote) }
            }
            // Pull quotes repeat the body's text: counted there, as the CLI and the export count.
            for mention in document.mentions
            where document.paragraphs.indices.contains(mention.paragraph)
                && document.paragraphs[mention.paragraph].kind != .pullquote
            {
                countByActor[mention.actor, default: 0] += 1
                // Mutated in place: copying an actor's groups out and back is quadratic in a corpus.
                mentionsByActor[mention.actor, default: []].appendMention(mention)
            }
        }
        issueLinks = corpus.issues.map { issue in
            (linksByIssue[issue.id] ?? []).sorted { ($0.document, $0.paragraph) < ($1.document, $1.paragraph) }
        }
        // `Corpus.timeline` sorts every event on each call: sort once.
        let sorted = corpus.timeline
        timeline = sorted
        clusters = EventClusters.clusters(sorted, keyEvents: corpus.codebook.keyEvents)
        clusterLabels = ClusterLabels(clusters: clusters, timeline: sorted, corpus: corpus)
        actorQuotes = corpus.actors.map { quotesBySpeaker[$0.id] ?? [] }
        quotes = corpus.documents.flatMap { $0.quotes.filter { $0.kind == .speech && !$0.isRepeat } }
        quoteSpeakerKeys = quotes.map { quote in FilterOption.fold(quote.speaker.map { names[$0] ?? $0 } ?? "") }
        actorMentions = corpus.actors.map { mentionsByActor[$0.id] ?? [] }
        mentionCounts = corpus.actors.map { countByActor[$0.id] ?? 0 }

        var sides = corpus.codebook.sides
        if sides.count < 2 {
            for position in corpus.positions where !sides.contains(position.actor) {
                sides.append(position.actor)
            }
        }
        self.sides = sides
        passageCounts = issueLinks.map { links in
            var seen = Set<PassageKey>()
            for link in links { seen.insert(PassageKey(document: link.document, paragraph: link.paragraph)) }
            return seen.count
        }
        suggestions = SuggestionCache(corpus: corpus)
        documentLabels = corpus.documents.map { DocumentLabel.short($0) }
        documentLabelWidth = documentLabels.map { DisplayWidth.of($0) }.max() ?? 0
        let several = corpus.documents.count > 1
        panes = Pane.allCases.filter { several || !$0.descriptor.needsSeveralDocuments }
    }

    /// The document's short label in corpus mode, else nil.
    func label(document index: Int) -> String? {
        guard isCorpus else { return nil }
        return documentLabels.indices.contains(index) ? documentLabels[index] : "#\(index + 1)"
    }

    /// `#3 name`, and the title when it says more than the name: for reader headers.
    func longLabel(document index: Int) -> String? {
        guard isCorpus, let document = document(index) else { return nil }
        let stem = DocumentLabel.stem(document.name)
        var text = "#\(index + 1) " + stem
        if let title = document.metadata.title, !title.isEmpty, title != stem { text += " · " + title }
        return text
    }

    /// Rows of a pane as the browse state narrows it (the timeline's filter, the quotes' speaker); all by default.
    func count(of pane: Pane, browse: BrowseState = BrowseState()) -> Int {
        pane.descriptor.count(self, browse)
    }

    func document(_ index: Int) -> Document? {
        corpus.documents.indices.contains(index) ? corpus.documents[index] : nil
    }

    func paragraph(document: Int, paragraph: Int) -> Paragraph? {
        corpus.paragraph(PassageRef(document: document, paragraph: paragraph))
    }

    func issue(at index: Int) -> Issue? {
        corpus.issues.indices.contains(index) ? corpus.issues[index] : nil
    }

    func actor(at index: Int) -> Actor? {
        corpus.actors.indices.contains(index) ? corpus.actors[index] : nil
    }

    func event(at index: Int) -> Event? {
        timeline.indices.contains(index) ? timeline[index] : nil
    }

    /// A side's display name: the actor's name, else its id.
    func sideName(_ id: String) -> String {
        actorNames[id] ?? id
    }

    /// Number of distinct paragraphs linked to the issue, in every document.
    func passageCount(issue index: Int) -> Int {
        passageCounts.indices.contains(index) ? passageCounts[index] : 0
    }
}

struct PassageKey: Hashable {
    var document: Int
    var paragraph: Int
}

extension Array where Element == MentionGroup {
    /// Joins a mention to the last group when it is in the same paragraph.
    mutating func appendMention(_ mention: Mention) {
        if let last = self.last, last.document == mention.document, last.paragraph == mention.paragraph {
            self[count - 1].spans.append(mention.span)
        } else {
            append(MentionGroup(document: mention.document, paragraph: mention.paragraph, spans: [mention.span]))
        }
    }
}

/// Short names for documents in lists: the file name without extension, its middle
/// cut out when long, since generated names differ at their end.
enum DocumentLabel {
    static let maximum = 14

    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func short(_ document: Document) -> String {
        let characters = Array(stem(document.name))
        guard !characters.isEmpty else { return "#\(document.id + 1)" }
        var label = characters
        if characters.count > maximum {
            let tail = maximum / 2 + 1
            label = Array(characters.prefix(maximum - tail - 1)) + ["…"] + Array(characters.suffix(tail))
        }
        // Wide characters in a name must not push the columns out of line.
        while DisplayWidth.of(String(label)) > maximum + 1, label.count > 1 { label.removeFirst() }
        return String(label)
    }
}
