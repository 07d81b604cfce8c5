/// Anchors the codebook's positions to the passages their fragments quote.
public enum PositionResolver {
    /// Each fragment is looked up in every document: in running text first, in a pull
    /// quote only when the running text lacks it, never in a heading. A fragment found
    /// nowhere leaves a warning at the position's place in the codebook.
    public static func resolve(codebook: Codebook, documents: [Document]) -> ([Position], [Diagnostic]) {
        let search = FragmentSearch(codebook.positions.flatMap(\.anchors))
        let perDocument = documents.map { document in
            anchors(in: document.paragraphs, scalars: nil, document: document.id, search: search)
        }
        return resolve(codebook: codebook, anchorsByDocument: perDocument)
    }

    /// One document's anchors, fragment index → passage: in running text first, in a pull
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

    /// The positions from every document's anchors (in document order), and a warning for
    /// each fragment found nowhere, at the position's place in the codebook.
    static func resolve(
        codebook: Codebook, anchorsByDocument: [[(fragment: Int, ref: PassageRef)]]
    ) -> ([Position], [Diagnostic]) {
        let fragmentCount = codebook.positions.reduce(0) { $0 + $1.anchors.count }
        // found[i] lists fragment i's anchors.
        var found = [[PassageRef]](repeating: [], count: fragmentCount)
        for documentAnchors in anchorsByDocument {
            for (fragment, ref) in documentAnchors where found.indices.contains(fragment) {
                found[fragment].append(ref)
            }
        }

        var positions: [Position] = []
        var warnings: [Diagnostic] = []
        var next = 0
        for definition in codebook.positions {
            var anchors: [PassageRef] = []
            for fragment in definition.anchors {
                if found[next].isEmpty {
                    warnings.append(.warning(
                        "position \(definition.actor) on \(definition.issue): anchor “\(shortened(fragment))” not found in any document",
                        file: codebook.path, line: definition.line, column: definition.column))
                }
                anchors.append(contentsOf: found[next])
                next += 1
            }
            positions.append(Position(
                issue: definition.issue, actor: definition.actor, summary: definition.summary,
                fragments: definition.anchors, anchors: anchors))
        }
        return (positions, warnings)
    }

    static func shortened(_ fragment: String) -> String {
        let limit = 80
        guard fragment.count > limit else { return fragment }
        return String(fragment.prefix(limit - 1)) + "…"
    }
}
