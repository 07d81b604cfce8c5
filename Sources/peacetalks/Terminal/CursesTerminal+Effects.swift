#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses
import Foundation
import PeaceTalksModel
import PeaceTalksTUI

/// What the explorer asks of the terminal beyond drawing (`Effect`): the clipboard, the
/// user's editor or pager with the explorer suspended around it, and the mouse.
extension CursesTerminal {
    /// OSC 52: the terminal puts the text on the system clipboard (xterm, kitty, iTerm2, WezTerm,
    /// foot; tmux with `set-clipboard on`). Base64 carries any byte, so the article's text cannot
    /// end the sequence early.
    func copyToClipboard(_ text: String) {
        let encoded = Data(text.utf8).base64EncodedString()
        // After what ncurses has buffered, so the sequence does not land inside a frame.
        fflush(nil)
        writeToTerminal("\u{1B}]52;c;" + encoded + "\u{07}")
    }

    private func writeToTerminal(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Mouse capture on or off; off, the terminal's own selection works without Shift.
    func setMouseCapture(_ on: Bool) {
        mousemask(on ? pt_click_and_wheel_mask() : 0, nil)
        mouseCapture = on
    }

    /// The outcome of running the user's program.
    struct ExternalRun {
        /// For the status line when something went wrong; nil when it ran and ended well.
        var problem: String?
        /// SIGTERM, SIGHUP that arrived meanwhile and must still end the explorer; 0 for none.
        var signal: Int32 = 0
    }

    /// Leaves curses (main screen, cooked tty, no mouse), runs `$VISUAL`/`$EDITOR` or `$PAGER`
    /// as `+LINE FILE` through `/bin/sh` (so `EDITOR="code -w"` works, as in git), waits for it,
    /// and takes the screen back; the caller redraws.
    func runExternal(_ program: ExternalProgram, path: String, line: Int) -> ExternalRun {
        guard access(path, R_OK) == 0 else {
            return ExternalRun(problem: "Cannot open the article's file: " + TerminalSafeText.oneLine(path))
        }
        let command = Self.command(for: program)
        mousemask(0, nil)
        def_prog_mode()
        endwin()
        fflush(nil)
        let status = Self.spawnAndWait(["/bin/sh", "-c", command + " \"$@\"", "sh", "+\(line)", path])
        reset_prog_mode()
        if mouseCapture { mousemask(pt_click_and_wheel_mask(), nil) }
        invalidate()
        // Ctrl-C inside the pager or editor was meant for it (it shares our process group);
        // a signal that ends sessions still ends ours.
        var run = ExternalRun()
        let caught = takePendingSignal()
        if caught != SIGINT, caught != SIGQUIT { run.signal = caught }
        switch status {
        case .some(0): break
        case .some(127): run.problem = "No \(program.name) found: “\(TerminalSafeText.oneLine(command))” (set \(program == .editor ? "$EDITOR" : "$PAGER"))"
        case .some(let code): run.problem = "The \(program.name) “\(TerminalSafeText.oneLine(command))” ended with status \(code)"
        case .none: run.problem = "Could not start the \(program.name) “\(TerminalSafeText.oneLine(command))”"
        }
        return run
    }

    /// `$VISUAL`, then `$EDITOR`, then vi; `$PAGER`, then less.
    static func command(for program: ExternalProgram) -> String {
        func variable(_ name: String) -> String? {
            guard let value = getenv(name).map({ String(cString: $0) }), !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return value
        }
        switch program {
        case .editor: return variable("VISUAL") ?? variable("EDITOR") ?? "vi"
        case .pager: return variable("PAGER") ?? "less"
        }
    }

    /// Runs the program in our process group (so it owns the terminal as we did) and returns its
    /// exit status; nil when it could not start or was killed by a signal.
    private static func spawnAndWait(_ arguments: [String]) -> Int32? {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], nil, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        guard status & 0x7F == 0 else { return nil }
        return (status >> 8) & 0xFF
    }
}
