import Foundation
import Yams

/// Reads the optional `X.meta.yaml` beside an article `X.txt`.
public enum MetadataLoader {
    static let keys: Set<String> = ["title", "language", "date", "source"]

    /// The sidecar's path for an article: its extension replaced by `.meta.yaml`.
    public static func sidecarPath(forArticle path: String) -> String {
        PathStem.replacingExtension(of: path, with: ".meta.yaml")
    }

    /// The article's metadata; empty when there is no sidecar.
    public static func load(forArticle path: String) throws -> ArticleMetadata {
        let sidecar = sidecarPath(forArticle: path)
        guard let text = try TextFile.yaml(at: sidecar, as: .metadata, optional: true) else { return ArticleMetadata() }
        return try parse(text, path: sidecar)
    }

    public static func parse(_ text: String, path: String) throws -> ArticleMetadata {
        guard let node = try YAMLReader.compose(text, path: path) else { return ArticleMetadata() }
        guard let mapping = node.mapping else {
            throw Diagnostic.error("expected a mapping of keys (title, language, date, source)", file: path,
                line: node.mark?.line, column: node.mark?.column)
        }
        var metadata = ArticleMetadata()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            let column = keyNode.mark?.column
            guard keys.contains(key) else {
                throw Diagnostic.error("unknown key ‘\(key)’ (expected title, language, date or source)",
                    file: path, line: line, column: column)
            }
            guard let scalar = value.scalar else {
                throw Diagnostic.error("‘\(key)’ must be a single value", file: path,
                    line: value.mark?.line, column: value.mark?.column)
            }
            let string = scalar.string.trimmingCharacters(in: .whitespaces)
            switch key {
            case "title": metadata.title = string
            case "source": metadata.source = string
            case "language":
                guard let language = Language(rawValue: string.lowercased()) else {
                    throw Diagnostic.error("language ‘\(string)’ is not one of nl, en", file: path,
                        line: value.mark?.line, column: value.mark?.column)
                }
                metadata.language = language
            default:
                guard let date = PartialDate(iso: string) else {
                    throw Diagnostic.error("date ‘\(string)’ is not YYYY, YYYY-MM or YYYY-MM-DD", file: path,
                        line: value.mark?.line, column: value.mark?.column)
                }
                metadata.date = date
            }
        }
        return metadata
    }
}

extension PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the month and day exist.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            guard parts[2].count == 2, let value = Int(parts[2]), (1...days).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }
}
