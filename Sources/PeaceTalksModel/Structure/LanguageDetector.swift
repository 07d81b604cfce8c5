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
        if let (dutchCount, englishCount) = countSimple(text) {
            return englishCount > dutchCount ? .english : .dutch
        }
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

    /// The same count straight on the scalars, when every scalar it reads is its own
    /// `Character` (Latin letters, ASCII and common punctuation: no combining marks, joiners
    /// or other scripts); nil as soon as one is not. Every function word is short ASCII, so
    /// other words are counted without being built.
    private static func countSimple(_ text: String) -> (Int, Int)? {
        var dutchCount = 0
        var englishCount = 0
        var words = 0
        var inWord = false
        var word: [UInt8] = []
        var wordIsASCII = true
        func tally() {
            words += 1
            guard wordIsASCII, word.count <= 5 else { return }
            let string = String(decoding: word, as: UTF8.self)
            if dutch.contains(string) { dutchCount += 1 }
            if english.contains(string) { englishCount += 1 }
        }
        for scalar in text.unicodeScalars {
            let letter: Bool
            if scalar.isASCII {
                let value = scalar.value | 0x20
                letter = value >= 0x61 && value <= 0x7A
                if letter && inWord && wordIsASCII && word.count <= 5 { word.append(UInt8(value)) }
                if letter && !inWord {
                    if words == wordLimit { return (dutchCount, englishCount) }
                    word.removeAll(keepingCapacity: true)
                    word.append(UInt8(value))
                    wordIsASCII = true
                }
            } else {
                guard isOwnCharacter(scalar) else { return nil }
                letter = scalar.properties.isAlphabetic
                if letter && !inWord {
                    if words == wordLimit { return (dutchCount, englishCount) }
                    word.removeAll(keepingCapacity: true)
                }
                if letter { wordIsASCII = false }
            }
            if !letter && inWord { tally() }
            inWord = letter
        }
        if inWord && words < wordLimit { tally() }
        return (dutchCount, englishCount)
    }

    /// Scalars that never join a neighbour into one `Character`, whose lowercase starts
    /// with a letter exactly when they are letters: Latin-1, Latin Extended-A and -B, and
    /// the dashes, quotes and currency signs of running text.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x250 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            || (0x20A0...0x20C0).contains(value)
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
