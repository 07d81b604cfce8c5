import Foundation

/// A whole analysed corpus as bytes, so a later run can skip the extraction. Every field of
/// every model type is written in a fixed order; `CorpusArchiveTests` checks that a round
/// trip gives back an equal corpus, which fails when a field is added here but not written.
///
/// Layout (format 9): the header and the head's digest; the head (codebook, actors,
/// positions, diagnostics); the strings more than one document has (`SharedStringTable`);
/// each document on its own, with its other strings numbered afresh per document; the table
/// (the shared strings' lengths and block digests, each document's length, digest, path and
/// paragraph count); and the table's offset in the last 8 bytes. A document is readable
/// without any other, so documents are decoded on every core, and a reader may decode only
/// the ones it needs (`StoredDocuments`).
public enum CorpusArchive: HeaderedFormat {
    /// Bump whenever the layout below changes: an old archive then reads as a mismatch.
    static let formatVersion: UInt8 = 9
    static let magic = Array("peacetalks-corpus".utf8)


    public static func encode(_ corpus: Corpus) -> [UInt8] {
        // The text dominates; the rest is a few bytes per quote, event, mention and link.
        let textBytes = corpus.documents.reduce(0) { total, document in
            total + document.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        }
        var writer = ArchiveWriter(reservingCapacity: textBytes + textBytes / 2 + 4_096)
        writer.raw(magic)
        writer.raw([formatVersion])
        let digestOffset = writer.bytes.count
        writer.raw(repeatElement(0, count: digestLength))
        writer.codebook(corpus.codebook)
        writer.array(corpus.actors) { $0.actor($1) }
        writer.array(corpus.positions) { $0.position($1) }
        writer.array(corpus.diagnostics) { $0.diagnostic($1) }
        let headEnd = writer.bytes.count
        let shared = sharedStrings(of: corpus.documents)
        for string in shared { writer.raw(string.utf8) }
        let sharedEnd = writer.bytes.count
        writer.sharedNumbers = Dictionary(uniqueKeysWithValues: shared.enumerated().map { (UTF8Key($1), $0) })
        // Written in place, one after another, so a large corpus is never held twice.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(corpus.documents.count)
        for document in corpus.documents {
            let start = writer.bytes.count
            writer.forgetStrings()
            writer.document(document)
            ranges.append(start..<writer.bytes.count)
        }
        let tableStart = writer.bytes.count
        writer.forgetStrings()
        writer.sharedNumbers = [:]
        writer.array(shared) { $0.int($1.utf8.count) }
        let blocks = Array(stride(from: headEnd, to: sharedEnd, by: SharedStringTable.blockSize))
        writer.int(blocks.count)
        for start in blocks {
            let sum = writer.bytes.withUnsafeBytes {
                digest(of: UnsafeRawBufferPointer(rebasing: $0[start..<min(sharedEnd, start + SharedStringTable.blockSize)]))
            }
            writer.raw(sum)
        }
        writer.int(ranges.count)
        for (range, document) in zip(ranges, corpus.documents) {
            let sum = writer.bytes.withUnsafeBytes { digest(of: UnsafeRawBufferPointer(rebasing: $0[range])) }
            writer.int(range.count)
            writer.raw(sum)
            writer.string(document.path)
            writer.int(document.paragraphs.count)
        }
        writer.raw(withUnsafeBytes(of: UInt64(tableStart).littleEndian, Array.init))
        let sum = writer.bytes.withUnsafeBytes { bytes in
            headDigest(head: UnsafeRawBufferPointer(rebasing: bytes[(digestOffset + digestLength)..<headEnd]),
                       table: UnsafeRawBufferPointer(rebasing: bytes[tableStart...]))
        }
        writer.patch(at: digestOffset, with: sum)
        return writer.bytes
    }

