/// The attribution rules that read a quote's own paragraph (continuation, pronouns and
/// role descriptions are resolved in `QuoteExtractor`, which sees the whole document).
///
/// - speechVerbAfter: after the closing mark, an optional comma, then a speech verb and a
///   mention (`‘…’, zegt Smit`, `"…," said Dmitry Peskov`, `aldus de diplomaat`, `zei hij`,
///   `zegt oud-ambassadeur en onderhandelaar Piet de Vries`) or a mention and a speech verb
///   (`"…," Macron said`, `the negotiator said`). A separable or split verb counts only with its
///   particle (`legde X maandag uit`, `probeerde X duidelijk te maken`, `sprak X zijn steun uit`).
/// - speakerBeforeColon: the quote follows a colon; in the clause before it, the speech verb
///   nearest the colon and the name nearest that verb (after it on a tie), with a directly
///   preceding article (`communiceerde het Pentagon droogweg:` → `het Pentagon`). With
///   `volgens`/`according to` only the mention after it (`X maakte volgens de analist een
///   rekenfout:` is the analyst's reading, never X's words). A clause that is only a name
///   (`Van der Linden:`) names the speaker.
/// - quoteOfQuote: `citaat van X`, `woorden van X`, `quoting X`, `in the words of X`,
///   `X once said` before the quote in its sentence: X spoke; the sentence's first other
///   name (a full name, or a surname the document introduced) cites it.
/// - previousSentence: the quote starts a sentence and the sentence before (in the paragraph,
///   or the last one of the previous body paragraph) has a speech verb next to a name, or a
///   reporting clause (`Eerder had X verklaard dat …`).
enum SpeakerAttribution {
    /// How many tokens before a quote a quote-of-quote cue may stand.
    static let cueReach = 16
    /// How many names from the sentence start are tried as the one who cites.
    static let citerReach = 8

    static func speechVerbAfter(_ paragraph: ParagraphText, _ quote: QuotePair) -> Attribution? {
        frame(paragraph, from: paragraph.firstToken(atOrAfter: quote.close + quote.closeLength), rule: .speechVerbAfter)
    }

    /// A speech frame starting at token `start`: `, zegt X`, `, aldus de diplomaat`,
    /// `, X said`, `, zei hij`, `— the negotiator said`.
    static func frame(_ paragraph: ParagraphText, from start: Int, rule: AttributionRule, naming: Bool = false) -> Attribution? {
        let tokens = paragraph.tokens
        var index = start
        var skipped = 0
        while index < tokens.count, skipped < 2, !tokens[index].isWord,
              [",", "\u{2013}", "\u{2014}", "-"].contains(tokens[index].lower) {
            index += 1
            skipped += 1
        }
        guard let first = paragraph.word(index) else { return nil }
        var verb = index
        if first == "zo", let next = paragraph.word(index + 1), SpeechVerbs.isVerb(next) { verb += 1 }
        func found(_ speaker: SpeakerMention?, through end: Int) -> Attribution {
            Attribution(
                speaker: speaker, rule: rule, evidence: SpeakerMentions.span(paragraph, verb, end), in: paragraph.index)
        }
        // `‘…’, klinkt het nog.`, `luidt het`: an impersonal frame; it goes on with the one who
        // spoke just before, as a pronoun would.
        if let word = paragraph.word(verb), SpeechVerbs.impersonalFrames.contains(word), paragraph.word(verb + 1) == "het" {
            let sentence = paragraph.sentenceIndex(containing: paragraph.tokens[verb].start)
            let mention = PronounMention(
                gender: nil, paragraph: paragraph.index,
                sentenceStart: sentence.map { paragraph.sentences[$0].start } ?? 0, offset: paragraph.tokens[verb].start)
            return found(.pronoun(mention), through: verb + 1)
        }
        if let word = paragraph.word(verb), SpeechVerbs.isFrameVerb(word) || (naming && SpeechVerbs.namingCues.contains(word)) {
            var subject = verb + 1
            if let preposition = SpeechVerbs.prepositions[word] {
                guard paragraph.word(subject) == preposition else { return nil }
                subject += 1
            }
            subject = skipAdverbs(paragraph, from: subject)
            if let pronoun = SpeakerMentions.pronoun(paragraph, at: subject, verb: verb) {
                guard hasParticle(for: word, paragraph, after: subject + 1) else { return nil }
                return found(pronoun.map { .pronoun($0) }, through: subject)
            }
            if let name = SpeakerMentions.nameForward(paragraph, from: subject),
               hasParticle(for: word, paragraph, after: name.tokens.upperBound) {
                return found(.name(name), through: name.tokens.upperBound - 1)
            }
            if let (description, end) = SpeakerMentions.description(paragraph, from: subject),
               hasParticle(for: word, paragraph, after: end) {
                return found(.description(description), through: end - 1)
            }
            // `schreef weekblad X.`, `wrote columnist Y,`: one lowercase noun right before a name
            // that ends the frame describes who that is.
            if let name = nameAfterNoun(paragraph, at: subject), hasParticle(for: word, paragraph, after: name.tokens.upperBound) {
                return found(.name(name), through: name.tokens.upperBound - 1)
            }
            return nil
        }
        let afterSubject: Int
        let speaker: SpeakerMention?
        if let pronoun = SpeakerMentions.pronoun(paragraph, at: index, verb: skipAdverbs(paragraph, from: index + 1)) {
            afterSubject = index + 1
            speaker = pronoun.map { .pronoun($0) }
        } else if let name = SpeakerMentions.nameForward(paragraph, from: index) {
            afterSubject = name.tokens.upperBound
            speaker = .name(name)
        } else if let (description, end) = SpeakerMentions.description(paragraph, from: index) {
            afterSubject = end
            speaker = .description(description)
        } else {
            return nil
        }
        verb = skipAdverbs(paragraph, from: skipApposition(paragraph, from: afterSubject))
        guard let verbAfter = paragraph.word(verb), SpeechVerbs.isFrameVerb(verbAfter),
              !SpeechVerbs.nameAfterOnly.contains(verbAfter), hasParticle(for: verbAfter, paragraph, after: verb + 1)
        else { return nil }
        return Attribution(
            speaker: speaker, rule: rule, evidence: SpeakerMentions.span(paragraph, index, verb), in: paragraph.index)
    }

