/// The second stage of attribution: from the mention a rule found (a name, a pronoun, a
/// role description) to the person the document means.
///
/// - A surname alone resolves to the full name introduced before it (see `NameTable`).
/// - A role description resolves to the one person the document introduced before with that
///   role or nationality; with none or several, the quote keeps no speaker.
/// - A pronoun resolves to the most recent person: the speaker of a quote in the sentence
///   before, else the subject of that sentence (its first name no preposition governs, if it
///   is a person), else the speaker of the last quote in this or the previous paragraph. A
///   gender the text or the codebook gives must agree; a mismatch leaves no speaker and
///   never moves on to someone further back.
struct Resolution {
    let texts: ParagraphTextWindow
    let table: NameTable
    let people: KnownPeople
    var quotes: [RawQuote] = []
    var pairs: [QuotePair] = []

    init(texts: ParagraphTextWindow, table: NameTable, people: KnownPeople) {
        self.texts = texts
        self.table = table
        self.people = people
    }

    mutating func apply(_ attribution: Attribution, to quote: inout RawQuote, position: Int) {
        // A fragment in reported speech is speech only when the reporter is someone named.
        let partial = attribution.rule == .partialQuote
        if !partial { quote.kind = .speech }
        if let span = attribution.evidence {
            quote.evidence = [AttributionEvidence(paragraph: attribution.evidenceParagraph ?? quote.paragraph, span: span)]
        }
        guard let speaker = attribution.speaker else {
            quote.evidence = []
            return
        }
        var rule = attribution.rule
        let found: (name: String, evidence: AttributionEvidence?)?
        switch speaker {
        case .name(let mention):
            // `het Verdrag van Lissabon stelt dat … ‘…’`: a fragment of a document stays a term;
            // `the Kremlin said … “…”`: a body the codebook knows speaks.
            found = partial && mention.hasArticle && !people.knowsBody(mention.text) ? nil : resolve(mention)
        case .pronoun(let pronoun):
            // The pronoun may stand in the paragraph before the quote (`…, herhaalde hij.` `‘…’`).
            let place = texts.indices.contains(position) && texts.paragraphs[position].index == pronoun.paragraph
                ? position : texts.position(ofParagraph: pronoun.paragraph) ?? position
            found = antecedent(of: pronoun, position: place)
            rule = .pronoun
        case .description(let description):
            var entry = table.person(
                describedBy: description.noun, qualifier: description.qualifier, origin: description.origin,
                paragraph: description.paragraph, offset: description.offset)
            // Several fit (`de president` after Trump and Poetin): the one the sentence before is about.
            if entry == nil, let salient = subjectOfSentence(before: description.offset, inParagraph: description.paragraph) {
                let fitting = table.people(
                    describedBy: description.noun, qualifier: description.qualifier, origin: description.origin,
                    paragraph: description.paragraph, offset: description.offset)
                let canonical = people.role(of: salient)?.name ?? salient
                entry = fitting.last { $0.name == canonical || $0.name == salient }
            }
            found = entry.map { ($0.name, AttributionEvidence(paragraph: $0.paragraph, span: $0.evidence)) }
            rule = .roleDescription
        }
        guard let found else {
            quote.evidence = []
            return
        }
        quote.kind = .speech
        quote.speakerName = found.name
        quote.speakerRole = table.role(of: found.name)
        quote.citedByName = attribution.citedBy.flatMap { resolve($0)?.name }
        // The rule that found the mention, unless resolving it took a pronoun or a description.
        quote.rule = partial || attribution.rule == .quoteOfQuote ? attribution.rule : rule
        if let evidence = found.evidence, !quote.evidence.contains(evidence) { quote.evidence.append(evidence) }
    }

    /// The quote continues the attributed quote at `previous` in its paragraph.
    func continueQuote(_ previous: Int, into quote: inout RawQuote) {
        quote.speakerName = quotes[previous].speakerName
        quote.speakerRole = quotes[previous].speakerRole
        quote.rule = .continuation
        quote.evidence = quotes[previous].evidence
    }

