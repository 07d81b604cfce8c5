import PeaceTalksModel

/// The analyst's changes: asked for as effects (`Effect.annotate`, undo, redo), shown done only
/// when the backend answers `.annotationSaved` (`AnnotationDesk`), so the screen never runs ahead
/// of the disk.
extension Explorer {
    /// Asks the backend to save the change; the screen changes when it answers.
    func requestAnnotation(_ state: inout ExplorerState, _ edit: AnnotationEdit) {
        state.effects.append(.annotate(edit))
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
