import Foundation

/// An annotation whose passage is no longer in the article: listed, kept in the file, never dropped.
public struct AnnotationOrphan: Hashable, Sendable {
    /// `position`, `tag`, `decision`, `speaker` or `memo`.
    public var kind: String
    /// What it records, in a few words (`tag territory / russia`).
    public var label: String
    public var exact: String
    public var place: FilePlace

    public init(kind: String, label: String, exact: String, place: FilePlace) {
        self.kind = kind
        self.label = label
        self.exact = exact
        self.place = place
    }
}

/// One annotation with a passage, and where it stands now.
public struct AnchoredAnnotation: Hashable, Sendable {
    public var kind: String
    public var label: String
    public var selector: TextQuoteSelector
    /// Nil for an orphan.
    public var match: AnchorMatch?
}

/// Applies what the analyst recorded to the analysed corpus: corrected speakers replace the
/// tool's, tagged passages become issue links, confirmed suggestions become positions.
/// Annotations whose passage is gone are reported as orphans.
public enum AnnotationOverlay {
    /// Every annotation of one document with a passage, re-anchored (docs/annotations.md).
    public static func anchor(_ annotations: DocumentAnnotations, in document: Document) -> [AnchoredAnnotation] {
        var items: [(String, String, TextQuoteSelector)] = []
        for position in annotations.positions {
            for anchor in position.anchors { items.append(("position", "position \(position.issue) / \(position.actor)", anchor)) }
        }
        for tag in annotations.tags { items.append(("tag", "tag \(tag.id) \(tag.issue) / \(tag.side)", tag.anchor)) }
        for decision in annotations.decisions {
            items.append((
                "decision", "\(decision.verdict.rawValue) \(decision.key.issue) / \(decision.key.side)", decision.key.anchor
            ))
        }
        for correction in annotations.speakers { items.append(("speaker", "speaker \(correction.actor)", correction.quote)) }
        for memo in annotations.memos {
            if case .passage(let anchor) = memo.target { items.append(("memo", "memo \(memo.id)", anchor)) }
        }
        return items.map { kind, label, selector in
            AnchoredAnnotation(
                kind: kind, label: label, selector: selector,
                match: TextAnchoring.locate(selector, in: document.paragraphs, document: document.id))
        }
    }

    public static func orphans(_ annotations: DocumentAnnotations, in document: Document) -> [AnnotationOrphan] {
        anchor(annotations, in: document).filter { $0.match == nil }.map {
            AnnotationOrphan(kind: $0.kind, label: $0.label, exact: $0.selector.exact, place: $0.selector.place)
        }
    }

    /// `annotations[i]` belongs to `corpus.documents[i]`. Returns a warning for each orphan.
    public static func apply(_ annotations: [DocumentAnnotations?], to corpus: inout Corpus) -> [Diagnostic] {
        var all = annotations
        if all.count < corpus.documents.count { all += [DocumentAnnotations?](repeating: nil, count: corpus.documents.count - all.count) }
        corpus.annotations = Array(all.prefix(corpus.documents.count))
        var warnings: [Diagnostic] = []
        for index in corpus.documents.indices {
            guard let annotations = corpus.annotations[index] else { continue }
            let document = corpus.documents[index]
            let name = URL(fileURLWithPath: document.path).lastPathComponent
            for orphan in orphans(annotations, in: document) where orphan.kind != "position" {
                // Positions' own anchors are already reported by `PositionResolver`.
                warnings.append(.warning(
                    "\(orphan.label): “\(PositionResolver.shortened(orphan.exact))” no longer matches \(name) (kept, orphaned)",
                    file: annotations.path, line: orphan.place.line, column: orphan.place.column))
            }
            applySpeakers(annotations.speakers, to: &corpus, document: index)
            applyTags(annotations.tags, to: &corpus, document: index)
            applyDecisions(annotations.decisions, to: &corpus, document: index)
        }
        return warnings
    }

    private static func applySpeakers(_ corrections: [SpeakerCorrection], to corpus: inout Corpus, document index: Int) {
        for correction in corrections {
            let document = corpus.documents[index]
            guard let span = TextAnchoring.locate(correction.quote, in: document.paragraphs, document: index)?.ref else { continue }
            for quoteIndex in document.quotes.indices {
                let quote = document.quotes[quoteIndex]
                guard quote.paragraph == span.paragraph, let found = span.span, quote.span.overlaps(found) else { continue }
                corpus.documents[index].quotes[quoteIndex].speaker = correction.actor
                corpus.documents[index].quotes[quoteIndex].rule = nil
                corpus.documents[index].quotes[quoteIndex].evidence = []
            }
            include(correction.actor, in: &corpus)
        }
    }

    private static func applyTags(_ tags: [TagAnnotation], to corpus: inout Corpus, document index: Int) {
        guard !tags.isEmpty else { return }
        for tag in tags {
            let document = corpus.documents[index]
            guard let ref = TextAnchoring.locate(tag.anchor, in: document.paragraphs, document: index)?.ref,
                let span = ref.span
            else { continue }
            if let link = document.issueLinks.firstIndex(where: { $0.issue == tag.issue && $0.paragraph == ref.paragraph }) {
                corpus.documents[index].issueLinks[link].reasons.append(.tagged(side: tag.side))
                corpus.documents[index].issueLinks[link].spans.append(span)
                corpus.documents[index].issueLinks[link].spans.sort()
            } else {
                corpus.documents[index].issueLinks.append(IssueLink(
                    issue: tag.issue, document: index, paragraph: ref.paragraph, reasons: [.tagged(side: tag.side)],
                    spans: [span]))
            }
            include(tag.side, in: &corpus)
        }
        let order = Dictionary(corpus.codebook.issues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        corpus.documents[index].issueLinks = corpus.documents[index].issueLinks.enumerated().sorted {
            (order[$0.element.issue] ?? .max, $0.element.paragraph, $0.offset)
                < (order[$1.element.issue] ?? .max, $1.element.paragraph, $1.offset)
        }.map(\.element)
    }

    private static func applyDecisions(_ decisions: [SuggestionDecision], to corpus: inout Corpus, document index: Int) {
        for decision in decisions where decision.verdict == .confirmed {
            let document = corpus.documents[index]
            guard let ref = TextAnchoring.locate(decision.key.anchor, in: document.paragraphs, document: index)?.ref else {
                continue
            }
            let key = decision.key
            if let position = corpus.positions.firstIndex(where: {
                $0.issue == key.issue && $0.actor == key.side && ($0.anchors.first?.document ?? index) == index
                    && !$0.anchors.isEmpty
            }) {
                if !corpus.positions[position].anchors.contains(ref) {
                    corpus.positions[position].anchors.append(ref)
                    corpus.positions[position].fragments.append(key.anchor.exact)
                }
            } else {
                let stance = decision.stance.isEmpty ? "takes a position" : decision.stance
                corpus.positions.append(Position(
                    issue: key.issue, actor: key.side, summary: "\(stance) (confirmed suggestion)",
                    fragments: [key.anchor.exact], anchors: [ref]))
            }
            include(key.side, in: &corpus)
        }
    }

    /// A codebook actor the analyst named joins the corpus's actors when the text did not name it.
    private static func include(_ id: String, in corpus: inout Corpus) {
        guard corpus.actor(id) == nil, let definition = corpus.codebook.actor(id) else { return }
        corpus.actors.append(Actor(
            id: definition.id, name: definition.name, kind: definition.kind, side: definition.side, role: definition.role,
            aliases: definition.aliases))
    }
}
