/// Dutch and English words by which someone takes a stance, stated or reported: demands,
/// refuses, proposes, accepts, rejects, is prepared to, insists, warns.
///
/// A cue is a short sequence of words: the first is the head, the others must follow within a
/// few words, so a Dutch separable verb counts only with its particle (`stelt … voor`,
/// `houdt … vast`, `wijst … af`). A trailing `*` matches any ending. Modal words (`moet`,
/// `wil`, `must`) count, with less weight than a stance verb.
struct StanceCue: Sendable {
    var words: [String]
    var stance: Stance
    var weight: Double

    init(_ words: String, _ stance: Stance, _ weight: Double = 0.9) {
        self.words = words.split(separator: " ").map(String.init)
        self.stance = stance
        self.weight = weight
    }

    static func matches(_ pattern: String, _ word: String) -> Bool {
        pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : word == pattern
    }
}

enum StanceVerbs {
    /// Words that may stand between a cue's head and its particle.
    static let reach = 6

    static let cues: [StanceCue] = dutch + english

    /// The cues whose head is this exact word, and those whose head is a prefix, filed under
    /// its first three letters: a word is checked against a handful of cues, not all of them.
    static let exactHeads: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, cue) in cues.enumerated() where !cue.words[0].hasSuffix("*") { table[cue.words[0], default: []].append(index) }
        return table
    }()

    static let prefixHeads: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, cue) in cues.enumerated() where cue.words[0].hasSuffix("*") {
            table[String(cue.words[0].prefix(3)), default: []].append(index)
        }
        return table
    }()

    /// Indexes of the cues whose head matches `word`, in list order.
    static func candidates(for word: String) -> [Int] {
        let exact = exactHeads[word] ?? []
        let prefixed = (prefixHeads[String(word.prefix(3))] ?? []).filter { StanceCue.matches(cues[$0].words[0], word) }
        return prefixed.isEmpty ? exact : (exact + prefixed).sorted()
    }

    /// Words that turn accepting or being prepared into refusing (`zal … nooit erkennen`).
    static let negations: Set<String> = ["niet", "geen", "nooit", "not", "never", "no", "cannot", "won't", "n't"]

    /// Words before a name after the cue that make that name the agent (`gekelderd door X`).
    static let agentMarkers: Set<String> = ["door", "by"]

    /// Complementisers: a name after one of them is the subject of a reported clause, not of the cue.
    static let complementisers: Set<String> = ["dat", "that"]

    /// Words that open an adverbial clause with its own subject (`if Kyiv ceded … and accepted`).
    static let subordinators: Set<String> = [
        "if", "unless", "because", "although", "whether", "while", "whereas", "omdat", "tenzij", "wanneer", "hoewel",
        "indien", "zodra", "nadat", "terwijl", "zodat",
    ]

    /// After a comma, words that start a clause of their own (`…, but Kyiv and Moscow remain`).
    static let clauseConjunctions: Set<String> = ["but", "maar", "yet", "doch"]

    /// English report verbs that open a clause with no `that` (`Putin said Ukraine must …`).
    static let bareReportVerbs: Set<String> = [
        "said", "says", "argued", "argues", "claimed", "claims", "stressed", "stresses", "believes", "thinks",
        "stated", "states", "declared", "added", "adds", "insisted", "insists", "warned", "warns",
    ]

    /// Words that name who says so (`volgens X`, `according to X`).
    static let attributionMarkers: Set<String> = ["volgens", "according"]

    /// Words that, opening a sentence, give whose view it is (`Voor Oekraïne moeten …`, `For Russia, …`).
    static let viewpointMarkers: Set<String> = ["voor", "for"]

    static let determiners: Set<String> = [
        "de", "het", "een", "die", "deze", "dit", "zijn", "haar", "hun", "onze", "elke", "iedere", "the", "a", "an",
        "this", "these", "those", "its", "their", "his", "her", "our", "any", "every", "each",
    ]

    /// Words before a name that make it no subject: prepositions, relatives with a preposition,
    /// comparisons, and the verbs whose name after them is the one spoken to.
    static let nonSubjectMarkers: Set<String> = [
        "aan", "achter", "bij", "binnen", "buiten", "door", "met", "na", "naar", "naast", "om", "onder", "op", "over",
        "sinds", "tegen", "tegenover", "tot", "tussen", "uit", "van", "via", "voor", "zonder", "volgens", "ondanks",
        "zoals", "als", "dan", "in", "waarop", "waarin", "waarbij", "waarmee", "waardoor", "waarover", "waarvan",
        "about", "after", "against", "among", "at", "before", "between", "by", "during", "for", "from", "into", "of",
        "on", "over", "since", "through", "to", "toward", "towards", "under", "with", "without", "according", "as",
        "like", "than", "despite", "where", "when", "whose", "told", "tells", "asked", "asks", "urged", "pressed",
    ]

    static let coordinators: Set<String> = ["en", "and", "or", "noch", "nor"]

    /// Words that may open a coordinated subject (`zowel X als Y`, `both X and Y`).
    static let coordinationOpeners: Set<String> = ["zowel", "both", "either", "neither", "ook", "also"]

    static let subjectPronouns: Set<String> = ["hij", "zij", "ze", "het", "wij", "we", "ik", "he", "she", "it", "they", "i"]
    /// Subjects that stand for no one (`Het is duidelijk dat`, `It is clear that`, `Er is`).
    static let expletives: Set<String> = ["het", "er", "it", "there"]
    static let firstPersonPronouns: Set<String> = ["ik", "wij", "we", "i"]

    /// Cue heads that are nouns: their holder is an adjective or possessive beside them, or the
    /// one who reports the clause they stand in (`de eis dat Oekraïne … als voorwaarde`).
    static let nounHeads: [String] = ["eis", "voorwaarde*", "voorstel", "condition*", "proposal*", "threat", "threats"]

    private static let dutch: [StanceCue] = [
        StanceCue("eis*", .demands), StanceCue("geëist", .demands), StanceCue("geeist", .demands),
        StanceCue("verlang*", .demands), StanceCue("vordert", .demands), StanceCue("vorderde", .demands),
        StanceCue("moet", .demands, 0.5), StanceCue("moeten", .demands, 0.5), StanceCue("wil", .demands, 0.5),
        StanceCue("willen", .demands, 0.5), StanceCue("wilde", .demands, 0.5), StanceCue("wou", .demands, 0.5),
        StanceCue("voorwaarde*", .demands, 0.7),
        StanceCue("weiger*", .refuses), StanceCue("geweigerd", .refuses),
        StanceCue("stelt voor", .proposes), StanceCue("stelde voor", .proposes), StanceCue("stellen voor", .proposes),
        StanceCue("stelden voor", .proposes), StanceCue("voorgesteld", .proposes), StanceCue("voorstel*", .proposes, 0.8),
        StanceCue("suggereer*", .proposes, 0.8), StanceCue("gesuggereerd", .proposes, 0.8),
        StanceCue("oppert", .proposes, 0.8), StanceCue("opperde", .proposes, 0.8),
        StanceCue("biedt aan", .proposes), StanceCue("bood aan", .proposes), StanceCue("aangeboden", .proposes),
        StanceCue("aanvaard*", .accepts), StanceCue("accepteer*", .accepts), StanceCue("geaccepteerd", .accepts),
        StanceCue("gaat akkoord", .accepts), StanceCue("ging akkoord", .accepts), StanceCue("stemt in", .accepts),
        StanceCue("stemde in", .accepts), StanceCue("erken*", .accepts, 0.7), StanceCue("erkend", .accepts, 0.7),
        StanceCue("verwerp*", .rejects), StanceCue("verworpen", .rejects), StanceCue("wijst af", .rejects),
        StanceCue("wees af", .rejects), StanceCue("afgewezen", .rejects), StanceCue("kelder*", .rejects, 0.8),
        StanceCue("gekelderd", .rejects, 0.8), StanceCue("sluit uit", .rejects), StanceCue("sloot uit", .rejects),
        StanceCue("uitgesloten", .rejects, 0.8),
        StanceCue("bereid", .preparedTo), StanceCue("klaar om", .preparedTo, 0.7),
        StanceCue("houdt vast", .insists), StanceCue("hield vast", .insists), StanceCue("vasthoud*", .insists),
        StanceCue("blijft bij", .insists, 0.7), StanceCue("dringt aan", .insists), StanceCue("drong aan", .insists),
        StanceCue("dringen aan", .insists), StanceCue("drongen aan", .insists), StanceCue("aangedrongen", .insists),
        StanceCue("roept op", .demands), StanceCue("riep op", .demands), StanceCue("opgeroepen", .demands, 0.8),
        StanceCue("hamert", .insists, 0.7), StanceCue("hamerde", .insists, 0.7),
        StanceCue("waarschuw*", .warns), StanceCue("gewaarschuwd", .warns), StanceCue("dreig*", .warns, 0.8),
        StanceCue("gedreigd", .warns, 0.8),
    ]

    private static let english: [StanceCue] = [
        StanceCue("demand*", .demands), StanceCue("calls for", .demands), StanceCue("called for", .demands),
        StanceCue("call for", .demands), StanceCue("require*", .demands, 0.7), StanceCue("must", .demands, 0.5),
        StanceCue("wants", .demands, 0.5), StanceCue("want", .demands, 0.5), StanceCue("wanted", .demands, 0.5),
        StanceCue("condition*", .demands, 0.6),
        StanceCue("refus*", .refuses), StanceCue("declin*", .refuses, 0.7),
        StanceCue("propos*", .proposes), StanceCue("suggest*", .proposes, 0.8), StanceCue("offer*", .proposes, 0.8),
        StanceCue("accept*", .accepts), StanceCue("agree*", .accepts, 0.8), StanceCue("recogni*", .accepts, 0.7),
        StanceCue("reject*", .rejects), StanceCue("dismiss*", .rejects, 0.8), StanceCue("rules out", .rejects),
        StanceCue("ruled out", .rejects), StanceCue("rule out", .rejects), StanceCue("oppos*", .rejects, 0.7),
        StanceCue("prepared to", .preparedTo), StanceCue("willing*", .preparedTo), StanceCue("ready to", .preparedTo, 0.7),
        StanceCue("open to", .preparedTo, 0.7),
        StanceCue("insist*", .insists), StanceCue("maintain*", .insists, 0.6),
        StanceCue("warn*", .warns), StanceCue("threat*", .warns, 0.8),
    ]
}
