import PeaceTalksModel

/// Which side has the keyboard: the list or the reader.
public enum Focus: Hashable, Sendable {
    case list, reader
}

/// A passage to show inside its whole article.
public struct ArticleTarget: Hashable, Sendable {
    public var document: Int
    public var paragraph: Int
    /// Matches to highlight in the paragraph.
    public var spans: [TextSpan]
    /// A part of the paragraph to mark, e.g. an event's sentence.
    public var context: TextSpan?

    public init(document: Int, paragraph: Int, spans: [TextSpan] = [], context: TextSpan? = nil) {
        self.document = document
        self.paragraph = paragraph
        self.spans = spans
        self.context = context
    }
}

/// What the reader shows.
public enum ReaderMode: Hashable, Sendable {
    /// The selected list item: an issue's passages, an actor's quotes, an event in context.
    case detail
    /// One passage in its whole article.
    case article(ArticleTarget)
    /// Two sides' positions on the selected issue, in two columns.
    case compare
    /// The selected issue's dated passages in time order, one column per side.
    case history

    /// Two columns of sides, switched with `[ ] { }`.
    var isTwoSided: Bool { self == .compare || self == .history }
}

/// Everything that a search cancel must put back: where the user was.
public struct BrowseState: Hashable, Sendable {
    public var pane: Pane = .issues
    public var focus: Focus = .list
    /// Each pane's selected and first visible row.
    public var lists: [Pane: ListState] = [:]
    /// The reader's own state: what it shows, its selected entry and its scroll.
    public var reader = ReaderState()
    /// Compare's and history's own state: the two sides and compare's selected entry.
    public var compare = CompareState()
    /// What the Timeline pane is narrowed to, chosen with `f`.
    public var timelineFilter: TimelineFilter?
    /// What the Quotes pane is narrowed to: words of the speaker's name, typed after `f` there.
    public var quoteSpeaker = ""

    public init() {}

    /// A pane's list; one never shown is at its start.
    public func list(_ pane: Pane) -> ListState { lists[pane] ?? ListState() }

    /// The shown pane's selected row.
    public var selected: Int {
        get { list(pane).selected }
        set { lists[pane, default: ListState()].selected = newValue }
    }
}

/// A search the prompt waits for: its query, and the generation that tells its result from
/// those of earlier keystrokes. The runtime runs it off the drawing path (see `Explorer.runSearch`).
public struct SearchRequest: Hashable, Sendable {
    public var query: String
    public var generation: Int
    /// Counting every hit, after the best were shown: only the total is taken from it.
    public var countsEveryHit: Bool

    public init(query: String, generation: Int, countsEveryHit: Bool = false) {
        self.query = query
        self.generation = generation
        self.countsEveryHit = countsEveryHit
    }
}

/// The open search prompt.
public struct SearchPrompt: Hashable, Sendable {
    public var query: [Character] = []
    /// Insertion point, in characters.
    public var cursor = 0
    public var results: [SearchHit] = []
    /// Every hit of the query; more than `results` when the engine listed only the best.
    public var total = 0
    /// False while `total` is a lower bound: the search stopped once the best hits were known,
    /// and `counting` finds the rest.
    public var totalIsExact = true
    /// The count of every hit, run after the best are shown; nil when none is awaited.
    public var counting: SearchRequest?
    /// The selected result and the first one shown.
    public var list = ListState()
    /// Position in the history while recalling with ↑/↓; nil while typing.
    public var historyIndex: Int?
    /// What was typed before recalling history, given back by ↓ past the newest entry.
    public var draft: [Character] = []
    /// Where the user was when the prompt opened, restored by Esc.
    public var saved: BrowseState
    /// The search the results wait for; nil when they answer the query as typed. Until it
    /// ends, the earlier results stay on screen with a “searching…” marker.
    public var pending: SearchRequest?
    /// Enter was pressed while searching: open the first result once the search ends.
    public var acceptWhenFinished = false
    /// Characters typed or pasted past `Explorer.queryLimit`, dropped; shown on the status line.
    public var dropped = 0

    public init(saved: BrowseState) {
        self.saved = saved
    }

    public var text: String { String(query) }
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
}

/// The explorer's whole state: plain data, changed only by `Explorer.update`.
public struct ExplorerState: Hashable, Sendable {
    public var size: Size
    /// The panes this corpus shows, in tab order (`Pane.registered`, less those it has no use for).
    public var panes: [Pane] = Pane.allCases.filter { !$0.descriptor.needsSeveralDocuments }
    public var browse = BrowseState()
    public var search: SearchPrompt?
    /// Results of the last accepted search, stepped through with n/N.
    public var results: [SearchHit] = []
    public var resultIndex: Int?
    public var lastQuery = ""
    /// Earlier searches, oldest first.
    public var history: [String] = []
    /// The generation of the newest search requested, in any prompt: each request gets the next.
    public var searchGeneration = 0
    /// The help overlay, when open.
    public var help: HelpOverlay?
    public var showHelp: Bool { help != nil }
    /// "Why this speaker" (`w`), when open.
    public var why: WhyPanel?
    /// The open filter picker (`f`).
    public var picker: FilterPicker?
    /// The speaker filter being typed in the Quotes pane (`f` there); holds the filter to restore on Esc.
    public var speakerPrompt: SpeakerPrompt?
    /// The sentences `v` selected in the reader's passage; nil: commands act on the whole passage.
    public var selection: SentenceSelection?
    /// The inline memo editor (`m` without `$VISUAL`/`$EDITOR`).
    public var memoEditor: MemoEditor?
    /// A one-time message for the status line, cleared by the next key.
    public var message: String?
    /// What the backend must do next outside the screen (copy, open an editor); it takes them.
    public var effects: [Effect] = []
    /// The explorer takes mouse events; off (`M`), the terminal's own text selection works.
    public var mouseCapture = true
    public var quit = false

    public init(size: Size) {
        self.size = size
    }
}
