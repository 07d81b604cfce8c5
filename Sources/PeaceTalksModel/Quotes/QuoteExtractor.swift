/// Finds quotations in every mark Dutch and English news use, and who said them.
///
/// Rules:
/// - Marks and pairing: see `QuoteMarks`. Only outermost quotes are returned; the span and
///   text are the content without the marks (and without a trailing comma, as in `"…," said`).
/// - Term or speech: a quote of at most `termMaxWords` words with no sentence-final
///   punctuation that no rule attributes is a `term` (a scare quote: ‘spookdeal’), with no
///   speaker. Everything else is `speech`. A short quote inside a sentence is only
///   attributed by a verb after it when it opens its sentence or follows a colon, so
///   `noemde het een ‘spookdeal’, zei X` keeps ‘spookdeal’ a term.
/// - Attribution, first rule that applies: speechVerbAfter, quoteOfQuote, speakerBeforeColon
///   (see `SpeakerAttribution`); then, for full quotes outside pull quotes, continuation (the
///   previous quote in the paragraph has a speaker and ends in this sentence or the one
///   before) and previousSentence.
/// - Repeats: a quote in a pull quote paragraph is compared (see `TokenSimilarity`) with the
///   quotes of the paragraph it repeats, then with every attributed quote; any other
///   unattributed speech quote is compared with every attributed quote. A match sets
///   `repeatsQuote` and, when the original has a speaker, takes it with rule `pullQuote`.
/// - A speech quote no rule attributes has no speaker: the extractor never guesses.
/// - Names: a surname alone resolves to the full name introduced in the document, and the
///   role in apposition is carried (see `NameIntroductions`). A name written with an article
///   (`het Pentagon`) is returned as written.
public enum QuoteExtractor {
    static let termMaxWords = 4
    /// Words in more quotes than this are too common to find repeat candidates by.
    private static let postingLimit = 50
    /// A repeat is short; longer quotes are not compared, which bounds the cost.
    private static let probeMaxWords = 80
    /// Windows of an original compared at most (a quote of some 70 sentences).
    private static let unitLimit = 200
    /// Originals sharing the most words with a quote, compared in full.
    private static let candidateLimit = 10

    /// Up to this many scalars of text, each paragraph's tokens are made once and kept for
    /// the three passes; a longer document makes them again in each pass instead, so its
    /// memory stays near the size of its text (the tokens take some ten times the text).
    static let keepTokensLimit = 4 * 1024 * 1024

    public static func extract(from paragraphs: [Paragraph], language: Language) -> [RawQuote] {
        extract(from: paragraphs, language: language, keepTokensLimit: keepTokensLimit)
    }

    static func extract(from paragraphs: [Paragraph], language: Language, keepTokensLimit: Int) -> [RawQuote] {
        let size = paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        var kept: [ParagraphText]? = size <= keepTokensLimit ? paragraphs.map(ParagraphText.init) : nil
        func text(_ index: Int) -> ParagraphText { kept?[index] ?? ParagraphText(paragraphs[index]) }

        var vocabulary = Set<String>()
        for index in paragraphs.indices {
            for token in text(index).tokens where token.isWord && !token.isCapitalised { vocabulary.insert(token.lower) }
        }
        var table = NameTable()
        for index in paragraphs.indices {
            var text = text(index)
            text.findNames(vocabulary: vocabulary)
            for run in text.runs {
                table.add(
                    run, surname: SpeakerAttribution.surname(text, run), paragraph: text.index,
                    role: NameIntroductions.role(after: run, text.tokens, text.scalars))
            }
            kept?[index] = text
        }

        var quotes: [RawQuote] = []
        var pairs: [QuotePair] = []
        var previousText: ParagraphText?
        for position in paragraphs.indices {
            let text: ParagraphText
            if let kept {
                text = kept[position]
            } else {
                var made = ParagraphText(paragraphs[position])
                made.findNames(vocabulary: vocabulary)
                text = made
            }
            defer { previousText = text }
            var previousInParagraph: Int?
            for pair in text.quotes {
                let span = contentSpan(pair, text.scalars)
                guard !span.isEmpty else { continue }
                let termLike = isTermLike(text.scalars, span)
                var quote = RawQuote(
                    paragraph: text.index, span: span, text: ScalarClass.string(text.scalars, span),
                    kind: termLike ? .term : .speech)
                if let attribution = attribute(
                    pair, in: text, previous: previousText, termLike: termLike,
                    table: table) {
                    apply(attribution, to: &quote, table: table)
                } else if !termLike, text.kind != .pullquote, let previous = previousInParagraph,
                          quotes[previous].speakerName != nil,
                          let here = text.sentenceIndex(containing: pair.open),
                          let there = text.sentenceIndex(containing: pairs[previous].close), here <= there + 1 {
                    quote.speakerName = quotes[previous].speakerName
                    quote.speakerRole = quotes[previous].speakerRole
                    quote.rule = .continuation
                } else if !termLike, text.kind != .pullquote,
                          let attribution = SpeakerAttribution.previousSentence(
                            text, pair, previous: previousText) {
                    apply(attribution, to: &quote, table: table)
                }
                previousInParagraph = quotes.count
                quotes.append(quote)
                pairs.append(pair)
            }
        }
        kept = nil
        linkRepeats(&quotes, paragraphs: paragraphs)
        return quotes
    }

