/// An actor as the codebook defines it.
public struct ActorDefinition: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Id of the side the actor belongs to, if any (a state's side is usually itself).
    public var side: String?
    public var role: String?
    /// Other names, inflections, possessives and demonyms; `*` at the end matches any ending.
    public var aliases: [String]
    /// A person's grammatical gender, for resolving `hij`/`zij`/`he`/`she`; nil when not given.
    public var gender: Gender?

    public init(
        id: String, name: String, kind: ActorKind, side: String?, role: String?, aliases: [String],
        gender: Gender? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.side = side
        self.role = role
        self.aliases = aliases
        self.gender = gender
    }
}

/// The gender a codebook gives a person (`gender: m` or `gender: f`).
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
    case male = "m"
    case female = "f"
}

/// Curated knowledge about the talks: issues, actors and sides. Knowledge lives here, never in
/// code; what belongs to one article (its positions) lives in its annotations.
public struct Codebook: Hashable, Sendable {
    /// The file it was read from, for messages: the most specific layer's file, or
    /// `built-in codebook` when no file adds to the built-in one.
    public var path: String
    public var issues: [Issue]
    public var actors: [ActorDefinition]
    /// Actor ids of the sides, in the order the explorer offers them (compare defaults to the first two).
    public var sides: [String]
    /// Named events of the talks (`events:`), that clustering gathers reports under.
    public var keyEvents: [KeyEvent] = []

    public init(path: String, issues: [Issue], actors: [ActorDefinition], sides: [String]) {
        self.path = path
        self.issues = issues
        self.actors = actors
        self.sides = sides
    }

    public func issue(_ id: String) -> Issue? { issues.first { $0.id == id } }
    public func actor(_ id: String) -> ActorDefinition? { actors.first { $0.id == id } }
}
