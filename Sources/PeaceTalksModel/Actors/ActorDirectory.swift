/// Knows every actor: the codebook's, and people the texts introduce. Finds where they are named.
///
/// Names and aliases match whole words. A capital in an alias needs a capital in the
/// text, a small letter matches either case; a trailing `*` matches any ending; the last
/// word also matches with a possessive `s`, `’s` or `'s`. A person's surname is an alias
/// unless two people share it. See docs/codebook.md.
public struct ActorDirectory: Sendable {
    public private(set) var actors: [Actor]
    private var matcher = TermMatcher()
    /// Every name and alias, lowercased without diacritics, for names written in another case.
    private var exactNames: [String: Int] = [:]
    private var ids: Set<String> = []

    public init(codebook: Codebook) {
        actors = codebook.actors.map {
            Actor(id: $0.id, name: $0.name, kind: $0.kind, side: $0.side, role: $0.role, aliases: $0.aliases)
        }
        ids = Set(actors.map(\.id))
        for index in actors.indices {
            for name in [actors[index].name] + actors[index].aliases { register(name, for: index) }
        }
        // Surnames go in last, so an explicit alias always wins, and a shared surname names no one.
        var surnameCounts: [String: Int] = [:]
        for actor in actors where actor.kind == .person {
            if let surname = Self.surname(of: actor.name) { surnameCounts[WordTokens.normalisedKey(surname), default: 0] += 1 }
        }
        for index in actors.indices where actors[index].kind == .person {
            guard let surname = Self.surname(of: actors[index].name) else { continue }
            let key = WordTokens.normalisedKey(surname)
            if surnameCounts[key] == 1, exactNames[key] == nil { register(surname, for: index) }
        }
    }

    // MARK: Mentions

    /// Every place an actor is named in `text`: longest name first, never overlapping.
    public func mentions(in text: String) -> [(actor: String, span: TextSpan)] {
        mentions(in: WordTokens.tokens(in: text))
    }

    /// The same, on a text already split into word tokens.
    func mentions(in tokens: [WordToken]) -> [(actor: String, span: TextSpan)] {
        matcher.matches(in: tokens).compactMap { match in
            actors.indices.contains(match.payload) ? (actors[match.payload].id, match.span) : nil
        }
    }

    /// The actor id a name stands for: a full name, surname, alias or inflected form;
    /// else the actor named by the name's last capitalised word (`Belgisch minister Jan Peeters`,
    /// `de Verenigde Naties`).
    public func resolve(name: String) -> String? {
        resolveIndex(name, loose: true).map { actors[$0].id }
    }

    private func resolveIndex(_ name: String, loose: Bool) -> Int? {
        let tokens = WordTokens.tokens(in: name)
        guard !tokens.isEmpty else { return nil }
        let matches = matcher.matches(in: tokens)
        if matches.count == 1, let only = matches.first, only.firstToken == 0, only.tokenCount == tokens.count {
            return only.payload
        }
        if let index = exactNames[tokens.map(\.lowerString).joined(separator: " ")] { return index }
        guard loose, let head = tokens.lastIndex(where: \.startsUppercase) else { return nil }
        return matches.first { $0.firstToken <= head && head < $0.firstToken + $0.tokenCount }?.payload
    }

    // MARK: Discovery

    /// Adds the people the text introduces that no actor covers: quote speakers and
    /// those who cite a quote, and capitalised full names given a role
    /// (`X, onderzoeker aan …`, `minister X`). Fills in the role of a known actor who has none.
    public mutating func discover(in paragraphs: [Paragraph], quotes: [RawQuote], language: Language) {
        var candidates: [PersonCandidate] = []
        for paragraph in paragraphs where paragraph.kind != .heading && paragraph.kind != .pullquote {
            candidates.append(contentsOf: PersonDiscovery.candidates(in: paragraph.text))
        }
        discover(candidates: candidates, quotes: quotes)
    }

    /// The same, with the name candidates of the paragraphs already found (they depend on
    /// the text alone, so they can be found in parallel); considered in the order given.
    mutating func discover(candidates: [PersonCandidate], quotes: [RawQuote]) {
        for candidate in candidates { consider(candidate) }
        for quote in quotes where quote.kind == .speech {
            if let name = quote.speakerName { consider(PersonCandidate(name: name, role: quote.speakerRole)) }
            if let name = quote.citedByName { consider(PersonCandidate(name: name, role: nil)) }
        }
    }

    private mutating func consider(_ candidate: PersonCandidate) {
        let name = String(Substring(candidate.name).trimmingWhitespace)
        let role = candidate.role.flatMap(Self.cleanRole)
        if let index = resolveIndex(name, loose: false) {
            if actors[index].role == nil, let role { actors[index].role = role }
            return
        }
        let tokens = WordTokens.tokens(in: name)
        // A name that holds a known actor (`President Macron`) is that actor written another way.
        guard !tokens.isEmpty, tokens.count <= PersonDiscovery.maxNameWords + 1, matcher.matches(in: tokens).isEmpty,
            tokens.first?.startsUppercase == true, tokens.last.map(PersonDiscovery.isNameWord) == true
        else { return }
        var id = Slug.make(name)
        if ids.contains(id) {
            var number = 2
            while ids.contains("\(id)-\(number)") { number += 1 }
            id = "\(id)-\(number)"
        }
        var aliases: [String] = []
        if let surname = Self.surname(of: name), exactNames[WordTokens.normalisedKey(surname)] == nil {
            aliases.append(surname)
        }
        let index = actors.count
        actors.append(Actor(id: id, name: name, kind: .person, role: role, aliases: aliases, discovered: true))
        ids.insert(id)
        for alias in [name] + aliases { register(alias, for: index) }
    }

    // MARK: Helpers

    private mutating func register(_ name: String, for index: Int) {
        guard let pattern = TermPattern(name, caseRule: .capitals, genitive: true) else { return }
        matcher.add(pattern, payload: index)
        if !pattern.prefix {
            let key = pattern.lowerWords.map { ScalarClass.string($0) }.joined(separator: " ")
            if exactNames[key] == nil { exactNames[key] = index }
        }
    }

    /// A role without surrounding spaces or a leading article (`the Elysée spokesman`).
    static func cleanRole(_ role: String) -> String? {
        var words = role.split(whereSeparator: \.isWhitespace)
        if words.count > 1, let first = words.first, RoleWords.articles.contains(first.lowercased()) {
            words.removeFirst()
        }
        let cleaned = words.joined(separator: " ")
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The last word of a name of two or more words.
    static func surname(of name: String) -> String? {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, let last = words.last else { return nil }
        return String(last)
    }
}
