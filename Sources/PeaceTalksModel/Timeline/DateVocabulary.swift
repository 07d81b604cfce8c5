/// Month names and the words that mark a number as a year, in Dutch and English.
enum DateVocabulary {
    /// Full names and common abbreviations (an abbreviation may carry a full stop).
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let abbreviations: [[String]] = [
            ["jan"], ["feb", "febr"], ["mrt", "mar"], ["apr"], [], ["jun"], ["jul"], ["aug"],
            ["sep", "sept"], ["okt", "oct"], ["nov"], ["dec"],
        ]
        for month in 0..<12 {
            table[dutch[month]] = month + 1
            table[english[month]] = month + 1
            for short in abbreviations[month] { table[short] = month + 1 }
        }
        return table
    }()

    /// Lengths of the names in `months`, in scalars: all ASCII, and lowercasing a word never
    /// turns it into ASCII of another length, so a word of another length names no month.
    static let monthNameLengths = 3...9

    /// Abbreviations: they count only next to a day or a year, never as a bare word (`jan` is a name too).
    static let abbreviations: Set<String> = [
        "jan", "feb", "febr", "mrt", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
    ]

    /// English month names that are not also Dutch ones; `August 18` order is English.
    static let englishOnly: Set<String> = [
        "january", "february", "march", "may", "june", "july", "october",
    ]

    /// Words before a four-digit number that make it a year.
    static let yearContext: Set<String> = [
        // Dutch
        "in", "sinds", "anno", "tot", "vanaf", "sedert", "van", "begin", "eind", "einde", "medio", "half", "halverwege",
        "rond", "omstreeks", "circa", "tijdens", "tussen", "jaar", "zomer", "winter", "lente", "herfst",
        "voorjaar", "najaar",
        // English
        "since", "until", "till", "by", "from", "of", "early", "late", "mid", "around", "during", "after", "before",
        "between", "year", "summer", "spring", "autumn", "fall", "through",
    ]

    /// Words before a month name alone that make it a time (`eind augustus`, `in March`).
    static let monthContext: Set<String> = [
        "in", "sinds", "vanaf", "tot", "tijdens", "eind", "einde", "begin", "medio", "half", "midden", "halverwege",
        "van", "early", "late", "mid", "since", "until", "till", "during", "through", "of",
    ]

    /// Words that join a second year to a first (`tussen 2014 en 2022`, `2014-2022`).
    static let rangeJoiners: Set<String> = ["en", "tot", "and", "to", "until", "-", "–", "—", "/"]

    /// Words between two day numbers of one month (`2 op 3 februari`, `2 to 5 March`, `2-3 maart`).
    static let dayJoiners: Set<String> = ["op", "tot", "en", "and", "to", "until", "till", "through", "-", "–", "—", "/"]

    /// Words that open a range of days (`van 2 tot 5 maart`, `between 2 and 5 March`).
    static let rangeOpeners: Set<String> = ["van", "vanaf", "tussen", "from", "between"]

    /// Words that narrow a month or year without changing its precision; they belong to the expression.
    static let modifiers: Set<String> = [
        "begin", "eind", "einde", "half", "medio", "midden", "early", "late", "mid",
    ]

    static let minYear = 1900
    static let maxYear = 2100

    static func month(_ word: String) -> Int? { months[word.lowercased()] }

    /// The month a word of these scalars names, as `month(_:)` on its text; a word of ASCII
    /// letters is decided without building a string.
    static func month(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard monthNameLengths.contains(word.count) else { return nil }
        var packed: UInt64 = 0
        var ninth: UInt32 = 0
        var shift: UInt64 = 0
        for scalar in word {
            let value = scalar.value | 0x20
            guard scalar.isASCII, value >= 0x61, value <= 0x7A else { return month(ScalarClass.string(word)) }
            // Names are at most 9 letters: 8 packed in one number, the ninth beside it.
            if shift < 64 { packed |= UInt64(value) << shift } else { ninth = value }
            shift += 8
        }
        return packedMonths[PackedName(letters: packed, ninth: ninth, count: word.count)]
    }

    private struct PackedName: Hashable {
        var letters: UInt64
        var ninth: UInt32
        var count: Int
    }

    private static let packedMonths: [PackedName: Int] = {
        var table: [PackedName: Int] = [:]
        for (name, month) in months {
            var packed: UInt64 = 0
            var ninth: UInt32 = 0
            for (offset, scalar) in name.unicodeScalars.enumerated() {
                if offset < 8 { packed |= UInt64(scalar.value) << UInt64(offset * 8) } else { ninth = scalar.value }
            }
            table[PackedName(letters: packed, ninth: ninth, count: name.unicodeScalars.count)] = month
        }
        return table
    }()

    static func isYear(_ token: DateToken) -> Bool {
        guard token.kind == .number, token.isPlain, !token.isOrdinal, token.numberLength == 4,
            let value = token.value
        else { return false }
        return value >= minYear && value <= maxYear
    }

    static func day(_ token: DateToken) -> Int? {
        guard token.kind == .number, token.isPlain, token.numberLength <= 2, let value = token.value,
            value >= 1, value <= 31
        else { return nil }
        return value
    }
}
