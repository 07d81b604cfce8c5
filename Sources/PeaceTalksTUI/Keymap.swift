/// Maps what the backend reports to actions, by mode. Every action has more than
/// one key where it can, so other keyboard layouts and vi and arrow users all fit.
public enum Keymap {
    public enum Mode: Hashable, Sendable {
        case browse, search, help, picker, speaker
    }

    public static func mode(of state: ExplorerState) -> Mode {
        if state.showHelp { return .help }
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
            if state.picker != nil || state.speakerPrompt != nil, !state.showHelp { return [] }
            if state.showHelp {
                switch mouse {
                case .wheelUp: return [.moveUp]
                case .wheelDown: return [.moveDown]
                case .click: return [.toggleHelp]
                }
            }
            switch mouse {
            case .click(let row, let column): return [.click(row: row, column: column)]
            case .wheelUp(let row, let column): return [.scroll(row: row, column: column, lines: -3)]
            case .wheelDown(let row, let column): return [.scroll(row: row, column: column, lines: 3)]
            }
        case .key(let key):
            switch mode(of: state) {
            case .help: return helpActions(key)
            case .search: return searchActions(key)
            case .picker: return pickerActions(key)
            case .speaker: return speakerActions(key)
            case .browse:
                // [ and ] jump by year in the Timeline pane; elsewhere they switch compare sides.
                if state.browse.pane == .timeline, !state.browse.reader.isTwoSided {
                    if key == .character("[") { return [.yearPrevious] }
                    if key == .character("]") { return [.yearNext] }
                }
                return browseActions(key)
            }
        }
    }

    static func browseActions(_ key: Key) -> [Action] {
        switch key {
        case .character("q"), .control("c"): return [.quit]
        case .up, .character("k"), .control("p"): return [.moveUp]
        case .down, .character("j"), .control("n"): return [.moveDown]
        case .pageUp, .control("b"), .control("u"): return [.pageUp]
        case .pageDown, .character(" "), .control("f"), .control("d"): return [.pageDown]
        case .home, .character("g"): return [.top]
        case .end, .character("G"): return [.bottom]
        case .left, .character("h"): return [.focusList]
        case .right, .character("l"): return [.focusReader]
        case .tab: return [.nextPane]
        case .backTab: return [.previousPane]
        case .character("1"): return [.showPane(.issues)]
        case .character("2"): return [.showPane(.actors)]
        case .character("3"): return [.showPane(.timeline)]
        case .character("4"): return [.showPane(.quotes)]
        case .enter, .character("o"): return [.open]
        case .escape, .backspace, .delete: return [.back]
        case .character("?"), .function(1): return [.toggleHelp]
        case .character("/"), .control("s"): return [.startSearch]
        case .character("n"): return [.nextResult]
        case .character("N"): return [.previousResult]
        case .character("c"): return [.compare]
        case .character("H"): return [.history]
        case .character("f"): return [.openFilter]
        case .character("F"): return [.clearFilter]
        case .character("y"): return [.copyPassage]
        case .character("e"): return [.openExternally(.editor)]
        case .character("p"): return [.openExternally(.pager)]
        case .character("M"): return [.toggleMouseCapture]
        case .character("["): return [.compareLeftPrevious]
        case .character("]"): return [.compareLeftNext]
        case .character("{"), .character("<"): return [.compareRightPrevious]
        case .character("}"), .character(">"): return [.compareRightNext]
        default: return []
        }
    }

    static func searchActions(_ key: Key) -> [Action] {
        switch key {
        case .control("c"): return [.quit]
        case .escape, .control("g"): return [.searchCancel]
        case .enter: return [.searchAccept]
        case .backspace, .control("h"): return [.searchDeleteBackward]
        case .delete: return [.searchDeleteForward]
        case .control("u"): return [.searchClear]
        case .left, .control("b"): return [.searchCursorLeft]
        case .right, .control("f"): return [.searchCursorRight]
        case .home, .control("a"): return [.searchCursorHome]
        case .end, .control("e"): return [.searchCursorEnd]
        case .up: return [.searchHistoryPrevious]
        case .down: return [.searchHistoryNext]
        case .control("p"), .control("k"), .backTab: return [.searchResultPrevious]
        case .control("n"), .control("j"), .tab: return [.searchResultNext]
        case .pageUp: return [.searchResultPageUp]
        case .pageDown: return [.searchResultPageDown]
        case .character(let character):
            guard !character.isNewline, DisplayWidth.of(character) > 0 || character == " " else { return [] }
            return [.searchInsert(character)]
        default: return []
        }
    }

    static func pickerActions(_ key: Key) -> [Action] {
        switch key {
        case .control("c"): return [.quit]
        case .escape, .control("g"): return [.pickerCancel]
        case .enter: return [.pickerAccept]
        case .backspace, .control("h"), .delete: return [.pickerDeleteBackward]
        case .up, .control("p"), .backTab: return [.pickerUp]
        case .down, .control("n"), .tab: return [.pickerDown]
        case .character(let character):
            guard !character.isNewline, DisplayWidth.of(character) > 0 || character == " " else { return [] }
            return [.pickerInsert(character)]
        default: return []
        }
    }

    static func speakerActions(_ key: Key) -> [Action] {
        switch key {
        case .control("c"): return [.quit]
        case .escape, .control("g"): return [.speakerCancel]
        case .enter: return [.speakerAccept]
        case .backspace, .control("h"), .delete: return [.speakerDeleteBackward]
        case .character(let character):
            guard !character.isNewline, DisplayWidth.of(character) > 0 || character == " " else { return [] }
            return [.speakerInsert(character)]
        default: return []
        }
    }

    static func helpActions(_ key: Key) -> [Action] {
        switch key {
        case .control("c"): return [.quit]
        case .character("?"), .character("q"), .escape, .enter, .function(1): return [.toggleHelp]
        case .up, .character("k"): return [.moveUp]
        case .down, .character("j"): return [.moveDown]
        case .pageUp, .control("b"): return [.pageUp]
        case .pageDown, .character(" "), .control("f"): return [.pageDown]
        case .home, .character("g"): return [.top]
        case .end, .character("G"): return [.bottom]
        default: return []
        }
    }

    /// Every key, for the help overlay (and `docs/keys.md`): (keys, what they do), by section.
    public static let help: [(section: String, keys: [(String, String)])] = [
        ("Moving", [
            ("↓ j Ctrl-N", "next row / next passage / scroll down"),
            ("↑ k Ctrl-P", "previous row / previous passage / scroll up"),
            ("PgDn Space Ctrl-F Ctrl-D", "page down"),
            ("PgUp Ctrl-B Ctrl-U", "page up"),
            ("Home g", "first row / top"),
            ("End G", "last row / bottom"),
        ]),
        ("Panes", [
            ("1 2 3 4", "Issues, Actors, Timeline, Quotes"),
            ("Tab Shift-Tab", "switch between list and reader"),
            ("← h", "to the list"),
            ("→ l", "to the reader"),
            ("Enter o", "open: the reader, then the passage in its article"),
            ("Esc Backspace", "back one step"),
            ("c", "compare two sides on the selected issue"),
            ("H", "history: the issue's dated passages by side, in time order"),
            ("[ ]", "compare, history: left column to previous / next side"),
            ("{ } < >", "compare, history: right column to previous / next side"),
        ]),
        ("Timeline", [
            ("[ ]", "previous / next year"),
            ("f", "filter by actor or issue (type, Enter picks)"),
            ("F", "clear the filter"),
            ("Enter", "on a cluster: the articles that report it"),
        ]),
        ("Quotes", [
            ("f", "filter by speaker: the list narrows as you type"),
            ("Enter Esc", "keep the filter / put the last one back"),
            ("F", "clear the speaker filter"),
        ]),
        ("Search", [
            ("/ Ctrl-S", "open the search prompt"),
            ("@name #issue", "in the query: filter by speaker or issue"),
            ("typing", "results update on every key"),
            ("Ctrl-N Ctrl-P Tab", "next / previous result in the list"),
            ("↑ ↓", "recall earlier searches"),
            ("← → Home End", "move in the prompt (also Ctrl-B Ctrl-F Ctrl-A Ctrl-E)"),
            ("Backspace Ctrl-U", "delete a character / clear the prompt"),
            ("Enter", "open the result in the reader"),
            ("Esc Ctrl-G", "cancel and return to where you were"),
            ("n N", "next / previous result after Enter"),
        ]),
        ("Copy and open", [
            ("y", "copy the passage or quote, with its citation"),
            ("e", "open the article at the line in $EDITOR"),
            ("p", "open the article at the line in $PAGER"),
        ]),
        ("Other", [
            ("? F1", "this help (close with ? Esc q)"),
            ("mouse", "click selects a row or focuses a pane; wheel scrolls"),
            ("M", "mouse capture off / on"),
            ("Shift-drag", "selects text while the mouse is captured"),
            ("q Ctrl-C", "quit"),
        ]),
    ]

    /// The help as plain lines.
    public static var helpLines: [String] {
        var lines: [String] = []
        for (index, section) in help.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(section.section)
            for (keys, meaning) in section.keys {
                let pad = max(1, 26 - DisplayWidth.of(keys))
                lines.append("  " + keys + String(repeating: " ", count: pad) + meaning)
            }
        }
        return lines
    }
}
