import Foundation
import PeaceTalksModel

/// The picker `f` opens: actors and issues, narrowed as the user types.
public struct FilterPicker: Hashable, Sendable {
    public var query: [Character] = []
    /// The selected choice and the first one shown.
    public var list = ListState()

    public init() {}

    public var text: String { String(query) }
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
}

/// One choice in the picker.
struct FilterOption: Hashable, Sendable {
    var filter: TimelineFilter
    /// `actor` or `issue`.
    var kind: String
    var name: String
}

extension ExplorerData {
    /// Actors that the timeline names, then issues it touches, whose name holds every word
    /// of `query` (case and accents ignored).
    func filterOptions(_ query: String) -> [FilterOption] {
        var named = Set<String>()
        var touched = Set<String>()
        for event in timeline {
            named.formUnion(event.actors)
            touched.formUnion(event.issues)
        }
        var options: [FilterOption] = []
        var seen = Set<String>()
        for actor in corpus.actors where named.contains(actor.id) && seen.insert(actor.id).inserted {
            options.append(FilterOption(filter: .actor(actor.id), kind: "actor", name: actor.name))
        }
        for issue in corpus.issues where touched.contains(issue.id) {
            options.append(FilterOption(filter: .issue(issue.id), kind: "issue", name: issue.title))
        }
        let words = FilterOption.fold(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return options }
        return options.filter { option in
            let name = FilterOption.fold(option.name + " " + option.kind)
            return words.allSatisfy { name.contains($0) }
        }
    }
}

extension FilterOption {
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
