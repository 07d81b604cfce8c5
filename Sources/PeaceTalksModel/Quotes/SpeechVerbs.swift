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
        "herhaalt", "herhaalde", "sprak", "spreekt", "drukt", "drukte", "geeft", "gaf", "maakt", "maakte",
        "probeert", "probeerde", "wijst", "wees", "houdt", "hield", "vult", "vulde", "licht", "lichtte",
        "zet", "zette", "kondigt", "kondigde", "stipt", "stipte", "gaat", "ging", "verzekert", "verzekerde",
        "belooft", "beloofde", "dreigt", "dreigde", "hamert", "hamerde", "beklemtoont", "beklemtoonde",
        "nuanceert", "nuanceerde", "eist", "eiste", "oppert", "opperde", "opperen", "waarschuwen", "verklaren",
    ]

    /// Words that open a sentence pointing back at the quote before it (`Dat zegt X.`, `Zo noemt X het.`).
    static let backPointers: Set<String> = ["dat", "zo", "dit", "aldus"]

    /// Verbs of opinion that frame a quote only right after it (`‘…’, ziet oud-ambassadeur X`,
    /// `‘…’, vreest X`, `“…,” X believes`); elsewhere they report a view, not words
    /// (`Peskov said Russia hoped …`).
    static let opinionVerbs: Set<String> = [
        "ziet", "zag", "denkt", "dacht", "vreest", "vreesde", "hoopt", "hoopte", "verwacht", "verwachtte",
        "gelooft", "geloofde", "believes", "believed", "thinks", "fears", "feared", "hopes", "hoped", "expects",
    ]

    /// A verb that frames a quote standing right after it.
    static func isFrameVerb(_ lower: String) -> Bool { verbs.contains(lower) || opinionVerbs.contains(lower) }

    private static let english: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns", "wrote",
        "writes", "explained", "explains", "noted", "notes", "stated", "insisted", "insists", "claimed",
        "claims", "stressed", "stresses", "emphasised", "emphasized", "replied", "replies", "responded",
        "continued", "concluded", "declared", "announced", "tweeted", "posted", "observed", "recalled",
        "acknowledged", "admitted", "suggested", "asked", "asks", "according", "reiterated", "reiterates",
        "repeated", "went", "goes", "assured", "promised", "vowed", "pledged", "cautioned", "maintained",
        "contended", "remarked", "commented", "adding", "saying", "stating", "noting", "described",
        "describes", "characterised", "characterized", "demanded", "urged", "confirmed", "confirms",
        "mentioned", "asserted", "affirmed", "indicated", "signalled", "signaled", "predicted", "countered",
        "complained", "underlined", "underscored", "highlighted",
    ]

    /// An English speech verb: its subject stands before it (`X said Y had …`); a name right
    /// after it starts what was said, unless the verb follows the quote (`"…," said X`).
    static func isEnglishVerb(_ lower: String) -> Bool { english.contains(lower) }

    /// English verbs whose name after them is the one spoken to (`told Belarus 1 TV`).
    static let listenerAfter: Set<String> = ["told", "tells", "asked", "asks", "urged"]

    /// Past participles after an auxiliary (`had X al verklaard dat`, `X has repeatedly said`).
    static let participles: Set<String> = [
        "gezegd", "verklaard", "gesteld", "benadrukt", "gewaarschuwd", "geschreven", "herhaald", "laten",
        "bevestigd", "ontkend", "erkend", "aangekondigd", "uitgesproken", "said", "stated", "warned", "stressed", "insisted",
        "claimed", "argued", "reiterated", "repeated", "written", "announced", "declared",
    ]

    /// Auxiliaries between a subject and its participle (`Eerder had X verklaard`).
    static let auxiliaries: Set<String> = ["had", "heeft", "hebben", "hadden", "has", "have", "is", "was"]

    /// A Dutch separable verb, a split phrase or an English `went on to …` attributes speech only
    /// with one of these words after its subject (`legde X uit`, `probeerde X duidelijk te maken`).
    static let particles: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        let pairs: [([String], Set<String>)] = [
            (["voegt", "voegde"], ["toe"]), (["legt", "legde"], ["uit"]), (["laat", "liet"], ["weten"]),
            (["merkt", "merkte"], ["op"]), (["sprak", "spreekt"], ["uit"]), (["drukt", "drukte"], ["uit"]),
            (["geeft", "gaf"], ["aan", "toe"]), (["maakt", "maakte"], ["duidelijk"]),
            (["probeert", "probeerde"], ["duidelijk", "uit", "uitleggen"]), (["wijst", "wees"], ["op", "erop"]),
            (["houdt", "hield"], ["vol"]), (["vult", "vulde"], ["aan"]), (["licht", "lichtte"], ["toe"]),
            (["zet", "zette"], ["uiteen"]), (["kondigt", "kondigde"], ["aan"]), (["stipt", "stipte"], ["aan"]),
            (["gaat", "ging"], ["verder"]), (["hamert", "hamerde"], ["op", "erop"]),
            (["went", "goes"], ["say", "explain", "add", "warn", "note", "stress", "insist", "argue", "tell"]),
        ]
        for (verbs, words) in pairs { for verb in verbs { table[verb] = words } }
        return table
    }()

    /// Words before a short quote that make it a term, not someone's words (`noemde het een ‘…’`).
    static let namingCues: Set<String> = [
        "noemde", "noemt", "noemen", "noemden", "genoemd", "zogenaamde", "zogenaamd", "zogeheten",
        "zogenoemde", "term", "woord", "begrip", "bestempelt", "bestempelde", "omschrijft", "omschreef",
        "called", "dubbed", "dubs", "termed",
        "labelled", "labeled", "so-called", "word", "phrase", "coined",
    ]

    /// Two-word naming cues: `spreekt van`, `spoke of`.
    static let namingPhrases: [String: Set<String>] = [
        "spreekt": ["van"], "sprak": ["van"], "spreken": ["van"], "spraken": ["van"],
        "spoke": ["of"], "speaks": ["of"], "refers": ["to"], "referred": ["to"],
    ]

    /// Verbs that take their object with a preposition (`according to X`).
    static let prepositions: [String: String] = ["according": "to"]

    /// The speaker is a pronoun: the quote is speech, but the text does not name who said it.
    static let pronouns: Set<String> = ["hij", "zij", "ze", "ik", "wij", "we", "he", "she", "they", "i"]

    /// `saying`, `adding`, `noting`: a participle clause whose subject is the sentence's.
    static func isParticipleClause(_ lower: String) -> Bool {
        lower.hasSuffix("ing") && english.contains(lower) && !nameAfterOnly.contains(lower)
    }

    /// `Asked about …`, `Gevraagd naar …`: after a speech verb opening a clause, these make it a
    /// participle phrase about the subject to come.
    static let afterOpeningParticiple: Set<String> = ["about", "whether", "if", "why", "what", "how", "on", "naar", "over", "of", "wat"]

    /// After a comma, these start a clause with a subject of its own.
    static let clauseJoiners: Set<String> = ["maar", "terwijl", "hoewel", "although", "while", "whereas", "but"]

    /// Small words allowed between a verb and its subject (`zegt ook X`, `X also said`, `zei
    /// gisteren X`, `zei woensdag de minister`).
    static let adverbs: Set<String> = [
        "ook", "nog", "dan", "daarop", "nu", "verder", "later", "also", "then", "further", "once",
        "gisteren", "vandaag", "eerder", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "yesterday", "today", "earlier", "tonight",
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

    /// Labels a page puts before a quote (`Quote: “…”`, `Bron: …`): no one's name.
    static let labels: Set<String> = [
        "quote", "quotes", "citaat", "source", "bron", "update", "note", "noot", "photo", "foto", "video",
        "caption", "transcript", "statement", "verklaring", "tweet", "post", "headline", "kop", "details",
        "background", "achtergrond", "context", "read", "lees", "reactie", "reaction", "response",
    ]

    /// Dutch frames without a person (`klinkt het`, `luidt het`): the quote goes on with the
    /// speaker before it.
    static let impersonalFrames: Set<String> = ["klinkt", "klonk", "luidt", "luidde"]
}
