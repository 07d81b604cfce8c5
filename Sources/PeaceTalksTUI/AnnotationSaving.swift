import PeaceTalksModel

/// One change the analyst asked for in the explorer: which document's annotation file, the
/// change, and the words the status line uses for it (`confirmed territory / russia`).
public struct AnnotationEdit: Hashable, Sendable {
    /// Index into the corpus's documents.
    public var document: Int
    public var change: AnnotationChange
    public var label: String

    public init(document: Int, change: AnnotationChange, label: String) {
        self.document = document
        self.change = change
        self.label = label
    }
}

/// A change that reached the disk: the corpus with every document's annotations laid over the
/// analysis again, and what the status line says.
public struct SavedAnnotations: Hashable, Sendable {
    public var corpus: Corpus
    public var message: String
    /// Counts the saves of one run; equality goes by it, since a corpus is too large to compare.
    public var revision: Int

    public init(corpus: Corpus, message: String, revision: Int) {
        self.corpus = corpus
        self.message = message
        self.revision = revision
    }

    public static func == (left: SavedAnnotations, right: SavedAnnotations) -> Bool {
        left.revision == right.revision && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(revision)
        hasher.combine(message)
    }
}

/// A change that did not reach the disk (a read-only folder, nothing to undo): the screen
/// stays as it was and the status line says why.
public struct AnnotationSaveFailure: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

public typealias AnnotationSaveResult = Result<SavedAnnotations, AnnotationSaveFailure>
