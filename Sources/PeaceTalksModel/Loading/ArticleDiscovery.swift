import Foundation

/// Turns the paths a user gives into the article files they mean.
enum ArticleDiscovery {
    /// Files as given; directories walked recursively for `.txt` and `.md`, sorted by path.
    static func articleFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Diagnostic.error("no such file or directory", file: path)
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = walk(path)
            if found.isEmpty {
                throw Diagnostic.error(
                    "is a directory without articles (no .txt or .md files in it or below it)", file: path)
            }
            files.append(contentsOf: found)
        }
        return files
    }

    static func isArticle(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".meta.yaml") || lower.hasSuffix(".codebook.yaml") || lower.hasPrefix(".") { return false }
        guard let dot = lower.lastIndex(of: ".") else { return false }
        return ArticleLoader.articleExtensions.contains(String(lower[lower.index(after: dot)...]))
    }

    private static func walk(_ directory: String) -> [String] {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            guard isArticle(name) else { continue }
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        // Byte order, not locale order: the same corpus loads in the same order everywhere.
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
