/// Finds dated expressions and normalises them to ISO dates at the precision written.
public enum DateExtractor {
    // STUB
    public static func extract(from text: String, language: Language, anchor: DateAnchor) -> [DateMatch] { [] }
}

extension DateAnchor {
    // STUB: metadata date, else the latest year in the text, else the file's year.
    public static func choose(for article: Article) -> DateAnchor {
        DateAnchor(year: 2025, source: .fileDate)
    }
}
