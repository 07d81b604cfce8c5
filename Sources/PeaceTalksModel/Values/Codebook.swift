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
    /// `m` or `f` for a person whose gender the codebook gives (pronouns must agree with it).
    public var gender: String?

    public init(
        id: String, name: String, kind: ActorKind, side: String?, role: String?, aliases: [String],
        gender: String? = nil
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

/// A side's position on an issue as the codebook states it.
public struct PositionDefinition: Hashable, Sendable {
    public var issue: String
    public var actor: String
    public var summary: String
    /// Fragments quoted from the article that support the summary.
    public var anchors: [String]
    /// Where the position stands in the codebook file, for warnings.
    public var line: Int?
    public var column: Int?

    public init(issue: String, actor: String, summary: String, anchors: [String], line: Int? = nil, column: Int? = nil) {
        self.issue = issue
        self.actor = actor
        self.summary = summary
        self.anchors = anchors
        self.line = line
        self.column = column
    }
}

/// Curated knowledge about the articles: issues, actors and sides' positions.
/// Everything specific to an article lives here, never in code.
public struct Codebook: Hashable, Sendable {
    /// The file it was read from, for messages.
    public var path: String
    public var issues: [Issue]
    public var actors: [ActorDefinition]
    public var positions: [PositionDefinition]
    /// Actor ids of the sides, in the order the explorer offers them (compare defaults to the first two).
    public var sides: [String]

    public init(path: String, issues: [Issue], actors: [ActorDefinition], positions: [PositionDefinition], sides: [String]) {
        self.path = path
        self.issues = issues
        self.actors = actors
        self.positions = positions
        self.sides = sides
    }

    public func issue(_ id: String) -> Issue? { issues.first { $0.id == id } }
    public func actor(_ id: String) -> ActorDefinition? { actors.first { $0.id == id } }
}
