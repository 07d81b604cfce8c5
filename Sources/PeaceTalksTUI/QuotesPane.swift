import PeaceTalksModel

/// The speaker filter being typed in the Quotes pane.
public struct SpeakerPrompt: Hashable, Sendable {
    /// The filter before `f`, put back by Esc.
    public var saved: String

    public init(saved: String) {
        self.saved = saved
    }
}

extension ExplorerData {
    /// The quotes (indexes into `quotes`) whose speaker's name holds every word of `speaker`,
    /// case and accents ignored; all of them for an empty filter.
    func quoteRows(speaker: String) -> [Int] {
        let words = FilterOption.fold(speaker).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return Array(quotes.indices) }
        return quoteSpeakerKeys.indices.filter { index in words.allSatisfy { quoteSpeakerKeys[index].contains($0) } }
    }

    /// The quote at a row of the filtered list.
    func quoteIndex(row: Int, speaker: String) -> Int? {
        let rows = quoteRows(speaker: speaker)
        return rows.indices.contains(row) ? rows[row] : nil
    }

    func speakerName(of quote: Quote) -> String {
        quote.speaker.map(sideName) ?? "unknown speaker"
    }
}

extension Explorer {
    /// `f` in the Quotes pane: type a speaker's name and the list narrows on every key.
    func filterQuotes(_ state: inout ExplorerState, _ action: Action) {
        switch action {
        case .openFilter:
            state.speakerPrompt = SpeakerPrompt(saved: state.browse.quoteSpeaker)
            state.browse.focus = .list
        case .clearFilter:
            guard !state.browse.quoteSpeaker.isEmpty else {
                state.message = "No speaker filter to clear — f filters the quotes by speaker"
                return
            }
            setSpeaker(&state, "")
            state.message = "Speaker filter cleared"
        case .speakerInsert(let character):
            guard state.browse.quoteSpeaker.count < Self.queryLimit else { return }
            setSpeaker(&state, state.browse.quoteSpeaker + String(character))
        case .speakerDeleteBackward:
            setSpeaker(&state, String(state.browse.quoteSpeaker.dropLast()))
        case .speakerAccept:
            state.speakerPrompt = nil
            let count = data.quoteRows(speaker: state.browse.quoteSpeaker).count
            state.message = state.browse.quoteSpeaker.isEmpty ? nil : "\(count) quote\(count == 1 ? "" : "s") · F clears"
        case .speakerCancel:
            if let prompt = state.speakerPrompt { setSpeaker(&state, prompt.saved) }
            state.speakerPrompt = nil
        default:
            break
        }
    }

    private func setSpeaker(_ state: inout ExplorerState, _ speaker: String) {
        state.browse.quoteSpeaker = speaker
        state.browse.lists[.quotes] = ListState()
        state.browse.reader = ReaderState()
    }

    /// The status line while a speaker is typed: `Speaker: name` with the cursor, the count on the right.
    func drawSpeakerPrompt(_ screen: inout Screen, _ state: ExplorerState, row: Int) -> (row: Int, column: Int) {
        let width = screen.size.width
        let count = data.quoteRows(speaker: state.browse.quoteSpeaker).count
        let right = " \(count) quote\(count == 1 ? "" : "s") "
        let rightWidth = DisplayWidth.of(right)
        let label = "Speaker: "
        let column = screen.put(label, row: row, column: 0, style: theme.status)
        // The end of a long name stays in view, where the cursor is.
        var typed = Array(state.browse.quoteSpeaker)
        let available = max(1, width - column - rightWidth - 1)
        while DisplayWidth.of(String(typed)) >= available, !typed.isEmpty { typed.removeFirst() }
        let end = screen.put(String(typed), row: row, column: column, width: available, style: theme.status)
        if rightWidth < width - column - 1 {
            screen.put(right, row: row, column: width - rightWidth, style: count == 0 ? theme.statusMessage : theme.status)
        }
        return (row, min(width - 1, end))
    }
}

extension ViewContext {
    /// A row of the Quotes pane: the speaker, then the quote's words.
    func quoteRow(_ browse: BrowseState, _ row: Int) -> ListRow {
        guard let index = data.quoteIndex(row: row, speaker: browse.quoteSpeaker) else { return ([], nil) }
        let quote = data.quotes[index]
        return ([(data.speakerName(of: quote), quote.speaker == nil ? theme.dim : theme.text), (" “" + quote.text + "”", theme.dim)],
                data.label(document: quote.document))
    }
}

extension ReaderBuilder {
    /// One quote: its speaker, the words with their place, then its whole paragraph with the quote marked.
    func quote(_ index: Int?, width: Int) -> ReaderContent {
        guard let index, data.quotes.indices.contains(index) else {
            let text = data.quotes.isEmpty ? "No quotes found." : "No quote by that speaker. F clears the filter."
            return ReaderContent(title: "Quotes", blocks: [ReaderBlock(text, style: theme.dim)], width: width)
        }
        let quote = data.quotes[index]
        var blocks = [ReaderBlock(data.speakerName(of: quote), style: theme.heading)]
        blocks += quoteBlocks(quote, entry: 0)
        if let paragraph = data.paragraph(document: quote.document, paragraph: quote.paragraph) {
            blocks.append(ReaderBlock("In its paragraph", style: theme.heading))
            let marked = Highlights().adding([quote.span], style: theme.match)
            blocks.append(ReaderBlock(paragraph.text, style: theme.text, highlights: marked, indent: 2, entry: 0))
        }
        let target = ArticleTarget(document: quote.document, paragraph: quote.paragraph, spans: [quote.span])
        return ReaderContent(title: data.speakerName(of: quote), blocks: blocks, targets: [target], width: width)
    }
}

extension SpeakerPrompt {
    /// The speaker prompt's keys; what is not bound is typed.
    static let keys = KeySection(title: "In the speaker filter", modes: [.speaker], bindings: [
        KeyBinding([.backspace, .control("h"), .delete], .speakerDeleteBackward, "delete the last character"),
        KeyBinding([.enter], .speakerAccept, "keep the filter"),
        KeyBinding([.escape, .control("g")], .speakerCancel, "put the last filter back"),
    ])
}
