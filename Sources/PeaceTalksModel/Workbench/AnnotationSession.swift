import Foundation

/// The analyst's editing of one article's annotation file, with undo and redo.
///
/// Every change is written to the sidecar (temporary file in the same folder, fsynced, renamed
/// over the old one) before `apply`, `undo` or `redo` returns, so what the explorer shows as
/// done is on disk. Before each write the file is compared with what this session last saw
/// (time, size, hash) under a folder lock; when another editor saved in between, their file
/// is read again and the change is made on top of it, so neither overwrites the other.
public struct AnnotationSession: Sendable {
    public let articlePath: String
    public let sidecarPath: String
    public let codebook: Codebook
    /// The annotations as last read or written.
    public private(set) var annotations: DocumentAnnotations
    /// Inverses of the changes made, last one last.
    public private(set) var undoStack: [AnnotationChange] = []
    public private(set) var redoStack: [AnnotationChange] = []
    /// True when the last change found the file saved by someone else and merged with it.
    public private(set) var mergedOtherChanges = false
    private var seen: SidecarFingerprint?

    /// Opens the article's sidecar, or starts an empty one (written at the first change).
    public init(article path: String, codebook: Codebook) throws {
        articlePath = path
        sidecarPath = AnnotationLoader.sidecarPath(forArticle: path)
        self.codebook = codebook
        seen = SidecarFingerprint.current(of: sidecarPath)
        annotations = try AnnotationLoader.load(forArticle: path, codebook: codebook)
            ?? DocumentAnnotations(path: sidecarPath, positions: [])
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// A tag id not yet used in the file.
    public func newTagID() -> String { AnnotationChange.freshID(prefix: "tag", used: Set(annotations.tags.map(\.id))) }
    /// A memo id not yet used in the file.
    public func newMemoID() -> String { AnnotationChange.freshID(prefix: "memo", used: Set(annotations.memos.map(\.id))) }

    /// Makes the change and writes the file; on any error nothing is written and the undo
    /// history is as before.
    public mutating func apply(_ change: AnnotationChange) throws {
        let inverse = try commit(change)
        undoStack.append(inverse)
        redoStack.removeAll()
    }

    /// Undoes the last change (on the file as it is now). False when there is nothing to undo.
    @discardableResult
    public mutating func undo() throws -> Bool {
        guard let change = undoStack.last else { return false }
        let inverse = try commit(change)
        undoStack.removeLast()
        redoStack.append(inverse)
        return true
    }

    /// Makes the last undone change again. False when there is nothing to redo.
    @discardableResult
    public mutating func redo() throws -> Bool {
        guard let change = redoStack.last else { return false }
        let inverse = try commit(change)
        redoStack.removeLast()
        undoStack.append(inverse)
        return true
    }

    /// Reads the file again when someone else saved it since; true when it did.
    @discardableResult
    public mutating func reloadIfChanged() throws -> Bool {
        let now = SidecarFingerprint.current(of: sidecarPath)
        guard now != seen else { return false }
        annotations = try AnnotationLoader.load(forArticle: articlePath, codebook: codebook)
            ?? DocumentAnnotations(path: sidecarPath, positions: [])
        seen = now
        return true
    }

    private mutating func commit(_ change: AnnotationChange) throws -> AnnotationChange {
        try check(change)
        let lock = FolderLock(folder: (sidecarPath as NSString).deletingLastPathComponent)
        defer { lock.release() }
        mergedOtherChanges = try reloadIfChanged()
        let (changed, inverse) = try change.applied(to: annotations)
        do throws(AtomicFileError) {
            try AtomicFile.write(AnnotationWriter.yaml(changed), to: URL(fileURLWithPath: sidecarPath))
        } catch {
            throw Diagnostic.error("cannot save annotations: \(error.reason)", file: sidecarPath)
        }
        annotations = changed
        seen = SidecarFingerprint.current(of: sidecarPath)
        return inverse
    }

    private func check(_ change: AnnotationChange) throws {
        let (issues, actors) = change.referencedIDs
        for issue in issues where codebook.issue(issue) == nil {
            throw Diagnostic.error("no issue “\(issue)” in the codebook in effect", file: sidecarPath)
        }
        for actor in actors where codebook.actor(actor) == nil {
            throw Diagnostic.error("no actor “\(actor)” in the codebook in effect", file: sidecarPath)
        }
    }
}
