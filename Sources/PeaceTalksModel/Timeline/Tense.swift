/// Whether a date is spoken of as past or as still to come, judged in its own clause: in
/// `Trump heeft zondagavond aangekondigd dat hij dinsdag zal praten` the Sunday is past and the
/// Tuesday ahead. A bare weekday then means the last or the next one, and a month far before
/// the publication date in a clause about the future the one a year on.
struct Tense {
    enum Verdict {
        case past
        /// A present form of a verb of meeting or talking (`praat`, `speaks`): what is about to happen.
        case present
        case future
    }

    let tokens: [DateToken]
    /// Each token lowercased; empty for numbers and marks.
    let words: [String]
    private let cues: [Verdict?]
    private let sentences: [TextSpan]
    private let futureSentences: [TextSpan]
    private let wholeTextIsFuture: Bool
    private let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar], sentences: [TextSpan], language: Language) {
        let tokens = DateTokenizer.tokenize(scalars)
        let words = tokens.map { token in
            token.kind == .word ? ScalarClass.lowercasedString(scalars[token.span.start..<min(token.span.end, scalars.count)]) : ""
        }
        self.tokens = tokens
        self.words = words
        self.scalars = scalars
        self.sentences = sentences
        var cues = [Verdict?](repeating: nil, count: tokens.count)
        for index in tokens.indices where tokens[index].kind == .word {
            cues[index] = Self.cue(at: index, tokens, words, scalars, language)
        }
        self.cues = cues
        let futureOffsets = tokens.indices.filter { cues[$0] == .future }.map { tokens[$0].span.start }
        futureSentences = sentences.filter { sentence in
            let first = Self.lowerBound(futureOffsets, sentence.start) { $0 }
            return first < futureOffsets.count && futureOffsets[first] < sentence.end
        }
        wholeTextIsFuture = sentences.isEmpty && !futureOffsets.isEmpty
    }

    /// Whether the date at `offset` lies ahead: its clause's nearest tense cue says future, or the
    /// clause has only a present verb of meeting or talking; a clause with no cue at all takes
    /// the sentence's (any future word in it).
    func isFuture(at offset: Int) -> Bool {
        switch clauseVerdict(at: offset) {
        case .future?, .present?: return true
        case .past?: return false
        case nil: return wholeTextIsFuture || Self.span(holding: offset, in: futureSentences) != nil
        }
    }

    /// The tense of the clause around `offset`: the past or future cue nearest the date, else
    /// `.present` when the clause has a present cue and no other; nil when it has none.
    func clauseVerdict(at offset: Int) -> Verdict? {
        let index = Self.lowerBound(tokens, offset + 1) { $0.span.end }
        guard index < tokens.count else { return nil }
        var nearest: (distance: Int, verdict: Verdict)?
        var sawPresent = false
        for other in clause(around: index) {
            guard let cue = cues[other] else { continue }
            if cue == .present {
                sawPresent = true
            } else if nearest == nil || abs(other - index) < nearest?.distance ?? Int.max {
                nearest = (abs(other - index), cue)
            }
        }
        return nearest?.verdict ?? (sawPresent ? .present : nil)
    }

    /// Whether the word just before `offset` is `since`/`sinds`/`sedert`.
    func followsSince(_ offset: Int) -> Bool {
        let index = Self.lowerBound(tokens, offset) { $0.span.start }
        guard index > 0, index < tokens.count else { return false }
        return TenseVocabulary.since.contains(words[index - 1])
    }

    /// Token indices of the clause holding token `index`: up to a clause mark, a word that
    /// opens a clause, or the sentence's ends.
    private func clause(around index: Int) -> ClosedRange<Int> {
        let offset = tokens[index].span.start
        let sentence = Self.span(holding: offset, in: sentences)
        var first = index
        while first > 0, !Self.bounds(first - 1, tokens, words, scalars),
            sentence.map({ tokens[first - 1].span.start >= $0.start }) ?? true
        {
            first -= 1
        }
        var last = index
        while last + 1 < tokens.count, !Self.bounds(last + 1, tokens, words, scalars),
            sentence.map({ tokens[last + 1].span.start < $0.end }) ?? true
        {
            last += 1
        }
        return first...last
    }

    /// The first index whose key is at least `value`, in an array sorted by that key (sentences,
    /// tokens and offsets are in text order): a date looks its clause up without a scan.
    private static func lowerBound<Element>(_ array: [Element], _ value: Int, key: (Element) -> Int) -> Int {
        var low = 0
        var high = array.count
        while low < high {
            let middle = (low + high) / 2
            if key(array[middle]) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The span of text-ordered, non-overlapping `spans` that holds `offset`.
    private static func span(holding offset: Int, in spans: [TextSpan]) -> TextSpan? {
        let index = lowerBound(spans, offset + 1) { $0.end }
        return index < spans.count && spans[index].start <= offset ? spans[index] : nil
    }

    private static func bounds(_ index: Int, _ tokens: [DateToken], _ words: [String], _ scalars: [Unicode.Scalar]) -> Bool {
        switch tokens[index].kind {
        case .mark: return TenseVocabulary.clauseMarks.contains(scalars[tokens[index].span.start])
        case .word: return TenseVocabulary.clauseOpeners.contains(words[index])
        case .number: return false
        }
    }

    /// The tense a word shows where it stands, if any.
    private static func cue(
        at index: Int, _ tokens: [DateToken], _ words: [String], _ scalars: [Unicode.Scalar], _ language: Language
    ) -> Verdict? {
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : ""
        if word == "will" { return isModalWill(at: index, tokens, words) ? .future : nil }
        if TenseVocabulary.future.contains(word) { return .future }
        if TenseVocabulary.past(language).contains(word) { return .past }
        if TenseVocabulary.present(language).contains(word) { return .present }
        switch language {
        case .english:
            // `a ceasefire beginning on Monday`, `talks starting on Thursday`: a start still to come.
            if TenseVocabulary.startingForms.contains(word), index + 1 < words.count,
               ["on", "from", "next", "this"].contains(words[index + 1]) { return .future }
            // `is meeting`, `are travelling`: the progressive speaks of what is under way or next.
            if word.hasSuffix("ing"), ["is", "are", "am"].contains(previous) { return .present }
            if isEnglishRegularPast(word, previous: previous, scalars[tokens[index].span.start]) { return .past }
        case .dutch:
            // `-eerde(n)` is always a past (`reageerde`), `-eert` a present (`arriveert`).
            if word.count > 6, word.hasSuffix("eerde") || word.hasSuffix("eerden") { return .past }
            if word.count > 5, word.hasSuffix("eert") { return .present }
            if isDutchParticiple(word), hasAuxiliary(before: index, tokens, words, scalars) { return .past }
        }
        return nil
    }

    /// `will` is the modal when a verb or adverb follows it; the noun after an article,
    /// possessive or adjective (`political will`), or before `to`/`of`/a mark (`lacking will” to`).
    private static func isModalWill(at index: Int, _ tokens: [DateToken], _ words: [String]) -> Bool {
        if index > 0, TenseVocabulary.beforeNounWill.contains(words[index - 1]) { return false }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        return !TenseVocabulary.afterNounWill.contains(words[index + 1])
    }

    /// `announced`, `rejected`, but not `need`, a capitalised name (`United`), or a passive
    /// present (`is based`).
    private static func isEnglishRegularPast(_ word: String, previous: String, _ first: Unicode.Scalar) -> Bool {
        word.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed") && ScalarClass.isLower(first)
            && !["is", "are", "am", "be", "being"].contains(previous)
    }

    /// `aangekondigd`, `gesproken`: a strong participle, or `ge…d`/`ge…t` after a separable prefix.
    private static func isDutchParticiple(_ word: String) -> Bool {
        if TenseVocabulary.strongParticiples.contains(word) { return true }
        guard word.hasSuffix("d") || word.hasSuffix("t"), !TenseVocabulary.participleLikeNouns.contains(word) else { return false }
        return TenseVocabulary.separablePrefixes.contains { prefix in
            word.hasPrefix(prefix + "ge") && word.count >= prefix.count + 6
        }
    }

    /// An auxiliary of the perfect or passive earlier in the same clause (`heeft … aangekondigd`).
    private static func hasAuxiliary(before index: Int, _ tokens: [DateToken], _ words: [String], _ scalars: [Unicode.Scalar]) -> Bool {
        var other = index - 1
        while other >= 0, !bounds(other, tokens, words, scalars) {
            if TenseVocabulary.auxiliaries.contains(words[other]) { return true }
            other -= 1
        }
        return false
    }
}
