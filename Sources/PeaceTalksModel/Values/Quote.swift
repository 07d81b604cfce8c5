/// Whether quoted text is someone's words or a term held at a distance.
public enum QuoteKind: String, Sendable, Codable {
    /// Words someone said or wrote.
    case speech
    /// A term or scare quote, which has no speaker.
    case term
}

/// How a speech quote's speaker was found.
public enum AttributionRule: String, Sendable, Codable {
    /// `‘…’, zegt X` / `"…," said X` / `X said`.
    case speechVerbAfter
    /// `X zei: ‘…’` – a speaker before the quote, with a colon.
    case speakerBeforeColon
    /// Continues the quote just before it, in the same paragraph.
    case continuation
    /// The speaker is named in the sentence just before.
    case previousSentence
    /// A quote of a quote: the one quoted, cited by the one who quotes.
    case quoteOfQuote
    /// A pull quote takes the speaker of the quote it repeats.
    case pullQuote
    /// `zei hij`, `she said`: the most recent compatible person named before.
    case pronoun
    /// `aldus de diplomaat`, `the negotiator said`: the one person the document introduced so.
    case roleDescription
    /// A short quoted fragment inside reported speech (`wil Oekraïne ‘neutraal’ houden, zei X`).
    case partialQuote
}

/// Words that decided a speaker: the cue (`zei hij`), then, when the cue names no one
/// directly, the words that introduced the person it stands for.
public struct AttributionEvidence: Hashable, Sendable {
    public var paragraph: Int
    public var span: TextSpan

    public init(paragraph: Int, span: TextSpan) {
        self.paragraph = paragraph
        self.span = span
    }
}

/// A quotation as it was read from the text, before speakers are matched to actors.
public struct RawQuote: Hashable, Sendable {
    public var paragraph: Int
    /// The quoted words, without the marks.
    public var span: TextSpan
    public var text: String
    public var kind: QuoteKind
    /// The speaker's full name as the text gives it (a lone surname already
    /// resolved to the full name introduced earlier), or nil when the text does not say.
    public var speakerName: String?
    /// The role given in apposition, e.g. `onderzoeker aan de Northumbria University`.
    public var speakerRole: String?
    /// For a quote of a quote: the one who cites it.
    public var citedByName: String?
    public var rule: AttributionRule?
    /// For a pull quote: the index (in the extractor's output) of the quote it repeats.
    public var repeatsQuote: Int?
    /// The words that decided the speaker, in the order they were read.
    public var evidence: [AttributionEvidence] = []

    public init(
        paragraph: Int, span: TextSpan, text: String, kind: QuoteKind,
        speakerName: String? = nil, speakerRole: String? = nil, citedByName: String? = nil,
        rule: AttributionRule? = nil, repeatsQuote: Int? = nil
    ) {
        self.paragraph = paragraph
        self.span = span
        self.text = text
        self.kind = kind
        self.speakerName = speakerName
        self.speakerRole = speakerRole
        self.citedByName = citedByName
        self.rule = rule
        self.repeatsQuote = repeatsQuote
    }
}

/// A quotation in a document, its speaker matched to an actor.
public struct Quote: Hashable, Sendable {
    public var document: Int
    public var paragraph: Int
    public var span: TextSpan
    public var text: String
    public var kind: QuoteKind
    /// Actor id of the speaker; nil when the text does not say who spoke.
    public var speaker: String?
    /// Actor id of the one who cites a quote of a quote.
    public var citedBy: String?
    public var rule: AttributionRule?
    /// For a pull quote: index in `Document.quotes` of the quote it repeats.
    public var repeatsQuote: Int?
    /// Ids of the issues the quote touches.
    public var issues: [String]
    /// The words that decided the speaker ("why this speaker").
    public var evidence: [AttributionEvidence]

    public init(
        document: Int, paragraph: Int, span: TextSpan, text: String, kind: QuoteKind,
        speaker: String?, citedBy: String?, rule: AttributionRule?, repeatsQuote: Int?, issues: [String],
        evidence: [AttributionEvidence] = []
    ) {
        self.document = document
        self.paragraph = paragraph
        self.span = span
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.citedBy = citedBy
        self.rule = rule
        self.repeatsQuote = repeatsQuote
        self.issues = issues
        self.evidence = evidence
    }

    /// A pull quote repeats another quote and is never counted twice.
    public var isRepeat: Bool { repeatsQuote != nil }
}
