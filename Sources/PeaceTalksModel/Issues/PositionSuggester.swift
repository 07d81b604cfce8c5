/// Reads suggested positions in any article: a sentence where a side, or one of its people or
/// institutions, takes a stance (`StanceVerbs`) and which links to an issue. Works on the
/// corpus's own analysis (sentences, mentions, quotes, issue links): no article's positions
/// need to be written down first.
public enum PositionSuggester {
    /// Every suggestion in the corpus, in document, paragraph and sentence order; one per
    /// sentence, side and issue (the most confident reading). Those the analyst confirmed or
    /// rejected (`corpus.annotations`) carry the verdict.
    /// With `issue`, only that issue's suggestions, the same as filtering all of them, for a
    /// fraction of the work (the explorer asks per issue, when it shows one).
    public static func suggest(_ corpus: Corpus, issue: String? = nil) -> [SuggestedPosition] {
        let sides = Set(corpus.codebook.sides)
        var sideOf: [String: String] = [:]
        for actor in corpus.actors {
            if sides.contains(actor.id) {
                sideOf[actor.id] = actor.id
            } else if let side = actor.side, sides.contains(side) {
                sideOf[actor.id] = side
            }
        }
        let table = sideOf
        let annotations = corpus.annotations
        // Each document on its own, on every core.
        return corpus.documents.asArray.concurrentMap { document in
            var found = suggestions(in: document, sideOf: table, issue: issue)
            if annotations.indices.contains(document.id), let recorded = annotations[document.id] {
                mark(&found, with: recorded.decisions, in: document)
            }
            return found
        }.flatMap { $0 }
    }

    static func suggestions(in document: Document, sideOf: [String: String], issue only: String? = nil) -> [SuggestedPosition] {
        let mentionsByParagraph = Dictionary(grouping: document.mentions.filter { sideOf[$0.actor] != nil }, by: \.paragraph)
        let linksByParagraph = Dictionary(grouping: document.issueLinks, by: \.paragraph)
        let quotesByParagraph = Dictionary(grouping: document.quotes.filter { $0.speaker.flatMap { sideOf[$0] } != nil }, by: \.paragraph)
        var result: [SuggestedPosition] = []
        for paragraph in document.paragraphs where paragraph.kind == .body || paragraph.kind == .lede {
            let links = linksByParagraph[paragraph.index] ?? []
            guard !links.isEmpty, only == nil || links.contains(where: { $0.issue == only }) else { continue }
            let scalars = Array(paragraph.text.unicodeScalars)
            let mentions = (mentionsByParagraph[paragraph.index] ?? []).sorted { $0.span.start < $1.span.start }
            let sentences = paragraph.sentences.isEmpty
                ? [Sentence(span: TextSpan(start: 0, end: scalars.count))] : paragraph.sentences
            // The side an earlier sentence of the paragraph is about, for a pronoun or an unknown subject.
            var topic: String?
            for sentence in sentences {
                let span = sentence.span
                guard span.end <= scalars.count, !span.isEmpty else { continue }
                let linked = issueIDs(links, in: span)
                let inSentence = mentions.filter { span.contains($0.span) }
                guard !linked.isEmpty || !inSentence.isEmpty else { continue }
                let issues = only.map { only in linked.filter { $0.0 == only } } ?? linked
                // Without an issue asked for, the sentence counts only for the side it is about,
                // which needs no stance words, and with no side named in it there is none.
                if issues.isEmpty && inSentence.isEmpty { continue }
                let tokens = SentenceWords.tokens(scalars, span)
                let found = issues.isEmpty ? [] : cues(in: tokens)
                let finder = StanceHolderFinder(
                    tokens: tokens, scalars: scalars, mentions: inSentence, stanceHeads: Set(found.map(\.head)),
                    quoteSpeaker: (quotesByParagraph[paragraph.index] ?? []).first { $0.span.overlaps(span) }?.speaker,
                    earlier: topic)
                topic = finder.topic ?? topic
                guard !issues.isEmpty else { continue }
                var best: [String: SuggestedPosition] = [:]
                for cue in found {
                    for holder in finder.holders(head: cue.head, weight: cue.weight) {
                        guard let side = sideOf[holder.actor] else { continue }
                        for (issue, issueWeight) in issues {
                            let confidence = (cue.weight * holder.weight * issueWeight * 100).rounded() / 100
                            let key = issue + "\u{0}" + side
                            guard (best[key]?.confidence ?? -1) < confidence else { continue }
                            best[key] = SuggestedPosition(
                                issue: issue, side: side, actor: holder.actor, stance: cue.stance, verb: cue.text,
                                evidence: PassageRef(document: document.id, paragraph: paragraph.index, span: span),
                                verbSpan: cue.span, confidence: confidence)
                        }
                    }
                }
                result += best.values.sorted { ($0.issue, $0.side) < ($1.issue, $1.side) }
            }
        }
        return result
    }

