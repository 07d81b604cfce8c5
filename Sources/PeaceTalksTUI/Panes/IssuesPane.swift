import PeaceTalksModel

extension Pane {
    static let issues = Pane("issues")
}

/// The codebook's issues, with how many passages each has.
struct IssuesPane: PaneDescriptor {
    let pane = Pane.issues
    let title = "Issues"
    let shortensCounts = true

    func count(_ data: ExplorerData, _ browse: BrowseState) -> Int { data.corpus.issues.count }

    func row(_ context: ViewContext, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        guard let issue = context.data.issue(at: index) else { return ([], nil) }
        return ([(issue.title, context.theme.text)], counted(context.data.passageCount(issue: index), "passage"))
    }

    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable { browse.selected }

    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent {
        builder.issue(browse.selected, width: width)
    }

    func hints(_ context: ViewContext, _ state: ExplorerState) -> String {
        "↑↓ move · Enter open · \(Pane.keysHint(state)) · H history · f filter · / search · ? help · q quit"
    }
}