    /// Strings of more than 15 bytes that more than one document has, in the order first met.
    static func sharedStrings(of documents: DocumentList) -> [String] {
        // Each document's strings gathered on every core, then counted in document order.
        let perDocument = documents.asArray.concurrentMap { document in
            var collector = ArchiveWriter()
            collector.startCollecting()
            collector.document(document)
            return collector.collected ?? []
        }
        var documentsHaving: [UTF8Key: Int] = [:]
        var order: [String] = []
        for strings in perDocument {
            for string in strings {
                let key = UTF8Key(string)
                documentsHaving[key, default: 0] += 1
                if documentsHaving[key] == 1 { order.append(string) }
            }
        }
        return order.filter { documentsHaving[UTF8Key($0), default: 0] > 1 }
    }

    /// 32 hexadecimal digits over `contents`: an entry damaged on disk is refused, rather than
    /// read as a corpus with wrong offsets.
    static func digest(of contents: UnsafeRawBufferPointer) -> [UInt8] {
        var hash = ContentHash()
        hash.combine(bytes: contents)
        return Array(hash.hex.utf8)
    }

    /// The head's digest covers the document table too, and through its digests every document.
    static func headDigest(head: UnsafeRawBufferPointer, table: UnsafeRawBufferPointer) -> [UInt8] {
        var hash = ContentHash()
        hash.combine(bytes: head)
        hash.combine(bytes: table)
        return Array(hash.hex.utf8)
    }

    static let digestLength = 32

    public static func decode(_ bytes: [UInt8]) throws -> Corpus {
        try bytes.withUnsafeBytes { try decode($0) }
    }

    public static func decode(_ data: Data) throws -> Corpus {
        try data.withUnsafeBytes { try decode($0) }
    }

    /// Every document decoded, on every core; any damage anywhere is an `ArchiveError`.
    ///
    /// `fromMappedFile`: `buffer` is a read-only mapping of the archive's file, whose pages are
    /// handed back as each document is decoded, so the archive and the corpus decoded from it
    /// are not both resident at the peak (never for other memory: its contents would be lost).
    static func decode(_ buffer: UnsafeRawBufferPointer, fromMappedFile: Bool = false) throws -> Corpus {
        let layout = try Layout(buffer)
        nonisolated(unsafe) let shared = buffer
        let strings = try DecodedSharedStrings(layout.sharedStrings, in: buffer)
        if fromMappedFile { MappedPages.release(layout.sharedStrings.range, of: buffer) }
        var documents: [Document] = []
        documents.reserveCapacity(layout.documents.count)
        // In waves of about 8 MB of archive, each handed back whole once decoded: one
        // `madvise` per document cost more in page-table flushes on every core than it saved.
        var waveStart = 0
        while waveStart < layout.documents.count {
            var waveEnd = waveStart + 1
            let limit = layout.documents[waveStart].range.lowerBound + (8 << 20)
            while waveEnd < layout.documents.count, layout.documents[waveEnd].range.upperBound <= limit { waveEnd += 1 }
            documents += try Array(waveStart..<waveEnd).concurrentMap { index in
                Result { try layout.document(index, in: shared, sharedStrings: strings) }
            }.map { try $0.get() }
            if fromMappedFile {
                MappedPages.release(
                    layout.documents[waveStart].range.lowerBound..<layout.documents[waveEnd - 1].range.upperBound, of: shared)
            }
            waveStart = waveEnd
        }
        var corpus = layout.head
        corpus.documents = DocumentList(documents)
        return corpus
    }

    /// Where everything lies in one archive, read and checked from its head and table only.
    struct Layout: Sendable {
        struct Entry: Sendable {
            var range: Range<Int>
            var digest: [UInt8]
            /// Known without decoding the document: what loading annotations and checking the
            /// stored search index ask of every document.
            var path: String
            var paragraphCount: Int
        }

        /// The corpus without its documents.
        var head: Corpus
        var sharedStrings: SharedStringTable
        var documents: [Entry]

