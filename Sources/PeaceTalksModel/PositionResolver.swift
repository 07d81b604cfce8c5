/// Anchors the codebook's positions to the passages their fragments quote.
public enum PositionResolver {
    /// Each fragment is looked up in every document: in running text first, in a pull
    /// quote only when the running text lacks it, never in a heading. A fragment found
    /// nowhere leaves a warning at the position's place in the codebook.
    public static func resolve(codebook: Codebook, documents: [Document]) -> ([Position], [Diagnostic]) {
        let fragments = codebook.positions.flatMap(\.anchors)
        let search = FragmentSearch(fragments)
        // One pass over every paragraph finds all fragments; found[i] lists fragment i's anchors.
        var found = [[PassageRef]](repeating: [], count: fragments.count)
        for document in documents {
            var fallback = [PassageRef?](repeating: nil, count: fragments.count)
            var inBody = [Bool](repeating: false, count: fragments.count)
            for paragraph in document.paragraphs where paragraph.kind != .heading {
                for (index, span) in search.find(in: paragraph.text).enumerated() {
                    guard let span, !inBody[index] else { continue }
                    let ref = PassageRef(document: document.id, paragraph: paragraph.index, span: span)
                    if paragraph.kind == .pullquote {
                        if fallback[index] == nil { fallback[index] = ref }
                    } else {
                        inBody[index] = true
                        fallback[index] = ref
                    }
                }
            }
            for (index, ref) in fallback.enumerated() {
                if let ref { found[index].append(ref) }
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
