/// Every analysed document under one codebook, with the actors and positions across them.
public struct Corpus: Sendable {
    public var codebook: Codebook
    public var documents: DocumentList
    /// Codebook actors first, in codebook order, then people the texts introduced.
    public var actors: [Actor]
    public var positions: [Position]
    /// Warnings found while analysing, e.g. a position anchor that does not resolve.
    public var diagnostics: [Diagnostic]
    /// What the analyst recorded, `annotations[i]` for `documents[i]` (see `AnnotationOverlay`).
    public var annotations: [DocumentAnnotations?] = []
    /// The word index stored with this analysis (mapped from the analysis cache), when there is one.
    public var storedWordIndex: WordIndex?

    public init(codebook: Codebook, documents: [Document], actors: [Actor], positions: [Position], diagnostics: [Diagnostic]) {
        self.init(codebook: codebook, documents: DocumentList(documents), actors: actors, positions: positions, diagnostics: diagnostics)
    }

    public init(codebook: Codebook, documents: DocumentList, actors: [Actor], positions: [Position], diagnostics: [Diagnostic]) {
        self.codebook = codebook
        self.documents = documents
        self.actors = actors
        self.positions = positions
        self.diagnostics = diagnostics
    }

    public var issues: [Issue] { codebook.issues }

    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    public func issue(_ id: String) -> Issue? { codebook.issue(id) }

    public func paragraph(_ ref: PassageRef) -> Paragraph? {
        guard documents.indices.contains(ref.document) else { return nil }
        let paragraphs = documents[ref.document].paragraphs
        return paragraphs.indices.contains(ref.paragraph) ? paragraphs[ref.paragraph] : nil
    }

    /// Every event of every document, in date order (ties keep document order).
    public var timeline: [Event] {
        let events = documents.flatMap(\.events)
        // Indexes are sorted, not the events: moving whole events was most of the sort at 10,000 articles.
        let dates = events.map(\.date)
        return events.indices.sorted { (dates[$0], $0) < (dates[$1], $1) }.map { events[$0] }
    }
}
