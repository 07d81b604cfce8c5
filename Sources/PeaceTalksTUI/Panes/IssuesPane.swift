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

    func row(_ explorer: Explorer, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        guard let issue = explorer.data.issue(at: index) else { return ([], nil) }
        return ([(issue.title, explorer.theme.text)], counted(explorer.data.passageCount(issue: index), "passage"))
    }

    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable { browse.selected }

    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent {
        builder.issue(browse.selected, width: width)
    }

    func hints(_ explorer: Explorer, _ state: ExplorerState) -> String {
        "↑↓ move · Enter open · \(explorer.paneKeysHint(state)) · H history · f filter · / search · ? help · q quit"
    }
}
