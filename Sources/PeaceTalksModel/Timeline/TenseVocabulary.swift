/// The words that show a clause's tense, in Dutch and English, and the words and marks that
/// bound a clause. A word list cannot parse, so each cue is one a news sentence rarely uses
/// in another sense; `will` and the Dutch participles are judged by their neighbours.
enum TenseVocabulary {
    /// Words that put a clause in the future (`will` is judged apart: it is also a noun).
    static let future: Set<String> = [
        "ll", "shall", "expected", "scheduled", "slated", "upcoming", "would", "plans", "planned",
        "zal", "zullen", "zult", "gepland", "verwacht", "verwachten", "gaan",
    ]

    /// Finite past forms and participles that need no auxiliary to be read as past, per language
    /// (Dutch `met` is `with`).
    static func past(_ language: Language) -> Set<String> {
        language == .english ? englishPast : dutchPast
    }

    private static let englishPast: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "spoke", "spoken", "held", "went", "gone", "came",
        "made", "took", "taken", "gave", "given", "left", "sent", "saw", "seen", "became", "began", "begun",
        "brought", "thought", "found", "knew", "wrote", "written", "flew", "been", "ago",
    ]

    private static let dutchPast: Set<String> = [
        "was", "had", "zei", "zeiden", "zegde", "waren", "werd", "werden", "hadden", "sprak", "spraken", "kwam",
        "kwamen", "ging", "gingen", "liet", "lieten", "hield", "hielden", "gaf", "gaven", "nam", "namen", "vond",
        "vonden", "stond", "stonden", "bleef", "bleven", "kreeg", "kregen", "vloog", "vlogen", "zag", "zagen",
        "schreef", "schreven", "vroeg", "vroegen", "vertrok", "vertrokken", "bracht", "brachten", "dacht",
        "dachten", "wilde", "wilden", "kon", "konden", "moest", "moesten", "verklaarde", "verklaarden", "meldde",
        "meldden", "kondigde", "kondigden", "noemde", "noemden", "stelde", "stelden", "belde", "belden",
        "praatte", "praatten", "ontmoette", "ontmoetten", "reisde", "reisden", "maakte", "maakten", "waarschuwde",
        "waarschuwden", "benadrukte", "benadrukten", "dreigde", "dreigden", "eiste", "eisten", "antwoordde",
        "bevestigde", "bevestigden", "ontkende", "ontkenden", "tekende", "tekenden", "landde", "voerde",
        "voerden", "leidde", "leidden", "geleden",
    ]

    /// Dutch strong participles (`gesproken`), read as past beside an auxiliary.
    static let strongParticiples: Set<String> = [
        "gesproken", "gekomen", "gegaan", "gedaan", "gegeven", "genomen", "gebleven", "gehouden", "geweest",
        "gezien", "gevonden", "geschreven", "getroffen", "gevallen", "gesloten", "gebroken", "begonnen",
        "vertrokken", "ontvangen", "aangekomen", "aangeboden", "afgesproken", "overleden", "besloten",
    ]

    /// Nouns that look like a Dutch weak participle (`ge…d`, `ge…t`).
    static let participleLikeNouns: Set<String> = [
        "gebied", "geweld", "gevecht", "gezicht", "gezondheid", "gerucht", "gewicht", "gericht", "gedicht",
        "gebod", "gemoed", "geluid", "gebed",
    ]

    /// Separable prefixes before `ge` in a Dutch participle (`aangekondigd`, `afgesproken`).
    static let separablePrefixes = [
        "", "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "voor", "weg",
        "terug", "samen", "vast", "bekend",
    ]

    /// Dutch auxiliaries of the perfect and the passive.
    static let auxiliaries: Set<String> = [
        "heeft", "hebben", "hebt", "heb", "had", "hadden", "is", "zijn", "was", "waren", "werd", "werden",
    ]

    /// Present forms of the verbs news uses for what is about to happen: meeting, talking,
    /// travelling, signing. With no past cue in the clause, they look ahead (`Trump praat dinsdag
    /// met Poetin`, `Trump speaks with Putin on Tuesday`).
    static func present(_ language: Language) -> Set<String> {
        language == .english ? englishPresent : dutchPresent
    }

    private static let dutchPresent: Set<String> = [
        "praat", "praten", "spreekt", "spreken", "ontmoet", "ontmoeten", "treft", "reist", "reizen", "vliegt",
        "vliegen", "komt", "komen", "bezoekt", "bezoeken", "onderhandelt", "onderhandelen", "vergadert",
        "vergaderen", "overlegt", "overleggen", "houdt", "begint", "beginnen", "start", "starten", "opent",
        "tekent", "ondertekent", "stemt", "beslist", "belt", "landt", "vertrekt", "ingaat", "ingaan",
    ]

    private static let englishPresent: Set<String> = [
        "speaks", "speak", "meets", "meet", "travels", "visits", "holds", "hosts", "begins", "starts", "opens",
        "arrives", "heads", "flies", "signs", "votes", "convenes", "resume", "resumes",
    ]

    /// English forms that date a start after them (`beginning on Monday`).
    static let startingForms: Set<String> = ["beginning", "starting", "commencing"]

    /// Words after which `will` is the noun (`the will to`, `political will`, `lacking will`).
    static let beforeNounWill: Set<String> = [
        "the", "a", "an", "no", "any", "his", "her", "their", "its", "our", "my", "your", "whose", "of", "with",
        "without", "political", "good", "ill", "free", "own", "popular", "strong", "real", "enough", "lacking",
        "lack", "lacks", "show", "shows", "showed", "general", "collective", "last",
    ]

    /// Words after which `will` is the noun (`the will to fight`, `will of the people`).
    static let afterNounWill: Set<String> = [
        "to", "of", "for", "and", "or", "is", "was", "that", "in", "among", "behind", "from",
    ]

    /// Words that open a new clause: the tense of one clause says nothing about the next.
    static let clauseOpeners: Set<String> = [
        "that", "but", "although", "though", "because", "while", "whereas", "unless", "which", "who", "where",
        "when", "dat", "maar", "omdat", "terwijl", "hoewel", "zodat", "nadat", "voordat", "toen", "wanneer",
        "waar", "waarin", "waarna", "waarop", "aangezien", "sedertdien",
    ]

    /// Marks that end a clause.
    static let clauseMarks: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", ".", "!", "?", "–", "—"]

    /// Words before a date that put it in the past whatever the tense (`since April`, `sinds maart`).
    static let since: Set<String> = ["since", "sinds", "sedert"]
}
