import PeaceTalksModel

extension Pane {
    static let documents = Pane("documents")
}

/// The articles of a corpus, one row each: date, outlet (else file name) and title, with how
/// many quotes, events and issues each has. Enter opens the article.
struct DocumentsPane: PaneDescriptor {
    let pane = Pane.documents
    let title = "Documents"
    let needsSeveralDocuments = true

    func count(_ data: ExplorerData, _ browse: BrowseState) -> Int { data.corpus.documents.count }

    func row(_ context: ViewContext, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        let data = context.data, theme = context.theme
        guard let document = data.document(index) else { return ([], nil) }
        let date = Self.date(document)
        let source = Self.source(document, data: data, index: index)
        // Sources in a column as wide as the file labels, so titles line up.
        let padding = String(repeating: " ", count: max(0, data.documentLabelWidth - DisplayWidth.of(source)))
        let dated = date + String(repeating: " ", count: max(0, 10 - DisplayWidth.of(date)))
        let sourced = " " + source + padding
        // A narrow list keeps room for the title: `2q 3e 1i` instead of the words, then no source.
        var right = Self.counts(document).joined(separator: " · ")
        let room = width - 2 - DisplayWidth.of(dated)
        if room - DisplayWidth.of(sourced) - DisplayWidth.of(right) < 20 { right = Self.shortCounts(document) }
        var segments: [(String, Style)] = [(dated, theme.label)]
        if room - DisplayWidth.of(sourced) - DisplayWidth.of(right) >= 20 { segments.append((sourced, theme.dim)) }
        segments.append(("  " + TerminalSafeText.oneLine(document.displayTitle), theme.text))
        return (segments, right)
    }

    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable { browse.selected }

    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent {
        let data = builder.data, theme = builder.theme
        guard let document = data.document(browse.selected) else {
            return ReaderContent(title: title, blocks: [ReaderBlock("No documents.", style: theme.dim)], width: width)
        }
        var blocks = [ReaderBlock(document.displayTitle, style: theme.heading)]
        var facts = [Self.date(document)]
        if let source = document.metadata.source, !source.isEmpty { facts.append(source) }
        facts.append(document.name)
        facts.append(document.language.rawValue)
        blocks.append(ReaderBlock(facts.joined(separator: " · "), style: theme.dim))
        blocks.append(ReaderBlock(Self.counts(document).joined(separator: " · "), style: theme.label))
        blocks.append(.blank)
        let issues = Self.issues(document)
        if !issues.isEmpty {
            blocks.append(ReaderBlock("Issues", style: theme.heading))
            for id in issues { blocks.append(ReaderBlock(data.issueTitle(id), style: theme.tag, indent: 2)) }
            blocks.append(.blank)
        }
        var targets: [ArticleTarget] = []
        if let first = document.paragraphs.first {
            blocks.append(ReaderBlock("Opening — Enter reads the whole article", style: theme.heading))
            blocks.append(builder.paragraphBlock(first, spans: [], indent: 0, entry: 0))
            targets.append(ArticleTarget(document: browse.selected, paragraph: first.index))
        }
        return ReaderContent(title: data.longLabel(document: browse.selected) ?? document.displayTitle, blocks: blocks, targets: targets, width: width)
    }

    func hints(_ context: ViewContext, _ state: ExplorerState) -> String {
        "↑↓ move · Enter read · \(Pane.keysHint(state)) · / search · ? help · q quit"
    }

    func document(_ data: ExplorerData, _ browse: BrowseState) -> Int? { browse.selected }

    /// Enter on a row opens the article from its start.
    func open(_ explorer: Explorer, _ state: inout ExplorerState, layout: Layout) -> Bool {
        guard let document = explorer.data.document(state.browse.selected), let first = document.paragraphs.first else { return false }
        explorer.openArticle(&state, ArticleTarget(document: state.browse.selected, paragraph: first.index), layout: layout)
        return true
    }

    static func date(_ document: Document) -> String {
        (document.metadata.date ?? document.anchor.published)?.iso ?? "no date"
    }

    /// The outlet where the metadata names one, else the file's short name.
    static func source(_ document: Document, data: ExplorerData, index: Int) -> String {
        if let source = document.metadata.source, !source.isEmpty { return DisplayWidth.truncate(TerminalSafeText.oneLine(source), to: DocumentLabel.maximum + 1) }
        return data.documentLabels.indices.contains(index) ? data.documentLabels[index] : document.name
    }

    /// `2 quotes`, `3 events`, `1 issue`: what the analysis found in it.
    static func counts(_ document: Document) -> [String] {
        let quotes = document.quotes.filter { $0.kind == .speech && !$0.isRepeat }.count
        return [counted(quotes, "quote"), counted(document.events.count, "event"), counted(issues(document).count, "issue")]
    }

    static func shortCounts(_ document: Document) -> String {
        let quotes = document.quotes.filter { $0.kind == .speech && !$0.isRepeat }.count
        return "\(quotes)q \(document.events.count)e \(issues(document).count)i"
    }

    /// The issues linked to its passages, in the order they are first linked.
    static func issues(_ document: Document) -> [String] {
        var seen: [String] = []
        for link in document.issueLinks where !seen.contains(link.issue) { seen.append(link.issue) }
        return seen
    }
}
