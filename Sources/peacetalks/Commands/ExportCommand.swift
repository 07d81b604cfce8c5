import ArgumentParser
import Foundation
import PeaceTalksModel

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case markdown
    }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole model as JSON (docs/export.md) or as a Markdown report.",
        discussion: """
            Examples:
              peacetalks export --format json > model.json
              peacetalks export --format markdown articles/ > report.md
            """)

    @OptionGroup var input: InputOptions
    @Option(help: "json or markdown.") var format: Format = .json
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        guard let output, output != "-" else {
            var out = StandardOutput()
            switch format {
            case .json: JSONExport.write(corpus) { out.write($0) }
            case .markdown: out.write(MarkdownExport.make(corpus))
            }
            out.flush()
            return
        }
        // Written beside the old file and renamed over it: a full disk or a crash leaves the
        // old export whole, and the message carries the errno of the step that failed.
        do throws(AtomicFileError) {
            try AtomicFile.write(to: URL(fileURLWithPath: output)) { (sink: inout AtomicFile.Sink) throws(AtomicFileError) in
                switch format {
                case .json:
                    var failure: AtomicFileError?
                    JSONExport.write(corpus) { piece in
                        guard failure == nil else { return }
                        do throws(AtomicFileError) { try sink.write(piece) } catch { failure = error }
                    }
                    if let failure { throw failure }
                case .markdown:
                    try sink.write(MarkdownExport.make(corpus))
                }
            }
        } catch {
            throw Diagnostic.error("cannot write: \(error.reason)", file: output)
        }
    }
}
