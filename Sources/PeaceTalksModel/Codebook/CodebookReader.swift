import Foundation
import Yams

/// Turns a composed YAML tree into one layer of a `Codebook`, checking every key and type
/// (references between layers are checked by `CodebookMerge`).
struct CodebookReader {
    let reader: YAMLReader

    /// `positions` is known only to say where positions belong now.
    static let topKeys = ["version", "sides", "issues", "actors", "positions", "events"]
    static let issueKeys = ["id", "title", "label", "description", "keywords", "sections", "weak", "exclude"]
    static let actorKeys = ["id", "name", "kind", "side", "role", "aliases", "gender"]

    /// One layer of the codebook in effect: every key and type checked, but references to
    /// actors (sides) left for `CodebookMerge`, since they may name an earlier layer's actor.
    func readLayer(_ root: Node) throws -> CodebookLayer {
        let top = try reader.mapping(root, what: "the codebook")
        try reader.checkKeys(top, allowed: Self.topKeys, what: "the codebook")
        try checkVersion(reader.required(top, "version", in: "the codebook", at: root))
        if let positions = reader.value(top, "positions"), !(positions.null != nil && positions.scalar?.style == .plain) {
            // Positions quote one article; in a codebook they would be looked for in every article.
            throw reader.error(
                "positions belong in the article's annotation file (ARTICLE.annotations.yaml), not in a codebook: "
                    + "move them there, each anchor written as “- exact: …” (see docs/codebook.md)",
                at: positions)
        }
        let issues = try reader.value(top, "issues").map(readIssues) ?? []
        let actors = try reader.value(top, "actors").map(readActors) ?? []
        try checkAliasesAreDistinct(actors)
        return CodebookLayer(
            path: reader.path, issues: issues, actors: actors, sides: try readSides(reader.value(top, "sides")),
            keyEvents: try readKeyEvents(reader.value(top, "events")))
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
            let weak = try reader.stringList(mapping, "weak", in: named)
            let exclude = try reader.stringList(mapping, "exclude", in: named)
            for (list, noun) in [(keywords, "keyword"), (weak, "weak keyword"), (exclude, "excluded phrase")] {
                for (term, termNode) in list where TermPattern(term, caseRule: .insensitive, genitive: false) == nil {
                    throw reader.error(
                        "invalid \(noun) “\(term)” in \(named): it needs a letter or digit, and “*” only at its end",
                        at: termNode)
                }
            }
            let sections = try reader.stringList(mapping, "sections", in: named)
            for (heading, headingNode) in sections where WordTokens.tokens(in: heading).isEmpty {
                throw reader.error("empty section heading in \(named)", at: headingNode)
            }
            issues.append(Issue(
                id: id, title: title, label: label, description: description, keywords: keywords.map(\.0),
                sections: sections.map(\.0), weakKeywords: weak.map(\.0), excludedPhrases: exclude.map(\.0)))
        }
        return issues
    }

    // MARK: Actors

    private func readActors(_ node: Node) throws -> [LayerActor] {
        var actors: [LayerActor] = []
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
            let gender = try readGender(mapping, of: named, kind: kind)
            let nameNode = reader.value(mapping, "name") ?? item
            for (alias, aliasNode) in [(name, nameNode)] + aliases
            where TermPattern(alias, caseRule: .capitals, genitive: true) == nil {
                throw reader.error(
                    "invalid alias “\(alias)” for \(named): it needs a letter or digit, and “*” only at its end",
                    at: aliasNode)
            }
            actors.append(LayerActor(
                definition: ActorDefinition(
                    id: id, name: name, kind: kind, side: side, role: role, aliases: aliases.map(\.0),
                    gender: gender),
                sidePlace: reader.value(mapping, "side").map(Self.place),
                names: ([(name, nameNode)] + aliases).map { ($0.0, Self.place($0.1)) }))
        }
        return actors
    }

    /// `m` or `f`, for people only: pronoun resolution must never guess from a state's name.
    private func readGender(_ mapping: Node.Mapping, of named: String, kind: ActorKind) throws -> Gender? {
        guard let node = reader.value(mapping, "gender") else { return nil }
        let text = try reader.string(node, key: "gender", in: named)
        guard let gender = Gender(rawValue: text) else {
            throw reader.error("invalid gender “\(text)” for \(named) (expected m or f)", at: node)
        }
        guard kind == .person else {
            throw reader.error("\(named) has a gender, but only a person can have one", at: node)
        }
        return gender
    }

    /// Two actors of one file answering to the same alias would make every mention a coin toss.
    private func checkAliasesAreDistinct(_ actors: [LayerActor]) throws {
        var owners: [String: (actor: String, line: Int?)] = [:]
        for actor in actors {
            for (alias, place) in actor.names {
                let key = AliasKey.make(alias)
                if let owner = owners[key], owner.actor != actor.definition.id {
                    let line = owner.line.map { " (line \($0))" } ?? ""
                    throw Diagnostic.error(
                        "alias “\(alias)” of actor “\(actor.definition.id)” already names actor “\(owner.actor)”\(line)",
                        file: reader.path, line: place.line, column: place.column)
                }
                if owners[key] == nil { owners[key] = (actor.definition.id, place.line) }
            }
        }
    }

    static func place(_ node: Node) -> FilePlace {
        FilePlace(line: node.mark?.line, column: node.mark?.column)
    }

    // MARK: Sides

    /// Nil when the file does not set the sides (an earlier layer's then stand).
    private func readSides(_ node: Node?) throws -> [(String, FilePlace)]? {
        guard let node, !(node.null != nil && node.scalar?.style == .plain) else { return nil }
        guard let items = node.sequence else {
            throw reader.error("“sides” must be a list of actor ids, found \(reader.describe(node))", at: node)
        }
        var sides: [(String, FilePlace)] = []
        for (index, item) in items.enumerated() {
            guard let scalar = item.scalar, item.null == nil else {
                throw reader.error(
                    "“sides” must be a list of actor ids, but item \(index + 1) is \(reader.describe(item))", at: item)
            }
            let id = scalar.string
            guard !sides.contains(where: { $0.0 == id }) else {
                throw reader.error("side “\(id)” is listed twice", at: item)
            }
            sides.append((id, Self.place(item)))
        }
        return sides
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
