/// A run of capitalised words that names someone or something: `Anna de Wit`, `Smit`,
/// `Jan van der Berg`, `J. Smith`, `Pentagon`.
struct NameRun: Sendable {
    /// Token range in the paragraph.
    var tokens: Range<Int>
    var span: TextSpan
    var text: String
    var words: Int
}

/// Finds names in text and remembers, per document, the full names introduced so far.
///
/// Rules:
/// - A name is a run of capitalised words, with particles (`van`, `de`, `der`, `von`…) allowed
///   inside and initials (`J.`) before a capitalised word.
/// - Dropped from the front: a capitalised function word (`Ook Smit`, `Onder Macron`), a
///   sentence-initial word the document also writes in lowercase, honorifics (`Mr.`) and
///   titles (`President`, and a demonym before a title: `French President`).
/// - A demonym adjective before a lowercase noun (`Franse president`) is not a name.
/// - A full name has two or more words. The role in apposition after it is captured:
///   `Anna de Wit, onderzoeker aan de Universiteit Gent` → `onderzoeker aan de
///   Universiteit Gent`, up to the next `.`, `,`, `;`, `:` or quote mark, when it starts
///   with an article or a lowercase word that is not a function word (`Jan Smit, die…`
///   has no role).
/// - A surname alone resolves to the latest full name ending in it introduced before it
///   (or else the first one introduced after), with that full name's role.
enum NameIntroductions {
    static let particles: Set<String> = [
        "van", "de", "der", "den", "von", "ter", "ten", "te", "le", "la", "da", "di", "du", "del", "dos", "bin",
        "ibn", "al",
    ]

    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mevrouw", "meneer", "mevr", "dhr", "drs", "ir",
    ]

    /// Titles written before a name; capitalised in English, lowercase in Dutch.
    static let titles: Set<String> = [
        "president", "premier", "minister", "kanselier", "koning", "koningin", "paus", "generaal", "senator",
        "professor", "prime", "foreign", "defense", "defence", "secretary", "chancellor", "general",
        "governor", "king", "queen", "pope", "spokesman", "spokeswoman", "ambassador", "envoy", "special",
        "vice", "deputy", "commissioner", "presidential", "minister-president", "gezant", "ambassadeur",
    ]

    private static let demonymSuffixes = [
        "ische", "sche", "isch", "aanse", "aans", "ense", "ese", "ees", "se", "ian", "ean", "can", "ish",
    ]

    /// Words that do not open a role after `Name,`.
    private static let roleBreakers: Set<String> = [
        "die", "dat", "wie", "wiens", "welke", "who", "whom", "whose", "which", "that", "en", "and", "maar",
        "but", "of", "or", "zo", "so",
    ]

    static func isDemonym(_ lower: String) -> Bool {
        demonymSuffixes.contains { lower.hasSuffix($0) } && lower.count > 4
    }

    /// The names in one paragraph, in text order.
    static func runs(
        _ tokens: [SegmentToken], _ scalars: [Unicode.Scalar], vocabulary: Set<String>
    ) -> [NameRun] {
        var result: [NameRun] = []
        var index = 0
        while index < tokens.count {
            guard isNameWord(tokens[index]) else {
                index += 1
                continue
            }
            var last = index
            var probe = index + 1
            // Capitalised words so far that can only be a name (not a title or a particle).
            var nameWords = isPlainNameWord(tokens[index]) ? 1 : 0
            while probe < tokens.count {
                let token = tokens[probe]
                if isNameWord(token) {
                    last = probe
                    if isPlainNameWord(token) { nameWords += 1 }
                } else if token.isWord && particles.contains(token.lower) {
                    // A particle counts only if a capitalised word follows; checked by `last`.
                    // After a first name and a surname it starts a phrase about an institution
                    // (`Joost Hermans van Buitenlandse Zaken`), not a longer name.
                    if nameWords >= 2 { break }
                } else if token.lower == ".", tokens[probe - 1].isInitial, probe - 1 == last {
                    // `J. Smith`
                } else {
                    break
                }
                probe += 1
            }
            if let run = clean(index..<(last + 1), tokens, scalars, vocabulary: vocabulary) {
                result.append(run)
            }
            index = last + 1
        }
        return result
    }

    private static func isNameWord(_ token: SegmentToken) -> Bool {
        token.isWord && token.isCapitalised && !token.lower.unicodeScalars.contains(where: ScalarClass.isDigit)
    }

    private static func isPlainNameWord(_ token: SegmentToken) -> Bool {
        !particles.contains(token.lower) && !titles.contains(token.lower) && !RoleWords.isRoleNoun(token.lower)
            && !FunctionWords.contains(token.lower)
    }

    /// Prepositions that join a title to what it is about (`minister van Defensie`, `envoy for Ukraine`).
    static let complementPrepositions: Set<String> = ["van", "voor", "of", "for", "to"]

    /// Capitalised at a sentence start, they begin no name (`One source said`).
    static let quantifiers: Set<String> = ["one", "some", "many", "several", "both", "each", "two", "three"]

    /// A capitalised particle that opens a surname: `zegt De Jong`, `Van der Linden:`. At the
    /// start of a sentence only with a second particle, since `De Russen` is an article.
    private static func opensSurname(_ index: Int, _ tokens: [SegmentToken], upper: Int) -> Bool {
        guard particles.contains(tokens[index].lower), index + 1 < upper else { return false }
        let next = tokens[index + 1]
        if next.isWord && !next.isCapitalised && particles.contains(next.lower) { return true }
        return !isSentenceInitial(index, tokens) && next.isWord && next.isCapitalised
            && !particles.contains(next.lower)
    }

    static func isSentenceInitial(_ index: Int, _ tokens: [SegmentToken]) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        guard !previous.isWord, let scalar = previous.lower.unicodeScalars.first else { return false }
        return ScalarClass.isTerminal(scalar) || QuoteMarks.opens(scalar) != nil || scalar == ":"
            || scalar == "(" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }

    private static func clean(
        _ range: Range<Int>, _ tokens: [SegmentToken], _ scalars: [Unicode.Scalar], vocabulary: Set<String>
    ) -> NameRun? {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isWordAt(_ index: Int) -> Bool { index < upper && tokens[index].isWord }
        func dropLeadingFiller() {
            while lower < upper, !tokens[lower].isWord || !tokens[lower].isCapitalised { lower += 1 }
        }
        func dropTrailingFiller() {
            while upper > lower, !tokens[upper - 1].isWord || !tokens[upper - 1].isCapitalised { upper -= 1 }
        }
        // Leading function words, sentence-initial common words, honorifics, titles and role nouns.
        while lower < upper {
            let word = tokens[lower].lower
            if opensSurname(lower, tokens, upper: upper) { break }
            let role = RoleWords.isRoleNoun(word) && upper - lower > 1
            let common = FunctionWords.contains(word)
                || (isSentenceInitial(lower, tokens) && vocabulary.contains(word))
            let honorific = honorifics.contains(word) || (quantifiers.contains(word) && isSentenceInitial(lower, tokens))
            let title = titles.contains(word) && upper - lower > 1
            let demonymTitle = isDemonym(word) && lower + 1 < upper && titles.contains(tokens[lower + 1].lower)
            guard common || honorific || title || role || demonymTitle else { break }
            lower += 1
            dropLeadingFiller()
        }
        dropTrailingFiller()
        // A demonym adjective before a lowercase noun: `Franse president`, `Duitse steden`.
        if upper > lower, isDemonym(tokens[upper - 1].lower), upper < tokens.count,
           tokens[upper].isWord, !tokens[upper].isCapitalised {
            upper -= 1
            dropTrailingFiller()
        }
        // A title inside the run ends what came before it (`NATO Secretary-General Lars Holmgren`,
        // `Kremlin Spokesman Dmitri Volkov`): the name starts after the last one.
        if let title = (lower..<max(lower, upper - 2)).last(where: { index in
            tokens[index].isWord && (titles.contains(tokens[index].lower) || RoleWords.isRoleNoun(tokens[index].lower))
        }), (title + 1..<upper).contains(where: { tokens[$0].isWord && tokens[$0].isCapitalised }) {
            lower = title + 1
            dropLeadingFiller()
        }
        guard lower < upper else { return nil }
        // After a title and its complement (`minister van Buitenlandse Zaken Andrij Sybenko`,
        // `Envoy for Ukraine Keith Kellerman`) the person is the last first name and surname.
        let preposition = lower >= 2 && FunctionWords.articles.contains(tokens[lower - 1].lower) ? lower - 2 : lower - 1
        if preposition >= 1, complementPrepositions.contains(tokens[preposition].lower),
           titles.contains(tokens[preposition - 1].lower) || RoleWords.isRoleNoun(tokens[preposition - 1].lower) {
            let capitals = (lower..<upper).filter { tokens[$0].isWord && tokens[$0].isCapitalised }
            if capitals.count >= 3 { lower = capitals[capitals.count - 2] }
        }
        let span = TextSpan(start: tokens[lower].start, end: tokens[upper - 1].end)
        let words = tokens[lower..<upper].filter { $0.isWord && $0.isCapitalised && !particles.contains($0.lower) }.count
        return NameRun(tokens: lower..<upper, span: span, text: ScalarClass.string(scalars, span), words: words)
    }

    /// The role in apposition after a name: `, onderzoeker aan de Universiteit Gent`.
    static func role(after run: NameRun, _ tokens: [SegmentToken], _ scalars: [Unicode.Scalar]) -> String? {
        let comma = run.tokens.upperBound
        guard comma + 1 < tokens.count, tokens[comma].lower == "," else { return nil }
        let first = tokens[comma + 1]
        guard first.isWord else { return nil }
        if !FunctionWords.articles.contains(first.lower) {
            guard !first.isCapitalised, !FunctionWords.contains(first.lower), !roleBreakers.contains(first.lower),
                  !SpeechVerbs.isVerb(first.lower) else { return nil }
        }
        var end = comma + 1
        var words = 0
        while end < tokens.count {
            let token = tokens[end]
            if token.isWord {
                words += 1
            } else if let scalar = token.lower.unicodeScalars.first,
                      ".,;:?!()".unicodeScalars.contains(scalar) || QuoteMarks.isMark(scalar) {
                break
            }
            end += 1
        }
        guard words >= 1, words <= 12 else { return nil }
        return ScalarClass.string(scalars, TextSpan(start: first.start, end: tokens[end - 1].end))
    }
}

