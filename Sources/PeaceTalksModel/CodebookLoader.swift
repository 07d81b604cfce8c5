/// Reads and validates a codebook file.
public enum CodebookLoader {
    // STUB: throws a `Diagnostic` naming file, line and column.
    public static func load(path: String) throws -> Codebook {
        Codebook(path: path, issues: [], actors: [], positions: [], sides: [])
    }

    public static func parse(_ text: String, path: String) throws -> Codebook {
        Codebook(path: path, issues: [], actors: [], positions: [], sides: [])
    }
}
