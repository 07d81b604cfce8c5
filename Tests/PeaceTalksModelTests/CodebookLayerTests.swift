import Foundation
import Testing
@testable import PeaceTalksModel

@Suite struct CodebookLayerTests {
    /// The built-in codebook is source text; a mistake in it must fail here, not in a user's hands.
    @Test func theBuiltInCodebookParses() throws {
        let layered = try CodebookLayers.load([.builtIn])
        let codebook = layered.codebook
        #expect(codebook.path == "built-in codebook")
        #expect(codebook.issues.count >= 6)
        for id in ["territory", "neutrality", "denazification", "security-guarantees", "ceasefire-sequencing", "sanctions"] {
            #expect(codebook.issue(id) != nil, "issue \(id)")
        }
        #expect(codebook.sides.count >= 2)
        #expect(layered.actorOrigins.values.allSatisfy { $0 == "built-in codebook" })
    }

    static let base = """
        version: 1
        sides: [east, west]
        issues:
          - id: land
            title: Land
            keywords: [grond]
          - id: money
            title: Money
        actors:
          - id: east
            name: Oostland
            kind: state
            aliases: [Oostelijk*]
          - id: west
            name: Westland
            kind: state
        """

    @Test func laterLayersOverrideByIdAndAddNewIds() throws {
        let folder = try TempFolder()
        let first = try folder.write("base.yaml", Self.base)
        let second = try folder.write("over.yaml", """
            version: 1
            issues:
              - id: land
                title: Territory
                keywords: [territory]
              - id: water
                title: Water
            actors:
              - id: jan
                name: Jan Jansen
                kind: person
                side: east
            """)
        let layered = try CodebookLayers.load([.file(first), .file(second)])
        let codebook = layered.codebook
        #expect(codebook.issues.map(\.id) == ["land", "money", "water"])
        // Replaced whole: the first layer's keywords are gone.
        #expect(codebook.issue("land")?.title == "Territory")
        #expect(codebook.issue("land")?.keywords == ["territory"])
        #expect(layered.issueOrigins == ["land": second, "money": first, "water": second])
        #expect(layered.actorOrigins["jan"] == second && layered.actorOrigins["east"] == first)
        // The second layer sets no sides, so the first one's stand; its person may take a side from the first.
        #expect(codebook.sides == ["east", "west"])
        #expect(layered.sidesOrigin == first)
        #expect(codebook.path == second)

        let third = try folder.write("sides.yaml", "version: 1\nsides: [west]\n")
        let again = try CodebookLayers.load([.file(first), .file(second), .file(third)])
        #expect(again.codebook.sides == ["west"])
        #expect(again.sidesOrigin == third)
    }

    @Test func aSideNoLayerDefinesIsAnErrorInTheFileThatNamesIt() throws {
        let folder = try TempFolder()
        let first = try folder.write("base.yaml", Self.base)
        let second = try folder.write("over.yaml", "version: 1\nactors:\n  - id: jan\n    name: Jan\n    kind: person\n    side: eest\n")
        let error = #expect(throws: Diagnostic.self) { try CodebookLayers.load([.file(first), .file(second)]) }
        #expect(error?.description == "\(second):6:11: error: actor “jan” has side “eest”, which is not an actor id (did you mean “east”?)")
    }

    @Test func aLaterLayerTakesAnAliasButNotAnotherActorsName() throws {
        let folder = try TempFolder()
        let first = try folder.write("base.yaml", Self.base)
        let second = try folder.write("over.yaml", "version: 1\nactors:\n  - id: ost\n    name: Ost\n    kind: bloc\n    aliases: [Oostelijk*]\n")
        let layered = try CodebookLayers.load([.file(first), .file(second)])
        #expect(layered.codebook.actor("east")?.aliases == [])
        #expect(layered.codebook.actor("ost")?.aliases == ["Oostelijk*"])
        let directory = ActorDirectory(codebook: layered.codebook)
        #expect(directory.mentions(in: "De Oostelijke troepen").map(\.actor) == ["ost"])

        let third = try folder.write("name.yaml", "version: 1\nactors:\n  - id: other\n    name: Other\n    kind: bloc\n    aliases: [Westland]\n")
        let error = #expect(throws: Diagnostic.self) { try CodebookLayers.load([.file(first), .file(third)]) }
        #expect(error?.file == third)
        #expect(error?.line == 6)
        #expect(error?.message.contains("is the name of actor “west”") == true)
    }

