import PeaceTalksModel

/// Builds the reader's blocks for each kind of view, from the corpus only.
struct ReaderBuilder {
    let data: ExplorerData
    let theme: Theme
    /// Where wrapped articles are kept; nil wraps every time.
    var cache: ReaderCache?

    /// This builder without the cache, for the closures of a run: the cache keeps the
    /// content that holds those closures, and a closure holding the cache would make a
    /// cycle that is never freed.
    var detached: ReaderBuilder {
        ReaderBuilder(data: data, theme: theme, cache: nil)
    }

    // MARK: Detail views

    // Lists (passages, quotes, mentions, anchors) are runs: their blocks are made only
    // when they are counted or drawn, so an issue of a thousand-article corpus shows
    // every one of its passages at the cost of a screenful.

    func issue(_ index: Int, width: Int) -> ReaderContent {
        guard let issue = data.issue(at: index) else {
            return ReaderContent(title: "Issues", blocks: [ReaderBlock("No issues in the codebook.", style: theme.dim)], width: width)
        }
        var content = ReaderParts()
        let heading = issue.label.isEmpty || issue.label == issue.title ? issue.title : "\(issue.title) · \(issue.label)"
        content.append(ReaderBlock(heading, style: theme.heading))
        if !issue.description.isEmpty { content.append(ReaderBlock(issue.description, style: theme.text)) }
        content.append(.blank)

        content.append(ReaderBlock("Positions", style: theme.heading))
        let positions = orderedPositions(issue.id)
        let suggested = suggestions(issue: issue.id)
        if positions.isEmpty { content.append(ReaderBlock("No positions for this issue.", style: theme.dim, indent: 2)) }
        for position in positions {
            content.append(ReaderBlock("■ " + data.sideName(position.actor), style: theme.label, indent: 2))
            content.append(ReaderBlock(position.summary, style: theme.text, indent: 4))
            appendAnchors(position.anchors, to: &content, indent: 4, confirmed: suggested.filter { $0.side == position.actor && $0.verdict == .confirmed })
        }
        content.append(.blank)
        appendSuggestions(suggested, to: &content, indent: 0, showSide: true, limit: Self.suggestionsInIssueReader)
        if suggested.contains(where: { $0.verdict != .confirmed }) { content.append(.blank) }
        appendIssueAnnotations(issue, to: &content)

        let passages = cache?.issuePassages(index) { issuePassages(index) } ?? issuePassages(index)
        content.append(ReaderBlock("Passages (\(passages.merged))", style: theme.heading))
        if passages.merged == 0 { content.append(ReaderBlock("No passages linked to this issue.", style: theme.dim, indent: 2)) }
        let shown = passages.shown
        let builder = detached
        content.appendRun(passages.targets, texts: { item in builder.passageTexts(shown[item]) }) { item, entry in
            builder.passageBlocks(shown[item], entry: entry)
        }
        return content.content(title: issue.title, width: width)
    }

    private func issuePassages(_ index: Int) -> IssuePassages {
        let links = mergedLinks(index)
        let shown = links.filter { data.hasParagraph(document: $0.document, paragraph: $0.paragraph) }
        return IssuePassages(merged: links.count, shown: shown,
                             targets: shown.map { ArticleTarget(document: $0.document, paragraph: $0.paragraph, spans: $0.spans) })
    }

    /// A passage linked to an issue: where it stands and why, then the paragraph.
    func passageBlocks(_ link: IssueLink, entry: Int) -> [ReaderBlock] {
        guard let paragraph = data.paragraph(document: link.document, paragraph: link.paragraph) else { return [] }
        return [
            ReaderBlock(passageMeta(link, paragraph), style: theme.dim, indent: 0, entry: entry),
            paragraphBlock(paragraph, spans: link.spans, indent: 2, entry: entry),
            ReaderBlock("", style: .plain, entry: entry),
        ]
    }

    /// `passageBlocks`' texts and indents only, for counting lines.
    func passageTexts(_ link: IssueLink) -> [(text: String, indent: Int)] {
        guard let paragraph = data.paragraph(document: link.document, paragraph: link.paragraph) else { return [] }
        let quoted = paragraph.kind == .pullquote
        return [(passageMeta(link, paragraph), 0), (quoted ? Self.pullQuoteMark + paragraph.text : paragraph.text, quoted ? 4 : 2), ("", 0)]
    }

    private func passageMeta(_ link: IssueLink, _ paragraph: Paragraph) -> String {
        let reasons = link.reasons.map(\.summary).joined(separator: "; ")
        return documentPrefix(link.document) + "§ \(data.sectionTitle(document: link.document, paragraph: paragraph)) · ¶\(paragraph.index + 1) · line \(paragraph.line)" + (reasons.isEmpty ? "" : " — " + reasons)
    }