    func resolve(_ mention: NameMention) -> (name: String, evidence: AttributionEvidence?)? {
        // `De Oekraïner stelde`: a nationality describes someone the document introduced, or no one.
        if mention.words == 1, RoleWords.nationalities[mention.surname] != nil {
            return table.person(describedBy: mention.surname, paragraph: mention.paragraph, offset: mention.offset)
                .map { ($0.name, AttributionEvidence(paragraph: $0.paragraph, span: $0.evidence)) }
        }
        if mention.hasArticle { return (mention.text, nil) }
        guard mention.words == 1,
              let entry = table.entry(forSurname: mention.surname, paragraph: mention.paragraph, offset: mention.offset)
        else { return (mention.text, nil) }
        return (entry.name, AttributionEvidence(paragraph: entry.paragraph, span: entry.evidence))
    }

    // MARK: Pronouns

    private func antecedent(
        of pronoun: PronounMention, position: Int, depth: Int = 0
    ) -> (name: String, evidence: AttributionEvidence?)? {
        guard let candidate = candidate(for: pronoun, position: position, depth: depth) else { return nil }
        let gender = table.gender(of: candidate.name) ?? people.gender(of: candidate.name)
        if let gender, let wanted = pronoun.gender, gender != wanted { return nil }
        return candidate
    }

    private func candidate(
        for pronoun: PronounMention, position: Int, depth: Int
    ) -> (name: String, evidence: AttributionEvidence?)? {
        let text = texts[position]
        // `Toen Brekelmans werd gevraagd, zei hij`, `When Rutte was asked, he said`: the one
        // person named earlier in the pronoun's own sentence.
        if text.index == pronoun.paragraph, pronoun.offset > pronoun.sentenceStart {
            let before = text.tokenRange(TextSpan(start: pronoun.sentenceStart, end: pronoun.offset))
            let named = text.runs(startingIn: before).filter { !text.isQuoted($0) && !text.isPossessor($0) && isPerson($0, in: text) }
            if named.count == 1, let run = named.first,
               let resolved = resolve(SpeakerMentions.mention(text, run, articleAllowed: false)) {
                return (resolved.name, AttributionEvidence(paragraph: text.index, span: run.span))
            }
        }
        var source: ParagraphText?
        var sentence: TextSpan?
        if let index = text.sentenceIndex(containing: pronoun.sentenceStart), index > 0 {
            source = text
            sentence = text.sentences[index - 1]
        } else if position > 0,
                  texts.paragraphs[position - 1].kind == .body || texts.paragraphs[position - 1].kind == .lede {
            source = texts[position - 1]
            sentence = texts[position - 1].sentences.last
        }
        if let source, let sentence {
            // A quote in that sentence with a speaker: the last one.
            if let quote = quotes.last(where: { quote in
                quote.paragraph == source.index && sentence.start <= quote.span.start && quote.span.start < sentence.end
                    && quote.speakerName != nil
            }), let name = quote.speakerName {
                return (name, quote.evidence.first)
            }
            // `He said Umerov would …`: a sentence whose subject is a pronoun stands for whom that
            // pronoun stands for, never for the name after its verb.
            var first = source.tokenRange(sentence).lowerBound
            // `But he said …`, `Maar hij zei …`: a conjunction may open the sentence before its pronoun.
            if let word = source.word(first), Self.openingConjunctions.contains(word),
               let next = source.word(first + 1), SpeechVerbs.pronouns.contains(next) {
                first += 1
            }
            if let word = source.word(first), SpeechVerbs.pronouns.contains(word) {
                guard depth < 3, let chained = SpeakerMentions.pronoun(source, at: first, verb: first + 1),
                      let chained, chained.gender == nil || pronoun.gender == nil || chained.gender == pronoun.gender,
                      let sourcePosition = texts.position(ofParagraph: source.index)
                else { return nil }
                return antecedent(of: chained, position: sourcePosition, depth: depth + 1)
            }
            if let subject = subject(of: sentence, in: source) { return subject }
            // A sentence that names people, none of them certainly its subject: too doubtful.
            if source.runs(startingIn: source.tokenRange(sentence)).contains(where: { !source.isQuoted($0) && isPerson($0, in: source) }) {
                return nil
            }
        }
        let reach = texts.paragraphs[max(0, position - 1)].index
        if let quote = quotes.last(where: { $0.speakerName != nil && $0.paragraph >= reach }),
           let name = quote.speakerName {
            return (name, quote.evidence.first)
        }
        return nil
    }

