import Foundation

/// Anchors each document's annotated positions to the passages their selectors quote, in
/// that document only.
public enum PositionResolver {
    /// `annotations[i]` belongs to `documents[i]` (nil or missing: none). Positions come in
    /// document order, then in the order of their annotation file.
    public static func resolve(annotations: [DocumentAnnotations?], documents: [Document]) -> ([Position], [Diagnostic]) {
        var positions: [Position] = []
        var warnings: [Diagnostic] = []
        for (index, document) in documents.enumerated() {
            guard annotations.indices.contains(index), let documentAnnotations = annotations[index] else { continue }
            let search = FragmentSearch(selectors: documentAnnotations.positions.flatMap(\.anchors))
            let found = anchors(in: document.paragraphs, scalars: nil, document: document.id, search: search)
            let (some, notes) = resolve(documentAnnotations, documentPath: document.path, anchors: found)
            positions += some
            warnings += notes
        }
        return (positions, warnings)
    }

    /// One document's anchors, selector index → passage: in running text first, in a pull
    /// quote only when the running text lacks it, never in a heading. Depends on the
    /// document alone, so the corpus builder finds them while it prepares each article.
    static func anchors(
        in paragraphs: [Paragraph], scalars: [[Unicode.Scalar]]?, document: Int, search: FragmentSearch
    ) -> [(fragment: Int, ref: PassageRef)] {
        guard search.count > 0 else { return [] }
        var fallback = [PassageRef?](repeating: nil, count: search.count)
        var inBody = [Bool](repeating: false, count: search.count)
        for (position, paragraph) in paragraphs.enumerated() where paragraph.kind != .heading {
            let found = if let scalars, scalars.indices.contains(position) {
                search.find(inScalars: scalars[position])
            } else {
                search.find(in: paragraph.text)
            }
            for (index, span) in found.enumerated() {
                guard let span, !inBody[index] else { continue }
                let ref = PassageRef(document: document, paragraph: paragraph.index, span: span)
                if paragraph.kind == .pullquote {
                    if fallback[index] == nil { fallback[index] = ref }
                } else {
                    inBody[index] = true
                    fallback[index] = ref
                }
            }
        }
        return fallback.enumerated().compactMap { index, ref in ref.map { (index, $0) } }
    }

    /// One document's positions from its anchors, and a warning for each selector that no
    /// longer matches, at the selector's place in the annotation file. The position is kept
    /// with that fragment listed as unanchored.
    static func resolve(
        _ annotations: DocumentAnnotations, documentPath: String, anchors: [(fragment: Int, ref: PassageRef)]
    ) -> ([Position], [Diagnostic]) {
        var found = [PassageRef?](repeating: nil, count: annotations.positions.reduce(0) { $0 + $1.anchors.count })
        for (fragment, ref) in anchors where found.indices.contains(fragment) { found[fragment] = ref }
        let name = URL(fileURLWithPath: documentPath).lastPathComponent
        var positions: [Position] = []
        var warnings: [Diagnostic] = []
        var next = 0
        for definition in annotations.positions {
            var refs: [PassageRef] = []
            var unanchored: [String] = []
            for selector in definition.anchors {
                if let ref = found[next] {
                    refs.append(ref)
                } else {
                    unanchored.append(selector.exact)
                    warnings.append(.warning(
                        "position \(definition.actor) on \(definition.issue): anchor “\(shortened(selector.exact))” "
                            + "no longer matches \(name) (kept, unanchored)",
                        file: annotations.path, line: selector.place.line, column: selector.place.column))
                }
                next += 1
            }
            positions.append(Position(
                issue: definition.issue, actor: definition.actor, summary: definition.summary,
                fragments: definition.anchors.map(\.exact), anchors: refs, unanchored: unanchored))
        }
        return (positions, warnings)
    }

    static func shortened(_ fragment: String) -> String {
        let limit = 80
        guard fragment.count > limit else { return fragment }
        return String(fragment.prefix(limit - 1)) + "…"
    }
}
