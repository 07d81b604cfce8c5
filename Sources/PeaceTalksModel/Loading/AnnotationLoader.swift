import Foundation
import Yams

/// Reads `X.annotations.yaml` beside an article `X.txt`: what the analyst recorded about that
/// one document (format: docs/codebook.md, “Annotations”).
public enum AnnotationLoader {
    public static let version = 1
    static let topKeys = ["version", "positions", "tags", "decisions", "speakers", "memos"]
    static let positionKeys = ["issue", "actor", "summary", "anchors"]
    static let selectorKeys = ["exact", "prefix", "suffix"]

    /// The sidecar's path for an article: its extension replaced by `.annotations.yaml`.
    public static func sidecarPath(forArticle path: String) -> String {
        PathStem.replacingExtension(of: path, with: ".annotations.yaml")
    }

    /// The sidecar's bytes, or nil when the article has none; for the analysis cache's key.
    public static func contents(forArticle path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: sidecarPath(forArticle: path)).map { [UInt8]($0) }
    }

    /// The article's annotations, nil when it has no sidecar. Issues and actors must be the
    /// codebook's; every problem names the file, line and column.
    public static func load(forArticle path: String, codebook: Codebook) throws -> DocumentAnnotations? {
        let sidecar = sidecarPath(forArticle: path)
        guard let text = try TextFile.yaml(at: sidecar, as: .annotations, optional: true) else { return nil }
        return try parse(text, path: sidecar, codebook: codebook)
    }

    public static func parse(_ text: String, path: String, codebook: Codebook) throws -> DocumentAnnotations {
        var annotations = DocumentAnnotations(path: path, positions: [])
        if let root = try YAMLReader.compose(text, path: path) {
            annotations = try AnnotationReader(reader: YAMLReader(path: path), codebook: codebook).read(root)
        }
        annotations.headerComment = AnnotationWriter.leadingComment(of: text)
        return annotations
    }
}

/// Turns a composed YAML tree into a document's annotations, checking every key, type and id.
struct AnnotationReader {
    let reader: YAMLReader
    let codebook: Codebook

    func read(_ root: Node) throws -> DocumentAnnotations {
        let top = try reader.mapping(root, what: "the annotation file")
        try reader.checkKeys(top, allowed: AnnotationLoader.topKeys, what: "the annotation file")
        let versionNode = try reader.required(top, "version", in: "the annotation file", at: root)
        guard versionNode.int == AnnotationLoader.version, versionNode.scalar?.style == .plain else {
            throw reader.error(
                "unsupported annotation version \(reader.describe(versionNode)) (this peacetalks reads version "
                    + "\(AnnotationLoader.version))",
                at: versionNode)
        }
        var annotations = DocumentAnnotations(path: reader.path, positions: try readPositions(reader.value(top, "positions")))
        try readCoding(top, into: &annotations)
        return annotations
    }

    private func readPositions(_ node: Node?) throws -> [PositionAnnotation] {
        guard let node, !(node.null != nil && node.scalar?.style == .plain) else { return [] }
        let issueIDs = codebook.issues.map(\.id)
        let actorIDs = codebook.actors.map(\.id)
        var positions: [PositionAnnotation] = []
        var seen: [String: Int] = [:]
        for (index, item) in try reader.sequence(node, what: "“positions”").enumerated() {
            let what = "position \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: AnnotationLoader.positionKeys, what: what)
            let issueNode = try reader.required(mapping, "issue", in: what, at: item)
            let issue = try reader.string(issueNode, key: "issue", in: what)
            guard issueIDs.contains(issue) else {
                throw reader.error(
                    "\(what) refers to issue “\(issue)”, which the codebook in effect does not define" + hint(issue, issueIDs),
                    at: issueNode)
            }
            let actorNode = try reader.required(mapping, "actor", in: what, at: item)
            let actor = try reader.string(actorNode, key: "actor", in: what)
            guard actorIDs.contains(actor) else {
                throw reader.error(
                    "\(what) refers to actor “\(actor)”, which the codebook in effect does not define" + hint(actor, actorIDs),
                    at: actorNode)
            }
            let key = issue + "\u{0}" + actor
            if let first = seen[key] {
                throw reader.error(
                    "second position of actor “\(actor)” on issue “\(issue)” (the first is at line \(first))", at: item)
            }
            seen[key] = item.mark?.line ?? 0
            let named = "the position of “\(actor)” on “\(issue)”"
            let summary = try reader.requiredString(mapping, "summary", in: named, at: item)
            let anchorsNode = try reader.required(mapping, "anchors", in: named, at: item)
            let anchors = try reader.sequence(anchorsNode, what: "“anchors” in \(named)").map { try selector($0, in: named) }
            guard !anchors.isEmpty else {
                throw reader.error("\(named) needs at least one anchor quoted from the article", at: anchorsNode)
            }
            positions.append(PositionAnnotation(issue: issue, actor: actor, summary: summary, anchors: anchors))
        }
        return positions
    }

    /// `{exact, prefix, suffix}`: a W3C TextQuoteSelector.
    func selector(_ node: Node, in named: String) throws -> TextQuoteSelector {
        guard node.mapping != nil else {
            throw reader.error(
                "an anchor in \(named) must be a mapping with “exact” (and optionally “prefix” and “suffix”), found "
                    + reader.describe(node),
                at: node)
        }
        let mapping = try reader.mapping(node, what: "an anchor in \(named)")
        try reader.checkKeys(mapping, allowed: AnnotationLoader.selectorKeys, what: "an anchor in \(named)")
        let exact = try reader.requiredString(mapping, "exact", in: "an anchor in \(named)", at: node)
        return TextQuoteSelector(
            exact: exact, prefix: try reader.optionalString(mapping, "prefix", in: "an anchor in \(named)") ?? "",
            suffix: try reader.optionalString(mapping, "suffix", in: "an anchor in \(named)") ?? "",
            place: FilePlace(line: node.mark?.line, column: node.mark?.column))
    }

    func hint(_ word: String, _ candidates: [String]) -> String {
        guard let guess = DidYouMean.nearest(to: word, among: candidates) else { return "" }
        return " (did you mean “\(guess)”?)"
    }
}
