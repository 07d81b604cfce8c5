/// Anchors the codebook's positions to the passages their fragments quote.
public enum PositionResolver {
    /// Each fragment is looked up in every document: in running text first, in a pull
    /// quote only when the running text lacks it, never in a heading. A fragment found
    /// nowhere leaves a warning at the position's place in the codebook.
    public static func resolve(codebook: Codebook, documents: [Document]) -> ([Position], [Diagnostic]) {
        var positions: [Position] = []
        var warnings: [Diagnostic] = []
        for definition in codebook.positions {
            var anchors: [PassageRef] = []
            for fragment in definition.anchors {
                let found = documents.compactMap { find(fragment, in: $0) }
                if found.isEmpty {
                    warnings.append(.warning(
                        "position \(definition.actor) on \(definition.issue): anchor “\(shortened(fragment))” not found in any document",
                        file: codebook.path, line: definition.line, column: definition.column))
                }
                anchors.append(contentsOf: found)
            }
            positions.append(Position(
                issue: definition.issue, actor: definition.actor, summary: definition.summary,
                fragments: definition.anchors, anchors: anchors))
        }
        return (positions, warnings)
    }

    static func find(_ fragment: String, in document: Document) -> PassageRef? {
        var fallback: PassageRef?
        for paragraph in document.paragraphs where paragraph.kind != .heading {
            guard let span = FragmentSearch.find(fragment, in: paragraph.text) else { continue }
            let ref = PassageRef(document: document.id, paragraph: paragraph.index, span: span)
            if paragraph.kind != .pullquote { return ref }
            if fallback == nil { fallback = ref }
        }
        return fallback
    }

    static func shortened(_ fragment: String) -> String {
        let limit = 80
        guard fragment.count > limit else { return fragment }
        return String(fragment.prefix(limit - 1)) + "…"
    }
}
