#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PeaceTalksModel

// A closed pipe must end the program through EPIPE (handled in StandardOutput), not kill it.
signal(SIGPIPE, SIG_IGN)

if CommandLine.arguments.dropFirst().first == "--version" {
    print(VersionInfo.describe())
    exit(0)
}

if let typo = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
    StandardError.write("peacetalks: error: \(typo)\n")
    exit(2)
}

do {
    if CommandLine.arguments.count == 1 {
        // The explorer on the seed, the most common start: no parser to set up (ExploreCommand).
        try ExploreCommand.runWithoutArguments()
    } else {
        var command = try PeaceTalksCommand.parseAsRoot()
        try command.run()
    }
    exit(ExitStatus.success)
} catch let diagnostic as Diagnostic {
    StandardError.report(diagnostic)
    exit(1)
} catch let failure as Failure {
    StandardError.write("peacetalks: error: \(failure.message)\n")
    exit(failure.status)
} catch {
    // argument-parser's own errors, help and exit codes; a usage error exits 2, as grep and ls do.
    let code = PeaceTalksCommand.exitCode(for: error)
    if code == .validationFailure {
        StandardError.write(PeaceTalksCommand.fullMessage(for: error) + "\n")
        exit(2)
    }
    PeaceTalksCommand.exit(withError: error)
}
