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

/// `hij`, `ze`, `she`: a third person singular pronoun that stands for someone named before.
struct PronounMention: Sendable {
    var gender: Gender?
    var paragraph: Int
    /// Where the pronoun's sentence starts: the one it stands for is named before it.
    var sentenceStart: Int
    /// Where the pronoun itself stands.
    var offset: Int
}

/// `de diplomaat`, `the negotiator`, `de Fransman`: a person the document introduced so.
struct RoleDescription: Sendable {
    /// The role or nationality noun, lowercased.
    var noun: String
    /// What the role is about, lowercased words (`de minister van Defensie` → `defensie`).
    var qualifier: [String] = []
    /// The role stems of the country a demonym before the noun names (`de Franse president` → `fran`).
    var origin: [String] = []
    var paragraph: Int
    var offset: Int
}

/// Who a rule says spoke: a name, a pronoun or a description; nil for a pronoun that names
/// no one (`ik`, `we`, `they`, `zeiden ze`).
enum SpeakerMention: Sendable {
    case name(NameMention)
    case pronoun(PronounMention)
    case description(RoleDescription)
}

/// The outcome of one attribution rule. A nil `speaker` means the text attributes the quote
/// to someone it does not name (`zeggen we`, `they said`): the quote is speech, but no one is named.
struct Attribution: Sendable {
    var speaker: SpeakerMention?
    var citedBy: NameMention?
    var rule: AttributionRule
    /// The cue that decided: the verb and the mention, in the paragraph `evidenceParagraph`.
    var evidence: TextSpan?
    var evidenceParagraph: Int?

    init(
        speaker: SpeakerMention?, citedBy: NameMention? = nil, rule: AttributionRule, evidence: TextSpan? = nil,
        in paragraph: Int? = nil
    ) {
        self.speaker = speaker
        self.citedBy = citedBy
        self.rule = rule
        self.evidence = evidence
        evidenceParagraph = paragraph
    }

    init(name: NameMention?, citedBy: NameMention? = nil, rule: AttributionRule) {
        self.init(speaker: name.map { .name($0) }, citedBy: citedBy, rule: rule)
    }
}

