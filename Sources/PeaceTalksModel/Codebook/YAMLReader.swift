import Foundation
import Yams

/// Reads typed values out of a composed YAML tree. Every failure is a `Diagnostic`
/// that names the file and the line and column of the node at fault.
struct YAMLReader {
    let path: String

    /// The YAML tree of a codebook or sidecar's text, nil for a file without one; a syntax error
    /// is worded the same for every kind of file.
    static func compose(_ text: String, path: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxDiagnostic(error, path: path)
        } catch {
            throw Diagnostic.error("YAML syntax error: \(error)", file: path)
        }
    }

    static func syntaxDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _),
            let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return Diagnostic.error(message, file: path, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "“\($0)”" }.joined(separator: ", ")
            return Diagnostic.error(
                "duplicate key \(keys) in one mapping", file: path,
                line: context.mark.line, column: context.mark.column)
        case let .reader(problem, offset, _, yaml):
            if let offset, let place = lineAndColumn(ofScalarOffset: offset, in: yaml) {
                return Diagnostic.error("YAML reader error: \(problem)", file: path, line: place.0, column: place.1)
            }
            return Diagnostic.error("YAML reader error: \(problem)", file: path)
        default:
            return Diagnostic.error("YAML error: \(error)", file: path)
        }
    }

    static func lineAndColumn(ofScalarOffset offset: Int, in text: String) -> (Int, Int)? {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == offset { return (line, column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    func error(_ message: String, at node: Node?) -> Diagnostic {
        let mark = node?.mark
        return Diagnostic.error(message, file: path, line: mark?.line, column: mark?.column)
    }

    func mapping(_ node: Node, what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else {
            throw error("\(what) must be a mapping of keys to values, found \(describe(node))", at: node)
        }
        return mapping
    }

    func sequence(_ node: Node, what: String) throws -> [Node] {
        guard let sequence = node.sequence else {
            throw error("\(what) must be a list, found \(describe(node))", at: node)
        }
        return Array(sequence)
    }

    /// Rejects keys the format does not know, suggesting the nearest known one.
    func checkKeys(_ mapping: Node.Mapping, allowed: [String], what: String) throws {
        for (key, _) in mapping {
            guard let name = key.scalar?.string else {
                throw error("a key in \(what) must be a plain word, found \(describe(key))", at: key)
            }
            if allowed.contains(name) { continue }
            var message = "unknown key “\(name)” in \(what)"
            if let guess = DidYouMean.nearest(to: name, among: allowed) {
                message += " (did you mean “\(guess)”?)"
            } else {
                message += " (expected one of: \(allowed.joined(separator: ", ")))"
            }
            throw error(message, at: key)
        }
    }

    func value(_ mapping: Node.Mapping, _ key: String) -> Node? {
        for (candidate, value) in mapping where candidate.scalar?.string == key {
            return value
        }
        return nil
    }

    func required(_ mapping: Node.Mapping, _ key: String, in what: String, at node: Node) throws -> Node {
        guard let value = value(mapping, key) else {
            throw error("\(what) is missing the required key “\(key)”", at: node)
        }
        return value
    }

    func string(_ node: Node, key: String, in what: String) throws -> String {
        guard let scalar = node.scalar, node.null == nil || scalar.style != .plain else {
            throw error("“\(key)” in \(what) must be a string, found \(describe(node))", at: node)
        }
        return scalar.string
    }

    func requiredString(_ mapping: Node.Mapping, _ key: String, in what: String, at node: Node) throws -> String {
        let text = try string(required(mapping, key, in: what, at: node), key: key, in: what)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw error("“\(key)” in \(what) must not be empty", at: value(mapping, key) ?? node)
        }
        return text
    }

    func optionalString(_ mapping: Node.Mapping, _ key: String, in what: String) throws -> String? {
        guard let node = value(mapping, key) else { return nil }
        if node.null != nil, node.scalar?.style == .plain { return nil }
        return try string(node, key: key, in: what)
    }

    /// A list of strings; an absent key is an empty list.
    func stringList(_ mapping: Node.Mapping, _ key: String, in what: String) throws -> [(String, Node)] {
        guard let node = value(mapping, key) else { return [] }
        if node.null != nil, node.scalar?.style == .plain { return [] }
        guard let items = node.sequence else {
            throw error("“\(key)” in \(what) must be a list of strings, found \(describe(node))", at: node)
        }
        var result: [(String, Node)] = []
        for (index, item) in items.enumerated() {
            guard let scalar = item.scalar, item.null == nil || scalar.style != .plain else {
                throw error(
                    "“\(key)” in \(what) must be a list of strings, but item \(index + 1) is \(describe(item))",
                    at: item)
            }
            result.append((scalar.string, item))
        }
        return result
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if node.null != nil && scalar.style == .plain { return "nothing" }
            if node.int != nil && scalar.style == .plain { return "the number \(scalar.string)" }
            return "the text “\(scalar.string)”"
        }
    }
}
