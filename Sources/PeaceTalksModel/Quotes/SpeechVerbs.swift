/// Dutch and English verbs that attribute words to a speaker, and the small words around them.
///
/// One list serves every rule: after a quote (`‘…’, zegt X`, `"…," said X`, `"…," X said`),
/// before a colon (`communiceerde het Pentagon: ‘…’`, `X told reporters: “…”`) and in the
/// sentence before a quote (`…, benadrukt X. ‘…’`). `aldus`, `volgens` and `according to`
/// only ever come before the name. Separable Dutch verbs count only with
/// their particle nearby (`legt X uit`, `voegt X eraan toe`, `liet X weten`).
enum SpeechVerbs {
    static func isVerb(_ lower: String) -> Bool { verbs.contains(lower) }

    /// Cues that name the speaker after them, never before (`aldus X`, not `X aldus`).
    static let nameAfterOnly: Set<String> = ["aldus", "volgens", "according"]

    static let verbs: Set<String> = dutch.union(english)

    private static let dutch: Set<String> = [
        "zegt", "zei", "zeiden", "zeggen", "stelt", "stelde", "stellen", "stelden", "benadrukt", "benadrukte",
        "verklaart", "verklaarde", "meent", "meende", "vindt", "vond", "waarschuwt", "waarschuwde",
        "schrijft", "schreef", "reageert", "reageerde", "voegt", "voegde", "legt", "legde", "vertelt",
        "vertelde", "antwoordt", "antwoordde", "zucht", "zuchtte", "vraagt", "vroeg", "concludeert",
        "concludeerde", "oordeelt", "oordeelde", "erkent", "erkende", "bevestigt", "bevestigde",
        "ontkent", "ontkende", "beaamt", "beaamde", "betoogt", "betoogde", "onderstreept", "onderstreepte",
        "communiceert", "communiceerde", "meldt", "meldde", "twittert", "twitterde", "tweette",
        "laat", "liet", "merkt", "merkte", "klinkt", "klonk", "verduidelijkt", "verduidelijkte",
        "argumenteert", "argumenteerde", "lacht", "lachte", "besluit", "besloot", "aldus", "volgens",
    ]

    private static let english: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns", "wrote",
        "writes", "explained", "explains", "noted", "notes", "stated", "insisted", "insists", "claimed",
        "claims", "stressed", "stresses", "emphasised", "emphasized", "replied", "replies", "responded",
        "continued", "concluded", "declared", "announced", "tweeted", "posted", "observed", "recalled",
        "acknowledged", "admitted", "suggested", "asked", "asks", "according",
    ]

    /// A Dutch separable verb attributes speech only with this particle after it.
    static let particles: [String: String] = [
        "voegt": "toe", "voegde": "toe", "legt": "uit", "legde": "uit", "laat": "weten", "liet": "weten",
        "merkt": "op", "merkte": "op",
    ]

    /// Verbs that take their object with a preposition (`according to X`).
    static let prepositions: [String: String] = ["according": "to"]

    /// The speaker is a pronoun: the quote is speech, but the text does not name who said it.
    static let pronouns: Set<String> = ["hij", "zij", "ze", "ik", "wij", "we", "he", "she", "they", "i"]

    /// Small words allowed between a verb and its subject (`zegt ook X`, `X also said`).
    static let adverbs: Set<String> = [
        "ook", "nog", "dan", "daarop", "nu", "verder", "later", "also", "then", "further", "once",
    ]

    /// Introduce words of someone not in the sentence (`het citaat van X: ‘…’`).
    static let quoteOfQuoteCues: [[String]] = [
        ["citaat", "van"], ["citaten", "van"], ["woorden", "van"], ["uitspraak", "van"], ["citeerde"], ["citeert"],
        ["quote", "from"], ["quote", "by"], ["quoting"], ["quoted"], ["words", "of"],
    ]

    /// Follow the one quoted (`X once said`, `X zei ooit`).
    static let onceSaidCues: [[String]] = [["once", "said"], ["ooit", "zei"], ["zei", "ooit"], ["ooit", "zegde"]]

    /// The words any cue above starts with.
    static let cueFirstWords: Set<String> = Set((quoteOfQuoteCues + onceSaidCues).compactMap(\.first))
}
