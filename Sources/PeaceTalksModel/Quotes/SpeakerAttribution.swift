/// A name as the text writes it, before a surname is resolved to a full name.
struct NameMention: Sendable {
    var text: String
    var words: Int
    /// Written with an article (`het Pentagon`): kept as written, never resolved.
    var hasArticle: Bool
    var surname: String
    var paragraph: Int
    var offset: Int
    /// Token range of the name itself (without the article).
    var tokens: Range<Int>
}

/// The outcome of one attribution rule. A nil `speaker` means the text attributes the quote
/// to a pronoun (`zegt hij`, `she said`): the quote is speech, but no one is named.
struct Attribution: Sendable {
    var speaker: NameMention?
    var citedBy: NameMention?
    var rule: AttributionRule
}

/// The attribution rules that read a quote's own paragraph (continuation and pull quotes
/// are decided in `QuoteExtractor`, which sees all the quotes).
///
/// - speechVerbAfter: after the closing mark, an optional comma, then a speech verb and a
///   name (`‘…’, zegt Smit`, `"…," said Dmitry Peskov`, `aldus X`, `according to X`) or a
///   name and a speech verb (`"…," Macron said`).
/// - speakerBeforeColon: the quote follows a colon; in the clause before it, the speech verb
///   nearest the colon and the name nearest that verb (after it on a tie), with a directly
///   preceding article (`communiceerde het Pentagon droogweg:` → `het Pentagon`).
/// - quoteOfQuote: `citaat van X`, `woorden van X`, `quoting X`, `in the words of X`,
///   `X once said` before the quote in its sentence: X spoke; the sentence's first other
///   name (a full name, or a surname the document introduced) cites it.
/// - previousSentence: the quote starts a sentence and the sentence before (in the paragraph,
///   or the last one of the previous body paragraph) has a speech verb next to a name.
enum SpeakerAttribution {
    /// How many tokens before a quote a quote-of-quote cue may stand.
    static let cueReach = 16
    /// How many names from the sentence start are tried as the one who cites.
    static let citerReach = 8

    static func speechVerbAfter(_ paragraph: ParagraphText, _ quote: QuotePair) -> Attribution? {
        let tokens = paragraph.tokens
        var index = paragraph.firstToken(atOrAfter: quote.close + 1)
        var skipped = 0
        while index < tokens.count, skipped < 2, !tokens[index].isWord,
              [",", "\u{2013}", "\u{2014}", "-"].contains(tokens[index].lower) {
            index += 1
            skipped += 1
        }
        guard let first = paragraph.word(index) else { return nil }
        var verb = index
        if first == "zo", let next = paragraph.word(index + 1), SpeechVerbs.isVerb(next) { verb += 1 }
        if let word = paragraph.word(verb), SpeechVerbs.isVerb(word) {
            var subject = verb + 1
            if let preposition = SpeechVerbs.prepositions[word] {
                guard paragraph.word(subject) == preposition else { return nil }
                subject += 1
            }
            subject = skipAdverbs(paragraph, from: subject)
            if let pronoun = paragraph.word(subject), SpeechVerbs.pronouns.contains(pronoun) {
                return Attribution(speaker: nil, rule: .speechVerbAfter)
            }
            guard let name = nameForward(paragraph, from: subject),
                  hasParticle(for: word, paragraph, after: name.tokens.upperBound) else { return nil }
            return Attribution(speaker: name, rule: .speechVerbAfter)
        }
        if let pronoun = paragraph.word(index), SpeechVerbs.pronouns.contains(pronoun),
           let verb = paragraph.word(skipAdverbs(paragraph, from: index + 1)), SpeechVerbs.isVerb(verb) {
            return Attribution(speaker: nil, rule: .speechVerbAfter)
        }
        guard let name = nameForward(paragraph, from: index),
              let verbAfter = paragraph.word(skipAdverbs(paragraph, from: name.tokens.upperBound)),
              SpeechVerbs.isVerb(verbAfter), !SpeechVerbs.nameAfterOnly.contains(verbAfter) else { return nil }
        return Attribution(speaker: name, rule: .speechVerbAfter)
    }

