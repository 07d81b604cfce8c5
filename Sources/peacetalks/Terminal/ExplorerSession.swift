#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeaceTalksModel
import PeaceTalksTUI

/// Runs the explorer in the terminal until it quits or a signal ends it; the terminal is
/// restored on every way out. A corpus loads in the background behind a progress screen,
/// which q or Ctrl-C cancel.
enum ExplorerSession {
    /// Returns the load's warnings, to be shown once the screen is gone.
    static func run(request: CorpusRequest, options: ExplorerOptions) throws -> [Diagnostic] {
        // The inputs' stamps before anything reads them, so a stored first screen is never
        // kept for files newer than the analysis it shows (StoredFirstScreen).
        let stamps = request.frameInputs()
        var firstScreen = StoredFirstScreen(request: request, stamps: stamps, size: StoredFirstScreen.windowSize(), options: options)
        var stored = firstScreen?.stored()
        // Loading starts before the terminal is set up, so the two overlap; after a stored
        // first screen is drawn, when there is one, so as not to compete with drawing it.
        let early = stored == nil ? BackgroundLoad(request) : nil
        let terminal = try CursesTerminal(monochrome: options.monochrome)
        if let screen = firstScreen, screen.size != terminal.size {
            // ncurses found another size (LINES, COLUMNS): a screen for that size, if any, next time.
            firstScreen = StoredFirstScreen(request: request, stamps: stamps, size: terminal.size, options: options)
            stored = nil
        }
        var caught: Int32 = 0
        var notes: [Diagnostic] = []
        do {
            defer { terminal.shutdown() }
            var shown: Screen?
            if let stored {
                // A warm start: the stored first screen at once; keys wait in ncurses's queue
                // for the explorer. A load that turns out slow gets the progress screen below.
                terminal.draw(stored)
                shown = stored
            }
            let load = early ?? BackgroundLoad(request)
            if shown != nil {
                caught = waitUnread(for: load, upTo: 1, on: terminal)
            } else {
                load.wait(upTo: 0.25)
            }
            var loaded: CorpusRequest.Loaded?
            // The progress screen, until the corpus is there or the user gives up.
            while loaded == nil, caught == 0 {
                if let result = load.finished {
                    loaded = try result.get()
                    break
                }
                caught = terminal.takePendingSignal()
                if caught != 0 { break }
                let progress = load.current
                terminal.draw(LoadingView.render(
                    size: terminal.size, done: progress.done, total: progress.total,
                    message: progress.stage == .reading ? "Reading articles" : "Linking articles",
                    monochrome: options.monochrome))
                switch terminal.nextEvent() {
                case .resize(let size): terminal.resized(to: size)
                case .key(.character("q")), .key(.control("c")): caught = SIGINT
                default: if terminal.isHungUp { caught = SIGHUP }
                }
                if caught != 0 { break }
            }
            if let loaded {
                notes = loaded.notes
                caught = explore(loaded, options: options, on: terminal, firstScreen: firstScreen, shown: shown)
            }
        }
        firstScreen?.finish()
        if caught != 0 {
            // The terminal is restored; now end the way the signal asked, so the shell sees it.
            StandardError.report(notes)
            signal(caught, SIG_DFL)
            raise(caught)
            exit(128 + caught)
        }
        return notes
    }

    /// Waits up to `seconds` for the load without reading a key; returns a signal that arrived, or 0.
    private static func waitUnread(for load: BackgroundLoad, upTo seconds: Double, on terminal: CursesTerminal) -> Int32 {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while load.finished == nil, ContinuousClock.now < deadline {
            let caught = terminal.takePendingSignal()
            if caught != 0 { return caught }
            load.wait(upTo: 0.05)
        }
        return terminal.takePendingSignal()
    }

