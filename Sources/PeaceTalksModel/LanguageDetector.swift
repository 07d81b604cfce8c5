/// Tells Dutch from English by counting common function words.
public enum LanguageDetector {
    private static let dutch: Set<String> = [
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "er", "ook", "om", "wordt", "maar", "als",
    ]
    private static let english: Set<String> = [
        "the", "a", "an", "and", "of", "is", "that", "not", "on", "to", "be", "for", "with", "it", "was", "are", "as", "but", "by", "said",
    ]
    /// Only the first words count.
    static let wordLimit = 2_000

    /// Words are runs of letters (by `Character`) of the lowercased text; only the first
    /// `wordLimit` count. Lowercasing maps scalar by scalar, so a prefix of the text gives the
    /// same first words as the whole once a word starts after the last counted one; a longer
    /// prefix is tried when it does not.
    public static func detect(_ text: String) -> Language {
        var length = 8_192
        while true {
            let prefix = text.prefix(length)
            let complete = prefix.endIndex == text.endIndex
            if let (dutchCount, englishCount) = count(String(prefix).lowercased(), complete: complete) {
                return englishCount > dutchCount ? .english : .dutch
            }
            length *= 4
        }
    }

    /// Nil when the text is a prefix that ends before the word limit is certainly reached.
    private static func count(_ lowered: String, complete: Bool) -> (Int, Int)? {
        var dutchCount = 0
        var englishCount = 0
        var words = 0
        var wordStart: String.Index?
        func tally(_ word: Substring) {
            let word = String(word)
            if dutch.contains(word) { dutchCount += 1 }
            if english.contains(word) { englishCount += 1 }
            words += 1
        }
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let next = lowered.index(after: index)
            if lowered[index].isLetter {
                if wordStart == nil {
                    if words == wordLimit { return (dutchCount, englishCount) }
                    wordStart = index
                }
            } else if let start = wordStart {
                tally(lowered[start..<index])
                wordStart = nil
            }
            index = next
        }
        guard complete else { return nil }
        if let start = wordStart, words < wordLimit { tally(lowered[start...]) }
        return (dutchCount, englishCount)
    }
}
