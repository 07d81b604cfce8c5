import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A signal ends the explorer, in the debug and the release build alike, with the terminal as it
/// was: the same `stty -g` as before the program started, the main screen, mouse reporting off,
/// and the exit status a shell reports for that signal (128 + its number). On the explorer's
/// screen and on the loading screen.
@Suite("Signals restore the terminal, debug and release", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct SignalRestoreTmuxTests {
    /// The four ways a user stops a program in a terminal.
    enum Interruption: String, CaseIterable, Sendable, CustomStringConvertible {
        case ctrlC = "Ctrl-C"
        case ctrlBackslash = "Ctrl-\\"
        case term = "kill -TERM"
        case hup = "kill -HUP"

        var description: String { rawValue }

        var signal: Int32 {
            switch self {
            case .ctrlC: SIGINT
            case .ctrlBackslash: SIGQUIT
            case .term: SIGTERM
            case .hup: SIGHUP
            }
        }

        /// Keys through the terminal (its line discipline sends the signal); kills by pid.
        func deliver(to session: TmuxSession) throws {
            switch self {
            case .ctrlC: session.send("C-c")
            case .ctrlBackslash: session.send("C-\\")
            case .term, .hup: #expect(kill(try session.programPID(), signal) == 0)
            }
        }
    }

    @Test("On the explorer's screen", arguments: BuildUnderTest.allCases, Interruption.allCases)
    func explorerScreen(build: BuildUnderTest, interruption: Interruption) throws {
        let title = try ExplorerTmuxTests.seedTitle()
        let session = try TmuxSession(binary: try build.binary())
        defer { session.close() }
        try session.waitFor(text: title)
        try Self.expectFullScreen(session)
        try interruption.deliver(to: session)
        #expect(try session.waitForExitStatus() == 128 + interruption.signal)
        try Self.expectRestored(session)
    }

    /// A corpus large enough that its analysis takes seconds even in the release build, so the
    /// signal arrives while the progress screen is up; analysed afresh (`--no-cache`).
    @Test("On the loading screen", arguments: BuildUnderTest.allCases)
    func loadingScreen(build: BuildUnderTest) throws {
        let binary = try build.binary()
        let corpus = try TemporaryFolder()
        let generator = Binary.packageRoot.appendingPathComponent("scripts/make-corpus").path
        let made = try CommandRun.shell("'\(generator)' 1000 '\(corpus.url.path)'")
        try #require(made.status == 0, "make-corpus failed: \(made.stderr)")
        for interruption in Interruption.allCases {
            let session = try TmuxSession(binary: binary, arguments: ["--no-cache", corpus.url.path])
            defer { session.close() }
            try session.waitFor("the progress screen") { $0.contains("Loading articles") && $0.contains("/1000") }
            try Self.expectFullScreen(session)
            try interruption.deliver(to: session)
            #expect(try session.waitForExitStatus() == 128 + interruption.signal, "\(interruption)")
            try Self.expectRestored(session)
        }
    }

    struct Modes: Equatable, CustomStringConvertible {
        var alternateScreen: Bool
        var mouseReporting: Bool
        var description: String { "alternate screen \(alternateScreen ? "on" : "off"), mouse reporting \(mouseReporting ? "on" : "off")" }
    }

    /// What tmux knows of the pane's modes: the program set them, whatever it drew.
    static func modes(_ session: TmuxSession) -> Modes {
        let flags = session.tmux(["display-message", "-p", "-t", "0", "#{alternate_on} #{mouse_any_flag}"]).output
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return Modes(alternateScreen: flags.first == "1", mouseReporting: flags.dropFirst().first == "1")
    }

    /// While the program runs, it holds the alternate screen, mouse reporting and a raw terminal,
    /// so the checks after the signal can tell a restored terminal from one never changed.
    static func expectFullScreen(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(modes(session) == Modes(alternateScreen: true, mouseReporting: true), sourceLocation: sourceLocation)
        let before = try String(contentsOfFile: session.sttyBeforeFile, encoding: .utf8)
        let tty = session.tmux(["display-message", "-p", "-t", "0", "#{pane_tty}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let during = try CommandRun.shell("stty -g -F '\(tty)'")
        #expect(during.status == 0 && !during.stdout.isEmpty, "stty -F \(tty): \(during.stderr)", sourceLocation: sourceLocation)
        #expect(during.stdout != before, "the program changed the terminal's settings", sourceLocation: sourceLocation)
    }

    static func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try ExplorerTmuxTests.expectTerminalRestored(session, sourceLocation: sourceLocation)
        let before = try String(contentsOfFile: session.sttyBeforeFile, encoding: .utf8)
        let after = try String(contentsOfFile: session.sttyAfterFile, encoding: .utf8)
        #expect(!before.isEmpty, sourceLocation: sourceLocation)
        #expect(after == before, "stty -g before and after the program", sourceLocation: sourceLocation)
        #expect(modes(session) == Modes(alternateScreen: false, mouseReporting: false), sourceLocation: sourceLocation)
    }
}
