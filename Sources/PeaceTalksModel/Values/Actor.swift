/// What kind of actor a name stands for.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case person
    case state
    case organisation
    case bloc
}

/// A person, state, organisation or bloc, from the codebook or introduced by the text.
public struct Actor: Hashable, Sendable, Identifiable {
    /// Stable id: the codebook's id, or a slug of a discovered person's name.
    public var id: String
    /// Canonical name.
    public var name: String
    public var kind: ActorKind
    /// Id of the side the actor belongs to (an actor id such as `russia`), if any.
    public var side: String?
    /// Role, from the codebook or from apposition in the text.
    public var role: String?
    public var aliases: [String]
    /// True when the codebook does not know the actor and the text introduced it.
    public var discovered: Bool

    public init(
        id: String, name: String, kind: ActorKind, side: String? = nil, role: String? = nil,
        aliases: [String] = [], discovered: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.side = side
        self.role = role
        self.aliases = aliases
        self.discovered = discovered
    }
}

/// One place where an actor is named.
public struct Mention: Hashable, Sendable {
    public var actor: String
    public var document: Int
    public var paragraph: Int
    public var span: TextSpan

    public init(actor: String, document: Int, paragraph: Int, span: TextSpan) {
        self.actor = actor
        self.document = document
        self.paragraph = paragraph
        self.span = span
    }
}
