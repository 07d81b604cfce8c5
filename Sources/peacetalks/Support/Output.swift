#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeaceTalksModel

/// Writes to a file descriptor without Foundation, so that a reader who closes the pipe
/// early (`| head -1`) ends the program quietly instead of killing it.
///
/// SIGPIPE is ignored at start-up (main.swift); a write then fails with EPIPE, and we stop.
enum RawOutput {
    enum Failure: Error {
        case closed
        case failed(errno: Int32)
    }

    static func send(_ text: String, to fd: Int32) throws(Failure) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + offset, buffer.count - offset)
            }
            if written >= 0 {
                offset += written
                continue
            }
            let code = errno
            if code == EINTR || code == EAGAIN { continue }
            throw code == EPIPE ? .closed : .failed(errno: code)
        }
    }
}

/// Standard output, buffered, stopping the program quietly when the reader has gone.
struct StandardOutput {
    private var buffer = ""

    mutating func line(_ text: String = "") {
        buffer += text
        buffer += "\n"
        if buffer.utf8.count >= 32_768 { flush() }
    }

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= 32_768 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        let text = buffer
        buffer = ""
        do {
            try RawOutput.send(text, to: 1)
        } catch .closed {
            // The reader took what it wanted (`| head -1`): that is success, not an error.
            exit(0)
        } catch {
            StandardError.write("peacetalks: error: cannot write to standard output\n")
            exit(1)
        }
    }
}

enum StandardError {
    /// A message, which may name a file or quote a key or a text: its lines and tabs pass,
    /// every other control character is shown escaped (`TerminalSafeText`).
    static func write(_ text: String) {
        try? RawOutput.send(TerminalSafeText.lines(text), to: 2)
    }

    /// Our own terminal control (the progress bar's `\r` and erase-line), sent as it is.
    static func writeControl(_ text: String) {
        try? RawOutput.send(text, to: 2)
    }

    /// `peacetalks: file:line:col: severity: message`, the form editors can jump to.
    static func report(_ diagnostic: Diagnostic) {
        write("peacetalks: \(diagnostic)\n")
    }

    /// Warnings shown before the rest are only counted.
    static let warningLimit = 8

    /// Reports the first `warningLimit` diagnostics and counts the rest, so a large corpus's
    /// warnings do not bury the output; `all` (`--verbose`) or `PEACETALKS_ALL_WARNINGS=1` shows all.
    static func report(_ diagnostics: [Diagnostic], all: Bool = false) {
        let showAll = all || (getenv("PEACETALKS_ALL_WARNINGS").map { $0.pointee != 0 } ?? false)
        let shown = showAll ? diagnostics : Array(diagnostics.prefix(warningLimit))
        for diagnostic in shown { report(diagnostic) }
        if shown.count < diagnostics.count {
            write("peacetalks: … and \(diagnostics.count - shown.count) more warnings (--verbose shows all)\n")
        }
    }
}

/// What standard output is connected to, and so how to format for it.
struct Console {
    /// Standard output is a terminal: aligned columns and a header.
    var isTerminal: Bool
    /// Bold and highlight with ANSI escapes: a terminal, NO_COLOR unset, no `--no-color`.
    var styled: Bool
    /// Columns of the terminal, when it is one.
    var width: Int?
    /// `--header`: tab-separated output begins with the column titles.
    var header = false

    static func current(noColor: Bool, header: Bool = false) -> Console {
        let terminal = isatty(1) == 1
        let noColorEnv = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        return Console(
            isTerminal: terminal, styled: terminal && !noColor && !noColorEnv, width: terminal ? columns() : nil,
            header: header)
    }

    private static func columns() -> Int? {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = getenv("COLUMNS"), let value = Int(String(cString: text)), value > 0 { return value }
        return nil
    }

    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func highlight(_ text: String) -> String { styled ? "\u{1B}[1;7m\(text)\u{1B}[0m" : text }
}