    private static func attribute(
        _ pair: QuotePair, in text: ParagraphText, previous: ParagraphText?, termLike: Bool, table: NameTable
    ) -> Attribution? {
        let opensSentence = text.sentenceIndex(containing: pair.open).map { text.sentences[$0].start == pair.open }
            ?? false
        let afterColon = text.scalar(before: pair.open) == ":"
        if !termLike || opensSentence || afterColon, let found = SpeakerAttribution.speechVerbAfter(text, pair) {
            return found
        }
        if let found = SpeakerAttribution.quoteOfQuote(text, pair, isKnownSurname: table.hasFullName(forSurname:)) {
            return found
        }
        return SpeakerAttribution.speakerBeforeColon(text, pair)
    }

    private static func apply(_ attribution: Attribution, to quote: inout RawQuote, table: NameTable) {
        quote.kind = .speech
        guard let speaker = attribution.speaker else { return }
        let resolved = resolve(speaker, table: table)
        quote.speakerName = resolved.name
        quote.speakerRole = resolved.role
        quote.citedByName = attribution.citedBy.map { resolve($0, table: table).name }
        quote.rule = attribution.rule
    }

    private static func resolve(_ mention: NameMention, table: NameTable) -> (name: String, role: String?) {
        if mention.hasArticle { return (mention.text, nil) }
        let name = mention.words == 1
            ? table.fullName(forSurname: mention.surname, paragraph: mention.paragraph, offset: mention.offset)
                ?? mention.text
            : mention.text
        return (name, table.role(of: name))
    }

    /// Pull quotes and other unattributed quotes that repeat an attributed one.
    private static func linkRepeats(_ quotes: inout [RawQuote], paragraphs: [Paragraph]) {
        let kinds = paragraphs.map(\.kind)
        func isPull(_ quote: RawQuote) -> Bool { kinds.indices.contains(quote.paragraph) && kinds[quote.paragraph] == .pullquote }
        var table = WordIDTable()
        var words: [[Int32]] = []
        words.reserveCapacity(quotes.count)
        for quote in quotes {
            let scalars = Array(quote.text.unicodeScalars)
            words.append(TokenSimilarity.wordIDs(scalars, TextSpan(start: 0, end: scalars.count), &table))
        }
        // Only candidates are split into windows, each once, when first compared.
        var units = [[[Int32]]?](repeating: nil, count: quotes.count)
        var byParagraph: [Int: [Int]] = [:]
        for (index, quote) in quotes.enumerated() { byParagraph[quote.paragraph, default: []].append(index) }
        var postings: [Int32: [Int]] = [:]
        for (index, quote) in quotes.enumerated() where quote.speakerName != nil && !isPull(quote) {
            for word in words[index] { postings[word, default: []].append(index) }
        }
        for index in quotes.indices {
            let quote = quotes[index]
            let pull = isPull(quote)
            guard pull || (quote.kind == .speech && quote.speakerName == nil && quote.rule == nil) else { continue }
            guard quote.speakerName == nil, (TokenSimilarity.minimumWords...probeMaxWords).contains(words[index].count)
            else { continue }
            var candidates: [Int] = []
            if pull, paragraphs.indices.contains(quote.paragraph),
               let target = paragraphs[quote.paragraph].repeatsParagraph {
                candidates = byParagraph[target] ?? []
            }
            var match = bestMatch(index, among: candidates, quotes: quotes, words: words, units: &units, table: &table)
            if match == nil {
                var hits: [Int: Int] = [:]
                for word in words[index] {
                    guard let list = postings[word], list.count <= postingLimit else { continue }
                    for candidate in list where candidate != index { hits[candidate, default: 0] += 1 }
                }
                let ranked = hits.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(candidateLimit)
                match = bestMatch(
                    index, among: ranked.map(\.key).sorted(), quotes: quotes, words: words, units: &units, table: &table)
            }
            guard let match else { continue }
            quotes[index].repeatsQuote = match
            quotes[index].kind = quotes[match].kind
            if let speaker = quotes[match].speakerName {
                quotes[index].speakerName = speaker
                quotes[index].speakerRole = quotes[match].speakerRole
                quotes[index].citedByName = quotes[match].citedByName
                quotes[index].rule = .pullQuote
            }
        }
    }

    private static func bestMatch(
        _ index: Int, among candidates: [Int], quotes: [RawQuote], words: [[Int32]], units: inout [[[Int32]]?],
        table: inout WordIDTable
    ) -> Int? {
        var best: (score: Double, index: Int)?
        for candidate in candidates where candidate != index && units.indices.contains(candidate) {
            let windows: [[Int32]]
            if let known = units[candidate] {
                windows = known
            } else {
                let scalars = Array(quotes[candidate].text.unicodeScalars)
                windows = Array(
                    TokenSimilarity.units(scalars, TextSpan(start: 0, end: scalars.count), maxWindow: 3, &table)
                        .prefix(unitLimit))
                units[candidate] = windows
            }
            let score = TokenSimilarity.best(of: words[index], in: windows)
            if score >= TokenSimilarity.threshold, score > (best?.score ?? 0) { best = (score, candidate) }
        }
        return best?.index
    }

    /// The content between the marks, trimmed, without a trailing comma (`"…," said X`).
    static func contentSpan(_ pair: QuotePair, _ scalars: [Unicode.Scalar]) -> TextSpan {
        var span = ScalarClass.trimmed(scalars, pair.content)
        while span.end > span.start, scalars[span.end - 1] == "," {
            span = ScalarClass.trimmed(scalars, TextSpan(start: span.start, end: span.end - 1))
        }
        return span
    }

    /// At most `termMaxWords` words and no sentence-final punctuation.
    static func isTermLike(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        var words = 0
        var inWord = false
        for index in span.start..<span.end {
            let scalar = scalars[index]
            if ScalarClass.isTerminal(scalar), index + 1 == span.end || ScalarClass.isSpace(scalars[index + 1]) {
                return false
            }
            let space = ScalarClass.isSpace(scalar)
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return words <= termMaxWords
    }
}
