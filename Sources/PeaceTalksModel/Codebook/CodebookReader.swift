import Foundation
import Yams

/// Turns a composed YAML tree into a `Codebook`, checking every key, type and reference.
struct CodebookReader {
    let reader: YAMLReader

    static let topKeys = ["version", "sides", "issues", "actors", "positions"]
    static let issueKeys = ["id", "title", "label", "description", "keywords", "sections"]
    static let actorKeys = ["id", "name", "kind", "side", "role", "aliases", "gender"]
    static let positionKeys = ["issue", "actor", "summary", "anchors"]

    func read(_ root: Node) throws -> Codebook {
        let top = try reader.mapping(root, what: "the codebook")
        try reader.checkKeys(top, allowed: Self.topKeys, what: "the codebook")
        try checkVersion(reader.required(top, "version", in: "the codebook", at: root))

        let issues = try readIssues(reader.required(top, "issues", in: "the codebook", at: root))
        let actorNodes = try readActors(reader.required(top, "actors", in: "the codebook", at: root))
        let actorIDs = actorNodes.map(\.definition.id)
        for actor in actorNodes {
            if let side = actor.definition.side, let sideNode = actor.sideNode, !actorIDs.contains(side) {
                throw reader.error(
                    "actor “\(actor.definition.id)” has side “\(side)”, which is not an actor id"
                        + hint(side, actorIDs),
                    at: sideNode)
            }
        }
        try checkAliasesAreDistinct(actorNodes)
        let sides = try readSides(reader.value(top, "sides"), actorIDs: actorIDs)
        let positions = try readPositions(
            reader.value(top, "positions"), issueIDs: issues.map(\.id), actorIDs: actorIDs)
        return Codebook(
            path: reader.path, issues: issues, actors: actorNodes.map(\.definition), positions: positions,
            sides: sides)
    }

    private func checkVersion(_ node: Node) throws {
        guard let number = node.int, node.scalar?.style == .plain else {
            throw reader.error("“version” must be a number, found \(reader.describe(node))", at: node)
        }
        guard number == CodebookLoader.version else {
            throw reader.error(
                "unsupported codebook version \(number) (this peacetalks reads version \(CodebookLoader.version))",
                at: node)
        }
    }

    // MARK: Issues

    private func readIssues(_ node: Node) throws -> [Issue] {
        var issues: [Issue] = []
        var seen: [String: Int] = [:]
        for (index, item) in try reader.sequence(node, what: "“issues”").enumerated() {
            let what = "issue \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.issueKeys, what: what)
            let id = try readID(mapping, key: "id", in: what, at: item, seen: &seen, kind: "issue")
            let named = "issue “\(id)”"
            let title = try reader.requiredString(mapping, "title", in: named, at: item)
            let label = try reader.optionalString(mapping, "label", in: named) ?? title
            let description = try reader.optionalString(mapping, "description", in: named) ?? ""
            let keywords = try reader.stringList(mapping, "keywords", in: named)
            for (keyword, keywordNode) in keywords
            where TermPattern(keyword, caseRule: .insensitive, genitive: false) == nil {
                throw reader.error(
                    "invalid keyword “\(keyword)” in \(named): it needs a letter or digit, and “*” only at its end",
                    at: keywordNode)
            }
            let sections = try reader.stringList(mapping, "sections", in: named)
            for (heading, headingNode) in sections where WordTokens.tokens(in: heading).isEmpty {
                throw reader.error("empty section heading in \(named)", at: headingNode)
            }
            issues.append(Issue(
                id: id, title: title, label: label, description: description, keywords: keywords.map(\.0),
                sections: sections.map(\.0)))
        }
        return issues
    }

    // MARK: Actors

    struct ReadActor {
        var definition: ActorDefinition
        var sideNode: Node?
        var names: [(String, Node)]
    }

    private func readActors(_ node: Node) throws -> [ReadActor] {
        var actors: [ReadActor] = []
        var seen: [String: Int] = [:]
        for (index, item) in try reader.sequence(node, what: "“actors”").enumerated() {
            let what = "actor \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.actorKeys, what: what)
            let id = try readID(mapping, key: "id", in: what, at: item, seen: &seen, kind: "actor")
            let named = "actor “\(id)”"
            let name = try reader.requiredString(mapping, "name", in: named, at: item)
            let kindNode = try reader.required(mapping, "kind", in: named, at: item)
            let kindText = try reader.string(kindNode, key: "kind", in: named)
            guard let kind = ActorKind(rawValue: kindText) else {
                let kinds = ActorKind.allCases.map(\.rawValue)
                throw reader.error(
                    "invalid kind “\(kindText)” for \(named) (expected person, state, organisation or bloc)"
                        + hint(kindText, kinds),
                    at: kindNode)
            }
            let side = try reader.optionalString(mapping, "side", in: named)
            let role = try reader.optionalString(mapping, "role", in: named)
            let aliases = try reader.stringList(mapping, "aliases", in: named)
            let gender = try reader.optionalString(mapping, "gender", in: named)
            let nameNode = reader.value(mapping, "name") ?? item
            for (alias, aliasNode) in [(name, nameNode)] + aliases
            where TermPattern(alias, caseRule: .capitals, genitive: true) == nil {
                throw reader.error(
                    "invalid alias “\(alias)” for \(named): it needs a letter or digit, and “*” only at its end",
                    at: aliasNode)
            }
            actors.append(ReadActor(
                definition: ActorDefinition(
                    id: id, name: name, kind: kind, side: side, role: role, aliases: aliases.map(\.0), gender: gender),
                sideNode: reader.value(mapping, "side"), names: [(name, nameNode)] + aliases))
        }
        return actors
    }

