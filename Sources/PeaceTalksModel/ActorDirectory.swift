/// Knows every actor: the codebook's, and people the texts introduce. Finds where they are named.
public struct ActorDirectory: Sendable {
    public private(set) var actors: [Actor]

    public init(codebook: Codebook) {
        actors = codebook.actors.map {
            Actor(id: $0.id, name: $0.name, kind: $0.kind, side: $0.side, role: $0.role, aliases: $0.aliases)
        }
    }

    // STUB: add people the text introduces (a capitalised name with a role, a speaker).
    public mutating func discover(in paragraphs: [Paragraph], quotes: [RawQuote], language: Language) {}

    // STUB: every place an actor is named in `text`.
    public func mentions(in text: String) -> [(actor: String, span: TextSpan)] { [] }

    // STUB: the actor id a name (full name, surname, alias) stands for.
    public func resolve(name: String) -> String? { nil }
}