    /// The explorer's event loop; returns the signal that ended it, or 0 after q. `shown` is
    /// the stored first screen already on the terminal, if any.
    private static func explore(
        _ loaded: CorpusRequest.Loaded, options: ExplorerOptions, on terminal: CursesTerminal,
        firstScreen: StoredFirstScreen?, shown: Screen?
    ) -> Int32 {
        var app = ExplorerApp(corpus: loaded.annotated, options: options, size: terminal.size)
        var desk = AnnotationDesk(base: loaded.analysis, annotations: loaded.annotations, unsavable: unsavable)
        // Search as you type runs off the drawing path (BackgroundSearch).
        app.runsSearchesInline = false
        let searches = BackgroundSearch()
        defer { searches.cancel() }
        let first = app.render(size: terminal.size)
        terminal.draw(first)
        // Kept for the next start when there was none or it differed (then it is drawn over now).
        if first != shown { firstScreen?.store(first) }
        while !app.shouldQuit {
            let caught = terminal.takePendingSignal()
            if caught != 0 { return caught }
            // --- search: while one runs, wake often to show its result.
            let event = terminal.nextEvent(waitingUpTo: searches.isBusy ? 10 : 100)
            if event == nil, terminal.isHungUp { return SIGHUP }
            var changed = false
            if let event {
                var ended = handle(event, app: &app, desk: &desk, terminal: terminal)
                changed = true
                // --- search: keys already typed (a paste) are taken for up to a frame before drawing.
                let deadline = ContinuousClock.now + .milliseconds(30)
                while ended == 0, !app.shouldQuit, ContinuousClock.now < deadline, let more = terminal.nextEvent(waitingUpTo: 0) {
                    ended = handle(more, app: &app, desk: &desk, terminal: terminal)
                }
                if ended != 0 { return ended }
            }
            // --- search: take a finished search, and start (or cancel) what the state now awaits.
            if let finished = searches.takeFinished() {
                app.perform(finished)
                changed = true
            }
            searches.follow(app.awaitedSearch, on: app.explorer)
            if app.shouldQuit { break }
            if changed { terminal.draw(app.render(size: terminal.size)) }
        }
        return 0
    }

    /// Applies the event and performs the effects it asked for; returns a signal that arrived
    /// while an editor or pager ran and must end the explorer, or 0.
    private static func handle(_ event: InputEvent, app: inout ExplorerApp, desk: inout AnnotationDesk, terminal: CursesTerminal) -> Int32 {
        if case .resize(let size) = event { terminal.resized(to: size) }
        app.send(event)
        if app.mouseCapture != terminal.mouseCapture { terminal.setMouseCapture(app.mouseCapture) }
        // An effect's answer may ask for more (a memo from the editor is then saved): all run before the frame.
        var pending = app.takeEffects()
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            defer { pending += app.takeEffects() }
            switch effect {
            case .copyToClipboard(let text):
                terminal.copyToClipboard(text)
            case .openExternal(let program, let path, let line):
                let run = terminal.runExternal(program, path: path, line: line)
                if let problem = run.problem { app.perform(.notice(problem)) }
                if run.signal != 0 { return run.signal }
            case .editMemo(let draft):
                let edited = terminal.editMemo(draft)
                if let draft = edited.draft { app.perform(.memoEdited(draft)) }
                if let problem = edited.problem { app.perform(.notice(problem)) }
                if edited.signal != 0 { return edited.signal }
            case .annotate, .undoAnnotation, .redoAnnotation:
                // Saved before the next frame is drawn: the screen shows it done only once it is on disk.
                if let answer = desk.perform(effect) { app.perform(answer) }
            }
        }
        return 0
    }

    /// An article read from standard input is kept in a folder removed at exit: its annotations would be lost.
    private static let unsavable: @Sendable (Document) -> String? = { [stdinFolder = StdinArticle.storedFolder] document in
        guard let stdinFolder, document.path.hasPrefix(stdinFolder + "/") else { return nil }
        return "an article read from standard input has no folder to keep annotations in; save it to a file first"
    }
}
