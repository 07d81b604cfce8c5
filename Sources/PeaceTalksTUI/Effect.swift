/// Something `update` asks the backend to do outside the screen: the TUI stays pure, and the
/// backend (Sources/peacetalks/Terminal) performs these after each event.
public enum Effect: Hashable, Sendable {
    /// Put the text on the terminal's clipboard (OSC 52).
    case copyToClipboard(String)
    /// Suspend the explorer, run the program on the file at the line, and come back.
    case openExternal(ExternalProgram, path: String, line: Int)
    /// Write the memo's text to a temporary file, run `$VISUAL`/`$EDITOR` on it, and send
    /// `.memoEdited` with what it holds after.
    case editMemo(MemoDraft)
    /// Save a change to a document's annotation file; the backend answers `.annotationSaved`.
    case annotate(AnnotationEdit)
    /// Take back (make again) the last saved annotation change; answered by `.annotationSaved`.
    case undoAnnotation, redoAnnotation
}

/// The user's own programs for a file: `$VISUAL`/`$EDITOR`, or `$PAGER`.
public enum ExternalProgram: Hashable, Sendable {
    case editor, pager

    public var name: String {
        switch self {
        case .editor: return "editor"
        case .pager: return "pager"
        }
    }
}
