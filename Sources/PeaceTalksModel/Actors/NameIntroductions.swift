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
            while probe < tokens.count {
                let token = tokens[probe]
                if isNameWord(token) {
                    last = probe
                } else if token.isWord && particles.contains(token.lower) {
                    // A particle counts only if a capitalised word follows; checked by `last`.
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
        // Leading function words, sentence-initial common words, honorifics and titles.
        while lower < upper {
            let word = tokens[lower].lower
            let common = FunctionWords.contains(word)
                || (isSentenceInitial(lower, tokens) && vocabulary.contains(word))
            let honorific = honorifics.contains(word)
            let title = titles.contains(word) && upper - lower > 1
            let demonymTitle = isDemonym(word) && lower + 1 < upper && titles.contains(tokens[lower + 1].lower)
            guard common || honorific || title || demonymTitle else { break }
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
        guard lower < upper else { return nil }
        let span = TextSpan(start: tokens[lower].start, end: tokens[upper - 1].end)
        let words = tokens[lower..<upper].filter { $0.isWord && $0.isCapitalised }.count
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

/// The full names a document has introduced, for resolving a surname used alone.
struct NameTable: Sendable {
    struct Entry: Sendable {
        var name: String
        var paragraph: Int
        var offset: Int
    }

    private var bySurname: [String: [Entry]] = [:]
    private var roles: [String: String] = [:]

    mutating func add(_ run: NameRun, surname: String, paragraph: Int, role: String?) {
        guard run.words >= 2 else { return }
        bySurname[surname, default: []].append(Entry(name: run.text, paragraph: paragraph, offset: run.span.start))
        if let role, roles[run.text] == nil { roles[run.text] = role }
    }

    func role(of name: String) -> String? { roles[name] }

    func hasFullName(forSurname surname: String) -> Bool { bySurname[surname] != nil }

    /// The latest full name ending in `surname` before the place, else the first after it.
    func fullName(forSurname surname: String, paragraph: Int, offset: Int) -> String? {
        guard let entries = bySurname[surname], let first = entries.first else { return nil }
        // Entries are in document order: binary search for the last one before the place.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if (entries[middle].paragraph, entries[middle].offset) < (paragraph, offset) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low > 0 ? entries[low - 1].name : first.name
    }
}