    func actor(_ index: Int, width: Int) -> ReaderContent {
        guard let actor = data.actor(at: index) else {
            return ReaderContent(title: "Actors", blocks: [ReaderBlock("No actors found.", style: theme.dim)], width: width)
        }
        var content = ReaderParts()
        content.append(ReaderBlock(actor.name, style: theme.heading))
        var facts = [actor.kind.rawValue]
        if let role = actor.role, !role.isEmpty { facts.append(role) }
        if let side = actor.side, side != actor.id { facts.append("side: " + data.sideName(side)) }
        let mentions = data.mentionCounts.indices.contains(index) ? data.mentionCounts[index] : 0
        facts.append("\(mentions) mention" + (mentions == 1 ? "" : "s"))
        if actor.discovered { facts.append("found in the text") }
        content.append(ReaderBlock(facts.joined(separator: " · "), style: theme.dim))
        for memo in memos(about: .actor(actor.id)) { content.append(ReaderBlock(memo, style: theme.annotation)) }
        content.append(.blank)

        let quotes = data.actorQuotes.indices.contains(index) ? data.actorQuotes[index] : []
        content.append(ReaderBlock("Quotes (\(quotes.count))", style: theme.heading))
        if quotes.isEmpty { content.append(ReaderBlock("No quotes.", style: theme.dim, indent: 2)) }
        let builder = detached
        content.appendRun(quotes.map { ArticleTarget(document: $0.document, paragraph: $0.paragraph, spans: [$0.span]) }) { item, entry in
            builder.quoteBlocks(quotes[item], entry: entry)
        }
        content.append(.blank)

        let groups = data.actorMentions.indices.contains(index) ? data.actorMentions[index] : []
        content.append(ReaderBlock("Mentions (\(mentions))", style: theme.heading))
        if groups.isEmpty { content.append(ReaderBlock("No mentions.", style: theme.dim, indent: 2)) }
        let shown = groups.filter { !$0.spans.isEmpty && data.hasParagraph(document: $0.document, paragraph: $0.paragraph) }
        content.appendRun(shown.map { ArticleTarget(document: $0.document, paragraph: $0.paragraph, spans: $0.spans) }) { item, entry in
            builder.mentionBlocks(shown[item], entry: entry)
        }
        return content.content(title: actor.name, width: width)
    }

    /// An actor's quote: where, who cited it, then the words with their issue tags.
    func quoteBlocks(_ quote: Quote, entry: Int) -> [ReaderBlock] {
        var meta = documentPrefix(quote.document) + "¶\(quote.paragraph + 1)"
        if let paragraph = data.paragraph(document: quote.document, paragraph: quote.paragraph) {
            meta += " · line \(paragraph.line)"
        }
        if let citer = quote.citedBy { meta += " · cited by " + data.sideName(citer) }
        var text = "“" + quote.text + "”"
        let tagStart = text.unicodeScalars.count
        for issue in quote.issues { text += " [\(issue)]" }
        let tags = Highlights().adding([TextSpan(start: tagStart, end: text.unicodeScalars.count)], style: theme.tag)
        return [
            ReaderBlock(meta, style: theme.dim, entry: entry),
            ReaderBlock(text, style: theme.text, highlights: tags, indent: 2, entry: entry),
            ReaderBlock("", style: .plain, entry: entry),
        ]
    }

    /// A paragraph where an actor is named: a snippet around the first mention.
    private func mentionBlocks(_ group: MentionGroup, entry: Int) -> [ReaderBlock] {
        guard let paragraph = data.paragraph(document: group.document, paragraph: group.paragraph),
              let first = group.spans.min() else { return [] }
        let cut = snippet(paragraph.text, around: first, before: 80, after: 160)
        let prefix = cut.clippedStart ? "…" : ""
        let shift = prefix.unicodeScalars.count - cut.offset
        let spans = group.spans.map { TextSpan(start: $0.start + shift, end: $0.end + shift) }
        let text = prefix + cut.text + (cut.clippedEnd ? "…" : "")
        return [
            ReaderBlock(documentPrefix(group.document) + "¶\(paragraph.index + 1) · line \(paragraph.line)", style: theme.dim, entry: entry),
            ReaderBlock(text, style: theme.text, highlights: Highlights().adding(spans, style: theme.match), indent: 2, entry: entry),
            ReaderBlock("", style: .plain, entry: entry),
        ]
    }