    static func speakerBeforeColon(_ paragraph: ParagraphText, _ quote: QuotePair) -> Attribution? {
        guard paragraph.scalar(before: quote.open) == ":" else { return nil }
        let clause = clauseTokens(paragraph, before: quote.open)
        guard let verb = clause.last(where: { paragraph.word($0).map(SpeechVerbs.isVerb) ?? false }) else {
            return nil
        }
        var best: (distance: Int, after: Bool, run: NameRun)?
        for run in paragraph.runs(startingIn: clause) where clause.contains(run.tokens.upperBound - 1) {
            let after = run.tokens.lowerBound > verb
            var distance = after ? run.tokens.lowerBound - verb : verb - (run.tokens.upperBound - 1)
            guard distance > 0 else { continue }
            let before = paragraph.word(run.tokens.lowerBound - 1)
            if let before, FunctionWords.articles.contains(before) {
                // `communiceerde het Pentagon`: the article belongs to the name.
                distance -= after ? 1 : 0
            } else if let before, !after, FunctionWords.contains(before) {
                // `na de aanval op Lyon communiceerde…`: a name after a preposition is not the subject.
                distance += 3
            }
            if let current = best, current.distance < distance || (current.distance == distance && current.after) {
                continue
            }
            best = (distance, after, run)
        }
        let pronounNext = [verb - 1, verb + 1].contains { index in
            clause.contains(index) && (paragraph.word(index).map(SpeechVerbs.pronouns.contains) ?? false)
        }
        if pronounNext && (best?.distance ?? Int.max) > 1 { return Attribution(speaker: nil, rule: .speakerBeforeColon) }
        guard let run = best?.run else { return nil }
        return Attribution(speaker: mention(paragraph, run, articleAllowed: true), rule: .speakerBeforeColon)
    }

    static func quoteOfQuote(
        _ paragraph: ParagraphText, _ quote: QuotePair, isKnownSurname: (String) -> Bool
    ) -> Attribution? {
        guard let sentence = paragraph.sentenceIndex(containing: quote.open) else { return nil }
        let range = paragraph.firstToken(atOrAfter: paragraph.sentences[sentence].start)..<paragraph.firstToken(atOrAfter: quote.open)
        var quoted: NameMention?
        // The cue sits just before the quote; looking further back would cost quadratic time
        // on a long sentence full of quotes.
        for index in max(range.lowerBound, range.upperBound - cueReach)..<range.upperBound {
            // Most words start no cue: one comparison rules every cue out.
            guard let word = paragraph.word(index), SpeechVerbs.cueFirstWords.contains(word) else { continue }
            for cue in SpeechVerbs.quoteOfQuoteCues where matches(cue, paragraph, at: index) {
                if let name = nameForward(paragraph, from: index + cue.count), name.tokens.upperBound <= range.upperBound {
                    quoted = name
                }
            }
            for cue in SpeechVerbs.onceSaidCues where matches(cue, paragraph, at: index) {
                if let run = paragraph.runEnding[index - 1].map({ paragraph.runs[$0] }) {
                    quoted = mention(paragraph, run, articleAllowed: false)
                }
            }
        }
        guard let quoted else { return nil }
        let citer = paragraph.runs(startingIn: range).prefix(citerReach).first { run in
            run.tokens != quoted.tokens && (run.words >= 2 || isKnownSurname(surname(paragraph, run)))
        }
        return Attribution(
            speaker: quoted, citedBy: citer.map { mention(paragraph, $0, articleAllowed: false) }, rule: .quoteOfQuote)
    }

    static func previousSentence(
        _ paragraph: ParagraphText, _ quote: QuotePair, previous: ParagraphText?
    ) -> Attribution? {
        guard let sentence = paragraph.sentenceIndex(containing: quote.open),
              paragraph.sentences[sentence].start == quote.open else { return nil }
        let source: ParagraphText
        let span: TextSpan
        if sentence > 0 {
            source = paragraph
            span = paragraph.sentences[sentence - 1]
        } else if let previous, previous.kind == .body || previous.kind == .lede, let last = previous.sentences.last {
            source = previous
            span = last
        } else {
            return nil
        }
        let range = source.tokenRange(span)
        for verb in range.reversed() {
            guard let word = source.word(verb), SpeechVerbs.isVerb(word) else { continue }
            var subject = verb + 1
            if let preposition = SpeechVerbs.prepositions[word] {
                guard source.word(subject) == preposition else { continue }
                subject += 1
            }
            subject = skipAdverbs(source, from: subject)
            if range.contains(subject), let name = nameForward(source, from: subject),
               hasParticle(for: word, source, after: name.tokens.upperBound) {
                return Attribution(speaker: name, rule: .previousSentence)
            }
            for end in [verb - 1, verb - 2] where range.contains(end) {
                if end == verb - 2, !(source.word(verb - 1).map(SpeechVerbs.adverbs.contains) ?? false) { continue }
                if let run = source.runEnding[end].map({ source.runs[$0] }), !SpeechVerbs.nameAfterOnly.contains(word) {
                    return Attribution(speaker: mention(source, run, articleAllowed: true), rule: .previousSentence)
                }
            }
        }
        return nil
    }

