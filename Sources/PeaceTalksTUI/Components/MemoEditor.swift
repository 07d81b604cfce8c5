import PeaceTalksModel

/// A memo being written: what it is about, in which document's annotation file, and its text
/// before and now. `$VISUAL`/`$EDITOR` edits it as a file (`Effect.editMemo`), else the
/// inline `MemoEditor` does.
public struct MemoDraft: Hashable, Sendable {
    public var document: Int
    public var id: String
    public var target: MemoTarget
    /// `¶3`, `issue Territory`, `actor Zelensky`: for titles and the status line.
    public var label: String
    /// The saved memo's text; empty for a new memo.
    public var original: String
    public var isNew: Bool
    public var text: String

    public init(document: Int, id: String, target: MemoTarget, label: String, original: String, isNew: Bool) {
        self.document = document
        self.id = id
        self.target = target
        self.label = label
        self.original = original
        self.isNew = isNew
        text = original
    }
}

/// The inline memo editor: several lines, Enter a new line, Ctrl-O saves, Esc closes (asking
/// once more when there are changes, so a stray Esc loses nothing).
public struct MemoEditor: Hashable, Sendable {
    public enum Move: Hashable, Sendable {
        case left, right, up, down, lineStart, lineEnd
    }

    public var draft: MemoDraft
    public var lines: [[Character]]
    public var row = 0
    public var column = 0
    /// Esc was pressed once with changes: the next Esc drops them.
    public var confirmingDiscard = false

    /// Characters a memo holds at most, so a runaway paste cannot grow it without end.
    static let limit = 20_000

    public init(draft: MemoDraft) {
        self.draft = draft
        lines = draft.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    var count: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    mutating func insert(_ character: Character) {
        guard count < Self.limit else { return }
        lines[row].insert(character, at: column)
        column += 1
    }

    mutating func newline() {
        guard count < Self.limit else { return }
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    mutating func deleteBackward() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            let rest = lines.remove(at: row)
            row -= 1
            column = lines[row].count
            lines[row] += rest
        }
    }

    mutating func move(_ move: Move) {
        switch move {
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .up:
            if row > 0 { row -= 1; column = min(column, lines[row].count) }
        case .down:
            if row + 1 < lines.count { row += 1; column = min(column, lines[row].count) }
        case .lineStart:
            column = 0
        case .lineEnd:
            column = lines[row].count
        }
    }

    static let hints = "Enter new line · Ctrl-O save · Esc close · ←→↑↓ move"
}

extension Explorer {
    /// `m`: a memo on the issue or actor selected in its list, else on the selected sentences or passage.
    func writeMemo(_ state: inout ExplorerState, layout: Layout) {
        guard let draft = memoDraft(&state, layout: layout) else { return }
        if memoInEditor {
            state.effects.append(.editMemo(draft))
        } else {
            state.memoEditor = MemoEditor(draft: draft)
        }
    }

    private func memoDraft(_ state: inout ExplorerState, layout: Layout) -> MemoDraft? {
        let browse = state.browse
        let document = selectedTarget(state, layout: layout)?.document ?? 0
        let target: MemoTarget
        let label: String
        if browse.focus == .list, browse.pane == .issues {
            guard let issue = data.issue(at: browse.selected) else {
                state.message = "No issue selected"
                return nil
            }
            target = .issue(issue.id)
            label = "issue " + issue.title
        } else if browse.focus == .list, browse.pane == .actors {
            guard let actor = data.actor(at: browse.selected) else {
                state.message = "No actor selected"
                return nil
            }
            guard data.corpus.codebook.actor(actor.id) != nil else {
                state.message = "\(actor.name) was found in the text, not in the codebook: add them to a codebook to write memos on them"
                return nil
            }
            target = .actor(actor.id)
            label = "actor " + actor.name
        } else {
            guard let passage = codingPassage(state, layout: layout),
                  let paragraph = data.paragraph(document: passage.document, paragraph: passage.paragraph) else {
                state.message = "Nothing to write a memo on: select a passage, an issue or an actor"
                return nil
            }
            if let existing = passageMemo(passage) {
                return MemoDraft(document: passage.document, id: existing.id, target: existing.target, label: passage.label, original: existing.text, isNew: false)
            }
            target = .passage(TextAnchoring.selector(for: passage.span, in: paragraph))
            return MemoDraft(document: passage.document, id: Self.freshID("memo", used: Set(annotations(passage.document)?.memos.map(\.id) ?? [])),
                             target: target, label: passage.label, original: "", isNew: true)
        }
        let memos = annotations(document)?.memos ?? []
        if let existing = memos.first(where: { $0.target == target }) {
            return MemoDraft(document: document, id: existing.id, target: target, label: label, original: existing.text, isNew: false)
        }
        return MemoDraft(document: document, id: Self.freshID("memo", used: Set(memos.map(\.id))), target: target, label: label, original: "", isNew: true)
    }

