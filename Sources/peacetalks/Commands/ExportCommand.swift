import ArgumentParser
import Foundation
import PeaceTalksModel

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case markdown
        case csv
        case qdpx
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole model as JSON (docs/export.md), a Markdown report and brief, CSV of coded segments, or a REFI-QDA project.",
        discussion: """
            Examples:
              peacetalks export --format json > model.json
              peacetalks export --format markdown articles/ > report.md
              peacetalks export --format csv article.txt > segments.csv
              peacetalks export --format qdpx -o project.qdpx article.txt
            """)

    @OptionGroup var input: InputOptions
    @Option(help: "json, markdown, csv or qdpx (qdpx needs -o).") var format: Format = .json
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .qdpx, output == nil || output == "-" {
            throw ValidationError("--format qdpx writes a zip file: name it with -o FILE.qdpx.")
        }
    }

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        guard let output, output != "-" else {
            var out = StandardOutput()
            switch format {
            case .json: JSONExport.write(corpus) { out.write($0) }
            case .markdown: out.write(MarkdownExport.make(corpus) + MarkdownBrief.make(corpus))
            case .csv: out.write(CSVExport.make(corpus))
            case .qdpx: break
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
                    try sink.write(MarkdownExport.make(corpus) + MarkdownBrief.make(corpus))
                case .csv:
                    try sink.write(CSVExport.make(corpus))
                case .qdpx:
                    // withUnsafeBytes only rethrows untyped errors: the typed one is carried out.
                    var failure: AtomicFileError?
                    QDPXExport.make(corpus).withUnsafeBytes { buffer in
                        do throws(AtomicFileError) { try sink.write(buffer) } catch { failure = error }
                    }
                    if let failure { throw failure }
                }
            }
        } catch {
            throw Diagnostic.error("cannot write: \(error.reason)", file: output)
        }
    }
}
