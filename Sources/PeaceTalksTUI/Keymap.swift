/// The one key table: every binding, by mode, with the line it gives the help overlay (and
/// `docs/keys.md`). `actions(for:in:)` reads the bindings and `helpLines` prints them, so the
/// two cannot drift apart; `KeyTableTests` checks it. Every action has more than one key
/// where it can, so other keyboard layouts and vi and arrow users all fit.
public enum Keymap {
    public enum Mode: Hashable, Sendable, CaseIterable {
        case browse, search, help, picker, speaker, why, memo
    }

    public static func mode(of state: ExplorerState) -> Mode {
        if state.showHelp { return .help }
        if state.why != nil { return .why }
        if state.memoEditor != nil { return .memo }
        if state.picker != nil { return .picker }
        if state.speakerPrompt != nil { return .speaker }
        if state.search != nil { return .search }
        return .browse
    }

    public static func actions(for event: InputEvent, in state: ExplorerState) -> [Action] {
        switch event {
        case .resize(let size):
            return [.resize(size)]
        case .mouse(let mouse):
            // The picker takes keys only; a click beside it must not change what it filters.
            if state.picker != nil || state.speakerPrompt != nil || state.memoEditor != nil, !state.showHelp { return [] }
            if state.showHelp || state.why != nil {
                switch mouse {
                case .wheelUp: return [.moveUp]
                case .wheelDown: return [.moveDown]
                case .click: return [state.showHelp ? .toggleHelp : .toggleWhy]
                }
            }
            switch mouse {
            case .click(let row, let column): return [.click(row: row, column: column)]
            case .wheelUp(let row, let column): return [.scroll(row: row, column: column, lines: -3)]
            case .wheelDown(let row, let column): return [.scroll(row: row, column: column, lines: 3)]
            }
        case .key(let key):
            let mode = mode(of: state)
            // A binding that holds only sometimes (the Timeline's `[ ]`) goes before the others.
            for conditional in [true, false] {
                for section in table where section.modes.contains(mode) {
                    for binding in section.bindings where (binding.when != nil) == conditional && binding.keys.contains(key) {
                        if binding.when?(state) ?? true, let action = binding.action?(key) { return [action] }
                    }
                }
            }
            // In a prompt, what is not a binding is typed.
            guard case .character(let character) = key, !character.isNewline, DisplayWidth.of(character) > 0 || character == " " else { return [] }
            switch mode {
            case .search: return [.searchInsert(character)]
            case .picker: return [.pickerInsert(character)]
            case .speaker: return [.speakerInsert(character)]
            case .memo: return [.memoInsert(character)]
            case .browse, .help, .why: return []
            }
        }
    }

    /// The help as plain lines: each section's title, then a line per binding that has help.
    public static var helpLines: [String] {
        var lines: [String] = []
        for section in table where section.bindings.contains(where: { $0.help != nil }) {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.title)
            for binding in section.bindings {
                guard let help = binding.help else { continue }
                let keys = binding.label ?? binding.keys.map(name).joined(separator: " ")
                let pad = max(1, 26 - DisplayWidth.of(keys))
                lines.append("  " + keys + String(repeating: " ", count: pad) + help)
            }
        }
        return lines
    }

    /// How help names a key.
    static func name(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Delete"
        case .function(let number): return "F\(number)"
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        }
    }
}

/// Keys bound to an action in a mode, and the help line that says what they do.
struct KeyBinding: Sendable {
    var keys: [Key]
    /// The action for one of the keys; nil for a line of help about keys bound elsewhere.
    var action: (@Sendable (Key) -> Action?)?
    /// Only while this holds (e.g. `[ ]` are years in the Timeline pane).
    var when: (@Sendable (ExplorerState) -> Bool)?
    var help: String?
    /// What help shows instead of the keys' names: for notes such as `mouse`.
    var label: String?

    init(_ keys: [Key], _ action: Action, _ help: String?, when: (@Sendable (ExplorerState) -> Bool)? = nil) {
        self.keys = keys
        self.action = { _ in action }
        self.help = help
        self.when = when
    }

    init(_ keys: [Key], help: String?, when: (@Sendable (ExplorerState) -> Bool)? = nil, action: @escaping @Sendable (Key) -> Action?) {
        self.keys = keys
        self.action = action
        self.help = help
        self.when = when
    }

    /// A help line about keys bound in another line, or about no key at all (`label`).
    init(note keys: [Key], label: String? = nil, _ help: String) {
        self.keys = keys
        self.action = nil
        self.help = help
        self.label = label
    }
}

struct KeySection: Sendable {
    var title: String
    var modes: Set<Keymap.Mode>
    var bindings: [KeyBinding]
}

