import Foundation
import Yams

/// Reads and validates a codebook file (format: docs/codebook.md).
public enum CodebookLoader {
    /// The format version this build reads.
    public static let version = 1

    /// 5 MB: a hundred times the seed's codebook. A larger file is a mistake, and parsing
    /// millions of keywords would take seconds and gigabytes.
    public static let sizeLimit = 5 * 1024 * 1024

    /// Reads the file at `path`; every problem is a `Diagnostic` naming the file, and
    /// the line and column where there is one.
    public static func load(path: String) throws -> Codebook {
        try CodebookMerge.merge([loadLayer(path: path)]).codebook
    }

    /// The file's text as one layer of the codebook in effect.
    static func loadLayer(path: String) throws -> CodebookLayer {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic.error("codebook not found", file: path)
        }
        if isDirectory.boolValue {
            throw Diagnostic.error("codebook path is a directory, not a file", file: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
        if let size, size.int64Value > Int64(sizeLimit) {
            throw Diagnostic.error(
                "codebook is \(ByteCount.describe(size.int64Value)), larger than the "
                    + "\(ByteCount.describe(Int64(sizeLimit))) limit for a codebook",
                file: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("codebook cannot be read", file: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw invalidUTF8(data, path: path)
        }
        return try parseLayer(text, path: path)
    }

    /// Parses codebook text; `path` is only used in messages and kept in the result.
    public static func parse(_ text: String, path: String) throws -> Codebook {
        try CodebookMerge.merge([parseLayer(text, path: path)]).codebook
    }

    static func parseLayer(_ text: String, path: String) throws -> CodebookLayer {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxDiagnostic(error, path: path)
        } catch {
            throw Diagnostic.error("YAML syntax error: \(error)", file: path)
        }
        guard let root else {
            throw Diagnostic.error("the codebook is empty", file: path, line: 1, column: 1)
        }
        return try CodebookReader(reader: YAMLReader(path: path)).readLayer(root)
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

    static func invalidUTF8(_ data: Data, path: String) -> Diagnostic {
        // Find the first byte that breaks UTF-8 so the message can point at it.
        let bytes = [UInt8](data)
        var validEnd = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            guard length > 0, index + length <= bytes.count,
                bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
            else { break }
            index += length
            validEnd = index
        }
        let prefix = String(decoding: bytes[0..<validEnd], as: UTF8.self)
        let line = prefix.filter { $0 == "\n" }.count + 1
        let column = (prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        return Diagnostic.error(
            "codebook is not valid UTF-8 (first bad byte at offset \(validEnd))", file: path, line: line,
            column: column)
    }
}
