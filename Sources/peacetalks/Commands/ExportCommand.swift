#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PeaceTalksModel

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case markdown
    }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole model as JSON (docs/export.md) or as a Markdown report.")

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
        let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw Diagnostic.error("cannot write: \(String(cString: strerror(errno)))", file: output)
        }
        defer { close(fd) }
        do {
            switch format {
            case .json:
                // Pieces are small (one quote, a comma): written a megabyte at a time.
                var pending = ""
                var failure: Error?
                JSONExport.write(corpus) { piece in
                    pending += piece
                    guard failure == nil, pending.utf8.count >= 1 << 20 else { return }
                    do { try RawOutput.send(pending, to: fd) } catch { failure = error }
                    pending = ""
                }
                if let failure { throw failure }
                try RawOutput.send(pending, to: fd)
            case .markdown:
                try RawOutput.send(MarkdownExport.make(corpus), to: fd)
            }
        } catch {
            throw Diagnostic.error("cannot write: \(String(cString: strerror(errno)))", file: output)
        }
    }
}
