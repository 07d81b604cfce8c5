import Foundation

/// Where the package's own files are, for tests in any target.
public enum Repository {
    /// The package root: the folder that holds Package.swift.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed article and the files beside it.
    public static let seedArticle = root.appendingPathComponent("seeds/vredesgesprekken-2025-waarom-het-vastloopt.txt")
    public static let seedCodebook = root
        .appendingPathComponent("seeds/vredesgesprekken-2025-waarom-het-vastloopt.codebook.yaml")
    public static let seedAnnotations = root
        .appendingPathComponent("seeds/vredesgesprekken-2025-waarom-het-vastloopt.annotations.yaml")
}
