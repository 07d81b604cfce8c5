/// What a component reads besides its own state: the corpus and the colours, read-only.
/// Components take this, not the explorer, so they can reach nothing else.
struct ViewContext: Sendable {
    let data: ExplorerData
    let theme: Theme
}

extension Explorer {
    var context: ViewContext { ViewContext(data: data, theme: theme) }
}
