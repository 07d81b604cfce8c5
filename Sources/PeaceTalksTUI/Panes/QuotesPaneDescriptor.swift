import PeaceTalksModel

extension Pane {
    static let quotes = Pane("quotes")
}

/// Every speech quote, narrowed by speaker as one types after `f` (QuotesPane.swift).
struct QuotesPane: PaneDescriptor {
    let pane = Pane.quotes
    let title = "Quotes"

    func count(_ data: ExplorerData, _ browse: BrowseState) -> Int { data.quoteRows(speaker: browse.quoteSpeaker).count }

    func row(_ context: ViewContext, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        context.quoteRow(browse, index)
    }

    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable {
        data.quoteIndex(row: browse.selected, speaker: browse.quoteSpeaker)
    }

    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent {
        builder.quote(builder.data.quoteIndex(row: browse.selected, speaker: browse.quoteSpeaker), width: width)
    }

    func hints(_ context: ViewContext, _ state: ExplorerState) -> String {
        if state.speakerPrompt != nil { return "type a speaker's name · Enter keep · Esc back" }
        return "↑↓ move · f speaker" + (state.browse.quoteSpeaker.isEmpty ? "" : " · F clear") + " · Enter open · w why · y copy · / search · ? help · q quit"
    }

    func narrowing(_ data: ExplorerData, _ browse: BrowseState) -> String? {
        browse.quoteSpeaker.isEmpty ? nil : "speaker “\(browse.quoteSpeaker)”"
    }
}

extension QuotesPane {
    /// The Quotes pane's keys: the speaker filter (`SpeakerPrompt`).
    static let keys = KeySection(title: "Quotes", modes: [.browse], bindings: [
        KeyBinding(note: [.character("f")], "filter by speaker: the list narrows as you type"),
        KeyBinding(note: [.enter, .escape], "keep the filter / put the last one back"),
        KeyBinding(note: [.character("F")], "clear the speaker filter"),
    ])
}
