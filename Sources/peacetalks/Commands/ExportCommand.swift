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
        let text: String
        switch format {
        case .json: text = JSONExport.string(corpus)
        case .markdown: text = MarkdownExport.make(corpus)
        }
        guard let output, output != "-" else {
            var out = StandardOutput()
            out.write(text)
            out.flush()
            return
        }
        try write(text, to: output)
    }

    private func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw Diagnostic.error("cannot write: \(String(cString: strerror(errno)))", file: path)
        }
        defer { close(fd) }
        do {
            try RawOutput.send(text, to: fd)
        } catch {
            throw Diagnostic.error("cannot write: \(String(cString: strerror(errno)))", file: path)
        }
    }
}
