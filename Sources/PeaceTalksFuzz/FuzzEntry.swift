import Foundation
import PeaceTalksModel

/// libFuzzer entry point for the article parser, the codebook, annotation and metadata loaders,
/// the search query parser and the terminal-safe text sanitiser.
///
/// The first byte chooses the target (`FuzzTarget`), the rest is the input, so one corpus
/// covers all five; `PEACETALKS_FUZZ_TARGET=query` (or another name) runs one target on
/// every input, for a run that measures that target alone. Built with `-sanitize=fuzzer -DFUZZING`, libFuzzer supplies `main`; in an
/// ordinary build the `Replay` entry below runs saved inputs (crash files, the seed
/// corpus) through the same function, so a crash found by the fuzzer replays in a debugger.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let target = FuzzTarget.only ?? FuzzTarget.allCases[Int(bytes[0]) % FuzzTarget.allCases.count]
    let body = UnsafeBufferPointer(start: bytes + 1, count: count - 1)
    let text = String(decoding: body, as: UTF8.self)
    switch target {
    case .article:
        let corpus = CorpusBuilder.build(
            articles: [Article(path: "fuzz.txt", text: text)], codebook: FuzzCodebook.shared,
            annotations: [FuzzCodebook.annotations])
        _ = SearchEngine(corpus: corpus).search(String(text.prefix(12)))
        _ = JSONExport.make(corpus)
        FuzzSanitiserTarget.checkReport(MarkdownExport.make(corpus))
    case .codebook:
        if let codebook = try? CodebookLoader.parse(text, path: "fuzz.codebook.yaml") {
            _ = CorpusBuilder.build(articles: [Article(path: "fuzz.txt", text: FuzzCodebook.sample)], codebook: codebook)
        }
        if let annotations = try? AnnotationLoader.parse(text, path: "fuzz.annotations.yaml", codebook: FuzzCodebook.shared) {
            _ = CorpusBuilder.build(
                articles: [Article(path: "fuzz.txt", text: FuzzCodebook.sample)], codebook: FuzzCodebook.shared,
                annotations: [annotations])
        }
    case .metadata:
        _ = try? MetadataLoader.parse(text, path: "fuzz.meta.yaml")
    case .query:
        FuzzQueryTarget.run(text)
    case .sanitiser:
        FuzzSanitiserTarget.run(text)
    }
    return 0
}

/// What an input exercises: its first byte's position in this list (modulo its length).
enum FuzzTarget: String, CaseIterable {
    case article, codebook, metadata, query, sanitiser

    /// Set by `PEACETALKS_FUZZ_TARGET`: one target for every input, whatever its first byte.
    static let only: FuzzTarget? = ProcessInfo.processInfo.environment["PEACETALKS_FUZZ_TARGET"]
        .flatMap(FuzzTarget.init(rawValue:))
}

/// A small codebook and annotations so that the fuzzed article meets actors, keywords and anchors.
enum FuzzCodebook {
    static let sample = "Rusland en Oekraïne praten. ‘Geen deal’, zegt Jan Jansen, onderzoeker aan de Universiteit Gent."

    static let shared: Codebook = {
        let yaml = """
            version: 1
            sides: [east, west]
            issues:
              - id: land
                title: Territory
                label: Grondgebied
                description: Land.
                keywords: [grond*, territor*, "front line"]
                sections: [Grondgebied]
            actors:
              - id: east
                name: Rusland
                kind: state
                aliases: [Russisch*, Moskou, het Kremlin]
              - id: west
                name: Oekraïne
                kind: state
                aliases: [Oekraïens*, Kyiv]
            """
        return (try? CodebookLoader.parse(yaml, path: "fuzz.codebook.yaml"))
            ?? Codebook(path: "fuzz", issues: [], actors: [], sides: [])
    }()

    static let annotations = DocumentAnnotations(path: "fuzz.annotations.yaml", positions: [
        PositionAnnotation(issue: "land", actor: "east", summary: "Wants land.", anchors: [
            TextQuoteSelector(exact: "Rusland en Oekraïne praten."),
            TextQuoteSelector(exact: "Geen deal", prefix: "‘", suffix: "’"),
        ])
    ])
}

#if FUZZING
/// libFuzzer's driver, which takes over `main` (SwiftPM names the executable's entry point itself,
/// so libFuzzer's own `main` is never linked).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
#endif

/// Fuzzes (with `-DFUZZING`) or replays saved inputs: `PeaceTalksFuzz FILE...`.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { fuzzOneInput($0, $1) })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes { raw in
                guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
                _ = fuzzOneInput(base, raw.count)
            }
            print("replayed \(path)")
        }
        #endif
    }
}
