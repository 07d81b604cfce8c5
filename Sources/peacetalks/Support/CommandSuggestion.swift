import ArgumentParser
import Foundation
import PeaceTalksModel

/// `peacetalks sumary`: a first argument that is neither a file nor a command, but close to a
/// command's name, is a typo, not an article to open.
enum CommandSuggestion {
    /// The names a user can type first: the visible subcommands and `help`.
    static var commandNames: [String] {
        PeaceTalksCommand.configuration.subcommands
            .filter { $0.configuration.shouldDisplay }
            .compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The message for `arguments` (without the program name), or nil when they are fine as they are.
    static func message(for arguments: [String], fileExists: (String) -> Bool = FileManager.default.fileExists) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !first.isEmpty else { return nil }
        let names = commandNames
        guard !names.contains(first), !fileExists(first) else { return nil }
        guard let near = DidYouMean.nearest(to: first, among: names) else { return nil }
        return "unknown command '\(first)'; did you mean '\(near)'?"
    }
}
