import Yams

extension CodebookReader {
    static let keyEventKeys = ["id", "name", "date", "aliases"]

    /// The codebook's `events:`: named events of the talks, each with an ISO date
    /// (`2025-08-15`, `2022-03`) and the names news uses for it.
    func readKeyEvents(_ node: Node?) throws -> [KeyEvent] {
        guard let node else { return [] }
        var events: [KeyEvent] = []
        var seen: Set<String> = []
        for (index, item) in try reader.sequence(node, what: "“events”").enumerated() {
            let what = "event \(index + 1)"
            let mapping = try reader.mapping(item, what: what)
            try reader.checkKeys(mapping, allowed: Self.keyEventKeys, what: what)
            let id = try reader.requiredString(mapping, "id", in: what, at: item)
            guard Self.isValidID(id) else {
                throw reader.error("\(what): “\(id)” is not a valid id (lowercase letters, digits and dashes)", at: item)
            }
            guard seen.insert(id).inserted else { throw reader.error("event “\(id)” is defined twice", at: item) }
            let named = "event “\(id)”"
            let name = try reader.requiredString(mapping, "name", in: named, at: item)
            let dateNode = try reader.required(mapping, "date", in: named, at: item)
            let dateText = try reader.string(dateNode, key: "date", in: named)
            guard let date = PartialDate(iso: dateText) else {
                throw reader.error("\(named): “date” must be YYYY, YYYY-MM or YYYY-MM-DD, found “\(dateText)”", at: dateNode)
            }
            let aliases = try reader.stringList(mapping, "aliases", in: named).map(\.0)
            events.append(KeyEvent(id: id, name: name, date: date, aliases: [name] + aliases))
        }
        return events
    }
}
