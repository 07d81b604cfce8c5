/// The brief at the end of the Markdown export: the issue × side matrix, each cell's
/// best-supported passages with citations (document, paragraph, line), and the analyst's memos.
public enum MarkdownBrief {
    /// Passages shown per cell of the matrix.
    static let passagesPerCell = 3

    public static func make(_ corpus: Corpus) -> String {
        let segments = CodedSegments.collect(corpus)
        let sides = corpus.codebook.sides
        func name(_ id: String) -> String { corpus.actor(id)?.name ?? corpus.codebook.actor(id)?.name ?? id }
        func cellSegments(_ issue: String, _ side: String) -> [CodedSegment] {
            segments.filter { $0.issue == issue && $0.side == side }.sorted { a, b in
                (rank(a.kind), -a.confidence, a.document, a.paragraph, a.span.start)
                    < (rank(b.kind), -b.confidence, b.document, b.paragraph, b.span.start)
            }
        }
        var out = ["", "## Brief: issue × side", ""]
        if corpus.issues.isEmpty || sides.isEmpty {
            out.append("_The codebook defines no issues or no sides._")
        } else {
            out.append("| Issue | " + sides.map { MarkdownExport.cell(name($0)) }.joined(separator: " | ") + " |")
            out.append("| --- |" + String(repeating: " --- |", count: sides.count))
            for issue in corpus.issues {
                let cells = sides.map { side -> String in
                    let found = cellSegments(issue.id, side)
                    guard !found.isEmpty else { return "–" }
                    return [SegmentKind.confirmed, .tag, .suggested].compactMap { kind in
                        let count = found.filter { $0.kind == kind }.count
                        return count == 0 ? nil : "\(count) \(kind.rawValue)"
                    }.joined(separator: ", ")
                }
                out.append("| \(MarkdownExport.cell(issue.title)) | " + cells.joined(separator: " | ") + " |")
            }
            for issue in corpus.issues {
                for side in sides {
                    let found = cellSegments(issue.id, side)
                    guard !found.isEmpty else { continue }
                    out += ["", "### \(MarkdownExport.inline(issue.title)) — \(MarkdownExport.inline(name(side)))", ""]
                    for segment in found.prefix(passagesPerCell) {
                        var line = "- **\(segment.kind.rawValue)**"
                        if segment.kind == .suggested {
                            line += " (\(name(segment.actor)), confidence \(segment.confidence))"
                        }
                        line += ": “\(MarkdownExport.inline(passage(corpus, segment)))” — \(MarkdownExport.inline(citation(corpus, segment.document, segment.paragraph)))"
                        for memo in segment.memos { line += " · memo: \(MarkdownExport.inline(memo.text))" }
                        out.append(line)
                    }
                    if found.count > passagesPerCell { out.append("- … \(found.count - passagesPerCell) more") }
                }
            }
        }
        out += ["", "## Memos", ""]
        var any = false
        for document in corpus.documents {
            guard corpus.annotations.indices.contains(document.id), let annotations = corpus.annotations[document.id] else {
                continue
            }
            for memo in annotations.memos {
                any = true
                switch memo.target {
                case .issue(let id):
                    out.append("- **Issue \(MarkdownExport.inline(corpus.issue(id)?.title ?? id))** (\(MarkdownExport.inline(document.name))): \(MarkdownExport.inline(memo.text))")
                case .actor(let id):
                    out.append("- **\(MarkdownExport.inline(name(id)))** (\(MarkdownExport.inline(document.name))): \(MarkdownExport.inline(memo.text))")
                case .passage(let anchor):
                    let place = TextAnchoring.locate(anchor, in: document.paragraphs, document: document.id)?.ref
                    let cited = place.map { citation(corpus, $0.document, $0.paragraph) } ?? "\(document.name), orphaned"
                    out.append("- **Passage** “\(MarkdownExport.inline(anchor.exact))” — \(MarkdownExport.inline(cited)): \(MarkdownExport.inline(memo.text))")
                }
            }
        }
        if !any { out.append("_No memos._") }
        return out.joined(separator: "\n") + "\n"
    }

    private static func rank(_ kind: SegmentKind) -> Int {
        switch kind {
        case .confirmed: return 0
        case .tag: return 1
        case .suggested: return 2
        }
    }

    private static func passage(_ corpus: Corpus, _ segment: CodedSegment) -> String {
        corpus.paragraph(PassageRef(document: segment.document, paragraph: segment.paragraph))?.text.scalarSlice(segment.span) ?? ""
    }

    /// `name.txt, ¶ 4, line 12`: paragraphs counted from 1, lines of the source file.
    static func citation(_ corpus: Corpus, _ document: Int, _ paragraph: Int) -> String {
        let line = corpus.paragraph(PassageRef(document: document, paragraph: paragraph))?.line ?? 0
        return "\(corpus.documents[document].name), ¶ \(paragraph + 1), line \(line)"
    }
}