/// Reading the mentions a rule points at: names (after titles and roles), pronouns and
/// role descriptions.
enum SpeakerMentions {
    /// A name starting at `index`, after at most a few articles, honorifics, titles, roles
    /// and demonyms (`de Franse president Emmanuel Macron`, `Mr. Peskov`, `het Pentagon`,
    /// `oud-ambassadeur en onderhandelaar Piet de Vries`).
    static func nameForward(_ paragraph: ParagraphText, from index: Int) -> NameMention? {
        var position = index
        var skipped = 0
        var inComplement = false
        /// Where the words after `van`/`of` start (`minister van Defensie`), past an article.
        var complementStart: Int?
        /// `onderzoeker internationale betrekkingen Laurien Crump`: up to two lowercase words
        /// naming a role's field, right after the role noun and right before the name.
        func fieldOfRole(at position: Int) -> Bool {
            guard position > index else { return false }
            let lowercaseWords = (max(index, position - 2)...position).reversed().prefix { at in
                let token = paragraph.tokens[at]
                return token.isWord && !token.isCapitalised && !FunctionWords.contains(token.lower) && !SpeechVerbs.isVerb(token.lower)
                    && !titleLike(token.lower)
            }
            guard lowercaseWords.contains(position), let first = lowercaseWords.last, first > index,
                  RoleWords.isRoleNoun(paragraph.tokens[first - 1].lower) else { return false }
            return (position + 1...min(position + 2, paragraph.tokens.count - 1)).contains { paragraph.runStarting[$0] != nil }
        }
        func titleLike(_ word: String) -> Bool {
            NameIntroductions.titles.contains(word) || RoleWords.isRoleNoun(word) || RoleWords.modifiers.contains(word)
        }
        /// `de Poolse boerenactivist Jan Kowalski`, `the veteran lobbyist Mark Fenwick`: after an
        /// article, one or two lowercase words right before a name describe that person, even
        /// where the role noun is one no list holds.
        func describesName(at position: Int) -> Bool {
            func descriptive(_ token: SegmentToken) -> Bool {
                token.isWord && !token.isCapitalised && !FunctionWords.contains(token.lower) && !SpeechVerbs.isVerb(token.lower)
            }
            guard descriptive(paragraph.tokens[position]),
                  (index..<position).contains(where: { FunctionWords.articles.contains(paragraph.tokens[$0].lower) })
            else { return false }
            for next in (position + 1)..<min(position + 3, paragraph.tokens.count) {
                if paragraph.runStarting[next] != nil { return true }
                guard descriptive(paragraph.tokens[next]) else { return false }
            }
            return false
        }
        while position < paragraph.tokens.count, skipped < 8 {
            if let run = paragraph.runStarting[position].map({ paragraph.runs[$0] }) {
                // `de Fransman` describes someone; it is not a name.
                if run.words == 1, RoleWords.nationalities[paragraph.tokens[run.tokens.lowerBound].lower] != nil {
                    return nil
                }
                // `US Special Envoy for Ukraine Keith Kellerman`: a run of titles, or the institution
                // after one, comes before the name.
                let words = paragraph.tokens[run.tokens].filter(\.isWord)
                // `U.S. Secretary of State X`: the letters of an abbreviation qualify a title too.
                let onlyTitles = words.allSatisfy { titleLike($0.lower) || FunctionWords.contains($0.lower) || $0.isInitial }
                let nameFollows = run.tokens.upperBound < paragraph.tokens.count
                    && paragraph.tokens[run.tokens.upperBound].isCapitalised
                // `Kremlin spokesman Dmitry Peskov`: a name right before a title qualifies it.
                let titleFollows = paragraph.word(run.tokens.upperBound).map(titleLike) ?? false
                // `de minister van Defensie`, `de gezant van Trump`: the complement itself names
                // what the title is about, not who speaks.
                if run.tokens.lowerBound == complementStart, !onlyTitles, !titleFollows, !nameFollows { return nil }
                if !(onlyTitles || titleFollows || (inComplement && nameFollows))
                    || run.tokens.upperBound >= paragraph.tokens.count {
                    return mention(paragraph, run, articleAllowed: true)
                }
                skipped += 1
                position = run.tokens.upperBound
                continue
            }
            let token = paragraph.tokens[position]
            let skippable: Bool
            if token.isWord {
                let word = token.lower
                let previous = position > index ? paragraph.tokens[position - 1].lower : ""
                if NameIntroductions.complementPrepositions.contains(word), titleLike(previous) {
                    inComplement = true
                    complementStart = position + 1
                    skippable = true
                } else if position == complementStart, FunctionWords.articles.contains(word) {
                    complementStart = position + 1
                    skippable = true
                } else {
                    skippable = FunctionWords.articles.contains(word) || NameIntroductions.honorifics.contains(word)
                        || titleLike(word) || NameIntroductions.isDemonym(word)
                        || ((word == "en" || word == "and") && RoleWords.isRoleNoun(previous))
                        || (inComplement && token.isCapitalised)
                        || (token.isCapitalised && paragraph.word(position + 1).map(titleLike) == true)
                        || token.isInitial  // `U.S. Secretary of State X`
                        || fieldOfRole(at: position)
                        || describesName(at: position)
                }
            } else {
                // `Mr. Peskov`; `volgens een Russische onderhandelaar, Vladimir Medinski`.
                skippable = position > index
                    && (token.lower == "." && (NameIntroductions.honorifics.contains(paragraph.tokens[position - 1].lower)
                            || paragraph.tokens[position - 1].isInitial)
                        || token.lower == "," && RoleWords.isRoleNoun(paragraph.tokens[position - 1].lower)
                        && paragraph.runStarting[position + 1] != nil)
            }
            guard skippable else { return nil }
            position += 1
            skipped += 1
        }
        return nil
    }

