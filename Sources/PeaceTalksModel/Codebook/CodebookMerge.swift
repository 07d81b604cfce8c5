/// One codebook file (or the built-in codebook) as read, before it is laid over the others.
struct CodebookLayer: Sendable {
    /// The file, or `built-in codebook`.
    var path: String
    var issues: [Issue]
    var actors: [LayerActor]
    /// Nil when the layer leaves the sides as they were.
    var sides: [(String, FilePlace)]?
    /// Named events of the talks; a later layer's event replaces an earlier one with its id.
    var keyEvents: [KeyEvent] = []
}

/// An actor as one layer defines it, with where its side and names stand for messages.
struct LayerActor: Sendable {
    var definition: ActorDefinition
    var sidePlace: FilePlace?
    var names: [(String, FilePlace)]
}

/// The codebook in effect and where each part of it came from.
public struct LayeredCodebook: Sendable {
    public var codebook: Codebook
    /// The layers, most general first: `built-in codebook` or a file path.
    public var layers: [String]
    /// Issue id → the layer that defined it last.
    public var issueOrigins: [String: String]
    /// Actor id → the layer that defined it last.
    public var actorOrigins: [String: String]
    /// The layer the sides come from, if any sets them.
    public var sidesOrigin: String?
}

/// Lays codebooks over one another: a later layer's issue or actor replaces an earlier one with
/// the same id whole, new ids are added after the others, and the sides are the last layer's
/// that sets them. References are checked once everything is laid, so a user's codebook can
/// give a new person the side of an actor the built-in codebook defines.
enum CodebookMerge {
    static func merge(_ layers: [CodebookLayer]) throws -> LayeredCodebook {
        var issues: [Issue] = []
        var issueOrigins: [String: String] = [:]
        var actors: [(actor: LayerActor, layer: Int)] = []
        var sides: (ids: [(String, FilePlace)], layer: Int)?
        var keyEvents: [KeyEvent] = []
        for (number, layer) in layers.enumerated() {
            for event in layer.keyEvents {
                if let index = keyEvents.firstIndex(where: { $0.id == event.id }) { keyEvents[index] = event } else { keyEvents.append(event) }
            }
            for issue in layer.issues {
                if let index = issues.firstIndex(where: { $0.id == issue.id }) {
                    issues[index] = issue
                } else {
                    issues.append(issue)
                }
                issueOrigins[issue.id] = layer.path
            }
            for actor in layer.actors {
                if let index = actors.firstIndex(where: { $0.actor.definition.id == actor.definition.id }) {
                    actors[index] = (actor, number)
                } else {
                    actors.append((actor, number))
                }
            }
            if let layerSides = layer.sides { sides = (layerSides, number) }
        }
        try giveAliasesToLaterLayers(&actors, layers: layers)
        let actorIDs = actors.map(\.actor.definition.id)
        for (actor, number) in actors {
            if let side = actor.definition.side, !actorIDs.contains(side) {
                let place = actor.sidePlace ?? FilePlace()
                throw Diagnostic.error(
                    "actor “\(actor.definition.id)” has side “\(side)”, which is not an actor id" + hint(side, actorIDs),
                    file: layers[number].path, line: place.line, column: place.column)
            }
        }
        for (id, place) in sides?.ids ?? [] where !actorIDs.contains(id) {
            throw Diagnostic.error(
                "side “\(id)” is not an actor id" + hint(id, actorIDs),
                file: sides.map { layers[$0.layer].path } ?? "", line: place.line, column: place.column)
        }
        let path = layers.last?.path ?? ""
        var codebook = Codebook(
            path: path, issues: issues, actors: actors.map(\.actor.definition), sides: sides?.ids.map(\.0) ?? [])
        codebook.keyEvents = keyEvents
        return LayeredCodebook(
            codebook: codebook,
            layers: layers.map(\.path), issueOrigins: issueOrigins,
            actorOrigins: Dictionary(actors.map { ($0.actor.definition.id, layers[$0.layer].path) }) { $1 },
            sidesOrigin: sides.map { layers[$0.layer].path })
    }

    /// An alias that a later layer gives to another actor is taken from the earlier actor,
    /// so the later layer decides who a name stands for. A later alias that is an earlier
    /// actor's own name is refused: that actor should be overridden by its id instead.
    private static func giveAliasesToLaterLayers(
        _ actors: inout [(actor: LayerActor, layer: Int)], layers: [CodebookLayer]
    ) throws {
        guard layers.count > 1 else { return }
        var owners: [String: Int] = [:]
        // Latest layer first, so each key belongs to the layer that defined it last.
        for index in actors.indices.sorted(by: { actors[$0].layer > actors[$1].layer }) {
            let (actor, layer) = actors[index]
            var kept: [String] = []
            for (offset, (alias, place)) in actor.names.enumerated() {
                let key = AliasKey.make(alias)
                guard let owner = owners[key], owner != index else {
                    owners[key] = index
                    if offset > 0 { kept.append(alias) }
                    continue
                }
                let winner = actors[owner]
                if offset == 0 {
                    let claim = winner.actor.names.first { AliasKey.make($0.0) == key }?.1 ?? FilePlace()
                    throw Diagnostic.error(
                        "alias “\(alias)” of actor “\(winner.actor.definition.id)” is the name of actor "
                            + "“\(actor.definition.id)” (\(layers[layer].path)\(place.line.map { ":\($0)" } ?? "")); "
                            + "override that actor by its id instead",
                        file: layers[winner.layer].path, line: claim.line, column: claim.column)
                }
            }
            actors[index].actor.definition.aliases = kept
            actors[index].actor.names = actor.names.filter { name in
                owners[AliasKey.make(name.0)] == index
            }
        }
    }

    private static func hint(_ word: String, _ candidates: [String]) -> String {
        guard let guess = DidYouMean.nearest(to: word, among: candidates) else { return "" }
        return " (did you mean “\(guess)”?)"
    }
}