    /// The person the sentence before the one at `offset` is about (its subject), unless that
    /// subject is one of two (`Harwell en Smit spraken`).
    private func subjectOfSentence(before offset: Int, inParagraph paragraph: Int) -> String? {
        guard let position = texts.position(ofParagraph: paragraph) else { return nil }
        let text = texts[position]
        let source: ParagraphText
        let sentence: TextSpan
        if let index = text.sentenceIndex(containing: offset), index > 0 {
            source = text
            sentence = text.sentences[index - 1]
        } else if position > 0, texts.paragraphs[position - 1].kind == .body || texts.paragraphs[position - 1].kind == .lede,
                  let last = texts[position - 1].sentences.last {
            source = texts[position - 1]
            sentence = last
        } else {
            return nil
        }
        guard let subject = subject(of: sentence, in: source),
              let run = source.runs(startingIn: source.tokenRange(sentence)).first(where: { $0.span == subject.evidence?.span }),
              !["en", "and"].contains(source.word(run.tokens.upperBound) ?? "") else { return nil }
        return subject.name
    }

    /// Words that may open a sentence before its pronoun subject.
    static let openingConjunctions: Set<String> = ["but", "and", "yet", "so", "maar", "en", "toch", "dus"]

    /// The first name in the sentence that no preposition governs, when it is a person.
    private func subject(of sentence: TextSpan, in source: ParagraphText) -> (name: String, evidence: AttributionEvidence?)? {
        let range = source.tokenRange(sentence)
        let start = Self.afterDateline(source, range)
        let runs = source.runs(startingIn: start..<range.upperBound).filter { !source.isQuoted($0) && !source.isPossessor($0) }
        for run in runs {
            // `Volgens Van Weel is …`: the one the sentence is according to is its source.
            if let before = source.word(run.tokens.lowerBound - 1), FunctionWords.contains(before),
               !FunctionWords.articles.contains(before), !["en", "and", "had", "heeft", "has", "volgens"].contains(before),
               !(before == "to" && source.word(run.tokens.lowerBound - 2) == "according") {
                continue
            }
            guard isPerson(run, in: source) else { return nil }
            let mention = SpeakerMentions.mention(source, run, articleAllowed: false)
            guard let resolved = resolve(mention) else { return nil }
            return (resolved.name, AttributionEvidence(paragraph: source.index, span: run.span))
        }
        return nil
    }

    /// Where a sentence starts after a dateline (`Kyiv (AP):`, `KYIV, Ukraine (Reuters) —`,
    /// `KYIV —`): a colon or dash among its first few tokens, with only capitalised words, commas
    /// and an agency in parentheses (or a place in capitals) before it. `Mark Rutte — de premier —`
    /// is no dateline.
    static func afterDateline(_ source: ParagraphText, _ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return range.lowerBound }
        let first = source.tokens[range.lowerBound]
        let shouted = first.isWord && first.lower.count >= 3
            && ScalarClass.string(source.scalars, TextSpan(start: first.start, end: first.end)).uppercased()
                == ScalarClass.string(source.scalars, TextSpan(start: first.start, end: first.end))
        var index = range.lowerBound
        while index < min(range.upperBound, range.lowerBound + 8) {
            let token = source.tokens[index]
            if [":", "—", "–"].contains(token.lower) {
                let agency = index > range.lowerBound && source.tokens[index - 1].lower == ")"
                return agency || shouted ? index + 1 : range.lowerBound
            }
            guard token.isCapitalised || [",", "(", ")"].contains(token.lower) else { return range.lowerBound }
            index += 1
        }
        return range.lowerBound
    }

    /// A name that is certainly a person: introduced with a role, title, honorific or gender,
    /// a codebook person, a surname of such a full name, or a full name without an article.
    private func isPerson(_ run: NameRun, in source: ParagraphText) -> Bool {
        if let before = source.word(run.tokens.lowerBound - 1), FunctionWords.articles.contains(before) { return false }
        if table.isPerson(run.text) || people.knows(run.text) { return true }
        if run.words == 1 {
            let surname = SpeakerMentions.surname(source, run)
            guard let full = table.fullName(forSurname: surname, paragraph: source.index, offset: run.span.start)
            else { return false }
            return table.isPerson(full) || people.knows(full) || quotes.contains { $0.speakerName == full }
        }
        return run.words <= PersonDiscovery.maxNameWords
    }
}
