import PeaceTalksModel

/// Browsing: the keys while no prompt or overlay is open. Moves go to the list or the reader,
/// whichever has focus; the rest opens views, prompts and the world outside.
extension Explorer {
    func browse(_ state: inout ExplorerState, _ action: Action, layout: Layout) {
        if let move = ListMove(action) {
            if state.browse.focus == .list { state.browse.moveList(move, height: layout.listHeight, data: data) } else { moveReader(&state, move, layout: layout) }
            return
        }
        switch action {
        case .focusList:
            state.browse.focus = .list
        case .focusReader:
            state.browse.focus = .reader
        case .nextPane, .previousPane:
            state.browse.focus = state.browse.focus == .list ? .reader : .list
        case .showPane(let pane):
            showPane(&state, pane)
        case .open:
            if state.browse.focus == .reader {
                openInReader(&state, layout: layout)
            } else if !state.browse.pane.descriptor.open(self, &state, layout: layout) {
                state.browse.focus = .reader
            }
        case .back:
            back(&state, layout: layout)
        case .compare:
            toggleSidesView(&state, .compare, layout: layout)
        case .history:
            toggleSidesView(&state, .history, layout: layout)
        case .compareLeftPrevious, .compareLeftNext, .compareRightPrevious, .compareRightNext:
            switchSide(&state, action)
        case .yearPrevious, .yearNext:
            jumpYear(&state, forward: action == .yearNext)
        case .openFilter where state.browse.pane == .quotes, .clearFilter where state.browse.pane == .quotes:
            filterQuotes(&state, action)
        case .openFilter, .clearFilter:
            filter(&state, action)
        case .startSearch:
            state.search = SearchPrompt(saved: state.browse)
        case .nextResult, .previousResult:
            step(&state, forward: action == .nextResult)
        case .selectSentence:
            selectSentence(&state, layout: layout)
        case .tagPassage:
            tagPassage(&state, layout: layout)
        case .reassignSpeaker:
            reassignSpeaker(&state, layout: layout)
        case .writeMemo:
            writeMemo(&state, layout: layout)
        case .copyPassage:
            copyPassage(&state, layout: layout)
        case .decideSuggestion(let verdict):
            decideSuggestion(&state, verdict, layout: layout)
        case .undoAnnotation:
            state.effects.append(.undoAnnotation)
        case .redoAnnotation:
            state.effects.append(.redoAnnotation)
        case .openExternally(let program):
            openExternally(&state, program, layout: layout)
        default:
            break
        }
    }

    /// Esc: the reader steps back; on the list, an open view closes, then the last results clear.
    private func back(_ state: inout ExplorerState, layout: Layout) {
        if state.selection != nil {
            state.selection = nil
            state.message = "Selection cleared"
        } else if state.browse.focus == .reader {
            backInReader(&state, layout: layout)
        } else if state.browse.reader.mode != .detail {
            state.browse.reader.mode = .detail
            state.browse.reader.scroll = 0
        } else if !state.results.isEmpty {
            state.results = []
            state.resultIndex = nil
            state.message = "Search results cleared"
        }
    }
}

extension BrowseState {
    /// The browser's keys: panes, list and reader, open and back, compare and history.
    static let keys = KeySection(title: "Panes", modes: [.browse], bindings: [
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
    ])
}
