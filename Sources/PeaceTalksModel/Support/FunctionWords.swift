/// Dutch and English function words: articles, pronouns, prepositions, conjunctions and
/// common adverbs. They carry no content for similarity, and a capitalised one at the start
/// of a sentence is not the first word of a name (`Ook Smit`, `Onder Macron`).
enum FunctionWords {
    static let all: Set<String> = dutch.union(english).union(calendar)

    static func contains(_ lowercased: String) -> Bool { all.contains(lowercased) }

    static let articles: Set<String> = ["de", "het", "een", "the", "a", "an", "'t", "’t"]

    private static let dutch: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "want", "dus", "noch", "dat", "die", "dit", "deze",
        "wat", "wie", "welke", "waar", "waarom", "hoe", "wanneer", "waarbij", "waarin", "waarop", "waarmee",
        "ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie", "hun", "hen", "hem", "haar", "mijn",
        "zijn", "ons", "onze", "uw", "men", "er", "hier", "daar", "zich", "elkaar", "iets", "niets", "alles",
        "in", "op", "aan", "van", "voor", "na", "naar", "met", "zonder", "bij", "door", "over", "onder",
        "boven", "tussen", "tegen", "tot", "om", "uit", "te", "sinds", "tijdens", "volgens", "ondanks",
        "vanuit", "binnen", "buiten", "langs", "rond", "omtrent", "wegens", "per", "via", "vanaf",
        "als", "zoals", "toen", "terwijl", "nadat", "voordat", "omdat", "hoewel", "indien", "zodat", "opdat",
        "ook", "nog", "al", "wel", "toch", "zo", "dan", "nu", "pas", "reeds", "steeds", "nooit", "altijd",
        "bovendien", "echter", "evenwel", "immers", "intussen", "ondertussen", "inmiddels", "tegelijk",
        "desondanks", "integendeel", "vooral", "alleen", "eerst", "daarna", "later", "vroeger", "vandaag",
        "gisteren", "morgen", "soms", "vaak", "misschien", "zelfs", "ja", "nee", "is", "was", "waren",
        "wordt", "werd", "werden", "worden", "heeft", "had", "hebben", "hadden", "kan", "kon", "kunnen",
        "zal", "zou", "zullen", "zouden", "moet", "moest", "moeten", "mag", "mocht", "wil", "wilde", "willen",
        "ben", "bent", "geweest", "meer", "min", "veel", "weinig", "elk", "elke", "ieder", "iedere",
        "alle", "enkele", "sommige", "andere", "ander", "zulke", "zo’n", "zo'n", "naast", "behalve",
        "daarom", "daardoor", "daarmee", "daarvoor", "daarover", "hierdoor", "waardoor", "net", "juist",
    ]

    private static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on", "at", "by",
        "from", "with", "without", "into", "onto", "over", "under", "between", "about", "after", "before",
        "during", "since", "until", "against", "among", "through", "despite", "unlike", "like", "via",
        "when", "while", "although", "though", "because", "if", "as", "than", "whether", "unless",
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "his", "its",
        "our", "their", "my", "your", "this", "that", "these", "those", "there", "here", "what", "who",
        "whom", "whose", "which", "why", "how", "where", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should",
        "may", "might", "must", "also", "even", "only", "still", "then", "now", "however", "meanwhile",
        "yes", "today", "yesterday", "tomorrow", "all", "some", "any", "each", "every", "other", "such",
        "more", "most", "much", "many", "according", "instead", "indeed", "perhaps", "once", "again",
    ]

    /// Capitalised in English, never the first word of a person's name.
    private static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
    ]
}
