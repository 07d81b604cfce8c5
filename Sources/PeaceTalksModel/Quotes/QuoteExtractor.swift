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

    public static func extract(
        from paragraphs: [Paragraph], language: Language, people: KnownPeople = KnownPeople()
    ) -> [RawQuote] {
        analyse(paragraphs, people: people).quotes
    }

    /// Each full name's role as this document writes it (`Defensieminister`, `Kremlin spokesman`).
    static func rolesInText(_ paragraphs: [Paragraph]) -> [String: String] {
        analyse(paragraphs, people: KnownPeople()).roles
    }

    /// The quotes, and each full name's role as the document writes it. `keepTexts` false
    /// makes each paragraph's tokens again in each pass instead of keeping them all (a long
    /// document; see `ParagraphTextWindow`), with the same result.
    static func analyse(
        _ paragraphs: [Paragraph], people: KnownPeople, keepTexts: Bool = true, recentTexts: Int = 16
    ) -> (quotes: [RawQuote], roles: [String: String]) {
        let texts = ParagraphTextWindow(paragraphs: paragraphs, keepAll: keepTexts, recent: recentTexts)
        var table = NameTable()
        for index in texts.indices {
            let text = texts[index]
            for run in text.runs {
                if let known = people.role(of: run.text), !text.isQuoted(run) {
                    table.addKnown(
                        name: known.name, paragraph: text.index, offset: run.span.start, evidence: run.span,
                        roleWords: known.words)
                }
                guard run.words >= 2 else { continue }
                let role = NameIntroductions.role(after: run, text.tokens, text.scalars)
                let before = NameIntroductions.roleBefore(run, text.tokens)
                // `minister Kees Maas van Defensie`: the ministry belongs to the title before the name.
                let complement = before == nil ? nil : NameIntroductions.complement(after: run, text.tokens)
                var evidence = run.span
                if let before { evidence.start = before.start }
                if let complement { evidence.end = complement.end }
                if let role, run.tokens.upperBound + 1 < text.tokens.count {
                    let start = text.tokens[run.tokens.upperBound + 1].start
                    evidence.end = min(text.scalars.count, start + role.unicodeScalars.count)
                }
                table.add(
                    run, surname: SpeakerMentions.surname(text, run), paragraph: text.index, role: role,
                    roleBefore: before.map { ScalarClass.string(text.scalars, $0) + (complement.map { " " + ScalarClass.string(text.scalars, $0) } ?? "") },
                    gender: NameIntroductions.gender(of: run, text.tokens, roleAfter: role), evidence: evidence)
            }
        }
        var context = Resolution(texts: texts, table: table, people: people)
        var pending: [Int] = []
        for position in texts.indices {
            let text = texts[position]
            var previousInParagraph: Int?
            for pair in text.quotes {
                let span = contentSpan(pair, text.scalars)
                guard !span.isEmpty else { continue }
                let termLike = isTermLike(text.scalars, span)
                var quote = RawQuote(
                    paragraph: text.index, span: span, text: ScalarClass.string(text.scalars, span),
                    kind: termLike ? .term : .speech)
                let previous = position > 0 ? texts[position - 1] : nil
                if let attribution = attribute(pair, in: text, previous: previous, termLike: termLike, table: table, people: people) {
                    context.apply(attribution, to: &quote, position: position)
                } else if !termLike, text.kind != .pullquote, let previous = previousInParagraph,
                          context.quotes[previous].speakerName != nil,
                          let here = text.sentenceIndex(containing: pair.open),
                          let there = text.sentenceIndex(containing: context.pairs[previous].close), here <= there + 1,
                          text.sentences[here].start == pair.open || SpeakerAttribution.reportedSpeech(text, pair) == nil {
                    // A quote inside its own reporting clause (`Peskov said Russia “…”`) is not a continuation.
                    context.continueQuote(previous, into: &quote)
                } else if !termLike, text.kind != .pullquote,
                          let attribution = SpeakerAttribution.previousSentence(text, pair, previous: previous) {
                    context.apply(attribution, to: &quote, position: position)
                } else if text.kind != .pullquote, let attribution = SpeakerAttribution.reportedSpeech(text, pair) {
                    context.apply(attribution, to: &quote, position: position)
                } else if text.kind != .pullquote,
                          let attribution = SpeakerAttribution.backReference(text, pair, anywhereInSentence: true) {
                    context.apply(attribution, to: &quote, position: position)
                } else if !termLike, text.kind == .body, previousInParagraph == nil,
                          text.opensParagraph(at: pair.open), position > 0, [.body, .lede].contains(paragraphs[position - 1].kind),
                          let last = context.quotes.indices.last, context.quotes[last].paragraph == paragraphs[position - 1].index,
                          context.quotes[last].speakerName != nil,
                          let lastSentence = texts[position - 1].sentences.last,
                          context.pairs[last].close >= lastSentence.start {
                    // A paragraph that opens with a quote, after a paragraph whose last sentence is
                    // someone's quote, goes on with that speaker.
                    context.continueQuote(last, into: &quote)
                }
                previousInParagraph = context.quotes.count
                context.quotes.append(quote)
                context.pairs.append(pair)
            }
            if text.kind != .pullquote, position + 1 < texts.count,
               let runOn = runOnQuote(text, next: texts[position + 1], context: &context, position: position) {
                if runOn.pending { pending.append(context.quotes.count) }
                context.quotes.append(runOn.quote)
                context.pairs.append(runOn.pair)
            }
        }
        // A quote running over paragraphs takes the speaker of the part that follows it.
        for index in pending.reversed() where index + 1 < context.quotes.count {
            let next = context.quotes[index + 1]
            guard next.paragraph == context.quotes[index].paragraph + 1, next.speakerName != nil else { continue }
            context.continueQuote(index + 1, into: &context.quotes[index])
        }
        var quotes = context.quotes
        linkRepeats(&quotes, paragraphs: paragraphs)
        return (quotes, context.table.rolesInText)
    }

    /// A quote whose opening mark nothing closes in its paragraph. When the next paragraph
    /// starts by closing it (a single line break inside the quote), it is one quote, attributed
    /// by the frame after the close. When the next paragraph opens again with the same mark
    /// (the convention for a quote over several paragraphs), it is speech that takes the
    /// speaker of what follows (`pending`).
    private static func runOnQuote(
        _ text: ParagraphText, next: ParagraphText, context: inout Resolution, position: Int
    ) -> (quote: RawQuote, pair: QuotePair, pending: Bool)? {
        let after = text.quotes.last.map { $0.close + $0.closeLength - 1 } ?? -1
        guard let opener = QuoteMarks.unclosedOpener(in: text.scalars, after: after) else { return nil }
        let span = ScalarClass.trimmed(
            text.scalars, TextSpan(start: opener.position + opener.length, end: text.scalars.count))
        guard !span.isEmpty else { return nil }
        let pair = QuotePair(
            open: opener.position, close: text.scalars.count, openLength: opener.length, closeLength: 0)
        let head = ScalarClass.string(text.scalars, span)
        let firstOpen = next.quotes.first?.open ?? next.scalars.count
        if let closer = QuoteMarks.orphanCloser(of: opener.family, in: next.scalars, before: firstOpen) {
            let tail = contentSpan(QuotePair(open: -1, close: closer.position), next.scalars)
            let joined = tail.isEmpty ? head : head + " " + ScalarClass.string(next.scalars, tail)
            let scalars = Array(joined.unicodeScalars)
            let termLike = isTermLike(scalars, TextSpan(start: 0, end: scalars.count))
            var quote = RawQuote(paragraph: text.index, span: span, text: joined, kind: termLike ? .term : .speech)
            let start = next.firstToken(atOrAfter: closer.position + closer.length)
            if let found = SpeakerAttribution.frame(next, from: start, rule: .speechVerbAfter) {
                context.apply(found, to: &quote, position: position + 1)
            }
            return (quote, pair, false)
        }
        guard let first = next.scalars.firstIndex(where: { !ScalarClass.isSpace($0) }), next.quotes.first?.open == first,
              QuoteMarks.opens(next.scalars[first]) == opener.family || opener.family == .doubledApostrophe
        else { return nil }
        return (RawQuote(paragraph: text.index, span: span, text: head, kind: .speech), pair, true)
    }

    private static func attribute(
        _ pair: QuotePair, in text: ParagraphText, previous: ParagraphText?, termLike: Bool, table: NameTable,
        people: KnownPeople
    ) -> Attribution? {
        let opensSentence = text.sentenceIndex(containing: pair.open).map { text.sentences[$0].start == pair.open }
            ?? false
        let afterColon = text.scalar(before: pair.open) == ":"
        if !termLike || opensSentence || afterColon, let found = SpeakerAttribution.speechVerbAfter(text, pair) {
            return found
        }
        if !termLike || opensSentence, let found = SpeakerAttribution.backReference(text, pair) { return found }
        if let found = SpeakerAttribution.quoteOfQuote(text, pair, isKnownSurname: table.hasFullName(forSurname:)) {
            return found
        }
        let isKnownName = { (name: String) in table.hasFullName(forSurname: name) || people.knows(name) }
        if let found = SpeakerAttribution.speakerBeforeColon(text, pair, isKnownName: isKnownName) { return found }
        // `Trump lashed out at the Ukrainian leader:` ending the paragraph before one that opens with the quote.
        guard text.opensParagraph(at: pair.open), let previous, previous.kind == .body || previous.kind == .lede,
              previous.scalar(before: previous.scalars.count) == ":" else { return nil }
        let end = QuotePair(open: previous.scalars.count, close: previous.scalars.count, openLength: 0, closeLength: 0)
        return SpeakerAttribution.speakerBeforeColon(previous, end, isKnownName: isKnownName)
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
