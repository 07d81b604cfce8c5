import Foundation
@testable import PeaceTalksModel

/// Paths and fixtures shared by the codebook, actor, issue and position tests.
enum CodebookFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedText = repository.appendingPathComponent("seeds/vredesgesprekken-2025-waarom-het-vastloopt.txt")
    static let seedCodebook = repository
        .appendingPathComponent("seeds/vredesgesprekken-2025-waarom-het-vastloopt.codebook.yaml")

    static func loadSeedCodebook() throws -> Codebook {
        try CodebookLoader.load(path: seedCodebook.path)
    }

    static func loadSeedText() throws -> String {
        try String(contentsOf: seedText, encoding: .utf8)
    }

    /// Catches the diagnostic a parse throws.
    static func diagnostic(parsing text: String) -> Diagnostic? {
        do {
            _ = try CodebookLoader.parse(text, path: "test.yaml")
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }
}