    /// The memo already written on this passage: one whose passage is in the same paragraph and overlaps it.
    private func passageMemo(_ passage: CodingPassage) -> MemoAnnotation? {
        guard let document = data.document(passage.document) else { return nil }
        for memo in annotations(passage.document)?.memos ?? [] {
            guard case .passage(let selector) = memo.target,
                  let match = TextAnchoring.locate(selector, in: document.paragraphs, document: passage.document),
                  match.ref.paragraph == passage.paragraph else { continue }
            if match.ref.span.map({ $0.overlaps(passage.span) }) ?? true { return memo }
        }
        return nil
    }

    /// The inline editor's keys.
    func editMemo(_ state: inout ExplorerState, _ action: Action) {
        guard var editor = state.memoEditor else { return }
        if action != .memoCancel { editor.confirmingDiscard = false }
        switch action {
        case .memoInsert(let character): editor.insert(character)
        case .memoNewline: editor.newline()
        case .memoDeleteBackward: editor.deleteBackward()
        case .memoCursor(let move): editor.move(move)
        case .memoSave:
            state.memoEditor = nil
            var draft = editor.draft
            draft.text = editor.text
            finishMemo(&state, draft)
            return
        case .memoCancel:
            if editor.text != editor.draft.original, !editor.confirmingDiscard {
                editor.confirmingDiscard = true
                state.message = "The memo has changes: Esc again drops them, Ctrl-O saves"
            } else {
                state.memoEditor = nil
                state.message = editor.text == editor.draft.original ? "Memo closed" : "Memo changes dropped"
                return
            }
        default:
            break
        }
        state.memoEditor = editor
    }

    /// A memo written in the inline editor or the user's editor: saved, removed when emptied, or left.
    func finishMemo(_ state: inout ExplorerState, _ draft: MemoDraft) {
        var text = draft.text
        while text.last?.isWhitespace == true { text.removeLast() }
        if text == draft.original {
            state.message = "Memo unchanged"
        } else if text.isEmpty {
            if draft.isNew {
                state.message = "Empty memo: nothing saved"
            } else {
                requestAnnotation(&state, AnnotationEdit(document: draft.document, change: .setMemo(id: draft.id, nil), label: "removed the memo on " + draft.label))
            }
        } else {
            let memo = MemoAnnotation(id: draft.id, target: draft.target, text: text)
            let verb = draft.isNew ? "wrote" : "changed"
            requestAnnotation(&state, AnnotationEdit(document: draft.document, change: .setMemo(id: draft.id, memo), label: "\(verb) the memo on " + draft.label))
        }
    }

    /// Draws the inline editor over the middle of the screen; returns where the cursor belongs.
    func drawMemoEditor(_ screen: inout Screen, _ editor: MemoEditor, layout: Layout) -> (row: Int, column: Int)? {
        let width = min(layout.size.width - 4, 72)
        let height = min(layout.size.height - 2, 14)
        let box = Rect(row: max(0, (layout.size.height - height) / 2), column: max(0, (layout.size.width - width) / 2), width: width, height: height)
        guard box.width >= 12, box.height >= 4 else { return nil }
        screen.clear(box)
        let title = " Memo on " + TerminalSafeText.oneLine(editor.draft.label) + " — Ctrl-O save · Esc close "
        screen.labelledBox(box, label: title, style: theme.borderFocused)
        let inner = box.inner
        let textWidth = max(1, inner.width - 2)
        let top = max(0, editor.row - (inner.height - 1))
        var cursor = (row: inner.row, column: inner.column + 1)
        for offset in 0..<inner.height {
            let index = top + offset
            guard editor.lines.indices.contains(index) else { break }
            let line = editor.lines[index]
            // The cursor's line scrolls sideways so the cursor stays in the box.
            let before = DisplayWidth.of(String(line[..<(index == editor.row ? editor.column : 0)]))
            let shift = index == editor.row ? max(0, before - (textWidth - 1)) : 0
            var skipped = 0
            var start = 0
            while start < line.count, skipped < shift {
                skipped += DisplayWidth.of(line[start])
                start += 1
            }
            let shown = TerminalSafeText.oneLine(String(line[start...]))
            screen.putTruncated(shown, row: inner.row + offset, column: inner.column + 1, width: textWidth, style: theme.text)
            if index == editor.row { cursor = (inner.row + offset, inner.column + 1 + before - skipped) }
        }
        return cursor
    }
}

extension MemoEditor {
    /// The editor's keys; what is not bound is typed.
    static let keys = KeySection(title: "In the memo editor", modes: [.memo], bindings: [
        KeyBinding([.control("o"), .control("x")], .memoSave, "save the memo and close"),
        KeyBinding([.escape, .control("g"), .control("c")], .memoCancel, "close; with changes, press again to drop them"),
        KeyBinding([.enter, .control("j")], .memoNewline, "new line"),
        KeyBinding([.backspace, .control("h"), .delete], .memoDeleteBackward, "delete the character before the cursor"),
        KeyBinding([.left, .right, .up, .down], help: "move in the text") { key in
            switch key {
            case .left: return .memoCursor(.left)
            case .right: return .memoCursor(.right)
            case .up: return .memoCursor(.up)
            default: return .memoCursor(.down)
            }
        },
        KeyBinding([.home, .end, .control("a"), .control("e")], help: "to the start / end of the line") {
            $0 == .home || $0 == .control("a") ? .memoCursor(.lineStart) : .memoCursor(.lineEnd)
        },
    ])
}
