import Yams

/// The analyst's coding in an annotation file: tags, decisions on suggestions, speaker
/// corrections and memos (docs/annotations.md). Every id must be the codebook's.
extension AnnotationReader {
    static let tagKeys = ["id", "issue", "side", "anchor"]
    static let decisionKeys = ["issue", "side", "verdict", "stance", "anchor"]
    static let speakerKeys = ["actor", "quote"]
    static let memoKeys = ["id", "about", "issue", "actor", "anchor", "text"]

    func readCoding(_ top: Node.Mapping, into annotations: inout DocumentAnnotations) throws {
        annotations.tags = try items(top, "tags").enumerated().map { index, item in
            let what = "tag \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.tagKeys, what: what)
            return TagAnnotation(
                id: try reader.requiredString(mapping, "id", in: what, at: item),
                issue: try issueID(mapping, in: what, at: item), side: try actorID(mapping, "side", in: what, at: item),
                anchor: try anchor(mapping, "anchor", in: what, at: item))
        }
        annotations.decisions = try items(top, "decisions").enumerated().map { index, item in
            let what = "decision \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.decisionKeys, what: what)
            let verdictNode = try reader.required(mapping, "verdict", in: what, at: item)
            let word = try reader.string(verdictNode, key: "verdict", in: what)
            guard let verdict = SuggestionVerdict(rawValue: word) else {
                throw reader.error("\(what): verdict must be “confirmed” or “rejected”, found “\(word)”", at: verdictNode)
            }
            let key = SuggestionKey(
                issue: try issueID(mapping, in: what, at: item), side: try actorID(mapping, "side", in: what, at: item),
                anchor: try anchor(mapping, "anchor", in: what, at: item))
            return SuggestionDecision(
                key: key, verdict: verdict, stance: try reader.optionalString(mapping, "stance", in: what) ?? "")
        }
        annotations.speakers = try items(top, "speakers").enumerated().map { index, item in
            let what = "speaker correction \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.speakerKeys, what: what)
            return SpeakerCorrection(
                quote: try anchor(mapping, "quote", in: what, at: item), actor: try actorID(mapping, "actor", in: what, at: item))
        }
        annotations.memos = try items(top, "memos").enumerated().map { index, item in
            let what = "memo \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.memoKeys, what: what)
            let aboutNode = try reader.required(mapping, "about", in: what, at: item)
            let target: MemoTarget
            switch try reader.string(aboutNode, key: "about", in: what) {
            case "passage": target = .passage(try anchor(mapping, "anchor", in: what, at: item))
            case "issue": target = .issue(try issueID(mapping, in: what, at: item))
            case "actor": target = .actor(try actorID(mapping, "actor", in: what, at: item))
            case let other:
                throw reader.error("\(what): “about” must be passage, issue or actor, found “\(other)”", at: aboutNode)
            }
            return MemoAnnotation(
                id: try reader.requiredString(mapping, "id", in: what, at: item), target: target,
                text: try reader.optionalString(mapping, "text", in: what) ?? "")
        }
    }

    private func items(_ top: Node.Mapping, _ key: String) throws -> [Node] {
        guard let node = reader.value(top, key), !(node.null != nil && node.scalar?.style == .plain) else { return [] }
        return try reader.sequence(node, what: "“\(key)”")
    }

    private func issueID(_ mapping: Node.Mapping, in what: String, at item: Node) throws -> String {
        let node = try reader.required(mapping, "issue", in: what, at: item)
        let id = try reader.string(node, key: "issue", in: what)
        let known = codebook.issues.map(\.id)
        guard known.contains(id) else {
            throw reader.error(
                "\(what) refers to issue “\(id)”, which the codebook in effect does not define" + hint(id, known), at: node)
        }
        return id
    }

    private func actorID(_ mapping: Node.Mapping, _ key: String, in what: String, at item: Node) throws -> String {
        let node = try reader.required(mapping, key, in: what, at: item)
        let id = try reader.string(node, key: key, in: what)
        let known = codebook.actors.map(\.id)
        guard known.contains(id) else {
            throw reader.error(
                "\(what) refers to actor “\(id)”, which the codebook in effect does not define" + hint(id, known), at: node)
        }
        return id
    }

    private func anchor(_ mapping: Node.Mapping, _ key: String, in what: String, at item: Node) throws -> TextQuoteSelector {
        try selector(try reader.required(mapping, key, in: what, at: item), in: what)
    }
}
