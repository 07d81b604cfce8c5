import Foundation
import PeaceTalksModel

/// libFuzzer entry point for the article parser and the codebook, annotation and metadata loaders.
///
/// The first byte chooses the target, the rest is the input, so one corpus covers all
/// three. Built with `-sanitize=fuzzer -DFUZZING`, libFuzzer supplies `main`; in an
/// ordinary build the `Replay` entry below runs saved inputs (crash files, the seed
/// corpus) through the same function, so a crash found by the fuzzer replays in a debugger.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let selector = bytes[0]
    let body = UnsafeBufferPointer(start: bytes + 1, count: count - 1)
    let text = String(decoding: body, as: UTF8.self)
    switch selector % 3 {
    case 0:
        let corpus = CorpusBuilder.build(
            articles: [Article(path: "fuzz.txt", text: text)], codebook: FuzzCodebook.shared,
            annotations: [FuzzCodebook.annotations])
        _ = SearchEngine(corpus: corpus).search(String(text.prefix(12)))
        _ = JSONExport.make(corpus)
    case 1:
        if let codebook = try? CodebookLoader.parse(text, path: "fuzz.codebook.yaml") {
            _ = CorpusBuilder.build(articles: [Article(path: "fuzz.txt", text: FuzzCodebook.sample)], codebook: codebook)
        }
        if let annotations = try? AnnotationLoader.parse(text, path: "fuzz.annotations.yaml", codebook: FuzzCodebook.shared) {
            _ = CorpusBuilder.build(
                articles: [Article(path: "fuzz.txt", text: FuzzCodebook.sample)], codebook: FuzzCodebook.shared,
                annotations: [annotations])
        }
    default:
        _ = try? MetadataLoader.parse(text, path: "fuzz.meta.yaml")
    }
    return 0
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
