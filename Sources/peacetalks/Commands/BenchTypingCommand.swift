import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    @Flag(help: "Also print, per prefix typed, the search's share of the keystroke, and the first round alone.")
    var breakdown = false

    func validate() throws {
        guard !query.isEmpty else { throw ValidationError("The query is empty.") }
        guard rounds > 0 else { throw ValidationError("--rounds must be positive.") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let opened = clock.now
        let (corpus, _) = try input.loadCorpus()
        let size = Size(width: 120, height: 40)
        // The search the explorer would build, timed on its own when asked for.
        let searchTime = TimeBox()
        var app: ExplorerApp
        if breakdown {
            let engine = SearchEngine(corpus: corpus)
            app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: size, search: { text in
                let started = clock.now
                let result = engine.results(for: text, limit: 200, cancellation: SearchCancellation(), countingEveryHit: false)
                    ?? SearchResult(hits: [], totalCount: 0)
                let spent = started.duration(to: clock.now)
                searchTime.value += spent
                return result.hits
            })
        } else {
            app = ExplorerApp(corpus: corpus, options: ExplorerOptions(), size: size)
        }
        // The terminal draws the best hits first and counts the rest after, off the keystroke.
        app.countsInline = false
        _ = app.render(size: size)
        let firstScreen = opened.duration(to: clock.now)
        var samples: [Duration] = []
        var searches: [Duration] = []
        var cpu: [Duration] = []
        samples.reserveCapacity(rounds * query.count)
        for round in 0..<rounds {
            if round > 0 {
                app.send(.key(.escape))
                _ = app.render(size: size)
            }
            app.send(.key(.character("/")))
            _ = app.render(size: size)
            for character in query {
                searchTime.value = .zero
                let startedCPU = Self.processCPUTime()
                let started = clock.now
                app.send(.key(.character(character)))
                let screen = app.render(size: size)
                samples.append(started.duration(to: clock.now))
                cpu.append(Self.processCPUTime() - startedCPU)
                searches.append(searchTime.value)
                withExtendedLifetime(screen) {}
            }
        }
        var out = StandardOutput()
        defer { out.flush() }
        out.line(Self.summary(samples) + " over \(samples.count) keystrokes")
        guard breakdown else { return }
        out.line("first screen: \(Self.milliseconds(firstScreen)) ms (the stored analysis loaded, the explorer's data made, one frame drawn)")
        let length = query.count
        out.line("first round:  " + Self.summary(Array(samples.prefix(length))))
        out.line("CPU time (all threads; steadier than wall time on a busy machine): " + Self.summary(cpu))
        out.line("search alone: " + Self.summary(searches))
        out.line("rest (update without search, reader preview, render): "
            + Self.summary(zip(samples, searches).map { $0 - $1 }))
        let characters = Array(query)
        for position in 0..<length {
            let prefix = String(characters[...position])
            let total = stride(from: position, to: samples.count, by: length).map { samples[$0] }
            let search = stride(from: position, to: searches.count, by: length).map { searches[$0] }
            let spent = stride(from: position, to: cpu.count, by: length).map { cpu[$0] }
            out.line("  \"\(Table.plain(prefix))\": keystroke " + Self.summary(total) + "; search " + Self.summary(search)
                + "; CPU " + Self.summary(spent))
        }
    }

    /// CPU time of the whole process, every thread.
    static func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }

    static func summary(_ unsorted: [Duration]) -> String {
        let samples = unsorted.sorted()
        guard let worst = samples.last else { return "no samples" }
        let p50 = samples[samples.count / 2]
        let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
        return "p50 \(milliseconds(p50)) ms / p95 \(milliseconds(p95)) ms / max \(milliseconds(worst)) ms"
    }

    /// Two decimals without Foundation: hundredths of a millisecond, rounded.
    static func milliseconds(_ duration: Duration) -> String {
        let parts = duration.components
        let hundredths = (parts.seconds * 100_000) + (parts.attoseconds + 5_000_000_000_000) / 10_000_000_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

/// Time spent searching during one keystroke. The explorer calls its search synchronously on
/// the bench's own thread, so nothing reads or writes this concurrently.
private final class TimeBox: @unchecked Sendable {
    var value: Duration = .zero
}
