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

    public init(id: String, name: String, kind: ActorKind, side: String?, role: String?, aliases: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.side = side
        self.role = role
        self.aliases = aliases
    }
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

    public init(path: String, issues: [Issue], actors: [ActorDefinition], sides: [String]) {
        self.path = path
        self.issues = issues
        self.actors = actors
        self.sides = sides
    }

    public func issue(_ id: String) -> Issue? { issues.first { $0.id == id } }
    public func actor(_ id: String) -> ActorDefinition? { actors.first { $0.id == id } }
}
