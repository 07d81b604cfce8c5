/// Who takes a stance in a sentence: the subject of the stance word, found from the words around
/// it, with how sure that reading is.
///
/// The subject is the side mention that governs the word: the agent of a passive (`door X`,
/// `by X`); the nearest name before it in the same clause (`Rusland eist`, `Russia demands`); or,
/// with Dutch inversion, the name right after it (`Daarom eist Rusland`). A name inside what is
/// demanded is never the subject: after a complementiser (`eist dat Oekraïne …`, `that Ukraine
/// withdraw`), after a bare report (`Putin said Ukraine must …`), right after an English verb
/// (`demands Ukraine withdraw`), or inside a prepositional phrase (`met Poetin`, `for Ukraine`).
/// A modal or a noun (`moet`, `wants`, `de eis`, `als voorwaarde`) inside a reported clause is the
/// reporter's (`herhaalde Lavrov dat … moet`, `…, Putin said`, `Volgens Lavrov moet …`).
/// A pronoun takes the side an earlier sentence is about; when no subject is found, that side is
/// kept with a low weight rather than a side named in the object.
struct StanceHolder: Equatable {
    var actor: String
    var weight: Double
}

struct StanceHolderFinder {
    let tokens: [SentenceWords.Token]
    /// The sentence's side mentions, each with the index of the token it starts in.
    let placed: [(mention: Mention, index: Int)]
    /// Token indexes that start a new clause: after `:` or `;`, `, but`, `, maar`, or `, and` before a subject.
    let breaks: Set<Int>
    /// Token indexes with a comma right before them.
    let commaBefore: Set<Int>
    /// Token indexes of the sentence's stance words.
    let stanceHeads: Set<Int>
    /// The side speaker of a quote the sentence is part of.
    let quoteSpeaker: String?
    /// The side an earlier sentence of the paragraph is about (`topic`).
    let earlier: String?

    init(
        tokens: [SentenceWords.Token], scalars: [Unicode.Scalar], mentions: [Mention], stanceHeads: Set<Int> = [],
        quoteSpeaker: String?, earlier: String?
    ) {
        self.tokens = tokens
        self.placed = mentions.map { mention in (mention, tokens.lastIndex { $0.start <= mention.span.start } ?? 0) }
        var breaks: Set<Int> = []
        var commaBefore: Set<Int> = []
        for index in tokens.indices.dropFirst() {
            let gap = scalars[tokens[index - 1].end..<tokens[index].start]
            if gap.contains(where: { $0 == ":" || $0 == ";" }) { breaks.insert(index) }
            if gap.contains(",") {
                commaBefore.insert(index)
                if StanceVerbs.clauseConjunctions.contains(tokens[index].lower) { breaks.insert(index) }
                // `…, and he agrees`: a coordinated clause with a subject of its own.
                if StanceVerbs.coordinators.contains(tokens[index].lower), index + 1 < tokens.count,
                    StanceVerbs.subjectPronouns.contains(tokens[index + 1].lower)
                        || mentions.contains(where: { $0.span.start == tokens[index + 1].start })
                {
                    breaks.insert(index + 1)
                }
            }
        }
        self.breaks = breaks
        self.commaBefore = commaBefore
        self.stanceHeads = stanceHeads
        self.quoteSpeaker = quoteSpeaker
        self.earlier = earlier
    }

    /// The side the sentence is about: the first side named in it that no preposition governs,
    /// outside a complement clause unless the main clause is an empty `het`, `it` (`Het dient
    /// gezegd dat Poetin …`).
    var topic: String? {
        let expletive = tokens.first.map { StanceVerbs.expletives.contains($0.lower) } ?? false
        return placed.first { isSubjectPosition($0.index) && (expletive || opener(before: $0.index) == nil) }?.mention.actor
    }

