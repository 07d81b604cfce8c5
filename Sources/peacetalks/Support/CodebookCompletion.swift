import PeaceTalksModel

/// Shell completions for `--issue`, `--speaker` and `--actor`: the built-in codebook's ids,
/// with no article read, so a Tab press answers at once.
enum CodebookCompletion {
    @Sendable static func issues(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        matching(prefix, (builtIn?.issues ?? []).map(\.id))
    }

    @Sendable static func actors(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        matching(prefix, (builtIn?.actors ?? []).map(\.id))
    }

    private static var builtIn: Codebook? { try? CodebookLayers.load([.builtIn]).codebook }

    private static func matching(_ prefix: String, _ ids: [String]) -> [String] {
        let wanted = NameFolding.fold(prefix)
        return ids.filter { NameFolding.fold($0).hasPrefix(wanted) }.sorted()
    }
}
