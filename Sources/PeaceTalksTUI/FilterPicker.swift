import Foundation
import PeaceTalksModel

/// A list of choices narrowed as the user types: the timeline filter (`f`), the issue and
/// side of a tag (`t`), a quote's new speaker (`s`). What it offers and what Enter does
/// follow from its purpose.
public struct FilterPicker: Hashable, Sendable {
    public var query: [Character] = []
    /// The selected choice and the first one shown.
    public var list = ListState()
    public var purpose: PickerPurpose = .timeline

    public init(purpose: PickerPurpose = .timeline) {
        self.purpose = purpose
    }

    public var text: String { String(query) }
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
}

/// What a picker is for.
public enum PickerPurpose: Hashable, Sendable {
    /// Narrow the timeline to an actor or an issue.
    case timeline
    /// Tag the passage to an issue and a side.
    case tag(CodingPassage)
    /// Make an actor the speaker of the quote (document and index in its quotes).
    case speaker(document: Int, quote: Int)

    /// The picker box's title.
    var title: String {
        switch self {
        case .timeline: return "Filter the timeline"
        case .tag(let passage): return "Tag " + passage.label
        case .speaker: return "Speaker of the quote"
        }
    }
}

/// What a choice stands for.
enum PickerChoice: Hashable, Sendable {
    case timeline(TimelineFilter)
    case tag(issue: String, side: String)
    case speaker(String)
}

/// One choice in the picker.
struct FilterOption: Hashable, Sendable {
    var choice: PickerChoice
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
            options.append(FilterOption(choice: .timeline(.actor(actor.id)), kind: "actor", name: actor.name))
        }
        for issue in corpus.issues where touched.contains(issue.id) {
            options.append(FilterOption(choice: .timeline(.issue(issue.id)), kind: "issue", name: issue.title))
        }
        return FilterOption.narrowed(options, by: query)
    }

    /// The picker's choices for its purpose, narrowed by what was typed.
    func pickerOptions(_ picker: FilterPicker) -> [FilterOption] {
        switch picker.purpose {
        case .timeline:
            return filterOptions(picker.text)
        case .tag:
            // Every issue with every side: "Territory / Rusland" is one choice, typed as "terr rus".
            var options: [FilterOption] = []
            for issue in corpus.issues {
                for side in sides {
                    options.append(FilterOption(choice: .tag(issue: issue.id, side: side), kind: "tag", name: issue.title + " / " + sideName(side)))
                }
            }
            return FilterOption.narrowed(options, by: picker.text)
        case .speaker:
            // The codebook's actors: a speaker correction must name one (AnnotationSession checks).
            var seen = Set<String>()
            var options: [FilterOption] = []
            for actor in corpus.codebook.actors where seen.insert(actor.id).inserted {
                options.append(FilterOption(choice: .speaker(actor.id), kind: actor.kind.rawValue, name: actor.name))
            }
            return FilterOption.narrowed(options, by: picker.text)
        }
    }
}

extension FilterOption {
    /// The options whose name and kind hold every word of `query` (case and accents ignored).
    static func narrowed(_ options: [FilterOption], by query: String) -> [FilterOption] {
        let words = FilterOption.fold(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return options }
        return options.filter { option in
            let name = FilterOption.fold(option.name + " " + option.kind)
            return words.allSatisfy { name.contains($0) }
        }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension FilterPicker {
    /// The picker's keys; what is not bound is typed.
    static let keys = KeySection(title: "In a picker (filter, tag, speaker)", modes: [.picker], bindings: [
        KeyBinding([.down, .control("n"), .tab], .pickerDown, "next choice"),
        KeyBinding([.up, .control("p"), .backTab], .pickerUp, "previous choice"),
        KeyBinding([.backspace, .control("h"), .delete], .pickerDeleteBackward, "delete the last character"),
        KeyBinding([.enter], .pickerAccept, "take the choice"),
        KeyBinding([.escape, .control("g")], .pickerCancel, "close, nothing changed"),
    ])
}
