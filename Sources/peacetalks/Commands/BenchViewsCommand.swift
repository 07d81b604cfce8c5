import ArgumentParser
import PeaceTalksModel
import PeaceTalksTUI

/// `peacetalks bench-views PATH...`: the time of each key and its frame while browsing the
/// explorer's views (issues, actors, events, a long reader, search and back). Hidden: for
/// measuring the reader by hand.
struct BenchViewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-views",
        abstract: "Time the explorer's keys and frames while browsing issues, actors, events and the reader.",
        shouldDisplay: false)

    @OptionGroup var input: InputOptions
    @Option(help: "Terminal width.") var width = 120
    @Option(help: "Terminal height.") var height = 40
    @Option(help: "How many actors and events to step through.") var steps = 30
    @Option(help: "What to type into the search prompt.") var query = "oekraine"
    @Option(help: "Then show every issue, actor (up to --steps) and event, and End on the longest issue, this many times over with cold caches: for a profiler.")
    var profileRounds = 0

    func run() throws {
        let clock = ContinuousClock()
        var out = StandardOutput()
        defer { out.flush() }
        let loadStart = clock.now
        let (corpus, _) = try input.loadCorpus()
        out.line("load \(Self.milliseconds(loadStart.duration(to: clock.now))) ms")
        let size = Size(width: width, height: height)

        var explorer: Explorer?
        let building = clock.measure { explorer = Explorer(corpus: corpus, options: ExplorerOptions()) }
        guard let explorer else { return }
        out.line("explorer data (lists, search index) \(Self.milliseconds(building)) ms")
        let started = clock.now
        var state = explorer.initialState(size: size)
        withExtendedLifetime(explorer.render(state, size: size)) {}
        let first = started.duration(to: clock.now)
        out.line("first frame after the data \(Self.milliseconds(first)) ms")

        func key(_ key: Key) -> Duration {
            clock.measure {
                for action in explorer.actions(for: .key(key), in: state) {
                    state = explorer.update(state, action)
                }
                withExtendedLifetime(explorer.render(state, size: size)) {}
            }
        }
        func report(_ label: String, _ samples: [Duration]) {
            guard !samples.isEmpty else { return }
            let sorted = samples.sorted()
            let total = samples.reduce(Duration.zero, +)
            out.line("\(label): n \(samples.count) · mean \(Self.milliseconds(total / samples.count)) · p50 \(Self.milliseconds(sorted[sorted.count / 2])) · max \(Self.milliseconds(sorted[sorted.count - 1])) ms")
        }

        let issues = corpus.issues.count
        report("issues ↓ (first visit)", (0..<max(0, issues - 1)).map { _ in key(.down) })
        report("issues ↑ (again)", (0..<max(0, issues - 1)).map { _ in key(.up) })
        _ = key(.character("2"))
        report("actors ↓", (0..<steps).map { _ in key(.down) })
        _ = key(.character("3"))
        report("events ↓", (0..<steps).map { _ in key(.down) })
        _ = key(.character("1"))

        // The longest issue's passages: to the end and back, a page, a few passages.
        let longest = (0..<issues).max { lhs, rhs in Self.passages(corpus, lhs) < Self.passages(corpus, rhs) } ?? 0
        for _ in 0..<longest { _ = key(.down) }
        out.line("longest issue: #\(longest) with \(Self.passages(corpus, longest)) links")
        report("reader Tab", [key(.tab)])
        report("reader End", [key(.end)])
        report("reader ↑ at the end", (0..<10).map { _ in key(.up) })
        report("reader Home", [key(.home)])
        report("reader PgDn", (0..<5).map { _ in key(.pageDown) })
        report("reader ↓", (0..<10).map { _ in key(.down) })
        report("reader Enter (article)", [key(.enter)])
        report("article ↓", (0..<10).map { _ in key(.down) })
        report("article Esc", [key(.escape)])
        report("reader Esc to list", [key(.escape)])
        report("compare c", [key(.character("c"))])
        report("compare ]", [key(.character("]"))])
        report("compare Esc", [key(.escape)])
        _ = key(.escape)

        report("search /", [key(.character("/"))])
        report("search typing", query.map { key(.character($0)) })
        report("search Ctrl-N", (0..<10).map { _ in key(.control("n")) })
        report("search Esc (back to the issue)", [key(.escape)])
        report("issues ↓ after search", (0..<max(0, min(3, issues - 1 - longest))).map { _ in key(.down) })

        var rounds: [Duration] = []
        for _ in 0..<profileRounds {
            rounds.append(clock.measure {
                let cold = Explorer(corpus: corpus, options: ExplorerOptions(), search: { _ in [] })
                var state = cold.initialState(size: size)
                for key in [Key.character("1")] + Array(repeating: .down, count: longest) + [.tab, .end, .escape]
                    + Array(repeating: .down, count: issues) + [.character("2")]
                    + Array(repeating: .down, count: steps) + [.character("3")] + Array(repeating: .down, count: steps) {
                    for action in cold.actions(for: .key(key), in: state) { state = cold.update(state, action) }
                    withExtendedLifetime(cold.render(state, size: size)) {}
                }
            })
        }
        report("profile rounds (issues, actors, events, cold)", rounds)
    }

    static func passages(_ corpus: Corpus, _ issue: Int) -> Int {
        guard corpus.issues.indices.contains(issue) else { return 0 }
        let id = corpus.issues[issue].id
        return corpus.documents.reduce(0) { total, document in total + document.issueLinks.reduce(0) { $0 + ($1.issue == id ? 1 : 0) } }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let parts = duration.components
        let hundredths = (parts.seconds * 100_000) + (parts.attoseconds + 5_000_000_000_000) / 10_000_000_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
