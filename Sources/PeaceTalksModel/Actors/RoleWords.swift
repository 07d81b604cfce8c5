/// Dutch and English words the person finder needs: nouns that give someone a role,
/// and function words that are capitalised only because a sentence starts with them.
enum RoleWords {
    /// Role nouns, matched as whole words.
    static let nouns: Set<String> = [
        // Dutch
        "onderzoeker", "onderzoekster", "professor", "hoogleraar", "docent", "lector", "expert", "deskundige",
        "analist", "specialist", "econoom", "historicus", "politicoloog", "journalist", "correspondent",
        "minister", "president", "premier", "kanselier", "woordvoerder", "woordvoerster", "directeur",
        "voorzitter", "gezant", "diplomaat", "ambassadeur", "generaal", "adviseur", "topman", "topvrouw",
        "leider", "secretaris-generaal", "secretaris", "senator", "burgemeester", "commandant", "medewerker",
        "hoofd", "chef", "onderhandelaar", "parlementslid", "kamerlid", "europarlementariër", "oprichter",
        "ceo", "vicepresident", "vicepremier", "staatssecretaris", "opperbevelhebber", "bevelhebber",
        "militair", "kolonel", "majoor", "luitenant", "admiraal", "ombudsman", "rechter", "advocaat",
        "auteur", "schrijver", "filosoof", "socioloog", "jurist", "strateeg", "veteraan", "officier",
        // English
        "researcher", "scholar", "lecturer", "analyst", "economist", "historian", "political scientist",
        "reporter", "chancellor", "spokesman", "spokeswoman", "spokesperson", "director", "chairman",
        "chairwoman", "chair", "envoy", "ambassador", "general", "adviser", "advisor", "head", "chief",
        "leader", "secretary", "negotiator", "lawmaker", "congressman", "congresswoman", "founder",
        "official", "aide", "commander", "colonel", "admiral", "fellow", "author", "writer", "lawyer",
        "judge", "strategist", "officer", "mayor", "governor", "deputy", "secretary-general", "diplomat",
        "mediator", "bemiddelaar",
    ]

    /// Endings that make a Dutch compound a role noun (`defensieminister`, `legerwoordvoerder`).
    static let compoundEndings: [String] = [
        "minister", "woordvoerder", "woordvoerster", "onderzoeker", "expert", "deskundige", "analist",
        "specialist", "president", "directeur", "voorzitter", "commandant", "adviseur", "correspondent",
        "leider", "hoogleraar", "diplomaat", "gezant", "chef", "ambassadeur", "commissaris", "functionaris",
        "bewindsman", "bewindsvrouw", "kanselier", "premier", "secretaris", "onderhandelaar", "generaal",
    ]

    /// Words before a role noun that belong to the role (`former president`, `voormalig premier`).
    static let modifiers: Set<String> = [
        "former", "ex", "deputy", "vice", "acting", "senior", "chief", "foreign", "defence", "defense",
        "voormalig", "voormalige", "oud", "vice", "waarnemend", "waarnemende", "adjunct", "hoofd",
        "demissionair", "demissionaire", "toenmalig", "toenmalige", "huidige", "outgoing", "current", "top",
        "then", "speciale", "special",
    ]

    /// After `Name,` these start a clause rather than a role.
    static let clauseStarters: Set<String> = [
        "die", "dat", "wie", "welke", "wiens", "wier", "waar", "en", "of", "maar", "want", "dus", "toen",
        "als", "zei", "zegt", "stelt", "aldus", "who", "which", "that", "whose", "whom", "where", "and", "or",
        "but", "said", "says", "told", "when", "while",
    ]

    /// Words next to a name that give the person's gender (honorifics and gendered role nouns).
    static let female: Set<String> = [
        "mevrouw", "mevr", "mrs", "ms", "miss", "madam", "woordvoerster", "onderzoekster", "topvrouw",
        "koningin", "queen", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "zakenvrouw",
        "premier-ster", "kanselierin", "presidente", "lady", "dame",
    ]
    static let male: Set<String> = [
        "meneer", "dhr", "heer", "mr", "topman", "koning", "king", "spokesman", "chairman", "congressman",
        "businessman", "zakenman", "sir", "lord",
    ]

    /// Nationality nouns (`de Fransman`, `the Russian`) and how the adjective of that nationality starts
    /// (`Franse`, `French`), for a role description that names a person by where they come from.
    static let nationalities: [String: [String]] = [
        "fransman": ["frans"], "française": ["frans"], "frenchman": ["french"], "frenchwoman": ["french"],
        "rus": ["russ"], "russin": ["russ"], "russian": ["russ"], "amerikaan": ["amerika"],
        "amerikaanse": ["amerika"], "american": ["america"], "oekraïner": ["oekraïn"], "oekraïense": ["oekraïn"],
        "ukrainian": ["ukrain"], "duitser": ["duits"], "german": ["german"], "brit": ["brit"],
        "briton": ["brit"], "nederlander": ["nederland"], "belg": ["belg"], "pool": ["pool"], "pole": ["pol"],
        "turk": ["turk", "turks"], "chinees": ["chin"], "italiaan": ["italia"], "italian": ["italia"],
        "spanjaard": ["spaan"], "zweed": ["zwee"], "fin": ["fin"], "noor": ["noor"], "est": ["est"],
        "let": ["let"], "litouwer": ["litouw"], "hongaar": ["hongaar"], "japanner": ["japan"],
    ]