    // MARK: Article

    /// The whole document, with the target paragraph marked and its spans highlighted.
    /// The whole article, scrolled to the target. With `around`, only the paragraphs within
    /// that many of the target: the search preview, rebuilt on every keystroke, wraps a few
    /// paragraphs instead of the whole document (Enter opens the whole article).
    func article(_ target: ArticleTarget, width: Int, around: Int? = nil) -> ReaderContent {
        guard let document = data.document(target.document) else {
            return ReaderContent(title: "Reader", blocks: [ReaderBlock("This passage is not in the corpus.", style: theme.dim)], width: width)
        }
        var speakers: [Int: [String]] = [:]
        for quote in document.quotes where quote.kind == .speech {
            guard let speaker = quote.speaker else { continue }
            let name = data.sideName(speaker)
            if !(speakers[quote.paragraph] ?? []).contains(name) { speakers[quote.paragraph, default: []].append(name) }
        }
        let marks = annotationLines(document: target.document)
        var blocks: [ReaderBlock] = []
        var focus: (block: Int, scalar: Int)?
        let shown: ArraySlice<Paragraph>
        if let around {
            let lower = max(0, target.paragraph - around)
            let upper = min(document.paragraphs.count, max(lower, target.paragraph + around + 1))
            shown = document.paragraphs[lower..<upper]
        } else {
            shown = document.paragraphs[...]
        }
        for whole in shown {
            let isTarget = whole.index == target.paragraph
            // The preview shows a window of a huge paragraph: wrapping it all takes seconds.
            let (paragraph, spans, context) = around == nil
                ? (whole, isTarget ? target.spans : [], isTarget ? target.context : nil)
                : PreviewWindow.clip(whole, spans: isTarget ? target.spans : [], context: isTarget ? target.context : nil)
            if paragraph.kind == .heading, !blocks.isEmpty, blocks.last?.text.isEmpty == false {
                blocks.append(.blank)
            }
            if isTarget {
                let prefix = paragraph.kind == .pullquote ? 2 : 0
                focus = (blocks.count, prefix + (spans.map(\.start).min() ?? context?.start ?? 0))
            }
            var block = paragraphBlock(paragraph, spans: spans, context: context, indent: 0, entry: nil)
            block.isTarget = isTarget
            blocks.append(block)
            for name in speakers[paragraph.index] ?? [] {
                blocks.append(ReaderBlock("— " + name, style: theme.speaker, indent: 2, isTarget: isTarget))
            }
            for mark in marks[paragraph.index] ?? [] {
                blocks.append(ReaderBlock(mark, style: theme.annotation, indent: 2, isTarget: isTarget))
            }
            if paragraph.kind != .heading { blocks.append(.blank) }
        }
        if blocks.isEmpty { blocks.append(ReaderBlock("This document has no text.", style: theme.dim)) }
        // Block texts and indents do not depend on the target, so the geometry is shared.
        let title = data.longLabel(document: target.document) ?? document.displayTitle
        let geometry = around == nil ? cache?.articleGeometry(ArticleKey(document: target.document, width: width)) : nil
        return ReaderContent(title: title, blocks: blocks, width: width, focus: focus, geometry: geometry)
    }

    // MARK: Compare

    /// One column of compare: a side's position on the issue and its passages.
    func side(_ sideID: String?, issue index: Int, width: Int) -> ReaderContent {
        guard let sideID else {
            return ReaderContent(title: "", blocks: [ReaderBlock("The codebook names no sides.", style: theme.dim)], width: width)
        }
        var content = ReaderParts()
        content.append(ReaderBlock(data.sideName(sideID), style: theme.heading))
        let issueID = data.issue(at: index)?.id
        let positions = data.corpus.positions.filter { $0.issue == issueID && $0.actor == sideID }
        let suggested = suggestions(issue: issueID, side: sideID)
        if positions.isEmpty {
            content.append(ReaderBlock("No position on this issue.", style: theme.dim))
        }
        for position in positions {
            content.append(ReaderBlock(position.summary, style: theme.text))
            content.append(.blank)
            appendAnchors(position.anchors, to: &content, indent: 0, confirmed: suggested.filter { $0.verdict == .confirmed })
        }
        if suggested.contains(where: { $0.verdict != .confirmed }) { content.append(.blank) }
        appendSuggestions(suggested, to: &content, indent: 0, showSide: false)
        return content.content(title: data.sideName(sideID), width: width)
    }

    // MARK: Pieces

    /// Before a pull quote's text: two scalars, which its highlights are shifted by.
    static let pullQuoteMark = "❝ "