        init(_ buffer: UnsafeRawBufferPointer) throws {
            guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else {
                throw ArchiveError(offset: 0, reason: "not a peacetalks corpus archive")
            }
            var reader = ArchiveReader(buffer, from: magic.count)
            let version = try reader.byte()
            guard version == formatVersion else {
                throw reader.failure("archive format \(version), this build reads \(formatVersion)")
            }
            let stored = Array(try reader.raw(count: digestLength))
            let headStart = reader.offset
            let codebook = try reader.codebook()
            let actors = try reader.array { try $0.actor() }
            let positions = try reader.array { try $0.position() }
            let diagnostics = try reader.array { try $0.diagnostic() }
            let headEnd = reader.offset
            guard buffer.count - headEnd >= 8 else { throw reader.failure("unexpected end of data") }
            let tableOffset = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: buffer.count - 8, as: UInt64.self))
            guard tableOffset >= UInt64(headEnd), tableOffset <= UInt64(buffer.count - 8) else {
                throw ArchiveError(offset: buffer.count - 8, reason: "the document table is out of place")
            }
            let tableStart = Int(tableOffset)
            let tableBytes = UnsafeRawBufferPointer(rebasing: buffer[tableStart...])
            guard stored.elementsEqual(headDigest(head: UnsafeRawBufferPointer(rebasing: buffer[headStart..<headEnd]), table: tableBytes)) else {
                throw ArchiveError(offset: headStart, reason: "the archive is damaged (digest mismatch)")
            }
            var table = ArchiveReader(buffer, from: tableStart)
            var bounds = [headEnd]
            for length in try table.array({ try $0.int() }) {
                guard length >= 0, length <= tableStart - bounds[bounds.count - 1] else {
                    throw table.failure("a shared string runs past the table")
                }
                bounds.append(bounds[bounds.count - 1] + length)
            }
            let blockDigests = try table.array { Array(try $0.raw(count: digestLength)) }
            sharedStrings = SharedStringTable(bounds: bounds, blockDigests: blockDigests)
            let sharedBytes = bounds[bounds.count - 1] - headEnd
            guard blockDigests.count == (sharedBytes + SharedStringTable.blockSize - 1) / SharedStringTable.blockSize else {
                throw table.failure("the shared strings' blocks do not match their length")
            }
            var start = bounds[bounds.count - 1]
            documents = try table.array { reader in
                let length = try reader.int()
                let digest = Array(try reader.raw(count: digestLength))
                let path = try reader.string()
                let paragraphCount = try reader.int()
                guard length >= 0, length <= tableStart - start, paragraphCount >= 0 else {
                    throw reader.failure("a document runs past the table")
                }
                defer { start += length }
                return Entry(range: start..<start + length, digest: digest, path: path, paragraphCount: paragraphCount)
            }
            guard start == tableStart, table.offset == buffer.count - 8 else {
                throw table.failure("unexpected data around the document table")
            }
            head = Corpus(codebook: codebook, documents: [], actors: actors, positions: positions, diagnostics: diagnostics)
        }

        /// Document `index`, checked against its digest before a byte of it is read.
        func document(_ index: Int, in buffer: UnsafeRawBufferPointer, sharedStrings: any SharedStringSource) throws -> Document {
            let entry = documents[index]
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[entry.range])
            guard entry.digest.elementsEqual(digest(of: bytes)) else {
                throw ArchiveError(offset: entry.range.lowerBound, reason: "document \(index) is damaged (digest mismatch)")
            }
            // Offsets in errors count from the start of the archive, as everywhere else.
            var reader = ArchiveReader(UnsafeRawBufferPointer(rebasing: buffer[..<entry.range.upperBound]), from: entry.range.lowerBound)
            reader.shared = sharedStrings
            let document = try reader.document()
            guard reader.isAtEnd else { throw reader.failure("unexpected data after document \(index)") }
            return document
        }
    }
}
