/// A named event of the talks that coverage refers to by name (`de top in Alaska`, `the
/// Istanbul talks`), from the domain codebook: articles that report it are clustered under it.
public struct KeyEvent: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// When it happened, at the precision known.
    public var date: PartialDate
    /// Names news uses for it, Dutch and English; matched on word boundaries, case and accents ignored.
    public var aliases: [String]

    public init(id: String, name: String, date: PartialDate, aliases: [String]) {
        self.id = id
        self.name = name
        self.date = date
        self.aliases = aliases
    }
}

/// Events of one or more articles that report the same happening.
public struct EventCluster: Hashable, Sendable {
    /// The key event they report, when they name one.
    public var keyEvent: String?
    /// The cluster's date: the key event's, else the members' (the most precise one).
    public var date: PartialDate
    /// Indexes into `Corpus.timeline`, in timeline order.
    public var members: [Int]
    /// Documents that report it, ascending.
    public var documents: [Int]

    public init(keyEvent: String?, date: PartialDate, members: [Int], documents: [Int]) {
        self.keyEvent = keyEvent
        self.date = date
        self.members = members
        self.documents = documents
    }
}
