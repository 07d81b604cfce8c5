/// A person the text introduces with a role: `Anna Vermeulen, onderzoeker aan …`,
/// `Marie Dubois, the Elysée spokeswoman`, `defensieminister Boris Pistorius`.
struct PersonCandidate: Hashable, Sendable {
    var name: String
    var role: String?
}

/// Finds capitalised full names next to a role, in Dutch and English, without knowing any name.
enum PersonDiscovery {
    /// Longest name the finder accepts, in words.
    static let maxNameWords = 5
    /// A role runs to the end of its clause, but no further than this.
    static let maxRoleWords = 14
    /// The role noun must come early in an apposition, or it is not one.
    static let roleNounWithin = 4

    static func candidates(in text: String) -> [PersonCandidate] {
        let scalars = Array(text.unicodeScalars)
        return candidates(scalars: scalars, tokens: WordTokens.tokens(in: scalars))
    }

    /// The candidates of an article's paragraphs, already split into scalars and word tokens;
    /// headings and pull quotes introduce no one (a pull quote repeats the body).
    static func candidates(
        in paragraphs: [Paragraph], scalars: [[Unicode.Scalar]], tokens: [[WordToken]]
    ) -> [PersonCandidate] {
        var result: [PersonCandidate] = []
        for (position, paragraph) in paragraphs.enumerated() where paragraph.kind != .heading && paragraph.kind != .pullquote {
            result += candidates(scalars: scalars[position], tokens: tokens[position])
        }
        return result
    }

    /// The same, on a paragraph already split into word tokens.
    static func candidates(scalars: [Unicode.Scalar], tokens: [WordToken]) -> [PersonCandidate] {
        var result: [PersonCandidate] = []
        for index in tokens.indices {
            if let found = apposition(endingAt: index, tokens: tokens, scalars: scalars) {
                result.append(found)
            }
            if let found = titled(nounAt: index, tokens: tokens, scalars: scalars) {
                result.append(found)
            }
        }
        return result
    }

    /// `Name, role …`: a name right before a comma, a role after it.
    private static func apposition(
        endingAt end: Int, tokens: [WordToken], scalars: [Unicode.Scalar]
    ) -> PersonCandidate? {
        let roleStart = end + 1
        guard roleStart < tokens.count, gapIsComma(from: tokens[end].end, to: tokens[roleStart].start, scalars),
            isNameWord(tokens[end]), let start = nameStart(endingAt: end, tokens: tokens)
        else { return nil }
        let first = tokens[roleStart]
        guard !RoleWords.clauseStarters.contains(first.lowerString) else { return nil }
        var roleEnd = roleStart
        while roleEnd + 1 < tokens.count, tokens[roleEnd].joinsNext, roleEnd - roleStart + 1 < maxRoleWords {
            roleEnd += 1
        }
        let early = tokens[roleStart...min(roleEnd, roleStart + roleNounWithin - 1)]
        guard early.contains(where: { RoleWords.isRoleNoun($0.lowerString) }) else { return nil }
        var roleFrom = roleStart
        if RoleWords.articles.contains(first.lowerString), roleStart < roleEnd { roleFrom += 1 }
        return PersonCandidate(
            name: slice(scalars, tokens[start].start, tokens[end].end),
            role: slice(scalars, tokens[roleFrom].start, tokens[roleEnd].end))
    }

    /// `role-noun Name`: `minister Jan Peeters`, `Elysée spokeswoman Marie Dubois`.
    private static func titled(nounAt index: Int, tokens: [WordToken], scalars: [Unicode.Scalar]) -> PersonCandidate? {
        let noun = tokens[index]
        guard noun.joinsNext, index + 1 < tokens.count, tokens[index + 1].startsUppercase,
            isNameWord(tokens[index + 1]), RoleWords.isRoleNoun(noun.lowerString)
        else { return nil }
        var end = index + 1
        var lastNameWord = end
        while end + 1 < tokens.count, tokens[end].joinsNext, end - index < maxNameWords {
            let next = tokens[end + 1]
            if isNameWord(next) {
                end += 1
                lastNameWord = end
            } else if RoleWords.particles.contains(next.lowerString) {
                // After a first name and a surname a particle starts the ministry or institution
                // the title is about (`minister Jan de Wit van Financiën`), as in `NameIntroductions.runs`.
                if capitalisedWords(tokens[(index + 1)...lastNameWord]) >= 2 { break }
                end += 1
            } else {
                break
            }
        }
        end = lastNameWord
        guard capitalisedWords(tokens[(index + 1)...end]) >= 2 else { return nil }
        var roleFrom = index
        if index > 0, tokens[index - 1].joinsNext {
            let previous = tokens[index - 1]
            let lower = previous.lowerString
            let describes = previous.startsUppercase && !RoleWords.stopwords.contains(lower)
            if describes || RoleWords.modifiers.contains(lower) { roleFrom = index - 1 }
        }
        return PersonCandidate(
            name: slice(scalars, tokens[index + 1].start, tokens[end].end),
            role: slice(scalars, tokens[roleFrom].start, noun.end))
    }

    /// Where the capitalised run that ends at `end` begins, if it makes a full name.
    private static func nameStart(endingAt end: Int, tokens: [WordToken]) -> Int? {
        var start = end
        var candidate = end
        while candidate > 0, end - candidate + 1 < maxNameWords {
            let previous = tokens[candidate - 1]
            guard previous.joinsNext else { break }
            if isNameWord(previous) {
                candidate -= 1
                start = candidate
            } else if RoleWords.particles.contains(previous.lowerString), !previous.startsUppercase {
                candidate -= 1
            } else {
                break
            }
        }
        return capitalisedWords(tokens[start...end]) >= 2 ? start : nil
    }

    private static func capitalisedWords(_ tokens: ArraySlice<WordToken>) -> Int {
        tokens.filter(isNameWord).count
    }

    /// A word that can be part of a name: capitalised, not an acronym, not a function
    /// word, a role noun or a possessive.
    static func isNameWord(_ token: WordToken) -> Bool {
        guard token.startsUppercase, !token.isAllCaps, token.folded.count >= 2 else { return false }
        guard !token.folded.contains("'"), !token.folded.contains(where: hasNumericType)
        else { return false }
        let lower = token.lowerString
        return !RoleWords.stopwords.contains(lower) && !RoleWords.isRoleNoun(lower)
    }

    /// `properties.numericType != nil`; in ASCII only the digits have one.
    private static func hasNumericType(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    private static func gapIsComma(from: Int, to: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var commas = 0
        for offset in from..<to {
            let scalar = scalars[offset]
            if scalar == "," {
                commas += 1
            } else if !ScalarClass.isWhitespace(scalar) {
                return false
            }
        }
        return commas == 1
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, scalars.count))
        let upper = max(lower, min(to, scalars.count))
        return ScalarClass.string(scalars[lower..<upper])
    }
}
