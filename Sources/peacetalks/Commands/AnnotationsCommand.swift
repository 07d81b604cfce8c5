import ArgumentParser
import Foundation
import PeaceTalksModel

/// One thing the analyst recorded, as `peacetalks annotations` lists it.
struct AnnotationListing: Encodable {
    var document: String
    var sidecar: String
    /// `position`, `tag`, `decision`, `speaker` or `memo`.
    var kind: String
    var label: String
    /// `exact`, `prefix-suffix`, `fuzzy`, or `orphan` when the passage is gone.
    var anchoring: String
    /// Source line of the paragraph it anchors to; null for an orphan or a memo on an issue or actor.
    var line: Int?
    /// The selector's exact text, or the memo's text for a memo on an issue or actor.
    var text: String
    /// Where it stands in the annotation file.
    var fileLine: Int?
}

struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List what the analyst recorded about articles: positions, tags, decisions, speaker corrections, memos.",
        discussion: """
            Each annotation is looked for in the article again (exact text, then prefix and suffix, then a \
            fuzzy match; docs/annotations.md). One the article no longer holds is an orphan: listed, and \
            kept in the file. Exit status 0 also when there are orphans.

            Examples:
              peacetalks annotations article.txt
              peacetalks annotations --orphans articles/
              peacetalks annotations --json article.txt | jq '.[] | select(.kind == "tag")'
            """)

    @OptionGroup var input: InputOptions
    @Flag(help: "List only the annotations whose passage is no longer in the article.") var orphans = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (corpus, _) = try input.loadCorpus()
        var rows: [AnnotationListing] = []
        for document in corpus.documents {
            guard corpus.annotations.indices.contains(document.id), let annotations = corpus.annotations[document.id] else {
                continue
            }
            for item in AnnotationOverlay.anchor(annotations, in: document) where !orphans || item.match == nil {
                let line = item.match.flatMap { corpus.paragraph($0.ref)?.line }
                rows.append(AnnotationListing(
                    document: document.path, sidecar: annotations.path, kind: item.kind, label: item.label,
                    anchoring: item.match?.method.rawValue ?? "orphan", line: line, text: item.selector.exact,
                    fileLine: item.selector.place.line))
            }
            guard !orphans else { continue }
            for memo in annotations.memos {
                let about: String
                switch memo.target {
                case .passage: continue
                case .issue(let id): about = "issue \(id)"
                case .actor(let id): about = "actor \(id)"
                }
                rows.append(AnnotationListing(
                    document: document.path, sidecar: annotations.path, kind: "memo", label: "memo \(memo.id) on \(about)",
                    anchoring: "-", line: nil, text: memo.text, fileLine: nil))
            }
        }
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(rows)) }
        var table = Table([
            .init(title: "DOCUMENT"), .init(title: "LINE", alignRight: true), .init(title: "KIND"), .init(title: "WHAT"),
            .init(title: "ANCHOR"), .init(title: "TEXT", flexible: true),
        ])
        for row in rows {
            table.add([
                URL(fileURLWithPath: row.document).lastPathComponent, row.line.map(String.init) ?? "", row.kind, row.label,
                row.anchoring, row.text,
            ])
        }
        table.print(to: &out, console: input.console)
    }
}

/// What `tag` and `memo` need: one article on disk (its sidecar lies beside it) and its analysis.
struct SingleArticle {
    var path: String
    var document: Document
    var corpus: Corpus

    init(_ input: InputOptions) throws {
        guard input.paths.count == 1, input.paths[0] != StdinArticle.dash else {
            throw Failure.usage("name exactly one article file (its annotations are written beside it)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.paths[0], isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw Failure.input("\(TerminalSafeText.oneLine(input.paths[0])): not an article file")
        }
        let (corpus, _) = try input.loadCorpus()
        guard let document = corpus.documents.first else { throw Failure.input("no article read") }
        path = input.paths[0]
        self.document = document
        self.corpus = corpus
    }

    /// The passage named by its words (`--passage`), or a paragraph by its source line with an
    /// optional sentence (1-based) of it.
    func selector(passage: String?, line: Int?, sentence: Int?) throws -> TextQuoteSelector {
        if let passage {
            for paragraph in document.paragraphs {
                let scalars = Array(paragraph.text.unicodeScalars)
                if let start = occurrence(of: Array(passage.unicodeScalars), in: scalars) {
                    return TextAnchoring.selector(
                        for: TextSpan(start: start, end: start + passage.unicodeScalars.count), in: paragraph)
                }
            }
            throw Failure.input("the article does not contain “\(TerminalSafeText.oneLine(passage))”")
        }
        guard let line else { throw Failure.usage("name the passage with --passage TEXT or --line N [--sentence K]") }
        guard let paragraph = document.paragraphs.last(where: { $0.line <= line }) else {
            throw Failure.input("no paragraph at line \(line)")
        }
        var span = TextSpan(start: 0, end: paragraph.text.unicodeScalars.count)
        if let sentence {
            guard paragraph.sentences.indices.contains(sentence - 1) else {
                throw Failure.input("the paragraph at line \(paragraph.line) has \(paragraph.sentences.count) sentence(s), not \(sentence)")
            }
            span = paragraph.sentences[sentence - 1].span
        }
        return TextAnchoring.selector(for: span, in: paragraph)
    }

    private func occurrence(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        return (0...(text.count - needle.count)).first { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    func session() throws -> AnnotationSession {
        try AnnotationSession(article: path, codebook: corpus.codebook)
    }
}
