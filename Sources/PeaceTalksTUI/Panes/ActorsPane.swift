import PeaceTalksModel

extension Pane {
    static let actors = Pane("actors")
}

/// The people, states and groups named, with how often.
struct ActorsPane: PaneDescriptor {
    let pane = Pane.actors
    let title = "Actors"
    let shortensCounts = true

    func count(_ data: ExplorerData, _ browse: BrowseState) -> Int { data.corpus.actors.count }

    func row(_ context: ViewContext, _ browse: BrowseState, _ index: Int, width: Int) -> ListRow {
        let data = context.data, theme = context.theme
        guard let actor = data.actor(at: index) else { return ([], nil) }
        var segments: [(String, Style)] = [(actor.name, theme.text), (" · " + actor.kind.rawValue, theme.dim)]
        if let role = actor.role, !role.isEmpty { segments.append((" · " + role, theme.dim)) }
        let count = data.mentionCounts.indices.contains(index) ? data.mentionCounts[index] : 0
        return (segments, counted(count, "mention"))
    }

    func detailKey(_ data: ExplorerData, _ browse: BrowseState) -> AnyHashable { browse.selected }

    func detail(_ builder: ReaderBuilder, _ browse: BrowseState, width: Int) -> ReaderContent {
        builder.actor(browse.selected, width: width)
    }

    func hints(_ context: ViewContext, _ state: ExplorerState) -> String {
        "↑↓ move · Enter open · \(Pane.keysHint(state)) · / search · f filter · ? help · q quit"
    }
}
