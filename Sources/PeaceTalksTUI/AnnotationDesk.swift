import Foundation
import PeaceTalksModel

/// Carries out the explorer's annotation effects (`Effect.annotate`, `.undoAnnotation`,
/// `.redoAnnotation`) with one `AnnotationSession` per document, and answers each with
/// `.annotationSaved`: the backend runs it between a key and the next frame, so a change is
/// on disk before the screen shows it done. Undo and redo follow the order of the changes
/// across documents. `update` stays pure: only this does file work, and only when asked.
public struct AnnotationDesk: Sendable {
    /// The analysis with no annotations laid over it; each save lays them over a copy.
    public let base: Corpus
    /// Each document's annotations as last read or saved.
    public private(set) var annotations: [DocumentAnnotations?]
    private var sessions: [Int: AnnotationSession] = [:]
    /// Documents and labels of the changes that undo (redo) would take back (make again), last one last.
    private var undoOrder: [(document: Int, label: String)] = []
    private var redoOrder: [(document: Int, label: String)] = []
    private var revision = 0
    /// Why a document's annotations cannot be saved (an article read from standard input lives
    /// in a folder removed at exit); nil for one that can.
    private let unsavable: @Sendable (Document) -> String?

    public init(base: Corpus, annotations: [DocumentAnnotations?], unsavable: @escaping @Sendable (Document) -> String? = { _ in nil }) {
        self.base = base
        self.annotations = annotations + [DocumentAnnotations?](repeating: nil, count: max(0, base.documents.count - annotations.count))
        self.unsavable = unsavable
    }

    public var canUndo: Bool { !undoOrder.isEmpty }
    public var canRedo: Bool { !redoOrder.isEmpty }

    /// The answer to an annotation effect; nil for any other effect.
    public mutating func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .annotate(let edit): return .annotationSaved(apply(edit))
        case .undoAnnotation: return .annotationSaved(undo())
        case .redoAnnotation: return .annotationSaved(redo())
        case .copyToClipboard, .openExternal, .editMemo: return nil
        }
    }

    private mutating func apply(_ edit: AnnotationEdit) -> AnnotationSaveResult {
        Result {
            var session = try session(for: edit.document)
            try session.apply(edit.change)
            undoOrder.append((edit.document, edit.label))
            redoOrder.removeAll()
            return saved(session, document: edit.document, doing: edit.label)
        }.mapError(Self.failure)
    }

    private mutating func undo() -> AnnotationSaveResult {
        guard let last = undoOrder.last else { return .failure(AnnotationSaveFailure("Nothing to undo")) }
        return Result {
            var session = try session(for: last.document)
            try session.undo()
            undoOrder.removeLast()
            redoOrder.append(last)
            return saved(session, document: last.document, doing: "undid " + last.label)
        }.mapError(Self.failure)
    }

    private mutating func redo() -> AnnotationSaveResult {
        guard let last = redoOrder.last else { return .failure(AnnotationSaveFailure("Nothing to redo")) }
        return Result {
            var session = try session(for: last.document)
            try session.redo()
            redoOrder.removeLast()
            undoOrder.append(last)
            return saved(session, document: last.document, doing: "redid " + last.label)
        }.mapError(Self.failure)
    }

    private mutating func session(for index: Int) throws -> AnnotationSession {
        if let open = sessions[index] { return open }
        guard base.documents.indices.contains(index) else { throw AnnotationSaveFailure("Not saved: no such article") }
        let document = base.documents[index]
        if let reason = unsavable(document) { throw AnnotationSaveFailure("Not saved: " + reason) }
        let session = try AnnotationSession(article: document.path, codebook: base.codebook)
        sessions[index] = session
        return session
    }

    /// Keeps the session, lays every document's annotations over the analysis again, and says what was saved where.
    private mutating func saved(_ session: AnnotationSession, document: Int, doing label: String) -> SavedAnnotations {
        sessions[document] = session
        annotations[document] = session.annotations
        var corpus = base
        _ = AnnotationOverlay.apply(annotations, to: &corpus)
        revision += 1
        let name = TerminalSafeText.oneLine(URL(fileURLWithPath: session.sidecarPath).lastPathComponent)
        let merged = session.mergedOtherChanges ? " (merged with changes saved by another editor)" : ""
        return SavedAnnotations(corpus: corpus, message: "Saved to \(name): \(label)\(merged)", revision: revision)
    }

    private static func failure(_ error: Error) -> AnnotationSaveFailure {
        if let failure = error as? AnnotationSaveFailure { return failure }
        if let diagnostic = error as? Diagnostic {
            let name = URL(fileURLWithPath: diagnostic.file).lastPathComponent
            return AnnotationSaveFailure(TerminalSafeText.oneLine("Not saved: \(diagnostic.message) (\(name))"))
        }
        return AnnotationSaveFailure(TerminalSafeText.oneLine("Not saved: \(error)"))
    }
}
