/// The full names a document has introduced, for resolving a surname used alone, a role
/// description (`de diplomaat`) or a pronoun's gender.
struct NameTable: Sendable {
    struct Entry: Sendable {
        var name: String
        var paragraph: Int
        var offset: Int
        /// The introduction's words (the name and its role), for "why this speaker".
        var evidence: TextSpan
        /// The role as written, lowercased words, for matching a role description.
        var roleWords: [String]
        /// A person the codebook knows, named here without a role; `roleWords` are the codebook's.
        var fromCodebook = false
    }

    private var bySurname: [String: [Entry]] = [:]
    /// Every introduction with a role, in document order.
    private var described: [Entry] = []
    /// The apposition role, as the text writes it, of each full name.
    private var roles: [String: String] = [:]
    /// The role as the text writes it (apposition, else before the name), article dropped.
    private(set) var rolesInText: [String: String] = [:]
    private var genders: [String: Gender] = [:]
    /// Full names with a role, title, honorific or gender: certainly people.
    private var people: Set<String> = []

    mutating func add(
        _ run: NameRun, surname: String, paragraph: Int, role: String?, roleBefore: String?, gender: Gender?,
        evidence: TextSpan
    ) {
        guard run.words >= 2 else { return }
        let written = role.flatMap(ActorDirectory.cleanRole) ?? roleBefore
        let entry = Entry(
            name: run.text, paragraph: paragraph, offset: run.span.start, evidence: evidence,
            roleWords: written.map { $0.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init) }
                ?? [])
        bySurname[surname, default: []].append(entry)
        if let role, roles[run.text] == nil { roles[run.text] = role }
        if let written, rolesInText[run.text] == nil { rolesInText[run.text] = written }
        if let gender, genders[run.text] == nil { genders[run.text] = gender }
        if written != nil || gender != nil {
            people.insert(run.text)
            if written != nil { described.append(entry) }
        }
    }

    /// `Macron` named without a role, whom the codebook knows as `President of France`: a later
    /// `de Franse president` may mean him. Only role descriptions read these entries.
    mutating func addKnown(name: String, paragraph: Int, offset: Int, evidence: TextSpan, roleWords: [String]) {
        described.append(Entry(
            name: name, paragraph: paragraph, offset: offset, evidence: evidence, roleWords: roleWords, fromCodebook: true))
    }

    func role(of name: String) -> String? { roles[name] }

    func gender(of name: String) -> Gender? { genders[name] }

    func isPerson(_ name: String) -> Bool { people.contains(name) }

    func hasFullName(forSurname surname: String) -> Bool { bySurname[surname] != nil }

    /// The latest full name ending in `surname` before the place, else the first after it.
    func fullName(forSurname surname: String, paragraph: Int, offset: Int) -> String? {
        entry(forSurname: surname, paragraph: paragraph, offset: offset)?.name
    }

    func entry(forSurname surname: String, paragraph: Int, offset: Int) -> Entry? {
        guard let entries = bySurname[surname], let first = entries.first else { return nil }
        // Entries are in document order: binary search for the last one before the place.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if (entries[middle].paragraph, entries[middle].offset) < (paragraph, offset) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low > 0 ? entries[low - 1] : first
    }

    /// The one person introduced before the place with a role or nationality that fits `noun`
    /// (`diplomaat` fits `Franse diplomaat` and `topdiplomaat`; `Fransman` fits `Franse`); nil when
    /// no one or more than one person fits.
    /// A `qualifier` (`de minister van Defensie` → `defensie`) picks among several who fit the
    /// noun: the one whose role also holds those words.
    func person(
        describedBy noun: String, qualifier: [String] = [], origin: [String] = [], paragraph: Int, offset: Int
    ) -> Entry? {
        let chosen = people(describedBy: noun, qualifier: qualifier, origin: origin, paragraph: paragraph, offset: offset)
        // One mention can enter twice, as written with its role and as the codebook spells it
        // (`Zelenskyy`, `Zelensky`): both spellings are one person wherever they stand.
        var spelling: [String: String] = [:]
        for entry in chosen where entry.fromCodebook {
            for other in chosen where !other.fromCodebook && other.paragraph == entry.paragraph && other.offset == entry.offset {
                spelling[other.name] = entry.name
            }
        }
        func person(_ entry: Entry) -> String { spelling[entry.name] ?? entry.name }
        guard let last = chosen.last, chosen.allSatisfy({ person($0) == person(last) }) else { return nil }
        return chosen.last { !$0.fromCodebook } ?? last
    }

    /// Everyone introduced before the place who fits the description, in text order.
    func people(
        describedBy noun: String, qualifier: [String] = [], origin: [String] = [], paragraph: Int, offset: Int
    ) -> [Entry] {
        let stems = RoleWords.nationalities[noun] ?? []
        var fitting: [Entry] = []
        for entry in described where (entry.paragraph, entry.offset) < (paragraph, offset) {
            let fits = entry.roleWords.contains { word in
                word == noun || (noun.count >= 4 && word.hasSuffix(noun))
                    || word.hasSuffix("-" + noun) || stems.contains { word.hasPrefix($0) }
            }
            // A codebook role always names its country: `de Franse president` is not the president of Ukraine.
            // A written role that names a country names that one: `the Ukrainian president` is
            // not `Russian president X`; a written role naming no country may still fit.
            let fromThere = origin.isEmpty
                || entry.roleWords.contains { word in origin.contains { word.hasPrefix($0) } }
                || !entry.fromCodebook && !entry.roleWords.contains { !RoleWords.originStems(ofDemonym: $0).isEmpty }
            if fits, fromThere { fitting.append(entry) }
        }
        var chosen = fitting
        if !qualifier.isEmpty {
            let qualified = fitting.filter { entry in qualifier.allSatisfy(entry.roleWords.contains) }
            // With no role about that body, only someone whose role is about no other body fits.
            chosen = qualified.isEmpty
                ? fitting.filter { !$0.roleWords.contains(where: NameIntroductions.complementPrepositions.contains) }
                : qualified
        }
        return chosen
    }
}
