/// An issue's dated passages in time order, by side: how a position hardened or softened
/// ("since June 2024 Putin demands…", then "on 24 August Lavrov repeated…").
public struct IssueHistoryEntry: Hashable, Sendable {
    /// Index into `Corpus.timeline`.
    public var event: Int
    /// The side of the first actor with a side that the sentence names: news names who acts
    /// before whom it acts on (`Poetin eist dat Oekraïne…`). Nil when it names none.
    public var side: String?

    public init(event: Int, side: String?) {
        self.event = event
        self.side = side
    }
}

public enum IssueHistory {
    /// The timeline's events that touch `issue`, in date order, each with the side it speaks for.
    public static func entries(issue: String, in corpus: Corpus, timeline: [Event]) -> [IssueHistoryEntry] {
        let sideOf = Dictionary(corpus.actors.compactMap { actor in actor.side.map { (actor.id, $0) } }, uniquingKeysWith: { first, _ in first })
        return timeline.enumerated().compactMap { index, event in
            guard event.issues.contains(issue) else { return nil }
            return IssueHistoryEntry(event: index, side: event.actors.lazy.compactMap { sideOf[$0] }.first)
        }
    }
}