    /// `de diplomaat`, `the veteran negotiator`, `de Fransman` starting at `index`; its end token.
    static func description(_ paragraph: ParagraphText, from index: Int) -> (RoleDescription, end: Int)? {
        guard let article = paragraph.word(index), ["de", "het", "the"].contains(article) else { return nil }
        var position = index + 1
        var origin: [String] = []
        while position < index + 4, let word = paragraph.word(position) {
            if RoleWords.isRoleNoun(word) || RoleWords.nationalities[word] != nil {
                // The head is the last noun of `de Russische minister`, not a modifier before it.
                if let next = paragraph.word(position + 1), RoleWords.isRoleNoun(next) {
                    let stems = RoleWords.originStems(ofDemonym: word)
                    if !stems.isEmpty { origin = stems }
                    position += 1
                    continue
                }
                if paragraph.runStarting[position + 1] != nil { return nil }  // `de minister Jan Peeters`
                let (qualifier, end) = complement(paragraph, from: position + 1)
                let description = RoleDescription(
                    noun: word, qualifier: qualifier, origin: origin, paragraph: paragraph.index,
                    offset: paragraph.tokens[position].start)
                return (description, end)
            }
            let stems = RoleWords.originStems(ofDemonym: word)
            guard RoleWords.modifiers.contains(word) || NameIntroductions.isDemonym(word) || !stems.isEmpty
                || !paragraph.tokens[position].isCapitalised && !FunctionWords.contains(word)
                && !SpeechVerbs.isVerb(word) else { return nil }
            if !stems.isEmpty { origin = stems }
            position += 1
        }
        return nil
    }

    /// `van Defensie`, `of Foreign Affairs` at `index`: its capitalised words, lowercased, and the
    /// token after it; no words and `index` when there is none.
    private static func complement(_ paragraph: ParagraphText, from index: Int) -> (words: [String], end: Int) {
        guard let preposition = paragraph.word(index), NameIntroductions.complementPrepositions.contains(preposition)
        else { return ([], index) }
        var position = index + 1
        var words: [String] = []
        while position < paragraph.tokens.count, words.count < 4 {
            let token = paragraph.tokens[position]
            guard token.isWord else { break }
            if token.isCapitalised {
                words.append(token.lower)
            } else if !["en", "and", "the", "de"].contains(token.lower) {
                break
            }
            position += 1
        }
        while position > index + 1, !paragraph.tokens[position - 1].isCapitalised { position -= 1 }
        return words.isEmpty ? ([], index) : (words, position)
    }

    /// A third person singular pronoun at `index`, with the verb it goes with at `verb`
    /// (for Dutch `ze`/`zij`, which is plural with a plural verb). `.some(nil)` for a
    /// pronoun that names no one; nil when there is no pronoun.
    static func pronoun(_ paragraph: ParagraphText, at index: Int, verb: Int) -> PronounMention?? {
        guard let word = paragraph.word(index) else { return nil }
        // `volgens hem`, `according to her`: an object pronoun only after those cues.
        let objectCue = ["volgens", "to"].contains(paragraph.word(index - 1) ?? "")
        guard SpeechVerbs.pronouns.contains(word) || (objectCue && ["hem", "haar", "him", "her"].contains(word)) else {
            return nil
        }
        let gender: Gender
        switch word {
        case "hem", "him": gender = .male
        case "haar", "her": gender = .female
        case "hij", "he": gender = .male
        case "she": gender = .female
        case "zij", "ze":
            guard let verbWord = paragraph.word(verb), !verbWord.hasSuffix("en") else { return .some(nil) }
            gender = .female
        default: return .some(nil)
        }
        let sentence = paragraph.sentenceIndex(containing: paragraph.tokens[index].start)
        let start = sentence.map { paragraph.sentences[$0].start } ?? 0
        return .some(PronounMention(
            gender: gender, paragraph: paragraph.index, sentenceStart: start, offset: paragraph.tokens[index].start))
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
        // `Starmer’s spokesperson told`: the name, without its possessive.
        if text.hasSuffix("’s") || text.hasSuffix("'s") { text.removeLast(2) }
        return NameMention(
            text: text, words: run.words, hasArticle: article, surname: surname(paragraph, run),
            paragraph: paragraph.index, offset: run.span.start, tokens: run.tokens)
    }

    static func surname(_ paragraph: ParagraphText, _ run: NameRun) -> String {
        let last = paragraph.tokens[run.tokens.upperBound - 1].lower
        return last.hasSuffix("’s") || last.hasSuffix("'s") ? String(last.dropLast(2)) : last
    }

    /// The scalar span from the start of token `from` to the end of token `to` (either order).
    static func span(_ paragraph: ParagraphText, _ from: Int, _ to: Int) -> TextSpan? {
        let lower = max(0, min(from, to))
        let upper = min(paragraph.tokens.count - 1, max(from, to))
        guard lower <= upper, upper >= 0 else { return nil }
        return TextSpan(start: paragraph.tokens[lower].start, end: paragraph.tokens[upper].end)
    }
}