    // MARK: - Reading names

    /// A name starting at `index`, after at most a few articles, honorifics, titles and
    /// demonyms (`de Franse president Emmanuel Macron`, `Mr. Peskov`, `het Pentagon`).
    static func nameForward(_ paragraph: ParagraphText, from index: Int) -> NameMention? {
        var position = index
        var skipped = 0
        while position < paragraph.tokens.count, skipped < 5 {
            if let run = paragraph.runStarting[position].map({ paragraph.runs[$0] }) {
                return mention(paragraph, run, articleAllowed: true)
            }
            let token = paragraph.tokens[position]
            let skippable = token.isWord
                ? FunctionWords.articles.contains(token.lower) || NameIntroductions.honorifics.contains(token.lower)
                    || NameIntroductions.titles.contains(token.lower) || NameIntroductions.isDemonym(token.lower)
                : token.lower == "." && position > index
                    && NameIntroductions.honorifics.contains(paragraph.tokens[position - 1].lower)
            guard skippable else { return nil }
            position += 1
            skipped += 1
        }
        return nil
    }

    static func mention(_ paragraph: ParagraphText, _ run: NameRun, articleAllowed: Bool) -> NameMention {
        var text = run.text
        var article = false
        if articleAllowed, let word = paragraph.word(run.tokens.lowerBound - 1),
           FunctionWords.articles.contains(word) {
            let start = paragraph.tokens[run.tokens.lowerBound - 1].start
            text = ScalarClass.string(paragraph.scalars, TextSpan(start: start, end: run.span.end))
            article = true
        }
        return NameMention(
            text: text, words: run.words, hasArticle: article, surname: surname(paragraph, run),
            paragraph: paragraph.index, offset: run.span.start, tokens: run.tokens)
    }

    static func surname(_ paragraph: ParagraphText, _ run: NameRun) -> String {
        paragraph.tokens[run.tokens.upperBound - 1].lower
    }

    // MARK: - Helpers

    private static func skipAdverbs(_ paragraph: ParagraphText, from index: Int) -> Int {
        var position = index
        while position < index + 2, let word = paragraph.word(position), SpeechVerbs.adverbs.contains(word) {
            position += 1
        }
        return position
    }

    /// A separable verb (`legt … uit`) needs its particle before the sentence ends.
    private static func hasParticle(for verb: String, _ paragraph: ParagraphText, after index: Int) -> Bool {
        guard let particle = SpeechVerbs.particles[verb] else { return true }
        var position = index
        while position < min(paragraph.tokens.count, index + 10) {
            let token = paragraph.tokens[position]
            if token.isWord && token.lower == particle { return true }
            if !token.isWord, let scalar = token.lower.unicodeScalars.first, ScalarClass.isTerminal(scalar) {
                return false
            }
            position += 1
        }
        return false
    }

    private static func matches(_ cue: [String], _ paragraph: ParagraphText, at index: Int) -> Bool {
        for (offset, word) in cue.enumerated() where paragraph.word(index + offset) != word { return false }
        return true
    }

    /// Tokens of the clause before `offset`: from the sentence start, or after the last
    /// quote or semicolon before it.
    private static func clauseTokens(_ paragraph: ParagraphText, before offset: Int) -> Range<Int> {
        let sentenceStart = paragraph.sentenceIndex(containing: offset).map { paragraph.sentences[$0].start } ?? 0
        var start = sentenceStart
        if let quote = paragraph.lastQuote(closingBefore: offset), quote.close >= start { start = quote.close + 1 }
        let upper = paragraph.firstToken(atOrAfter: offset)
        var lower = paragraph.firstToken(atOrAfter: start)
        for index in lower..<upper where paragraph.tokens[index].lower == ";" { lower = index + 1 }
        return lower..<max(lower, upper)
    }
}
