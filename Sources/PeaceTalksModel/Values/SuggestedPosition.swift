/// The stance a suggestion reads in a sentence.
public enum Stance: String, Hashable, Sendable, Codable, CaseIterable {
    case demands
    case refuses
    case proposes
    case accepts
    case rejects
    case preparedTo = "is prepared to"
    case insists
    case warns
}

/// A position the tool read in the text, for the analyst to confirm or reject: a side (or one
/// of its people or institutions) takes a stance on an issue in one sentence.
public struct SuggestedPosition: Hashable, Sendable {
    public var issue: String
    /// Actor id of the side.
    public var side: String
    /// The actor the sentence names as taking the stance (a person, institution or the side itself).
    public var actor: String
    public var stance: Stance
    /// The stance word as written (`eiste`, `rejects`, `stelt … voor`).
    public var verb: String
    /// The sentence: document, paragraph and its span, in Unicode scalars.
    public var evidence: PassageRef
    /// Where the stance word stands in the paragraph.
    public var verbSpan: TextSpan
    /// 0…1: how sure the reading is (a strong verb, a named subject, the issue's own words).
    public var confidence: Double
    /// What the analyst said about it, if anything.
    public var verdict: SuggestionVerdict?

    public init(
        issue: String, side: String, actor: String, stance: Stance, verb: String, evidence: PassageRef,
        verbSpan: TextSpan, confidence: Double, verdict: SuggestionVerdict? = nil
    ) {
        self.issue = issue
        self.side = side
        self.actor = actor
        self.stance = stance
        self.verb = verb
        self.evidence = evidence
        self.verbSpan = verbSpan
        self.confidence = confidence
        self.verdict = verdict
    }
}
