/// Anchors the codebook's positions to the passages their fragments quote.
public enum PositionResolver {
    // STUB
    public static func resolve(codebook: Codebook, documents: [Document]) -> ([Position], [Diagnostic]) {
        ([], [])
    }
}