    /// Two actors answering to the same alias would make every mention a coin toss.
    private func checkAliasesAreDistinct(_ actors: [ReadActor]) throws {
        var owners: [String: (actor: String, line: Int?)] = [:]
        for actor in actors {
            for (alias, node) in actor.names {
                let key = AliasKey.make(alias)
                if let owner = owners[key], owner.actor != actor.definition.id {
                    let place = owner.line.map { " (line \($0))" } ?? ""
                    throw reader.error(
                        "alias “\(alias)” of actor “\(actor.definition.id)” already names actor “\(owner.actor)”\(place)",
                        at: node)
                }
                if owners[key] == nil { owners[key] = (actor.definition.id, node.mark?.line) }
            }
        }
    }

    // MARK: Sides and positions

    private func readSides(_ node: Node?, actorIDs: [String]) throws -> [String] {
        guard let node, !(node.null != nil && node.scalar?.style == .plain) else { return [] }
        guard let items = node.sequence else {
            throw reader.error("“sides” must be a list of actor ids, found \(reader.describe(node))", at: node)
        }
        var sides: [String] = []
        for (index, item) in items.enumerated() {
            guard let scalar = item.scalar, item.null == nil else {
                throw reader.error(
                    "“sides” must be a list of actor ids, but item \(index + 1) is \(reader.describe(item))", at: item)
            }
            let id = scalar.string
            guard actorIDs.contains(id) else {
                throw reader.error("side “\(id)” is not an actor id" + hint(id, actorIDs), at: item)
            }
            guard !sides.contains(id) else {
                throw reader.error("side “\(id)” is listed twice", at: item)
            }
            sides.append(id)
        }
        return sides
    }

    private func readPositions(_ node: Node?, issueIDs: [String], actorIDs: [String]) throws -> [PositionDefinition] {
        guard let node, !(node.null != nil && node.scalar?.style == .plain) else { return [] }
        var positions: [PositionDefinition] = []
        var seen: [String: Int] = [:]
        for (index, item) in try reader.sequence(node, what: "“positions”").enumerated() {
            let what = "position \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.positionKeys, what: what)
            let issueNode = try reader.required(mapping, "issue", in: what, at: item)
            let issue = try reader.string(issueNode, key: "issue", in: what)
            guard issueIDs.contains(issue) else {
                throw reader.error("\(what) refers to unknown issue “\(issue)”" + hint(issue, issueIDs), at: issueNode)
            }
            let actorNode = try reader.required(mapping, "actor", in: what, at: item)
            let actor = try reader.string(actorNode, key: "actor", in: what)
            guard actorIDs.contains(actor) else {
                throw reader.error("\(what) refers to unknown actor “\(actor)”" + hint(actor, actorIDs), at: actorNode)
            }
            let key = issue + "\u{0}" + actor
            if let first = seen[key] {
                throw reader.error(
                    "second position of actor “\(actor)” on issue “\(issue)” (the first is at line \(first))",
                    at: item)
            }
            seen[key] = item.mark?.line ?? 0
            let named = "the position of “\(actor)” on “\(issue)”"
            let summary = try reader.requiredString(mapping, "summary", in: named, at: item)
            let anchorsNode = try reader.required(mapping, "anchors", in: named, at: item)
            let anchors = try reader.stringList(mapping, "anchors", in: named)
            guard !anchors.isEmpty else {
                throw reader.error("\(named) needs at least one anchor quoted from the article", at: anchorsNode)
            }
            for (anchor, anchorNode) in anchors
            where anchor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw reader.error("empty anchor in \(named)", at: anchorNode)
            }
            positions.append(PositionDefinition(
                issue: issue, actor: actor, summary: summary, anchors: anchors.map(\.0), line: item.mark?.line,
                column: item.mark?.column))
        }
        return positions
    }

    // MARK: Helpers

    private func readID(
        _ mapping: Node.Mapping, key: String, in what: String, at node: Node, seen: inout [String: Int],
        kind: String
    ) throws -> String {
        let idNode = try reader.required(mapping, key, in: what, at: node)
        let id = try reader.string(idNode, key: key, in: what)
        guard Self.isValidID(id) else {
            throw reader.error(
                "invalid \(kind) id “\(id)”: use lowercase letters, digits and single hyphens, e.g. “united-states”",
                at: idNode)
        }
        if let first = seen[id] {
            throw reader.error("duplicate \(kind) id “\(id)” (first defined at line \(first))", at: idNode)
        }
        seen[id] = idNode.mark?.line ?? 0
        return id
    }

    static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private func hint(_ word: String, _ candidates: [String], prefix: String = "") -> String {
        guard let guess = DidYouMean.nearest(to: word, among: candidates) else { return "" }
        return "\(prefix) (did you mean “\(guess)”?)"
    }
}

/// The form under which two aliases count as the same name.
enum AliasKey {
    static func make(_ alias: String) -> String {
        let trimmed = Substring(alias).trimmingWhitespace
        let star = trimmed.hasSuffix("*") ? "*" : ""
        return WordTokens.normalisedKey(String(trimmed)) + star
    }
}
