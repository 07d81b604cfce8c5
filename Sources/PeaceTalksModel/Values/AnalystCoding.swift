/// A passage the analyst coded to an issue and a side (`t` in the explorer, `peacetalks tag`).
public struct TagAnnotation: Hashable, Sendable {
    /// Stable within its file, so a tag can be removed or undone by name.
    public var id: String
    public var issue: String
    /// Actor id of the side.
    public var side: String
    public var anchor: TextQuoteSelector

    public init(id: String, issue: String, side: String, anchor: TextQuoteSelector) {
        self.id = id
        self.issue = issue
        self.side = side
        self.anchor = anchor
    }
}

/// What the analyst said about a suggested position.
public enum SuggestionVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    case confirmed
    case rejected
}

/// Which suggestion a decision is about: its side and issue and the sentence that is its evidence.
public struct SuggestionKey: Hashable, Sendable {
    public var issue: String
    public var side: String
    public var anchor: TextQuoteSelector

    public init(issue: String, side: String, anchor: TextQuoteSelector) {
        self.issue = issue
        self.side = side
        self.anchor = anchor
    }

    /// Equal when they name the same issue, side and words; where a selector stands in a file is no part of it.
    public func matches(_ other: SuggestionKey) -> Bool {
        issue == other.issue && side == other.side && anchor.exact == other.anchor.exact
            && anchor.prefix == other.anchor.prefix && anchor.suffix == other.anchor.suffix
    }
}

/// A suggested position confirmed (it becomes a position) or rejected (it is no longer offered).
public struct SuggestionDecision: Hashable, Sendable {
    public var key: SuggestionKey
    public var verdict: SuggestionVerdict
    /// The stance verb as the suggestion read it (`eist`, `rejects`), for the position's summary.
    public var stance: String

    public init(key: SuggestionKey, verdict: SuggestionVerdict, stance: String) {
        self.key = key
        self.verdict = verdict
        self.stance = stance
    }
}

/// A quote's speaker as the analyst corrected it: the quote named by its words.
public struct SpeakerCorrection: Hashable, Sendable {
    public var quote: TextQuoteSelector
    /// Actor id of the one who spoke.
    public var actor: String

    public init(quote: TextQuoteSelector, actor: String) {
        self.quote = quote
        self.actor = actor
    }
}

/// What a memo is written about.
public enum MemoTarget: Hashable, Sendable {
    case passage(TextQuoteSelector)
    case issue(String)
    case actor(String)

    /// `passage`, `issue` or `actor`: the word the file and the exports use.
    public var kind: String {
        switch self {
        case .passage: return "passage"
        case .issue: return "issue"
        case .actor: return "actor"
        }
    }
}

/// The analyst's note on a passage, an issue or an actor.
public struct MemoAnnotation: Hashable, Sendable {
    /// Stable within its file, so a memo can be edited or removed by name.
    public var id: String
    public var target: MemoTarget
    public var text: String

    public init(id: String, target: MemoTarget, text: String) {
        self.id = id
        self.target = target
        self.text = text
    }
}