extension NameIntroductions {
    /// The role written before a name: `Defensieminister Karel Verbeek`, `oud-ambassadeur en
    /// onderhandelaar Piet de Vries`, `Kremlin spokesman Dmitri Volkov`, `minister van
    /// Buitenlandse Zaken Andrij Sybenko`. Role nouns and titles with their modifiers
    /// (`former`, `Franse`, a capitalised word right before the noun), joined by `en`/`and`; a
    /// complement (`van Buitenlandse Zaken`) counts only with a role noun before it.
    static func roleBefore(_ run: NameRun, _ tokens: [SegmentToken]) -> TextSpan? {
        var index = run.tokens.lowerBound - 1
        var start: Int?
        var pending = 0
        while index >= 0, run.tokens.lowerBound - index <= 10 {
            let token = tokens[index]
            let word = token.lower
            if token.isWord && (RoleWords.isRoleNoun(word) || titles.contains(word)) {
                start = index
                pending = 0
            } else if token.isWord, let found = start, found == index + 1 + pending, pending == 0,
                      RoleWords.modifiers.contains(word) || isDemonym(word)
                        || (token.isCapitalised && !FunctionWords.contains(word) && !RoleWords.stopwords.contains(word)) {
                start = index
            } else if token.isWord, start != nil, pending == 0, ["en", "and", "&"].contains(word) {
                pending = 1
            } else if start == nil, token.isWord, token.isCapitalised || complementPrepositions.contains(word)
                        || word == "de" || word == "the" {
                // Maybe a complement between the role and the name; kept only if a role comes.
                pending += 1
                if pending > 5 { return nil }
            } else {
                break
            }
            index -= 1
        }
        guard let start else { return nil }
        return TextSpan(start: tokens[start].start, end: tokens[run.tokens.lowerBound - 1].end)
    }

