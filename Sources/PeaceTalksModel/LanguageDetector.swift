/// Tells Dutch from English by counting common function words.
public enum LanguageDetector {
    private static let dutch: Set<String> = [
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "er", "ook", "om", "wordt", "maar", "als",
    ]
    private static let english: Set<String> = [
        "the", "a", "an", "and", "of", "is", "that", "not", "on", "to", "be", "for", "with", "it", "was", "are", "as", "but", "by", "said",
    ]

    public static func detect(_ text: String) -> Language {
        var dutchCount = 0
        var englishCount = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2_000) {
            let word = String(word)
            if dutch.contains(word) { dutchCount += 1 }
            if english.contains(word) { englishCount += 1 }
        }
        return englishCount > dutchCount ? .english : .dutch
    }
}
