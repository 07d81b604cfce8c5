import PeaceTalksModel

/// The analyst's tags and memos where the reader shows what they are about: under their
/// paragraph in the article, and in the issue's and actor's detail.
extension ReaderBuilder {
    /// A tag or memo placed in its document.
    struct PlacedAnnotation {
        var paragraph: Int
        var span: TextSpan?
        var line: String
    }

    /// A document's tags and passage memos by paragraph, as lines to show under it. Orphans,
    /// which no longer anchor, are left to `peacetalks annotations --orphans`.
    func annotationLines(document index: Int) -> [Int: [String]] {
        var lines: [Int: [String]] = [:]
        for placed in placedTags(document: index) + placedMemos(document: index) {
            lines[placed.paragraph, default: []].append(placed.line)
        }
        return lines
    }

    func placedTags(document index: Int, issue: String? = nil) -> [PlacedAnnotation] {
        guard let document = data.document(index), let annotations = annotations(index) else { return [] }
        return annotations.tags.compactMap { tag in
            guard issue == nil || tag.issue == issue,
                  let match = TextAnchoring.locate(tag.anchor, in: document.paragraphs, document: index) else { return nil }
            let name = (data.corpus.codebook.issue(tag.issue)?.title ?? tag.issue) + " / " + data.sideName(tag.side)
            return PlacedAnnotation(paragraph: match.ref.paragraph, span: match.ref.span,
                                    line: "⚑ " + TerminalSafeText.oneLine(name) + ": “" + Self.excerpt(tag.anchor.exact) + "”")
        }
    }

    private func placedMemos(document index: Int) -> [PlacedAnnotation] {
        guard let document = data.document(index), let annotations = annotations(index) else { return [] }
        return annotations.memos.compactMap { memo in
            guard case .passage(let selector) = memo.target,
                  let match = TextAnchoring.locate(selector, in: document.paragraphs, document: index) else { return nil }
            return PlacedAnnotation(paragraph: match.ref.paragraph, span: match.ref.span, line: "✎ " + Self.memoText(memo.text))
        }
    }

    /// The memos on an issue or an actor, in every document's annotation file.
    func memos(about target: MemoTarget) -> [String] {
        data.corpus.annotations.compactMap { $0 }.flatMap(\.memos).filter { $0.target == target }.map { "✎ " + Self.memoText($0.text) }
    }

    func annotations(_ document: Int) -> DocumentAnnotations? {
        data.corpus.annotations.indices.contains(document) ? data.corpus.annotations[document] : nil
    }

    /// A memo's lines joined with ` ⏎ `; control characters shown as escapes.
    static func memoText(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafeText.oneLine($0) }.joined(separator: " ⏎ ")
    }

    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let clean = TerminalSafeText.oneLine(text)
        return clean.count <= limit ? clean : String(clean.prefix(limit - 1)) + "…"
    }

    /// The issue's tags and memos, for its detail.
    func appendIssueAnnotations(_ issue: Issue, to content: inout ReaderParts) {
        var tagged: [(target: ArticleTarget, line: String)] = []
        for index in data.corpus.documents.indices {
            for placed in placedTags(document: index, issue: issue.id) {
                let place = (data.label(document: index).map { $0 + " · " } ?? "") + "¶\(placed.paragraph + 1) "
                tagged.append((ArticleTarget(document: index, paragraph: placed.paragraph, spans: placed.span.map { [$0] } ?? []), place + placed.line))
            }
        }
        let memos = memos(about: .issue(issue.id))
        guard !tagged.isEmpty || !memos.isEmpty else { return }
        content.append(ReaderBlock("Tags and memos (\(tagged.count + memos.count))", style: theme.heading))
        for memo in memos { content.append(ReaderBlock(memo, style: theme.annotation, indent: 2)) }
        let style = theme.annotation
        let lines = tagged.map(\.line)
        content.appendRun(tagged.map(\.target)) { item, entry in
            [ReaderBlock(lines[item], style: style, indent: 2, entry: entry)]
        }
        content.append(.blank)
    }
}
