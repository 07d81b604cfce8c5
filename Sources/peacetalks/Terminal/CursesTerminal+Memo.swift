import Foundation
import PeaceTalksModel
import PeaceTalksTUI

/// `m` with `$VISUAL`/`$EDITOR` set: the memo goes to a private temporary file, the user's
/// editor runs on it with the explorer suspended, and what the file holds after comes back.
extension CursesTerminal {
    /// Whether memos go to the user's editor rather than the inline one.
    static var memoEditorIsSet: Bool {
        // getenv, not ProcessInfo's whole environment copied into a dictionary for two names.
        ["VISUAL", "EDITOR"].contains { (name: String) in
            getenv(name).map { !String(cString: $0).trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        }
    }

    /// The edited draft, or a message saying why there is none. When the editor fails, the
    /// file is kept (and named) so no text the user wrote is lost.
    func editMemo(_ draft: MemoDraft) -> (draft: MemoDraft?, problem: String?, signal: Int32) {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        let file = folder.appendingPathComponent("peacetalks-memo-\(getpid())-\(UUID().uuidString.prefix(8)).txt")
        let created = FileManager.default.createFile(atPath: file.path, contents: Data((draft.text.isEmpty ? "" : draft.text + "\n").utf8),
                                                     attributes: [.posixPermissions: 0o600])
        guard created else { return (nil, "Cannot write the memo's temporary file in " + TerminalSafeText.oneLine(folder.path), 0) }
        let run = runExternal(.editor, path: file.path, line: 1)
        if let problem = run.problem {
            return (nil, problem + " — memo not saved; the text is in " + TerminalSafeText.oneLine(file.path), run.signal)
        }
        guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
            return (nil, "The memo file is gone or not UTF-8: memo not saved (" + TerminalSafeText.oneLine(file.path) + ")", run.signal)
        }
        try? FileManager.default.removeItem(at: file)
        var edited = draft
        edited.text = text
        return (edited, nil, run.signal)
    }
}
