/// Selectors for what the explorer points at, so a decision or correction names its passage
/// the same way wherever it is made.
extension SuggestedPosition {
    /// The key a decision on this suggestion is stored under: its issue, side and sentence.
    public func key(in corpus: Corpus) -> SuggestionKey? {
        guard let paragraph = corpus.paragraph(evidence), let span = evidence.span else { return nil }
        return SuggestionKey(issue: issue, side: side, anchor: TextAnchoring.selector(for: span, in: paragraph))
    }

    /// The change that confirms (`y`) or rejects (`x`) this suggestion.
    public func decision(_ verdict: SuggestionVerdict, in corpus: Corpus) -> AnnotationChange? {
        key(in: corpus).map { .decide($0, verdict, stance: stance.rawValue) }
    }
}

extension Quote {
    /// The change that makes `actor` this quote's speaker (`s`).
    public func speakerChange(to actor: String, in corpus: Corpus) -> AnnotationChange? {
        guard let paragraph = corpus.paragraph(PassageRef(document: document, paragraph: self.paragraph)) else { return nil }
        return .setSpeaker(quote: TextAnchoring.selector(for: span, in: paragraph), actor: actor)
    }
}
