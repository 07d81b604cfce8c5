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

    /// Every binding, each section kept beside what handles its actions, in the order help
    /// shows them. The first that matches a key in the current mode wins.
    static let table: [KeySection] = [
        ListMove.keys, BrowseState.keys, TimelinePane.keys, QuotesPane.keys, WhyPanel.openKeys, SearchPrompt.openKeys,
        ReaderState.passageKeys, AnnotationEdit.keys, other, SearchPrompt.keys, FilterPicker.keys, SpeakerPrompt.keys,
        WhyPanel.keys, MemoEditor.keys, HelpOverlay.keys, anywhere,
    ]

    static let other = KeySection(title: "Other", modes: [.browse], bindings: [
        KeyBinding([.character("?"), .function(1)], .toggleHelp, "this help (close with ? Esc q)"),
        KeyBinding(note: [], label: "mouse", "click selects a row or focuses a pane; wheel scrolls"),
        KeyBinding([.character("M")], .toggleMouseCapture, "mouse capture off / on"),
        KeyBinding(note: [], label: "Shift-drag", "selects text while the mouse is captured"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit"),
    ])

    static let anywhere = KeySection(title: "Anywhere", modes: anyPrompt.union([.help, .why]), bindings: [
        KeyBinding([.control("c")], .quit, "quit"),
    ])
}