    func paragraphBlock(_ paragraph: Paragraph, spans: [TextSpan], context: TextSpan? = nil, indent: Int, entry: Int?) -> ReaderBlock {
        var highlights = Highlights()
        var text = paragraph.text
        var style = theme.text
        var shift = 0
        switch paragraph.kind {
        case .heading:
            style = theme.heading
        case .pullquote:
            text = Self.pullQuoteMark + text
            shift = 2
            style = theme.pullQuote
            highlights = highlights.adding([TextSpan(start: 0, end: 1)], style: theme.marker)
        case .lede, .body:
            break
        }
        func shifted(_ span: TextSpan) -> TextSpan { TextSpan(start: span.start + shift, end: span.end + shift) }
        if let context { highlights = highlights.adding([shifted(context)], style: theme.context) }
        highlights = highlights.adding(spans.map(shifted), style: theme.match)
        var block = ReaderBlock(text, style: style, highlights: highlights, indent: indent + (paragraph.kind == .pullquote ? 2 : 0), entry: entry)
        block.paragraphShift = shift
        return block
    }

    /// A position's anchors as openable snippets, made when shown.
    /// An anchor that comes from a `confirmed` suggestion says so, and `x` on it rejects it.
    private func appendAnchors(_ anchors: [PassageRef], to content: inout ReaderParts, indent: Int, confirmed: [SuggestedPosition] = []) {
        let shown = anchors.filter { data.hasParagraph(document: $0.document, paragraph: $0.paragraph) }
        let builder = detached
        let sources = shown.map { confirmedSuggestion(at: $0, among: confirmed) }
        content.appendSuggestionEntries(sources)
        content.appendRun(shown.map { ArticleTarget(document: $0.document, paragraph: $0.paragraph, spans: $0.span.map { [$0] } ?? []) }) { item, entry in
            builder.anchorBlock(shown[item], indent: indent, entry: entry, confirmed: sources[item] != nil).map { [$0] } ?? []
        }
    }

    /// A position's anchor as an openable snippet.
    private func anchorBlock(_ anchor: PassageRef, indent: Int, entry: Int, confirmed: Bool = false) -> ReaderBlock? {
        guard let paragraph = data.paragraph(document: anchor.document, paragraph: anchor.paragraph) else { return nil }
        let span = anchor.span ?? TextSpan(start: 0, end: 0)
        let cut = snippet(paragraph.text, around: span, before: 40, after: 40)
        let badge = confirmed ? Self.confirmedBadge + " · " : ""
        let prefix = badge + documentPrefix(anchor.document) + "¶\(paragraph.index + 1) " + (cut.clippedStart ? "…" : "")
        let shift = prefix.unicodeScalars.count - cut.offset
        var highlights = Highlights().adding([TextSpan(start: 0, end: prefix.unicodeScalars.count)], style: theme.dim)
        if confirmed { highlights = highlights.adding([TextSpan(start: 0, end: Self.confirmedBadge.unicodeScalars.count)], style: theme.confirmed) }
        if let s = anchor.span { highlights = highlights.adding([TextSpan(start: s.start + shift, end: s.end + shift)], style: theme.match) }
        return ReaderBlock(prefix + cut.text + (cut.clippedEnd ? "…" : ""), style: theme.text, highlights: highlights, indent: indent, entry: entry)
    }

    /// `label · ` before a passage's place, in corpus mode only.
    func documentPrefix(_ document: Int) -> String {
        data.label(document: document).map { $0 + " · " } ?? ""
    }

    /// The positions on an issue, sides in the codebook's order first.
    private func orderedPositions(_ issueID: String) -> [Position] {
        let positions = data.corpus.positions.filter { $0.issue == issueID }
        return positions.enumerated().sorted { lhs, rhs in
            let l = data.sides.firstIndex(of: lhs.element.actor) ?? Int.max
            let r = data.sides.firstIndex(of: rhs.element.actor) ?? Int.max
            return (l, lhs.offset) < (r, rhs.offset)
        }.map(\.element)
    }

    /// One link per paragraph: several links to the same paragraph join their reasons and spans.
    private func mergedLinks(_ index: Int) -> [IssueLink] {
        guard data.issueLinks.indices.contains(index) else { return [] }
        var result: [IssueLink] = []
        for link in data.issueLinks[index] {
            if let last = result.last, last.document == link.document, last.paragraph == link.paragraph {
                for reason in link.reasons where !last.reasons.contains(reason) { result[result.count - 1].reasons.append(reason) }
                result[result.count - 1].spans += link.spans
            } else {
                result.append(link)
            }
        }
        return result
    }
}
