import ArgumentParser
import Foundation
import PeaceTalksModel

/// `peacetalks codebook`: the codebook in effect for the articles named (or the seed), and
/// which layer each issue and actor comes from.
struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "Print the codebook in effect: each issue and actor, and the file it comes from.",
        discussion: """
            Layers, later ones overriding earlier ones by id: the built-in codebook; \
            $XDG_CONFIG_HOME/peacetalks/codebook.yaml (else ~/.config/peacetalks/codebook.yaml); \
            codebook.yaml in each folder named; ARTICLE.codebook.yaml beside each article; --codebook FILE.

            Examples:
              peacetalks codebook
              peacetalks codebook articles/ --json
            """)

    @OptionGroup var input: InputOptions
    @Flag(help: "Print JSON.") var json = false

    struct Listing: Codable {
        struct Sides: Codable {
            var ids: [String]
            @Nullable var source: String?
        }

        struct IssueEntry: Codable {
            var id: String
            var title: String
            var label: String
            var keywords: [String]
            var sections: [String]
            var source: String
        }

        struct ActorEntry: Codable {
            var id: String
            var name: String
            var kind: String
            @Nullable var side: String?
            @Nullable var role: String?
            var aliases: [String]
            var source: String
        }

        var layers: [String]
        var sides: Sides
        var issues: [IssueEntry]
        var actors: [ActorEntry]
    }

    func run() throws {
        // With no names and no seed, the user's and the built-in codebook are still in effect.
        let paths = input.paths.isEmpty ? ((try? SeedLocator.locate().articles) ?? []) : input.paths
        let layered = try CodebookLayers.load(CodebookLayers.sources(forPaths: paths, explicit: input.codebook))
        let listing = Self.listing(layered)
        var out = StandardOutput()
        defer { out.flush() }
        if json { return out.write(JSONExport.encode(listing)) }
        var table = Table([
            .init(title: "TYPE"), .init(title: "ID"), .init(title: "NAME"), .init(title: "SIDE"),
            .init(title: "FROM", flexible: true),
        ])
        table.add(["sides", "", listing.sides.ids.joined(separator: ", "), "", listing.sides.source ?? ""])
        for issue in listing.issues {
            let name = issue.label == issue.title ? issue.title : "\(issue.title) · \(issue.label)"
            table.add(["issue", issue.id, name, "", issue.source])
        }
        for actor in listing.actors {
            table.add(["actor", actor.id, "\(actor.name) (\(actor.kind))", actor.side ?? "", actor.source])
        }
        table.print(to: &out, console: input.console)
    }

    static func listing(_ layered: LayeredCodebook) -> Listing {
        let codebook = layered.codebook
        return Listing(
            layers: layered.layers,
            sides: Listing.Sides(ids: codebook.sides, source: layered.sidesOrigin),
            issues: codebook.issues.map { issue in
                Listing.IssueEntry(
                    id: issue.id, title: issue.title, label: issue.label, keywords: issue.keywords,
                    sections: issue.sections, source: layered.issueOrigins[issue.id] ?? "")
            },
            actors: codebook.actors.map { actor in
                Listing.ActorEntry(
                    id: actor.id, name: actor.name, kind: actor.kind.rawValue, side: actor.side, role: actor.role,
                    aliases: actor.aliases, source: layered.actorOrigins[actor.id] ?? "")
            })
    }
}
