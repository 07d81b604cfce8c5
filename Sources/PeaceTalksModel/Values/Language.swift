/// The languages whose sentence, quote and date conventions the extractors know.
public enum Language: String, Sendable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"
}
