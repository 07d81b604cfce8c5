/// Reads articles and their metadata from disk, with clear errors for bad input.
public enum ArticleLoader {
    // STUB
    public static func load(paths: [String], sizeLimit: Int) throws -> ([Article], [Diagnostic]) {
        ([], [])
    }
}
