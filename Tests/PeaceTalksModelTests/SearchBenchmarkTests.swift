import Foundation
import Testing
@testable import PeaceTalksModel

/// Prints search-as-you-type latency on copies of the seed's paragraphs. Reports, never asserts
/// timing. Run with `PEACETALKS_BENCH=1000 swift test -c release -Xswiftc -enable-testing --filter SearchBenchmark`.
@Suite struct SearchBenchmarkTests {
    static let copies = Int(ProcessInfo.processInfo.environment["PEACETALKS_BENCH"] ?? "") ?? 0

    @Test(.enabled(if: copies > 0)) func searchAsYouType() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let text = try String(contentsOfFile: root + "/seeds/vredesgesprekken-2025-waarom-het-vastloopt.txt", encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let documents = (0..<Self.copies).map { copy in
            CorpusSketch.document(id: copy, lines.enumerated().map { number, line in
                (line, line.count < 40 ? ParagraphKind.heading : .body, Int?.none)
            })
        }
        let corpus = CorpusSketch.corpus(documents)
        let bytes = documents.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.text.utf8.count } }
        let built = Date()
        let engine = SearchEngine(corpus: corpus)
        let buildTime = Date().timeIntervalSince(built)
        print(String(format: "bench: %d articles, %.1f MB, index built in %.0f ms", Self.copies, Double(bytes) / 1e6, buildTime * 1000))
        for query in ["veiligheid", "oekraine n", "Poetin zeg", "\"die eis i", "zzqx", "rusland ee"] {
            var samples: [Double] = []
            for _ in 0..<5 {
                for length in 1...query.count {
                    let prefix = String(query.prefix(length))
                    let start = DispatchTime.now().uptimeNanoseconds
                    let result = engine.results(for: prefix, limit: 200)
                    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    _ = result.totalCount
                }
            }
            samples.sort()
            let p50 = samples[samples.count / 2]
            let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
            let total = engine.results(for: query).totalCount
            print(String(format: "bench: %-14@ p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d hits for the full query)",
                "‘\(query)’" as NSString, p50, p95, samples.last ?? 0, total))
        }
    }
}