    /// Where a demonym says someone is from (`Franse`, `American`), and how a role about that
    /// country starts its words (`France`, `Frankrijk`; `United States`), so `de Franse president`
    /// picks the president of France among the people the codebook knows. Longer demonyms first.
    static let origins: [(demonyms: [String], stems: [String])] = [
        (["wit-russ", "belarus"], ["belarus", "wit-rus"]),
        (["frans", "french"], ["fran"]),
        (["amerika", "american"], ["america", "amerika", "states", "vs"]),
        (["oekraï", "oekrai", "ukrain"], ["oekraïn", "oekrain", "ukrain"]),
        (["russ"], ["rus"]),
        (["duits", "german"], ["duits", "german"]),
        (["brit", "engels", "english"], ["brit", "kingdom", "engel"]),
        (["pools", "polish"], ["poland", "polish", "pools", "polen"]),
        (["turks", "turkish"], ["turk"]),
        (["chinees", "chinese"], ["chin"]),
        (["italiaans", "italian"], ["ital"]),
        (["nederlands", "dutch"], ["nederland", "dutch", "netherlands"]),
        (["belgisch", "belgian"], ["belg"]),
        (["hongaars", "hungarian"], ["hongar", "hungar"]),
        (["fins", "finnish"], ["fin"]),
    ]

    /// The role stems of the country a demonym names (`Franse` → `fran`); empty when unknown.
    static func originStems(ofDemonym word: String) -> [String] {
        for origin in origins where origin.demonyms.contains(where: { word.hasPrefix($0) }) { return origin.stems }
        return []
    }

    /// Lowercased function words, months and days: capitalised at a sentence start, never a name.
    static let stopwords: Set<String> = [
        // Dutch
        "de", "het", "een", "en", "of", "maar", "ook", "toch", "dan", "dus", "want", "in", "op", "aan", "van",
        "voor", "met", "bij", "naar", "over", "uit", "door", "volgens", "na", "tijdens", "zonder", "sinds",
        "toen", "als", "dat", "die", "dit", "deze", "wat", "wie", "waarom", "hoe", "waar", "er", "zo", "nu",
        "al", "nog", "wel", "niet", "geen", "zij", "ze", "hij", "wij", "we", "ik", "je", "jij", "u", "zijn",
        "haar", "hun", "ons", "onze", "mijn", "is", "was", "heeft", "had", "zegt", "stelt", "aldus",
        "bovendien", "hoewel", "ondanks", "tegelijk", "vooral", "ja", "nee", "intussen", "ondertussen",
        "inmiddels", "daarom", "daarna", "eerst", "later", "zelfs", "alleen", "enkel", "bijvoorbeeld",
        "meneer", "mevrouw", "dhr", "mevr", "heer", "vrouw", "minister", "president", "premier",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag",
        // English
        "the", "a", "an", "and", "or", "but", "also", "on", "at", "of", "for", "with", "by", "to", "from",
        "according", "after", "during", "since", "when", "as", "this", "these", "those", "what", "why",
        "how", "there", "so", "now", "still", "not", "no", "he", "she", "they", "i", "you", "it", "his",
        "her", "their", "our", "my", "has", "says", "said", "however", "meanwhile", "yesterday", "today",
        "mr", "mrs", "ms", "dr", "sir", "january", "february", "march", "june", "july", "august",
        "october", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "if",
        "while", "although", "yet", "then", "here", "we", "us", "its", "that", "who", "which",
    ]

    /// Lowercase particles inside a name (`Ursula von der Leyen`, `Frans van Dijk`).
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "ter", "ten", "la", "le", "du", "di", "da", "dos", "bin", "al",
    ]

    /// Articles dropped from the start of a role (`the Elysée spokesman` → `Elysée spokesman`).
    static let articles: Set<String> = ["a", "an", "the", "de", "het", "een"]

    static func isRoleNoun(_ lower: String) -> Bool {
        if nouns.contains(lower) { return true }
        // In ASCII (without a carriage return, which joins a line feed into one character) a
        // character is a byte, so hyphen and ending are found byte by byte; any other text keeps
        // the character comparison (`é` written as `e` and a combining accent).
        let ascii = lower.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            if let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")) {
                let last = UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)...])
                if hasASCIIEnding(last) || nouns.contains(String(decoding: last, as: UTF8.self)) { return true }
            }
            return hasASCIIEnding(bytes)
        }
        if case let decided?? = ascii { return decided }
        // `oud-ambassadeur`, `ex-president`, `secretary-general`: the last part decides.
        if let hyphen = lower.lastIndex(of: "-") {
            let last = String(lower[lower.index(after: hyphen)...])
            if nouns.contains(last) || compoundEndings.contains(where: { last.count > $0.count + 2 && last.hasSuffix($0) }) {
                return true
            }
        }
        return compoundEndings.contains { lower.count > $0.count + 2 && lower.hasSuffix($0) }
    }

    private static func hasASCIIEnding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiEndings.contains { ending in
            bytes.count > ending.count + 2 && bytes.suffix(ending.count).elementsEqual(ending)
        }
    }

    private static let asciiEndings: [[UInt8]] = compoundEndings.map { Array($0.utf8) }
}