    /// The holders of the stance word at token `head` (more than one for `zowel X als Y`).
    func holders(head: Int, weight cueWeight: Double) -> [StanceHolder] {
        if let agent = placed.first(where: { mention, index in
            index > head
                && (max(head + 1, index - 3)..<index).contains { StanceVerbs.agentMarkers.contains(tokens[$0].lower) }
        }) {
            return group(agent.index, 1)
        }
        // A verb right after a fronted clause, its subject after it (`…, waarschuwt Moskou`).
        if head == 0 || commaBefore.contains(head), let inverted = named(after: head) { return group(inverted, 1) }
        let nominal = cueWeight > 0.5 && isNominal(head)
        if nominal, let owner = owner(ofNoun: head) { return group(owner, 1) }
        let reported = cueWeight <= 0.5 || nominal
        if let opener = opener(before: head) {
            // A modal is the reporter's (`zegt dat Oekraïne moet`); so is a noun in what a stance
            // word demands (`de eis dat Oekraïne … als voorwaarde`).
            if cueWeight <= 0.5 || (nominal && isStanceContent(opener)) { return reporter(of: opener, 0.9) }
            if let subject = clauseSubject(after: opener, before: head) { return group(subject, 1) }
            if nominal, let nearest = (opener + 1..<head).last(where: { at in
                placed.contains { $0.index == at } && isSubjectPosition(at)
            }) {
                return group(nearest, 1)
            }
            if opener + 1 < tokens.count, isPronoun(opener + 1) { return reporter(of: opener, 0.9) }
            return reporter(of: opener, 0.6)
        }
        if reported, let source = attribution(after: head) { return group(source, 0.9) }
        return mainSubject(before: head, weight: 1, inversion: true)
    }

    // MARK: Clauses

