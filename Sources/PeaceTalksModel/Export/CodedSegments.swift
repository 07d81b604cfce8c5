/// What a coded segment is: a confirmed position's passage, a suggestion not yet decided, or
/// the analyst's tag.
public enum SegmentKind: String, Hashable, Sendable, Codable {
    case confirmed
    case suggested
    case tag
}

/// One passage coded to an issue and a side, as the exports list them.
public struct CodedSegment: Hashable, Sendable {
    public var document: Int
    public var paragraph: Int
    /// In the paragraph's text, Unicode scalars.
    public var span: TextSpan
    public var issue: String
    public var side: String
    /// Actor id of who takes the stance (the side itself for positions and tags).
    public var actor: String
    public var kind: SegmentKind
    /// 1 for positions and tags; the suggestion's confidence otherwise.
    public var confidence: Double
    /// The memos written on a passage that overlaps this one.
    public var memos: [MemoAnnotation]
}

/// Gathers the coded segments of a corpus for the CSV, QDPX and Markdown exports.
public enum CodedSegments {
    /// Confirmed positions first, then tags, then undecided suggestions; each in document order.
    public static func collect(_ corpus: Corpus, includeSuggestions: Bool = true) -> [CodedSegment] {
        var segments: [CodedSegment] = []
        for position in corpus.positions {
            for anchor in position.anchors {
                guard let paragraph = corpus.paragraph(anchor) else { continue }
                segments.append(CodedSegment(
                    document: anchor.document, paragraph: anchor.paragraph,
                    span: anchor.span ?? TextSpan(start: 0, end: paragraph.text.unicodeScalars.count),
                    issue: position.issue, side: position.actor, actor: position.actor, kind: .confirmed, confidence: 1,
                    memos: []))
            }
        }
        for document in corpus.documents {
            for link in document.issueLinks {
                for reason in link.reasons {
                    guard case .tagged(let side) = reason else { continue }
                    for span in link.spans where isTagSpan(span, link: link, document: document, corpus: corpus, side: side) {
                        segments.append(CodedSegment(
                            document: document.id, paragraph: link.paragraph, span: span, issue: link.issue, side: side,
                            actor: side, kind: .tag, confidence: 1, memos: []))
                    }
                }
            }
        }
        if includeSuggestions {
            for suggestion in PositionSuggester.suggest(corpus) where suggestion.verdict == nil {
                guard let span = suggestion.evidence.span else { continue }
                segments.append(CodedSegment(
                    document: suggestion.evidence.document, paragraph: suggestion.evidence.paragraph, span: span,
                    issue: suggestion.issue, side: suggestion.side, actor: suggestion.actor, kind: .suggested,
                    confidence: suggestion.confidence, memos: []))
            }
        }
        var unique: [CodedSegment] = []
        var seen = Set<String>()
        for segment in segments {
            let key = "\(segment.document) \(segment.paragraph) \(segment.span.start) \(segment.span.end) \(segment.issue) "
                + "\(segment.side) \(segment.kind.rawValue)"
            if seen.insert(key).inserted { unique.append(segment) }
        }
        return attachMemos(unique, corpus: corpus)
    }

    /// A tagged link's spans hold keyword matches too: a tag's span is one its annotation names.
    private static func isTagSpan(_ span: TextSpan, link: IssueLink, document: Document, corpus: Corpus, side: String) -> Bool {
        guard corpus.annotations.indices.contains(document.id), let annotations = corpus.annotations[document.id] else {
            return false
        }
        return annotations.tags.contains { tag in
            tag.issue == link.issue && tag.side == side
                && TextAnchoring.locate(tag.anchor, in: document.paragraphs, document: document.id)?.ref
                    == PassageRef(document: document.id, paragraph: link.paragraph, span: span)
        }
    }

    /// Each passage memo, with where it stands now (nil: orphaned).
    public static func passageMemos(_ corpus: Corpus) -> [(MemoAnnotation, PassageRef?)] {
        var result: [(MemoAnnotation, PassageRef?)] = []
        for document in corpus.documents {
            guard corpus.annotations.indices.contains(document.id), let annotations = corpus.annotations[document.id] else {
                continue
            }
            for memo in annotations.memos {
                guard case .passage(let anchor) = memo.target else { continue }
                result.append((memo, TextAnchoring.locate(anchor, in: document.paragraphs, document: document.id)?.ref))
            }
        }
        return result
    }

    private static func attachMemos(_ segments: [CodedSegment], corpus: Corpus) -> [CodedSegment] {
        let memos = passageMemos(corpus)
        guard !memos.isEmpty else { return segments }
        return segments.map { segment in
            var segment = segment
            segment.memos = memos.compactMap { memo, ref in
                guard let ref, ref.document == segment.document, ref.paragraph == segment.paragraph,
                    ref.span?.overlaps(segment.span) ?? true
                else { return nil }
                return memo
            }
            return segment
        }
    }
}
