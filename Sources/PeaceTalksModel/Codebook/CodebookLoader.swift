import Foundation
import Yams

/// Reads and validates a codebook file (format: docs/codebook.md).
public enum CodebookLoader {
    /// The format version this build reads.
    public static let version = 1

    /// 5 MB (`TextFile.yamlSizeLimit`, the limit of every YAML file).
    public static let sizeLimit = TextFile.yamlSizeLimit

    /// Reads the file at `path`; every problem is a `Diagnostic` naming the file, and
    /// the line and column where there is one.
    public static func load(path: String) throws -> Codebook {
        try CodebookMerge.merge([loadLayer(path: path)]).codebook
    }

    /// The file's text as one layer of the codebook in effect.
    static func loadLayer(path: String) throws -> CodebookLayer {
        try parseLayer(TextFile.yaml(at: path, as: .codebook) ?? "", path: path)
    }

    /// Parses codebook text; `path` is only used in messages and kept in the result.
    public static func parse(_ text: String, path: String) throws -> Codebook {
        try CodebookMerge.merge([parseLayer(text, path: path)]).codebook
    }

    static func parseLayer(_ text: String, path: String) throws -> CodebookLayer {
        guard let root = try YAMLReader.compose(text, path: path) else {
            throw Diagnostic.error("the codebook is empty", file: path, line: 1, column: 1)
        }
        return try CodebookReader(reader: YAMLReader(path: path)).readLayer(root)
    }
}