    /// The ministry or body a title before the name is about, written after the name:
    /// `minister Kees Maas van Defensie` → `van Defensie`, `Foreign Minister Lina Moor of
    /// Estonia` → `of Estonia`. A preposition and one to four capitalised words (with `en`,
    /// `and`, `the`, `de` between them).
    static func complement(after run: NameRun, _ tokens: [SegmentToken]) -> TextSpan? {
        let preposition = run.tokens.upperBound
        guard preposition + 1 < tokens.count, tokens[preposition].isWord,
              ["van", "of", "voor", "for"].contains(tokens[preposition].lower) else { return nil }
        var index = preposition + 1
        var last: Int?
        var capitals = 0
        while index < tokens.count, capitals < 4 {
            let token = tokens[index]
            guard token.isWord else { break }
            if token.isCapitalised {
                last = index
                capitals += 1
            } else if !["en", "and", "the", "de"].contains(token.lower) {
                break
            }
            index += 1
        }
        guard let last else { return nil }
        return TextSpan(start: tokens[preposition].start, end: tokens[last].end)
    }

    /// A gender the words around a name give: an honorific or a gendered role right before
    /// it, or a gendered word in the role after it.
    static func gender(of run: NameRun, _ tokens: [SegmentToken], roleAfter: String?) -> Gender? {
        var words: [String] = []
        for index in max(0, run.tokens.lowerBound - 3)..<run.tokens.lowerBound where tokens[index].isWord {
            words.append(tokens[index].lower)
        }
        if let roleAfter { words += roleAfter.lowercased().split(separator: " ").prefix(4).map(String.init) }
        let female = words.contains(where: RoleWords.female.contains)
        let male = words.contains(where: RoleWords.male.contains)
        if female != male { return female ? .female : .male }
        return nil
    }
}