    /// Issues the sentence links to, with a weight: 1 for the issue's own words in the
    /// sentence, 0.7 when only the section's heading ties the paragraph to it.
    private static func issueIDs(_ links: [IssueLink], in span: TextSpan) -> [(String, Double)] {
        var result: [(String, Double)] = []
        for link in links {
            if link.spans.contains(where: { span.contains($0) }) {
                result.append((link.issue, 1))
            } else if link.reasons.contains(where: { if case .section = $0 { true } else { false } }) {
                result.append((link.issue, 0.7))
            }
        }
        return result
    }

    struct FoundCue {
        var stance: Stance
        var weight: Double
        var head: Int
        var span: TextSpan
        var text: String
    }

    static func cues(in tokens: [SentenceWords.Token]) -> [FoundCue] {
        var found: [FoundCue] = []
        for (index, token) in tokens.enumerated() {
            for cue in StanceVerbs.candidates(for: token.lower).map({ StanceVerbs.cues[$0] }) {
                var at = index
                var words = [token.text]
                var complete = true
                for word in cue.words.dropFirst() {
                    let limit = min(tokens.count, at + 1 + StanceVerbs.reach)
                    guard let next = (at + 1..<limit).first(where: { StanceCue.matches(word, tokens[$0].lower) }) else {
                        complete = false
                        break
                    }
                    words.append(next == at + 1 ? tokens[next].text : "… " + tokens[next].text)
                    at = next
                }
                guard complete else { continue }
                var stance = cue.stance
                if [.accepts, .preparedTo, .proposes].contains(stance) {
                    let window = max(0, index - 3)..<min(tokens.count, index + 4)
                    if window.contains(where: { StanceVerbs.negations.contains(tokens[$0].lower) }) { stance = .refuses }
                }
                found.append(FoundCue(
                    stance: stance, weight: cue.weight, head: index, span: TextSpan(start: token.start, end: token.end),
                    text: words.joined(separator: " ")))
                break
            }
        }
        return found
    }

    /// Marks the suggestions the analyst decided on: same issue and side, and the decision's
    /// anchor found in the suggestion's sentence.
    static func mark(_ suggestions: inout [SuggestedPosition], with decisions: [SuggestionDecision], in document: Document) {
        for decision in decisions {
            guard let match = TextAnchoring.locate(decision.key.anchor, in: document.paragraphs, document: document.id),
                let span = match.ref.span
            else { continue }
            for index in suggestions.indices {
                let suggestion = suggestions[index]
                guard suggestion.issue == decision.key.issue, suggestion.side == decision.key.side,
                    suggestion.evidence.paragraph == match.ref.paragraph, suggestion.evidence.span?.overlaps(span) ?? false
                else { continue }
                suggestions[index].verdict = decision.verdict
            }
        }
    }
}

/// The words of a sentence with their places, lowercased, for matching stance cues.
enum SentenceWords {
    struct Token {
        var start: Int
        var end: Int
        var text: String
        var lower: String
    }

    static func tokens(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        func close(_ end: Int) {
            guard let from = start else { return }
            let text = String(scalars: scalars[from..<end])
            tokens.append(Token(start: from, end: end, text: text, lower: text.lowercased()))
            start = nil
        }
        for index in span.start..<span.end {
            let scalar = scalars[index]
            // ASCII without a Unicode property look-up: they were a tenth of the suggester's time.
            let value = scalar.value
            let isWord = value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
                    || (value == 0x27 && start != nil)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord {
                if start == nil { start = index }
            } else {
                close(index)
            }
        }
        close(span.end)
        return tokens
    }
}
