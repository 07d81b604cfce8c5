#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeaceTalksModel
import PeaceTalksTUI

/// Runs the explorer in the terminal until it quits or a signal ends it; the terminal is
/// restored on every way out.
enum ExplorerSession {
    static func run(corpus: Corpus, options: ExplorerOptions) throws {
        let terminal = try CursesTerminal(monochrome: options.monochrome)
        var app = ExplorerApp(corpus: corpus, options: options, size: terminal.size)
        var caught: Int32 = 0
        do {
            defer { terminal.shutdown() }
            terminal.draw(app.render(size: terminal.size))
            while !app.shouldQuit {
                if caught == 0 { caught = terminal.takePendingSignal() }
                if caught != 0 { break }
                guard let event = terminal.nextEvent() else {
                    if terminal.isHungUp { caught = SIGHUP }
                    continue
                }
                if case .resize(let size) = event { terminal.resized(to: size) }
                app.send(event)
                if app.shouldQuit { break }
                terminal.draw(app.render(size: terminal.size))
            }
        }
        if caught != 0 {
            // The terminal is restored; now end the way the signal asked, so the shell sees it.
            signal(caught, SIG_DFL)
            raise(caught)
            exit(128 + caught)
        }
    }
}
