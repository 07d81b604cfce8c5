import Foundation

/// The documents of an analysis the cache stored, decoded the first time each is read from
/// the mapped archive (format 8 stores each on its own, with its digest).
///
/// A document that fails its digest cannot be thrown from a collection's subscript: it reads
/// as an empty document with as many empty paragraphs as the table says (so no index into it
/// is out of range), `isDamaged` turns true, and `onDamage` runs once (the cache removes the
/// entry). A caller that decoded lazily checks `isDamaged` before it prints, and loads again.
final class StoredDocuments: DocumentSource, @unchecked Sendable {
    private let storage: ByteStorage
    private let layout: CorpusArchive.Layout
    private let onDamage: @Sendable () -> Void
    private let sharedStrings: LazySharedStrings
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var decoded: [Document?]
    private var damaged = false

    let paths: [String]
    let paragraphCounts: [Int]
    var count: Int { layout.documents.count }

    init(storage: ByteStorage, layout: CorpusArchive.Layout, onDamage: @escaping @Sendable () -> Void) {
        self.storage = storage
        self.layout = layout
        self.onDamage = onDamage
        sharedStrings = LazySharedStrings(layout.sharedStrings, storage: storage)
        decoded = Array(repeating: nil, count: layout.documents.count)
        paths = layout.documents.map(\.path)
        paragraphCounts = layout.documents.map(\.paragraphCount)
    }

    var isDamaged: Bool { lock.withLock { damaged } }

    func document(_ index: Int) -> Document {
        if let made = lock.withLock({ decoded[index] }) { return made }
        return store(decode(index), at: index)
    }

    func all() -> [Document] {
        let missing = lock.withLock { decoded.indices.filter { decoded[$0] == nil } }
        let made = missing.concurrentMap { [self] index in decode(index) }
        for (index, document) in zip(missing, made) { _ = store(document, at: index) }
        return lock.withLock { decoded.map { $0! } }
    }

    private func store(_ result: Result<Document, ArchiveError>, at index: Int) -> Document {
        let document: Document
        switch result {
        case .success(let made): document = made
        case .failure:
            let first = lock.withLock {
                defer { damaged = true }
                return !damaged
            }
            if first { onDamage() }
            document = placeholder(index)
        }
        lock.withLock { decoded[index] = document }
        return document
    }

    private func decode(_ index: Int) -> Result<Document, ArchiveError> {
        do {
            return .success(try layout.document(index, in: storage.bytes, sharedStrings: sharedStrings))
        } catch let error as ArchiveError {
            return .failure(error)
        } catch {
            return .failure(ArchiveError(offset: layout.documents[index].range.lowerBound, reason: "\(error)"))
        }
    }

    private func placeholder(_ index: Int) -> Document {
        let entry = layout.documents[index]
        let paragraphs = (0..<entry.paragraphCount).map {
            Paragraph(index: $0, line: 1, kind: .body, section: 0, text: "", sentences: [], repeatsParagraph: nil)
        }
        return Document(
            id: index, path: entry.path, metadata: ArticleMetadata(), language: .english,
            anchor: DateAnchor(year: 1970, source: .fileDate), paragraphs: paragraphs, sections: [], quotes: [],
            events: [], mentions: [], issueLinks: [])
    }
}
