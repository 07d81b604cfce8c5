import PeaceTalksModel

/// Everything the explorer can be asked to do. Keys and mouse events map to actions
/// (see `Keymap`), and `Explorer.update` applies them one by one.
public enum Action: Hashable, Sendable {
    case quit
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// h / ←: to the list. l / →: to the reader.
    case focusList, focusReader
    /// Tab / Shift-Tab: between the list and the reader.
    case nextPane, previousPane
    case showPane(Pane)
    /// Enter: open the reader, or the selected passage in its article.
    case open
    /// Esc / Backspace: one step back.
    case back
    case toggleHelp
    /// w: open or close "why this speaker" on the selected quote.
    case toggleWhy
    case compare
    case compareLeftPrevious, compareLeftNext, compareRightPrevious, compareRightNext
    /// H: the selected issue's history by side.
    case history
    /// [ ] in the Timeline pane: to the previous / next year with events.
    case yearPrevious, yearNext
    /// f: open the filter picker; F: clear the filter.
    case openFilter, clearFilter
    case pickerInsert(Character)
    case pickerDeleteBackward, pickerUp, pickerDown, pickerAccept, pickerCancel
    /// The Quotes pane's speaker filter, narrowed on every key.
    case speakerInsert(Character)
    case speakerDeleteBackward, speakerAccept, speakerCancel

    case startSearch
    case searchInsert(Character)
    case searchDeleteBackward, searchDeleteForward, searchClear
    case searchCursorLeft, searchCursorRight, searchCursorHome, searchCursorEnd
    case searchHistoryPrevious, searchHistoryNext
    case searchResultPrevious, searchResultNext, searchResultPageUp, searchResultPageDown
    case searchAccept, searchCancel
    /// A search the runtime ran off the drawing path has ended. Taken only when `generation`
    /// is the one the prompt still waits for; an older search's result is dropped. A total that
    /// is not exact is a lower bound, and the prompt then asks for the count.
    case searchFinished(generation: Int, hits: [SearchHit], total: Int, totalIsExact: Bool = true)
    /// n / N after a search: the next or previous result in the reader.
    case nextResult, previousResult

    /// y: copy the selected quote or passage with its citation.
    case copyPassage
    /// e / p: open the selected passage's article at its line in the editor / pager.
    case openExternally(ExternalProgram)
    /// The backend reports on an effect (an editor that could not start): a status-line message.
    case notice(String)
    /// y / x: confirm or reject the suggestion under the cursor (y elsewhere copies, as Y does).
    case decideSuggestion(SuggestionVerdict)
    /// u / U, Ctrl-R: take back / make again the last saved annotation change.
    case undoAnnotation, redoAnnotation
    /// v: select the sentence under the cursor, then extend by one; t, s, m: tag, speaker, memo.
    case selectSentence, tagPassage, reassignSpeaker, writeMemo
    /// The inline memo editor's keys.
    case memoInsert(Character)
    case memoNewline, memoDeleteBackward, memoSave, memoCancel
    case memoCursor(MemoEditor.Move)
    /// The user's editor has given back the memo's text.
    case memoEdited(MemoDraft)
    /// The backend saved an annotation change (or failed to): only now is it shown done.
    case annotationSaved(AnnotationSaveResult)
    /// M: take mouse events, or leave them to the terminal.
    case toggleMouseCapture

    case click(row: Int, column: Int)
    case scroll(row: Int, column: Int, lines: Int)
    case resize(Size)
}
