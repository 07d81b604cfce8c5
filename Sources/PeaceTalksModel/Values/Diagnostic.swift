/// A problem found in an input file, with the place it was found when known.
///
/// `description` reads `file:line:column: message`, the form compilers use, so
/// editors and terminals can jump straight to it. It is made for a terminal: the file name
/// is kept on one line and no control character of the name or the message passes
/// (`TerminalSafeText`); the fields themselves stay exact, for JSON.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column counted in characters, when the problem has one.
    public var column: Int?
    public var message: String
    /// True for a warning that an input was left out (a file in a folder that cannot be read),
    /// so the program can end with the status that says the run was incomplete.
    public var skipsInput: Bool

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: String,
        skipsInput: Bool = false
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.skipsInput = skipsInput
    }

    public static func error(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message: message)
    }

    public static func warning(
        _ message: String, file: String, line: Int? = nil, column: Int? = nil, skipsInput: Bool = false
    ) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message: message, skipsInput: skipsInput)
    }

    public var description: String {
        var place = TerminalSafeText.oneLine(file)
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(severity.rawValue): \(TerminalSafeText.lines(message))"
    }
}
