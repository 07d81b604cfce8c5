import PeaceTalksModel

/// The timeline rows' labels, made when a row is first drawn: making every cluster's label at
/// the start was a tenth of opening 10,000 articles (perf), for the few dozen rows a screen shows.
/// A cluster's label is its key event's name when it reports one, else the short label of its
/// first event.
final class ClusterLabels: @unchecked Sendable {
    private let clusters: [EventCluster]
    private let timeline: [Event]
    private let corpus: Corpus
    private let keyEventNames: [String: String]
    private let lock = Lock()
    private var made: [Int: String] = [:]

    init(clusters: [EventCluster], timeline: [Event], corpus: Corpus) {
        self.clusters = clusters
        self.timeline = timeline
        self.corpus = corpus
        keyEventNames = Dictionary(corpus.codebook.keyEvents.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The label of the cluster at `index`, empty past the end.
    subscript(index: Int) -> String {
        guard clusters.indices.contains(index) else { return "" }
        if let known = lock.locked({ made[index] }) { return known }
        let cluster = clusters[index]
        let label = cluster.keyEvent.flatMap { keyEventNames[$0] } ?? EventLabel.label(of: timeline[cluster.members[0]], in: corpus)
        lock.locked { made[index] = label }
        return label
    }
}