    @Test func layersAreFoundInOrderEachOnce() throws {
        let folder = try TempFolder()
        let root = folder.path
        let user = try folder.write("config/peacetalks/codebook.yaml", "version: 1\n")
        let folderCodebook = try folder.write("corpus/codebook.yaml", "version: 1\n")
        let article = try folder.write("corpus/a.txt", "Tekst.\n")
        try folder.write("corpus/b.txt", "Tekst.\n")
        let beside = try folder.write("corpus/a.codebook.yaml", "version: 1\n")
        let explicit = try folder.write("mine.yaml", "version: 1\n")
        let environment = ["XDG_CONFIG_HOME": root + "/config", "HOME": root + "/nohome"]
        let sources = try CodebookLayers.sources(forPaths: [root + "/corpus"], explicit: explicit, environment: environment)
        #expect(sources == [.builtIn, .file(user), .file(folderCodebook), .file(beside), .file(explicit)])
        // Named twice, a file counts once, at its last place.
        let twice = try CodebookLayers.sources(forPaths: [article], explicit: beside, environment: environment)
        #expect(twice == [.builtIn, .file(user), .file(beside)])
        // Nothing beside the article and no user codebook: the built-in one alone.
        let alone = try CodebookLayers.sources(forPaths: [root + "/corpus/b.txt"], explicit: nil, environment: ["HOME": root + "/nohome"])
        #expect(alone == [.builtIn])
    }

    @Test func theUserCodebookFollowsXDG() {
        #expect(CodebookLayers.userCodebookPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"]) == "/x/cfg/peacetalks/codebook.yaml")
        #expect(CodebookLayers.userCodebookPath(environment: ["HOME": "/h"]) == "/h/.config/peacetalks/codebook.yaml")
        // A relative XDG_CONFIG_HOME is invalid by the specification and ignored.
        #expect(CodebookLayers.userCodebookPath(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/h"]) == "/h/.config/peacetalks/codebook.yaml")
        #expect(CodebookLayers.userCodebookPath(environment: [:]) == nil)
    }

    /// The cache key is made from this: a changed byte in any layer changes it.
    @Test func theFingerprintCoversEveryLayersBytes() throws {
        let folder = try TempFolder()
        let file = try folder.write("c.yaml", "version: 1\n")
        let before = CodebookLayers.fingerprint([.builtIn, .file(file)])
        try folder.write("c.yaml", "version: 1 \n")
        let after = CodebookLayers.fingerprint([.builtIn, .file(file)])
        #expect(before.names == after.names)
        #expect(before.bytes != after.bytes)
        #expect(CodebookLayers.fingerprint([.builtIn]).bytes != before.bytes)
    }

    /// The seed's own codebook overrides the built-in one by id, so its issue links stay as they were.
    @Test func theSeedsCodebookOverridesTheBuiltInOne() throws {
        let seed = CodebookFixtures.seedCodebook.path
        let layered = try CodebookLayers.load([.builtIn, .file(seed)])
        let alone = try CodebookLoader.load(path: seed)
        for issue in alone.issues { #expect(layered.codebook.issue(issue.id) == issue) }
        for actor in alone.actors { #expect(layered.codebook.actor(actor.id) == actor) }
        #expect(layered.codebook.sides == alone.sides)
        #expect(layered.issueOrigins["territory"] == seed)
    }
}
