/// Finds quotations in every mark Dutch and English news use, and who said them.
public enum QuoteExtractor {
    // STUB: to be replaced by the real extractor.
    public static func extract(from paragraphs: [Paragraph], language: Language) -> [RawQuote] {
        []
    }
}