    /// The token that opens the complement clause `head` stands in: `dat`, `that`, or an English
    /// report verb with no `that` (`Putin said Ukraine must`), with a subject before it.
    func opener(before head: Int) -> Int? {
        var index = head - 1
        while index >= 0 {
            if breaks.contains(index + 1) { return nil }
            let word = tokens[index].lower
            if StanceVerbs.subordinators.contains(word) { return index }
            // `dat` opening the sentence or after a preposition is a determiner (`Als dat systeem werkt`).
            if StanceVerbs.complementisers.contains(word), index > 0,
                !StanceVerbs.nonSubjectMarkers.contains(tokens[index - 1].lower),
                !StanceVerbs.subordinators.contains(tokens[index - 1].lower)
            {
                return index
            }
            if StanceVerbs.bareReportVerbs.contains(word), placed.contains(where: { $0.index == index + 1 || $0.index == index + 2 }),
                placed.contains(where: { $0.index < index && isSubjectPosition($0.index) })
            {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// True when a stance word governs the clause (`eist dat`, `de eis dat`, `op voorwaarde dat`).
    func isStanceContent(_ opener: Int) -> Bool {
        (max(0, opener - 2)..<opener).contains { stanceHeads.contains($0) }
    }

    /// A side named right after `head`, or after a determiner there.
    func named(after head: Int) -> Int? {
        for after in [head + 1, head + 2] where after < tokens.count {
            if placed.contains(where: { $0.index == after }) { return after }
            guard StanceVerbs.determiners.contains(tokens[after].lower) else { break }
        }
        return nil
    }

    /// The first token of the clause `head` stands in, after a colon or semicolon.
    func clauseStart(_ head: Int) -> Int {
        breaks.filter { $0 <= head }.max() ?? 0
    }

    /// The subject of a complement clause: a side named within its first words (`dat de
    /// Russische regering`, `that Ukraine`), before the stance word.
    func clauseSubject(after opener: Int, before head: Int) -> Int? {
        var index = opener + 1
        while index < min(head, opener + 4) {
            if placed.contains(where: { $0.index == index }) { return index }
            let word = tokens[index].lower
            guard StanceVerbs.determiners.contains(word) || StanceVerbs.coordinationOpeners.contains(word) else { return nil }
            index += 1
        }
        return nil
    }

    /// Who reports a complement clause: the subject of the clause the opener stands in. An opener
    /// coordinated with an earlier one (`…, en dat`) has that one's reporter.
    func reporter(of opener: Int, _ weight: Double) -> [StanceHolder] {
        var opener = opener
        while opener > 0, StanceVerbs.coordinators.contains(tokens[opener - 1].lower), let earlierOpener = self.opener(before: opener - 1) {
            opener = earlierOpener
        }
        if let outer = self.opener(before: opener) {
            if let subject = clauseSubject(after: outer, before: opener) { return group(subject, weight) }
            return reporter(of: outer, weight)
        }
        let holders = mainSubject(before: opener, weight: 1, inversion: false)
        return holders.map { StanceHolder(actor: $0.actor, weight: min($0.weight, weight)) }
    }

    /// The subject of a main clause: the nearest side or pronoun before `head` in its clause
    /// that no preposition governs, else one right after it (Dutch inversion, not past a clause's
    /// opener); else the quote's speaker; else, weakly, the side named before.
    func mainSubject(before head: Int, weight: Double, inversion: Bool) -> [StanceHolder] {
        let start = clauseStart(head)
        var index = head - 1
        while index >= start {
            if placed.contains(where: { $0.index == index }), isSubjectPosition(index) { return group(index, weight) }
            // `het` is more often an article than a pronoun: only at the clause's start or right before the verb.
            if isPronoun(index), tokens[index].lower != "het" || index == start || index == head - 1 {
                return pronounHolder(index, weight)
            }
            index -= 1
        }
        for after in [head + 1, head + 2] where inversion && after < tokens.count {
            if placed.contains(where: { $0.index == after }) { return group(after, weight) }
            if isPronoun(after) { return pronounHolder(after, weight) }
            guard StanceVerbs.determiners.contains(tokens[after].lower) else { break }
        }
        if let speaker = quoteSpeaker { return [StanceHolder(actor: speaker, weight: 0.8)] }
        if let earlier { return [StanceHolder(actor: earlier, weight: 0.4)] }
        return []
    }

    /// Who says so when a sentence reports a modal or a noun stance: `volgens X`, `according
    /// to X`, a viewpoint opening the sentence (`Voor Oekraïne moeten …`, `For Russia, …`), or a
    /// report verb after it with a name beside it (`…, zei Poetin`, `…, Putin said`).
    func attribution(after head: Int) -> Int? {
        for index in tokens.indices where StanceVerbs.attributionMarkers.contains(tokens[index].lower)
            || (index == 0 && StanceVerbs.viewpointMarkers.contains(tokens[index].lower))
        {
            if let named = placed.first(where: { $0.index > index && $0.index <= index + 3 }) { return named.index }
        }
        for index in tokens.indices where index > head && SpeechVerbs.isVerb(tokens[index].lower) {
            if let named = placed.first(where: { $0.index == index + 1 || $0.index == index + 2 || $0.index == index - 1 }),
                named.index > head
            {
                return named.index
            }
        }
        return nil
    }

    // MARK: Words

    /// A stance noun (`eis`, `voorwaarde`, `proposal`), or a stance word after a determiner and at
    /// most a name and one more word (`de eisen`, `de Russische eisen`, `de Russische territoriale eisen`).
    func isNominal(_ head: Int) -> Bool {
        if StanceVerbs.nounHeads.contains(where: { StanceCue.matches($0, tokens[head].lower) }) { return true }
        func isDeterminer(_ index: Int) -> Bool { index >= 0 && StanceVerbs.determiners.contains(tokens[index].lower) }
        func isNamed(_ index: Int) -> Bool { placed.contains { $0.index == index } }
        return isDeterminer(head - 1) || (isDeterminer(head - 2) && isNamed(head - 1))
            || (isDeterminer(head - 3) && isNamed(head - 2))
    }

    /// The side a stance noun belongs to: an adjective or possessive right before it (`De Russische
    /// territoriale eisen`, `Russia's demands`), or `van X`, `of X` right after it.
    func owner(ofNoun head: Int) -> Int? {
        if let before = placed.last(where: { $0.index == head - 1 }) { return before.index }
        if head >= 2, let before = placed.last(where: { $0.index == head - 2 }), isSubjectPosition(before.index) {
            let between = tokens[head - 1].lower
            if !StanceVerbs.determiners.contains(between), !StanceVerbs.nonSubjectMarkers.contains(between) { return before.index }
        }
        if head + 2 < tokens.count, ["van", "of"].contains(tokens[head + 1].lower) {
            let after = StanceVerbs.determiners.contains(tokens[head + 2].lower) ? head + 3 : head + 2
            if let named = placed.first(where: { $0.index == after }) { return named.index }
        }
        return nil
    }

    /// False when a preposition governs the name at `index` (`met de Oekraïense president`,
    /// `for Ukraine`, `waarop Zelensky’s`): it is not a subject.
    func isSubjectPosition(_ index: Int) -> Bool {
        if let first = coordinated(before: index) { return isSubjectPosition(first) }
        var before = index - 1
        while before >= 0, StanceVerbs.determiners.contains(tokens[before].lower) { before -= 1 }
        return before < 0 || !StanceVerbs.nonSubjectMarkers.contains(tokens[before].lower)
    }

    func isPronoun(_ index: Int) -> Bool { StanceVerbs.subjectPronouns.contains(tokens[index].lower) }

    /// A first-person pronoun in a quote is its speaker; any other, the side named before.
    func pronounHolder(_ index: Int, _ weight: Double) -> [StanceHolder] {
        if StanceVerbs.firstPersonPronouns.contains(tokens[index].lower), let speaker = quoteSpeaker {
            return [StanceHolder(actor: speaker, weight: min(weight, 0.9))]
        }
        guard let earlier else { return [] }
        return [StanceHolder(actor: earlier, weight: min(weight, 0.6))]
    }

    /// The mention at `index` with those coordinated with it (`zowel Oekraïne als Rusland`, `Russia and Belarus`).
    func group(_ index: Int, _ weight: Double) -> [StanceHolder] {
        var indexes = [index]
        var next = index
        while let coordinated = coordinated(after: next) {
            indexes.append(coordinated)
            next = coordinated
        }
        var previous = index
        while let coordinated = coordinated(before: previous) {
            indexes.insert(coordinated, at: 0)
            previous = coordinated
        }
        var seen: Set<String> = []
        return indexes.compactMap { at in
            guard let mention = placed.first(where: { $0.index == at })?.mention, seen.insert(mention.actor).inserted else { return nil }
            return StanceHolder(actor: mention.actor, weight: weight)
        }
    }

    private func coordinated(after index: Int) -> Int? {
        guard let mention = placed.first(where: { $0.index == index })?.mention,
            let link = tokens.firstIndex(where: { $0.start >= mention.span.end }), isCoordinator(link, from: index)
        else { return nil }
        return placed.first(where: { $0.index == link + 1 })?.index
    }

    private func coordinated(before index: Int) -> Int? {
        guard index >= 2, let first = placed.last(where: { $0.index < index - 1 && $0.index >= index - 3 }),
            isCoordinator(index - 1, from: first.index)
        else { return nil }
        return first.index
    }

    /// `en`, `and`, `or`…; `als` only after `zowel` (`zowel X als Y`, not `X als voorwaarde`).
    private func isCoordinator(_ link: Int, from first: Int) -> Bool {
        let word = tokens[link].lower
        if StanceVerbs.coordinators.contains(word) { return true }
        return word == "als" && first > 0 && tokens[first - 1].lower == "zowel"
    }
}