    /// `isKnownName`: a one-word name someone was introduced by, or the codebook knows.
    static func speakerBeforeColon(
        _ paragraph: ParagraphText, _ quote: QuotePair, isKnownName: (String) -> Bool = { _ in false }
    ) -> Attribution? {
        guard paragraph.scalar(before: quote.open) == ":" else { return nil }
        let clause = clauseTokens(paragraph, before: quote.open)
        func found(_ speaker: SpeakerMention?, _ from: Int, _ to: Int) -> Attribution {
            Attribution(
                speaker: speaker, rule: .speakerBeforeColon, evidence: SpeakerMentions.span(paragraph, from, to),
                in: paragraph.index)
        }
        // `Asked about the envoy, X was blunt:`: a participle opening the clause is not its verb.
        let opener = clause.first.flatMap { first in
            paragraph.word(first + 1).map(SpeechVerbs.afterOpeningParticiple.contains) == true ? first : nil
        }
        guard let verb = clause.last(where: { index in
            index != opener
                && paragraph.word(index).map { SpeechVerbs.isVerb($0) && hasParticle(for: $0, paragraph, after: index + 1) }
                ?? false
        }) else {
            // `Van der Linden: ‘…’`: a clause that is only a name (with its role) is the speaker.
            let runs = paragraph.runs(startingIn: clause)
            guard !clause.isEmpty else { return nil }
            let end = paragraph.tokens[clause.upperBound - 1].lower == ":" ? clause.upperBound - 1 : clause.upperBound
            if runs.count == 1, let run = runs.first, run.tokens.upperBound == end,
               !SpeechVerbs.labels.contains(run.text.lowercased()),
               clause.allSatisfy({ $0 >= run.tokens.lowerBound || isRoleWord(paragraph.tokens[$0]) }) {
                return found(.name(SpeakerMentions.mention(paragraph, run, articleAllowed: false)), clause.lowerBound, clause.upperBound - 1)
            }
            // `Trump was blunt:`, `X lashed out at the Ukrainian leader:`, `Pressed on …, X replied
            // sharply:`: a clause with a verb but no speech verb introduces its subject's words.
            guard runs.count < clause.count / 2 else { return nil }
            for run in runs where !paragraph.isQuoted(run) && !paragraph.isPossessor(run) && run.tokens.upperBound < end {
                if let before = paragraph.word(run.tokens.lowerBound - 1), FunctionWords.contains(before) { continue }
                if SpeechVerbs.labels.contains(run.text.lowercased()) { return nil }
                // A lone capitalised word no one was introduced by may open the sentence (`Asked`).
                guard run.words >= 2 || isKnownName(SpeakerMentions.surname(paragraph, run)) else { continue }
                guard hasVerb(paragraph, after: run.tokens.upperBound, before: end) else { return nil }
                return found(.name(SpeakerMentions.mention(paragraph, run, articleAllowed: false)), run.tokens.lowerBound, end - 1)
            }
            return nil
        }
        if let cue = paragraph.word(verb), SpeechVerbs.nameAfterOnly.contains(cue) {
            // `Poetin maakte volgens de analist een rekenfout: ‘…’`: the quote is the source's
            // reading, so only the one after `volgens`/`according to` can have said it.
            var subject = verb + 1
            if let preposition = SpeechVerbs.prepositions[cue] {
                guard paragraph.word(subject) == preposition else { return nil }
                subject += 1
            }
            if let name = SpeakerMentions.nameForward(paragraph, from: subject), clause.contains(name.tokens.lowerBound) {
                return found(.name(name), verb, name.tokens.upperBound - 1)
            }
            if let (description, end) = SpeakerMentions.description(paragraph, from: subject) {
                return found(.description(description), verb, end - 1)
            }
            return nil
        }
        if let word = paragraph.word(verb), word.hasSuffix("ing"),
           let clause = reportingClause(paragraph, clause.lowerBound..<(verb + 1)) {
            // `Peskov told Belarus 1 TV, …, adding: “…”`: the one adding is the sentence's subject.
            return found(clause.speaker, clause.from, verb)
        }
        if let (speaker, from) = coordinatedSubject(paragraph, verb: verb, clauseStart: clause.lowerBound), let speaker {
            return found(speaker, from, verb)
        }
        // `Andriy Marchenko, an official at the National Security Council, wrote on Telegram:`:
        // the name that opens the clause, its aside between commas, then the verb.
        if let opening = SpeakerMentions.nameForward(paragraph, from: clause.lowerBound), opening.words >= 2,
           skipAdverbs(paragraph, from: skipApposition(paragraph, from: opening.tokens.upperBound)) == verb,
           opening.tokens.upperBound < verb {
            return found(.name(opening), opening.tokens.lowerBound, verb)
        }
        let listenerAfter = paragraph.word(verb).map(SpeechVerbs.listenerAfter.contains) ?? false
        var best: (distance: Int, after: Bool, run: NameRun)?
        for run in paragraph.runs(startingIn: clause) where clause.contains(run.tokens.upperBound - 1) && !paragraph.isQuoted(run) {
            let after = run.tokens.lowerBound > verb
            if after && listenerAfter { continue }
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
        for index in [verb - 1, verb + 1] where clause.contains(index) && (best?.distance ?? Int.max) > 1 {
            if let pronoun = SpeakerMentions.pronoun(paragraph, at: index, verb: verb) {
                return found(pronoun.map { .pronoun($0) }, min(index, verb), max(index, verb))
            }
        }
        guard let run = best?.run else { return nil }
        let name = SpeakerMentions.mention(paragraph, run, articleAllowed: true)
        return found(.name(name), min(verb, run.tokens.lowerBound), max(verb, run.tokens.upperBound - 1))
    }

    /// A lowercase word that is no function word stands between (`was`, `lashed`, `reageerde`):
    /// the clause says something of the name, so it is not a heading or a list of names.
    private static func hasVerb(_ paragraph: ParagraphText, after start: Int, before end: Int) -> Bool {
        (start..<end).contains { index in
            let token = paragraph.tokens[index]
            return token.isWord && !token.isCapitalised && !FunctionWords.articles.contains(token.lower)
        }
    }

    private static func isRoleWord(_ token: SegmentToken) -> Bool {
        guard token.isWord else { return token.lower == "," }
        return RoleWords.isRoleNoun(token.lower) || NameIntroductions.titles.contains(token.lower)
            || RoleWords.modifiers.contains(token.lower) || FunctionWords.articles.contains(token.lower)
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
                if let name = SpeakerMentions.nameForward(paragraph, from: index + cue.count),
                   name.tokens.upperBound <= range.upperBound {
                    quoted = name
                }
            }
            for cue in SpeechVerbs.onceSaidCues where matches(cue, paragraph, at: index) {
                if let run = paragraph.runEnding[index - 1].map({ paragraph.runs[$0] }) {
                    quoted = SpeakerMentions.mention(paragraph, run, articleAllowed: false)
                }
            }
        }
        guard let quoted else { return nil }
        let citer = paragraph.runs(startingIn: range).prefix(citerReach).first { run in
            run.tokens != quoted.tokens && (run.words >= 2 || isKnownSurname(SpeakerMentions.surname(paragraph, run)))
        }
        return Attribution(
            speaker: .name(quoted), citedBy: citer.map { SpeakerMentions.mention(paragraph, $0, articleAllowed: false) },
            rule: .quoteOfQuote, evidence: SpeakerMentions.span(paragraph, quoted.tokens.lowerBound, quoted.tokens.upperBound - 1),
            in: paragraph.index)
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
        if pointsBack(source, range) { return nil }
        func found(_ speaker: SpeakerMention?, _ from: Int, _ to: Int) -> Attribution {
            Attribution(
                speaker: speaker, rule: .previousSentence, evidence: SpeakerMentions.span(source, from, to),
                in: source.index)
        }
        for verb in range.reversed() {
            guard let word = source.word(verb), SpeechVerbs.isVerb(word) else { continue }
            // `Zelenskiy said Washington had …`: the subject before an English verb speaks; the
            // name after it starts what was said.
            if SpeechVerbs.isEnglishVerb(word), let run = subjectRun(source, before: verb, within: range) {
                return found(.name(SpeakerMentions.mention(source, run, articleAllowed: true)), run.tokens.lowerBound, verb)
            }
            // `…, saying Kyiv expects …`: a participle's subject is the sentence's; the name after it
            // starts what was said (the reporting clause below finds the subject).
            if SpeechVerbs.isParticipleClause(word) { continue }
            var subject = verb + 1
            if let preposition = SpeechVerbs.prepositions[word] {
                guard source.word(subject) == preposition else { continue }
                subject += 1
            }
            subject = skipAdverbs(source, from: subject)
            if range.contains(subject), let name = SpeakerMentions.nameForward(source, from: subject),
               hasParticle(for: word, source, after: name.tokens.upperBound) {
                return found(.name(name), verb, name.tokens.upperBound - 1)
            }
            if range.contains(subject), !SpeechVerbs.nameAfterOnly.contains(word),
               let pronoun = SpeakerMentions.pronoun(source, at: subject, verb: verb),
               hasParticle(for: word, source, after: subject + 1) {
                return found(pronoun.map { .pronoun($0) }, verb, subject)
            }
            for end in [verb - 1, verb - 2] where range.contains(end) {
                if end == verb - 2, !(source.word(verb - 1).map(SpeechVerbs.adverbs.contains) ?? false) { continue }
                if let run = source.runEnding[end].map({ source.runs[$0] }), !source.isQuoted(run),
                   !SpeechVerbs.nameAfterOnly.contains(word),
                   hasParticle(for: word, source, after: verb + 1) {
                    let name = SpeakerMentions.mention(source, run, articleAllowed: true)
                    return found(.name(name), run.tokens.lowerBound, verb)
                }
            }
        }
        return reportingClause(source, range).map { found($0.speaker, $0.from, $0.to) }
    }

    /// The name right before a verb, or before one adverb and the verb (`Rubio later confirmed`),
    /// that no preposition governs and no quote holds: the verb's subject.
    static func subjectRun(_ paragraph: ParagraphText, before verb: Int, within range: Range<Int>) -> NameRun? {
        for end in [verb - 1, verb - 2] where range.contains(end) {
            if end == verb - 2, !(paragraph.word(verb - 1).map(SpeechVerbs.adverbs.contains) ?? false) { continue }
            guard let run = paragraph.runEnding[end].map({ paragraph.runs[$0] }), !paragraph.isQuoted(run),
                  !paragraph.isPossessor(run) else { continue }
            if run.tokens.lowerBound > range.lowerBound, let before = paragraph.word(run.tokens.lowerBound - 1),
               FunctionWords.contains(before), !FunctionWords.articles.contains(before) { return nil }
            return run
        }
        return nil
    }

    /// `Umerov herhaalde de eisen van Kiev en zei`, `X continues to reject … and insists Ukraine
    /// will`: a verb after `en`/`and` shares the subject that opens its clause; a name after the
    /// verb, or nearer before it, is part of what was said or done.
    static func coordinatedSubject(_ paragraph: ParagraphText, verb: Int, clauseStart: Int) -> (SpeakerMention?, from: Int)? {
        guard verb > clauseStart, let joiner = paragraph.word(verb - 1), ["en", "and"].contains(joiner) else { return nil }
        if let pronoun = SpeakerMentions.pronoun(paragraph, at: clauseStart, verb: verb) {
            return (pronoun.map { .pronoun($0) }, clauseStart)
        }
        if let name = SpeakerMentions.nameForward(paragraph, from: clauseStart), name.tokens.upperBound < verb - 1 {
            return (.name(name), name.tokens.lowerBound)
        }
        return (nil, clauseStart)
    }

    /// Where the clause holding `token` starts: after `;`, or after `, maar`, `, terwijl`,
    /// `, although`, `, while` followed by a subject of its own, a name or a pronoun (`Trump has
    /// not commented, although Rubio confirmed … “soon”`: Rubio's clause). `, maar dat …` and
    /// `, while claiming …` go on with the subject before.
    static func clauseStart(_ paragraph: ParagraphText, of token: Int, sentenceStart: Int) -> Int {
        var index = token - 1
        while index > sentenceStart {
            let lower = paragraph.tokens[index].lower
            if lower == ";" { return index + 1 }
            if SpeechVerbs.clauseJoiners.contains(lower), paragraph.tokens[index - 1].lower == "," {
                var subject = index + 1
                if let article = paragraph.word(subject), FunctionWords.articles.contains(article) { subject += 1 }
                let named = paragraph.runStarting[subject].map { !paragraph.isQuoted(paragraph.runs[$0]) } ?? false
                let pronoun = paragraph.word(index + 1).map(SpeechVerbs.pronouns.contains) ?? false
                if named || pronoun { return index + 1 }
            }
            index -= 1
        }
        return sentenceStart
    }

    /// partialQuote: a short quote inside a sentence that reports speech is that speaker's
    /// words: a frame after it (`wil Oekraïne ‘neutraal’ houden, zei X`, `…, he said`) or a
    /// reporting clause before it (`X zei dat …`, `volgens X …`). A naming cue before the quote
    /// (`noemde het een ‘ruildeal’`, `spreekt van`, `so-called`) keeps it a term.
    static func reportedSpeech(_ paragraph: ParagraphText, _ quote: QuotePair) -> Attribution? {
        guard let sentence = paragraph.sentenceIndex(containing: quote.open) else { return nil }
        let range = paragraph.tokenRange(paragraph.sentences[sentence])
        let openToken = paragraph.firstToken(atOrAfter: quote.open)
        // The naming cue stands just before the quote (`noemde het een ‘…’`).
        for index in max(range.lowerBound, openToken - 4)..<min(openToken, range.upperBound) {
            guard let word = paragraph.word(index) else { continue }
            if SpeechVerbs.namingCues.contains(word) { return nil }
            if let next = paragraph.word(index + 1), SpeechVerbs.namingPhrases[word]?.contains(next) == true {
                return speakerOfPhrase(paragraph, verb: index, sentenceStart: range.lowerBound)
            }
        }
        // `Maas sprak woensdag van een ‘…’`, `X, hoofd van de delegatie, sprak na afloop van de
        // besprekingen van een „…”`: the preposition right before the quote, its verb further back.
        for preposition in max(range.lowerBound, openToken - 3)..<openToken {
            guard let word = paragraph.word(preposition), ["van", "of"].contains(word),
                  let verb = (max(range.lowerBound, preposition - 10)..<(preposition - 1)).last(where: { index in
                      paragraph.word(index).flatMap { SpeechVerbs.namingPhrases[$0]?.contains(word) } ?? false
                  }) else { continue }
            return speakerOfPhrase(paragraph, verb: verb, sentenceStart: range.lowerBound)
        }
        // `In zijn woorden kan X …`, `in her words`: the one the possessive stands for spoke.
        for index in range.lowerBound..<max(range.lowerBound, openToken - 2) where paragraph.word(index) == "in" {
            guard let owner = paragraph.word(index + 1), let gender = possessives[owner],
                  let noun = paragraph.word(index + 2), ["woorden", "words"].contains(noun) else { continue }
            let mention = PronounMention(
                gender: gender, paragraph: paragraph.index, sentenceStart: paragraph.sentences[sentence].start,
                offset: paragraph.tokens[index + 1].start)
            return Attribution(
                speaker: .pronoun(mention), rule: .partialQuote, evidence: SpeakerMentions.span(paragraph, index, index + 2),
                in: paragraph.index)
        }
        // `W noted that “…”, the paper writes`, `A said … a day after B said such talks “…”`: the
        // clause right before the quote owns it, not a frame after it or a clause before that.
        if let found = nearestClause(paragraph, range: range, openToken: openToken) { return found }
        let closeToken = paragraph.firstToken(atOrAfter: quote.close + quote.closeLength)
        // `Calling it a “good sign,” he said`: the comma inside the marks ends the words; the frame follows.
        if quote.close > 0, paragraph.scalars[quote.close - 1] == ",",
           let found = frame(paragraph, from: closeToken, rule: .partialQuote) {
            return found
        }
        var commas = 0
        for comma in closeToken..<max(closeToken, range.upperBound) where paragraph.tokens[comma].lower == "," {
            if let found = frame(paragraph, from: comma, rule: .partialQuote) { return found }
            commas += 1
            if commas == 4 { break }
        }
        let clause = clauseStart(paragraph, of: min(openToken, range.upperBound), sentenceStart: range.lowerBound)
        let before = clause..<min(openToken, range.upperBound)
        for verb in before {
            guard let word = paragraph.word(verb), SpeechVerbs.isVerb(word) || SpeechVerbs.participles.contains(word),
                  hasParticle(for: word, paragraph, after: verb + 1) else { continue }
            func found(_ speaker: SpeakerMention?, _ end: Int) -> Attribution {
                Attribution(
                    speaker: speaker, rule: .partialQuote, evidence: SpeakerMentions.span(paragraph, verb, end),
                    in: paragraph.index)
            }
            var subject = verb + 1
            if let preposition = SpeechVerbs.prepositions[word] {
                guard paragraph.word(subject) == preposition else { continue }
                subject += 1
            }
            subject = skipAdverbs(paragraph, from: subject)
            if SpeechVerbs.isParticipleClause(word) {
                guard let owner = reportingClause(paragraph, clause..<(verb + 1)), owner.speaker != nil else { continue }
                return Attribution(
                    speaker: owner.speaker, rule: .partialQuote, evidence: SpeakerMentions.span(paragraph, owner.from, owner.to),
                    in: paragraph.index)
            }
            if !SpeechVerbs.nameAfterOnly.contains(word),
               let (speaker, from) = coordinatedSubject(paragraph, verb: verb, clauseStart: clause) {
                guard let speaker else { continue }
                return Attribution(
                    speaker: speaker, rule: .partialQuote, evidence: SpeakerMentions.span(paragraph, from, verb),
                    in: paragraph.index)
            }
            // `Peskov said Russia hoped …`: a subject right before the verb comes first; the name
            // after it then starts what was said.
            if !SpeechVerbs.nameAfterOnly.contains(word), verb > clause {
                if let run = subjectRun(paragraph, before: verb, within: clause..<verb), paragraph.runEnding[verb - 1] == nil {
                    // `Marco Rubio later confirmed he had …`: an adverb between the subject and the verb.
                    return Attribution(
                        speaker: .name(SpeakerMentions.mention(paragraph, run, articleAllowed: true)), rule: .partialQuote,
                        evidence: SpeakerMentions.span(paragraph, run.tokens.lowerBound, verb), in: paragraph.index)
                }
                // `Oleksij Danilov, de secretaris van de Veiligheidsraad, reageerde`: the name in
                // apposition at the start is the subject, not the institution before the verb.
                if let opening = SpeakerMentions.nameForward(paragraph, from: clause), opening.words >= 2,
                   opening.tokens.upperBound < verb, paragraph.tokens[opening.tokens.upperBound].lower == "," {
                    return Attribution(
                        speaker: .name(opening), rule: .partialQuote,
                        evidence: SpeakerMentions.span(paragraph, opening.tokens.lowerBound, verb), in: paragraph.index)
                }
                if let pronoun = SpeakerMentions.pronoun(paragraph, at: verb - 1, verb: verb) {
                    guard let pronoun else { continue }
                    return Attribution(
                        speaker: .pronoun(pronoun), rule: .partialQuote,
                        evidence: SpeakerMentions.span(paragraph, verb - 1, verb), in: paragraph.index)
                }
                // `The Ukrainian president told reporters … “…”`: a role description as the subject.
                if let (description, start) = descriptionEnding(paragraph, at: verb, from: range.lowerBound) {
                    return Attribution(
                        speaker: .description(description), rule: .partialQuote,
                        evidence: SpeakerMentions.span(paragraph, start, verb), in: paragraph.index)
                }
                if var run = paragraph.runEnding[verb - 1].map({ paragraph.runs[$0] }) {
                    // `Marco Rubio van Buitenlandse Zaken twitterde`: the institution after `van`
                    // belongs to the name before it, who is the subject.
                    var first = run.tokens.lowerBound
                    if let article = paragraph.word(first - 1), ["de", "het", "the"].contains(article) { first -= 1 }
                    if first >= 2, let word = paragraph.word(first - 1), ["van", "of"].contains(word),
                       let owner = paragraph.runEnding[first - 2].map({ paragraph.runs[$0] }) {
                        run = owner
                    }
                    return Attribution(
                        speaker: .name(SpeakerMentions.mention(paragraph, run, articleAllowed: true)), rule: .partialQuote,
                        evidence: SpeakerMentions.span(paragraph, run.tokens.lowerBound, verb), in: paragraph.index)
                }
            }
            if let pronoun = SpeakerMentions.pronoun(paragraph, at: subject, verb: verb), let pronoun {
                return found(.pronoun(pronoun), subject)
            }
            if let name = SpeakerMentions.nameForward(paragraph, from: subject), name.tokens.upperBound <= openToken {
                return found(.name(name), name.tokens.upperBound - 1)
            }
            if let (description, end) = SpeakerMentions.description(paragraph, from: subject), end <= openToken {
                return found(.description(description), end - 1)
            }
            if SpeechVerbs.nameAfterOnly.contains(word) { continue }
            if let clause = reportingClause(paragraph, range.lowerBound..<(verb + 1)), clause.speaker != nil {
                return Attribution(
                    speaker: clause.speaker, rule: .partialQuote,
                    evidence: SpeakerMentions.span(paragraph, clause.from, clause.to), in: paragraph.index)
            }
        }
        return nil
    }

    /// `‘Geen vooruitgang.’ Dat zegt minister X.`, `‘Niet nuttig.’ Zo noemt het Kremlin het plan.`,
    /// `‘…’ Dat heeft X woensdag gezegd.`: the sentence after a quote that ends its own sentence
    /// points back at it with `dat`/`zo`/`dit` and a frame.
    /// With `anywhereInSentence`, a quote inside the sentence counts too (`Het “dwaze plan” laat
    /// zien dat hij “in paniek is”. Dat heeft X gezegd.`): the pointer stands for the whole sentence.
    static func backReference(_ paragraph: ParagraphText, _ quote: QuotePair, anywhereInSentence: Bool = false) -> Attribution? {
        let end = quote.close + quote.closeLength
        guard let sentence = paragraph.sentenceIndex(containing: quote.open),
              sentence + 1 < paragraph.sentences.count,
              anywhereInSentence || paragraph.sentences[sentence].end <= end + 1 else { return nil }
        let next = paragraph.tokenRange(paragraph.sentences[sentence + 1])
        guard let first = paragraph.word(next.lowerBound), SpeechVerbs.backPointers.contains(first),
              let verb = paragraph.word(next.lowerBound + 1) else { return nil }
        if SpeechVerbs.isFrameVerb(verb) || SpeechVerbs.namingCues.contains(verb) {
            guard var found = frame(paragraph, from: next.lowerBound + 1, rule: .speechVerbAfter, naming: true) else { return nil }
            if let evidence = found.evidence { found.evidence = TextSpan(start: paragraph.tokens[next.lowerBound].start, end: evidence.end) }
            return found
        }
        // `Dat heeft minister X woensdag gezegd`: an auxiliary, the subject, a participle.
        guard SpeechVerbs.auxiliaries.contains(verb),
              let name = SpeakerMentions.nameForward(paragraph, from: next.lowerBound + 2),
              let participle = (name.tokens.upperBound..<min(next.upperBound, name.tokens.upperBound + 4)).first(where: { index in
                  paragraph.word(index).map(SpeechVerbs.participles.contains) ?? false
              }) else { return nil }
        return Attribution(
            speaker: .name(name), rule: .speechVerbAfter,
            evidence: SpeakerMentions.span(paragraph, next.lowerBound, participle), in: paragraph.index)
    }

    /// A sentence that opens with a pointer back and a frame (`Dat zegt X.`) is about the quote
    /// before it, never about the one after.
    static func pointsBack(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
        guard let first = paragraph.word(range.lowerBound), SpeechVerbs.backPointers.contains(first),
              let verb = paragraph.word(range.lowerBound + 1) else { return false }
        return SpeechVerbs.isFrameVerb(verb) || SpeechVerbs.namingCues.contains(verb) || SpeechVerbs.auxiliaries.contains(verb)
    }

    /// `Maas sprak van een ‘…’`, `he spoke of a “…”`, `daarom sprak hij van`: the words are those
    /// of the named person or the pronoun that is the phrase's subject. `Men spreekt van`, or a
    /// subject that is no name, keeps the quote a term.
    private static func speakerOfPhrase(_ paragraph: ParagraphText, verb: Int, sentenceStart: Int) -> Attribution? {
        func found(_ speaker: SpeakerMention, from: Int) -> Attribution {
            Attribution(
                speaker: speaker, rule: .partialQuote, evidence: SpeakerMentions.span(paragraph, from, verb), in: paragraph.index)
        }
        if let pronoun = SpeakerMentions.pronoun(paragraph, at: verb + 1, verb: verb), let pronoun {
            return found(.pronoun(pronoun), from: verb + 1)
        }
        // `In Brussel spreekt men van`: an impersonal subject after the verb.
        guard verb > sentenceStart, !["men", "one", "er", "there"].contains(paragraph.word(verb + 1) ?? "") else { return nil }
        if let pronoun = SpeakerMentions.pronoun(paragraph, at: verb - 1, verb: verb) {
            return pronoun.map { found(.pronoun($0), from: verb - 1) }
        }
        if let run = paragraph.runEnding[verb - 1].map({ paragraph.runs[$0] }),
           !(paragraph.word(run.tokens.lowerBound - 1).map { FunctionWords.contains($0) && !FunctionWords.articles.contains($0) } ?? false) {
            return found(.name(SpeakerMentions.mention(paragraph, run, articleAllowed: true)), from: run.tokens.lowerBound)
        }
        // `X, hoofd van de delegatie, sprak`, `X bezocht Moskou en sprak`: the sentence's subject,
        // a name opening it, before an apposition or a first verb.
        guard [",", "en", "and"].contains(paragraph.tokens[verb - 1].lower),
              let opening = SpeakerMentions.nameForward(paragraph, from: sentenceStart), opening.words >= 2,
              opening.tokens.upperBound < verb else { return nil }
        return found(.name(opening), from: opening.tokens.lowerBound)
    }

    /// `Eerder had Marenko al verklaard dat …`, `Marenko had earlier reiterated that …`,
    /// `Hij herhaalde dat …`: a speech verb in any form, whose subject is the first name (or
    /// pronoun) before it that no preposition governs.
    static func reportingClause(
        _ paragraph: ParagraphText, _ range: Range<Int>
    ) -> (speaker: SpeakerMention?, from: Int, to: Int)? {
        guard let verb = range.first(where: { index in
            paragraph.word(index).map { SpeechVerbs.isVerb($0) || SpeechVerbs.participles.contains($0) } ?? false
        }), let cue = paragraph.word(verb), !SpeechVerbs.nameAfterOnly.contains(cue),
              hasParticle(for: cue, paragraph, after: verb + 1) else { return nil }
        // The sentence opens with its subject (after roles and titles): `De Amerikaanse president
        // Donald Trump zorgde … door te opperen dat`, `Oleksij Danilov, de secretaris van …, reageerde`.
        // A lone capitalised word opening the sentence counts only right before the verb
        // (`Lavrov zegt`), since `Eerder had X verklaard` and `Earlier, X stated` open with adverbs.
        if let name = SpeakerMentions.nameForward(paragraph, from: range.lowerBound), name.tokens.upperBound <= verb,
           name.words >= 2 || name.tokens.upperBound == verb {
            return (.name(name), range.lowerBound, verb)
        }
        for index in (range.lowerBound..<verb).reversed() {
            if let pronoun = SpeakerMentions.pronoun(paragraph, at: index, verb: verb) {
                return (pronoun.map { .pronoun($0) }, index, verb)
            }
            guard let run = paragraph.runEnding[index].map({ paragraph.runs[$0] }), !paragraph.isQuoted(run),
                  !paragraph.isPossessor(run) else { continue }
            let start = run.tokens.lowerBound
            if let before = paragraph.word(start - 1), FunctionWords.contains(before),
               !FunctionWords.articles.contains(before), !SpeechVerbs.auxiliaries.contains(before) { continue }
            return (.name(SpeakerMentions.mention(paragraph, run, articleAllowed: true)), start, verb)
        }
        return nil
    }

    /// Possessives in `in zijn woorden`, `in her words`, with the gender they give.
    static let possessives: [String: Gender] = ["zijn": .male, "haar": .female, "his": .male, "her": .female]

    /// How many tokens before a quote the verb of `nearestClause` may stand.
    static let nearReach = 6

    /// `Witkoff noted that “…”`, `Lavrov said such talks “…”`: the last speech verb at most
    /// `nearReach` tokens before the quote, with no comma or mark between, whose subject stands
    /// right before it (a pronoun, a role description, or a name no preposition governs).
    /// Nil when that verb has no such subject, so the other readings of the sentence decide.
    private static func nearestClause(_ paragraph: ParagraphText, range: Range<Int>, openToken: Int) -> Attribution? {
        let lower = max(range.lowerBound + 1, openToken - nearReach)
        guard lower < openToken else { return nil }
        // `Oleksij Danilov, de secretaris van …, reageerde dat`: a name in apposition opening the
        // sentence is its subject; that reading is `reportedSpeech`'s own.
        if let opening = SpeakerMentions.nameForward(paragraph, from: range.lowerBound), opening.words >= 2,
           opening.tokens.upperBound < openToken, paragraph.tokens[opening.tokens.upperBound].lower == "," {
            return nil
        }
        for verb in (lower..<openToken).reversed() {
            let token = paragraph.tokens[verb]
            guard token.isWord else {
                if token.lower == "." && verb > 0 && paragraph.tokens[verb - 1].isInitial { continue }
                return nil
            }
            guard SpeechVerbs.isVerb(token.lower), !SpeechVerbs.nameAfterOnly.contains(token.lower),
                  hasParticle(for: token.lower, paragraph, after: verb + 1) else { continue }
            func found(_ speaker: SpeakerMention, _ from: Int) -> Attribution {
                Attribution(
                    speaker: speaker, rule: .partialQuote, evidence: SpeakerMentions.span(paragraph, from, verb),
                    in: paragraph.index)
            }
            if let pronoun = SpeakerMentions.pronoun(paragraph, at: verb - 1, verb: verb) {
                return pronoun.map { found(.pronoun($0), verb - 1) }
            }
            if let (description, start) = descriptionEnding(paragraph, at: verb, from: range.lowerBound) {
                return found(.description(description), start)
            }
            guard let run = paragraph.runEnding[verb - 1].map({ paragraph.runs[$0] }) else { return nil }
            // `X of the State Department wrote`: a name a preposition governs is not the subject.
            var first = run.tokens.lowerBound
            if let article = paragraph.word(first - 1), FunctionWords.articles.contains(article) { first -= 1 }
            if let before = paragraph.word(first - 1), FunctionWords.contains(before),
               !FunctionWords.articles.contains(before) { return nil }
            if first > 0, paragraph.tokens[first - 1].lower == "," { return nil }
            return found(.name(SpeakerMentions.mention(paragraph, run, articleAllowed: true)), run.tokens.lowerBound)
        }
        return nil
    }

    /// A role description (`the Ukrainian president`) that ends right before `verb`, starting
    /// at most five tokens before it; the description and its first token.
    private static func descriptionEnding(
        _ paragraph: ParagraphText, at verb: Int, from start: Int
    ) -> (RoleDescription, Int)? {
        for index in max(start, verb - 5)..<verb {
            if let (description, end) = SpeakerMentions.description(paragraph, from: index), end == verb {
                return (description, index)
            }
        }
        return nil
    }

    // MARK: - Helpers

    /// `the official, who spoke on condition of anonymity, said`; `Smit, a former envoy, said`:
    /// an aside between commas after the subject, up to its closing comma, when no quote mark
    /// or sentence end comes first. Otherwise `index` itself.
    private static func skipApposition(_ paragraph: ParagraphText, from index: Int) -> Int {
        guard index < paragraph.tokens.count, paragraph.tokens[index].lower == "," else { return index }
        var position = index + 1
        while position < min(paragraph.tokens.count, index + 16) {
            let token = paragraph.tokens[position]
            if !token.isWord {
                if token.lower == "," { return position > index + 1 ? position + 1 : index }
                guard let scalar = token.lower.unicodeScalars.first, !QuoteMarks.isMark(scalar),
                      !".!?;:".unicodeScalars.contains(scalar) else { return index }
            }
            position += 1
        }
        return index
    }

    /// `weekblad Moskovia Daily` at `index`: a lowercase word that is no function word or verb,
    /// then a name followed by a mark or the end of the paragraph.
    private static func nameAfterNoun(_ paragraph: ParagraphText, at index: Int) -> NameMention? {
        guard index < paragraph.tokens.count else { return nil }
        let token = paragraph.tokens[index]
        guard token.isWord, !token.isCapitalised, !FunctionWords.contains(token.lower), !SpeechVerbs.isVerb(token.lower),
              !SpeechVerbs.adverbs.contains(token.lower),
              let run = paragraph.runStarting[index + 1].map({ paragraph.runs[$0] }) else { return nil }
        if run.tokens.upperBound < paragraph.tokens.count, paragraph.tokens[run.tokens.upperBound].isWord { return nil }
        return SpeakerMentions.mention(paragraph, run, articleAllowed: false)
    }

    private static func skipAdverbs(_ paragraph: ParagraphText, from index: Int) -> Int {
        var position = index
        while position < index + 2, let word = paragraph.word(position), SpeechVerbs.adverbs.contains(word) {
            position += 1
        }
        return position
    }

    /// A separable verb (`legt … uit`) needs its particle before the sentence ends.
    static func hasParticle(for verb: String, _ paragraph: ParagraphText, after index: Int) -> Bool {
        guard let particles = SpeechVerbs.particles[verb] else { return true }
        var position = index
        while position < min(paragraph.tokens.count, index + 10) {
            let token = paragraph.tokens[position]
            if token.isWord && particles.contains(token.lower) { return true }
            if !token.isWord, let scalar = token.lower.unicodeScalars.first,
               ScalarClass.isTerminal(scalar) || scalar == ":" || QuoteMarks.isMark(scalar) {
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
        if let quote = paragraph.lastQuote(closingBefore: offset), quote.close >= start {
            start = quote.close + quote.closeLength
        }
        let upper = paragraph.firstToken(atOrAfter: offset)
        var lower = paragraph.firstToken(atOrAfter: start)
        for index in lower..<upper where paragraph.tokens[index].lower == ";" { lower = index + 1 }
        return lower..<max(lower, upper)
    }
}
