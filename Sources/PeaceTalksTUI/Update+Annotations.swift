import PeaceTalksModel

/// The analyst's changes: asked for as effects (`Effect.annotate`, undo, redo), shown done only
/// when the backend answers `.annotationSaved` (`AnnotationDesk`), so the screen never runs ahead
/// of the disk.
extension Explorer {
    /// Asks the backend to save the change; the screen changes when it answers.
    func requestAnnotation(_ state: inout ExplorerState, _ edit: AnnotationEdit) {
        state.effects.append(.annotate(edit))
    }

    /// y / x: the suggestion under the cursor gets the verdict; y where there is none copies.
    func decideSuggestion(_ state: inout ExplorerState, _ verdict: SuggestionVerdict, layout: Layout) {
        guard let (suggestion, document) = selectedSuggestion(state, layout: layout) else {
            if verdict == .confirmed { return copyPassage(&state, layout: layout) }
            state.message = "No suggestion under the cursor: suggestions (◇) are in an issue's reader and in compare (c)"
            return
        }
        if suggestion.verdict == verdict {
            state.message = "Already \(verdict.rawValue) (u undoes)"
            return
        }
        guard let change = suggestion.decision(verdict, in: data.corpus) else {
            state.message = "This suggestion has no sentence to record"
            return
        }
        let label = "\(verdict.rawValue) \(data.corpus.issue(suggestion.issue)?.title ?? suggestion.issue) / \(data.sideName(suggestion.side))"
        requestAnnotation(&state, AnnotationEdit(document: document, change: change, label: label))
    }

    /// The suggestion whose entry is selected in the focused reader (an issue's detail or compare), and its document.
    func selectedSuggestion(_ state: ExplorerState, layout: Layout) -> (SuggestedPosition, Int)? {
        guard state.search == nil, state.browse.focus == .reader else { return nil }
        let view = readerView(state, layout: layout)
        let found: SuggestedPosition?
        switch state.browse.reader.mode {
        case .detail where state.browse.pane == .issues:
            found = view.main?.suggestions[state.browse.reader.entry]
        case .compare:
            found = state.browse.compareSelection(in: view).flatMap { view.columns[$0.column].suggestions[$0.entry] }
        default:
            found = nil
        }
        return found.map { ($0, $0.evidence.document) }
    }

    /// The backend's answer. On success `ExplorerApp` has already put in the corpus with the
    /// change; here only the status line says so, or says why nothing changed.
    func annotationSaved(_ state: inout ExplorerState, _ result: AnnotationSaveResult) {
        switch result {
        case .success(let saved): state.message = saved.message
        case .failure(let failure): state.message = failure.message
        }
    }
}