extension Keymap {
    private static func chars(_ text: String) -> [Key] { text.map(Key.character) }
    private static let anyPrompt: Set<Mode> = [.search, .picker, .speaker]

    /// Every binding. The first that matches a key in the current mode wins.
    static let table: [KeySection] = [
        KeySection(title: "Moving", modes: [.browse, .help, .why], bindings: [
            KeyBinding([.down, .character("j"), .control("n")], .moveDown, "next row / next passage / scroll down"),
            KeyBinding([.up, .character("k"), .control("p")], .moveUp, "previous row / previous passage / scroll up"),
            KeyBinding([.pageDown, .character(" "), .control("f"), .control("d")], .pageDown, "page down"),
            KeyBinding([.pageUp, .control("b"), .control("u")], .pageUp, "page up"),
            KeyBinding([.home, .character("g")], .top, "first row / top"),
            KeyBinding([.end, .character("G")], .bottom, "last row / bottom"),
        ]),
        KeySection(title: "Panes", modes: [.browse], bindings: [
            KeyBinding(Pane.allCases.indices.map { .character(Character(String($0 + 1))) },
                       help: Pane.registered.map { $0.title + ($0.needsSeveralDocuments ? " (several articles)" : "") }.joined(separator: ", ")) { key in
                guard case .character(let digit) = key, let number = Int(String(digit)), Pane.allCases.indices.contains(number - 1) else { return nil }
                return .showPane(Pane.allCases[number - 1])
            },
            KeyBinding([.tab, .backTab], help: "switch between list and reader") { $0 == .tab ? .nextPane : .previousPane },
            KeyBinding([.left, .character("h")], .focusList, "to the list"),
            KeyBinding([.right, .character("l")], .focusReader, "to the reader"),
            KeyBinding([.enter, .character("o")], .open, "open: the reader, then the passage in its article"),
            KeyBinding([.escape, .backspace, .delete], .back, "back one step"),
            KeyBinding([.character("c")], .compare, "compare two sides on the selected issue"),
            KeyBinding([.character("H")], .history, "history: the issue's dated passages by side, in time order"),
            KeyBinding([.character("["), .character("]")], help: "compare, history: left column to previous / next side") {
                $0 == .character("[") ? .compareLeftPrevious : .compareLeftNext
            },
            KeyBinding([.character("{"), .character("}"), .character("<"), .character(">")], help: "compare, history: right column to previous / next side") {
                $0 == .character("{") || $0 == .character("<") ? .compareRightPrevious : .compareRightNext
            },
        ]),
        KeySection(title: "Timeline", modes: [.browse], bindings: [
            KeyBinding([.character("["), .character("]")], help: "previous / next year",
                       when: { $0.browse.pane == .timeline && !$0.browse.reader.mode.isTwoSided }) { $0 == .character("[") ? .yearPrevious : .yearNext },
            KeyBinding([.character("f")], .openFilter, "filter by actor or issue (type, Enter picks)"),
            KeyBinding([.character("F")], .clearFilter, "clear the filter"),
            KeyBinding(note: [.enter], "on a cluster: the articles that report it"),
        ]),
        KeySection(title: "Quotes", modes: [.browse], bindings: [
            KeyBinding(note: [.character("f")], "filter by speaker: the list narrows as you type"),
            KeyBinding(note: [.enter, .escape], "keep the filter / put the last one back"),
            KeyBinding(note: [.character("F")], "clear the speaker filter"),
        ]),
        KeySection(title: "Why this speaker", modes: [.browse], bindings: [
            KeyBinding([.character("w")], .toggleWhy, "on a quote: why this speaker (the words that decided)"),
        ]),
        KeySection(title: "Search", modes: [.browse], bindings: [
            KeyBinding([.character("/"), .control("s")], .startSearch, "open the search prompt"),
            KeyBinding(note: [], label: "@name #issue", "in the query: filter by speaker or issue"),
            KeyBinding(note: [], label: "typing", "results update on every key"),
            KeyBinding([.character("n"), .character("N")], help: "next / previous result after Enter") {
                $0 == .character("n") ? .nextResult : .previousResult
            },
        ]),
        KeySection(title: "Copy and open", modes: [.browse], bindings: [
            KeyBinding([.character("Y")], .copyPassage, "copy the passage or quote, with its citation (y too, off a suggestion)"),
            KeyBinding([.character("e")], .openExternally(.editor), "open the article at the line in $EDITOR"),
            KeyBinding([.character("p")], .openExternally(.pager), "open the article at the line in $PAGER"),
        ]),
        KeySection(title: "Coding (saved at once to ARTICLE.annotations.yaml)", modes: [.browse], bindings: [
            KeyBinding([.character("y")], .decideSuggestion(.confirmed), "confirm the suggestion (◇) under the cursor"),
            KeyBinding([.character("x")], .decideSuggestion(.rejected), "reject the suggestion under the cursor (hidden)"),
            KeyBinding([.character("v")], .selectSentence, "select the sentence under the cursor; again: one more"),
            KeyBinding(note: [.escape], "clear the selection (without one, keys act on the passage)"),
            KeyBinding([.character("t")], .tagPassage, "tag the selection or passage to an issue and a side"),
            KeyBinding([.character("s")], .reassignSpeaker, "reassign the selected quote's speaker"),
            KeyBinding([.character("m")], .writeMemo, "memo on the passage, issue or actor ($EDITOR or inline)"),
            KeyBinding([.character("u")], .undoAnnotation, "undo the last change"),
            KeyBinding([.character("U"), .control("r")], .redoAnnotation, "redo"),
        ]),
        KeySection(title: "Other", modes: [.browse], bindings: [
            KeyBinding([.character("?"), .function(1)], .toggleHelp, "this help (close with ? Esc q)"),
            KeyBinding(note: [], label: "mouse", "click selects a row or focuses a pane; wheel scrolls"),
            KeyBinding([.character("M")], .toggleMouseCapture, "mouse capture off / on"),
            KeyBinding(note: [], label: "Shift-drag", "selects text while the mouse is captured"),
            KeyBinding([.character("q"), .control("c")], .quit, "quit"),
        ]),
        KeySection(title: "In the search prompt", modes: [.search], bindings: [
            KeyBinding([.control("n"), .control("j"), .tab], .searchResultNext, "next result in the list"),
            KeyBinding([.control("p"), .control("k"), .backTab], .searchResultPrevious, "previous result in the list"),
            KeyBinding([.pageDown, .pageUp], help: "a page of results down / up") { $0 == .pageDown ? .searchResultPageDown : .searchResultPageUp },
            KeyBinding([.up, .down], help: "recall earlier / later searches") { $0 == .up ? .searchHistoryPrevious : .searchHistoryNext },
            KeyBinding([.left, .right, .control("b"), .control("f")], help: "move in the prompt") {
                $0 == .left || $0 == .control("b") ? .searchCursorLeft : .searchCursorRight
            },
            KeyBinding([.home, .end, .control("a"), .control("e")], help: "to the start / end of the prompt") {
                $0 == .home || $0 == .control("a") ? .searchCursorHome : .searchCursorEnd
            },
            KeyBinding([.backspace, .control("h")], .searchDeleteBackward, "delete the character before the cursor"),
            KeyBinding([.delete], .searchDeleteForward, "delete the character under the cursor"),
            KeyBinding([.control("u")], .searchClear, "clear the prompt"),
            KeyBinding([.enter], .searchAccept, "open the result in the reader"),
            KeyBinding([.escape, .control("g")], .searchCancel, "cancel and return to where you were"),
        ]),
        KeySection(title: "In a picker (filter, tag, speaker)", modes: [.picker], bindings: [
            KeyBinding([.down, .control("n"), .tab], .pickerDown, "next choice"),
            KeyBinding([.up, .control("p"), .backTab], .pickerUp, "previous choice"),
            KeyBinding([.backspace, .control("h"), .delete], .pickerDeleteBackward, "delete the last character"),
            KeyBinding([.enter], .pickerAccept, "take the choice"),
            KeyBinding([.escape, .control("g")], .pickerCancel, "close, nothing changed"),
        ]),
        KeySection(title: "In the speaker filter", modes: [.speaker], bindings: [
            KeyBinding([.backspace, .control("h"), .delete], .speakerDeleteBackward, "delete the last character"),
            KeyBinding([.enter], .speakerAccept, "keep the filter"),
            KeyBinding([.escape, .control("g")], .speakerCancel, "put the last filter back"),
        ]),
        KeySection(title: "In why this speaker", modes: [.why], bindings: [
            KeyBinding([.character("w"), .escape, .character("q"), .enter], .toggleWhy, "close the panel"),
        ]),
        KeySection(title: "In the memo editor", modes: [.memo], bindings: [
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
        ]),
        KeySection(title: "In this help", modes: [.help], bindings: [
            KeyBinding([.character("?"), .character("q"), .escape, .enter, .function(1)], .toggleHelp, "close the help"),
        ]),
        KeySection(title: "Anywhere", modes: anyPrompt.union([.help, .why]), bindings: [
            KeyBinding([.control("c")], .quit, "quit"),
        ]),
    ]
}
