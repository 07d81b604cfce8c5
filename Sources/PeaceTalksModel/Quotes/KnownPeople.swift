/// The people the codebook knows, for the quote stage: a lone word such as `Poetin` is a
/// person (a pronoun may stand for them), and a pronoun must agree with the gender given.
public struct KnownPeople: Sendable {
    public struct Person: Sendable {
        public var name: String
        var gender: Gender?

        init(name: String, gender: Gender?) {
            self.name = name
            self.gender = gender
        }
    }

    /// Full names, aliases and unshared surnames, lowercased; nil gender when not given.
    private var byName: [String: Gender?] = [:]
    /// States, organisations and blocs by name and alias, lowercased (`het kremlin`, `the kremlin`):
    /// a body that speaks, unlike a treaty or a plan written with an article.
    private var bodies: Set<String> = []

    /// A person's codebook name and role words (`President of France` → `president of france`).
    struct Role: Sendable {
        var name: String
        var words: [String]
    }

    /// By full name and alias, lowercased.
    private var roles: [String: Role] = [:]

    public init() {}

    init(people: [Person]) {
        for person in people { add(person.name, gender: person.gender, surname: true) }
    }

    public init(codebook: Codebook) {
        for actor in codebook.actors where actor.kind == .person {
            let gender = actor.gender
            add(actor.name, gender: gender, surname: true)
            for alias in actor.aliases where !alias.hasSuffix("*") { add(alias, gender: gender, surname: false) }
            if let role = actor.role {
                let known = Role(name: actor.name, words: role.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init))
                for name in [actor.name] + actor.aliases where !name.hasSuffix("*") { roles[name.lowercased()] = known }
            }
        }
        for actor in codebook.actors where actor.kind != .person {
            bodies.insert(actor.name.lowercased())
            for alias in actor.aliases where !alias.hasSuffix("*") { bodies.insert(alias.lowercased()) }
        }
    }

    private mutating func add(_ name: String, gender: Gender?, surname: Bool) {
        let key = name.lowercased()
        byName[key] = gender
        guard surname, let last = key.split(separator: " ").last, last != Substring(key) else { return }
        let lastKey = String(last)
        // A surname two people share says nothing about either.
        if let existing = byName[lastKey], existing != gender { byName[lastKey] = .some(nil) } else { byName[lastKey] = gender }
    }

    func knows(_ name: String) -> Bool { byName[name.lowercased()] != nil }

    /// The codebook's name and role of the person written `name` (a full name or an alias).
    func role(of name: String) -> Role? { roles[name.lowercased()] }

    /// A state, organisation or bloc the codebook names, as written (`the Kremlin`).
    func knowsBody(_ name: String) -> Bool { bodies.contains(name.lowercased()) }

    func gender(of name: String) -> Gender? {
        let key = name.lowercased()
        if let known = byName[key] { return known }
        if let last = key.split(separator: " ").last, let known = byName[String(last)] { return known }
        return nil
    }
}
