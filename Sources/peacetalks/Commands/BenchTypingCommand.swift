import ArgumentParser
import PeaceTalksModel
import PeaceTalksTUI

/// `peacetalks bench-typing QUERY PATH...`: the latency of each keystroke of the search prompt,
/// through the explorer's own path (event, update, search, frame). Hidden: for scripts/bench.
struct BenchTypingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-typing",
        abstract: "Time each keystroke of typing QUERY into the explorer's search prompt.",
        shouldDisplay: false)

    @Argument(help: ArgumentHelp("What to type, one character at a time.", valueName: "query")) var query: String
    @OptionGroup var input: InputOptions
    @Option(help: "How many times to type the whole query.") var rounds = 20

    func validate() throws {
        guard !query.isEmpty else { throw ValidationError("The query is empty.") }
        guard rounds > 0 else { throw ValidationError("--rounds must be positive.") }
    }

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        let size = Size(width: 120, height: 40)
        var app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: size)
        _ = app.render(size: size)
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(rounds * query.count)
        for round in 0..<rounds {
            if round > 0 {
                app.send(.key(.escape))
                _ = app.render(size: size)
            }
            app.send(.key(.character("/")))
            _ = app.render(size: size)
            for character in query {
                let started = clock.now
                app.send(.key(.character(character)))
                let screen = app.render(size: size)
                samples.append(started.duration(to: clock.now))
                withExtendedLifetime(screen) {}
            }
        }
        samples.sort()
        // Two decimals without Foundation: hundredths of a millisecond, rounded.
        func milliseconds(_ duration: Duration) -> String {
            let parts = duration.components
            let hundredths = (parts.seconds * 100_000) + (parts.attoseconds + 5_000_000_000_000) / 10_000_000_000_000
            let fraction = hundredths % 100
            return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
        }
        let p50 = samples[samples.count / 2]
        let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
        let worst = samples[samples.count - 1]
        var out = StandardOutput()
        defer { out.flush() }
        out.line("p50 \(milliseconds(p50)) ms / p95 \(milliseconds(p95)) ms / max \(milliseconds(worst)) ms over \(samples.count) keystrokes")
    }
}
