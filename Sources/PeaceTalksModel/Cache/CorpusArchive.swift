import Foundation

/// A whole analysed corpus as bytes, so a later run can skip the extraction. Every field of
/// every model type is written in a fixed order; `CorpusArchiveTests` checks that a round
/// trip gives back an equal corpus, which fails when a field is added here but not written.
public enum CorpusArchive {
    /// Bump whenever the layout below changes: an old archive then reads as a mismatch.
    static let formatVersion: UInt8 = 7
    static let magic = Array("peacetalks-corpus".utf8)

    /// Whether `bytes` begin as every archive of any format version does: how the cache
    /// tells the files it wrote from anyone else's.
    static func hasHeader(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic)
    }

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
        writer.array(corpus.documents) { $0.document($1) }
        writer.array(corpus.actors) { $0.actor($1) }
        writer.array(corpus.positions) { $0.position($1) }
        writer.array(corpus.diagnostics) { $0.diagnostic($1) }
        let contentsStart = digestOffset + digestLength
        let sum = writer.bytes.withUnsafeBytes { Self.digest(of: UnsafeRawBufferPointer(rebasing: $0[contentsStart...])) }
        writer.patch(at: digestOffset, with: sum)
        return writer.bytes
    }

    /// 32 hexadecimal digits over everything after the header: an entry damaged on disk is
    /// refused as a whole, rather than read as a corpus with wrong offsets.
    static func digest(of contents: UnsafeRawBufferPointer) -> [UInt8] {
        var hash = ContentHash()
        hash.combine(bytes: contents)
        return Array(hash.hex.utf8)
    }

    static let digestLength = 32

    public static func decode(_ bytes: [UInt8]) throws -> Corpus {
        try bytes.withUnsafeBytes(decode)
    }

    public static func decode(_ data: Data) throws -> Corpus {
        try data.withUnsafeBytes(decode)
    }

    static func decode(_ buffer: UnsafeRawBufferPointer) throws -> Corpus {
        guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else {
            throw ArchiveError(offset: 0, reason: "not a peacetalks corpus archive")
        }
        var reader = ArchiveReader(buffer, from: magic.count)
        let version = try reader.byte()
        guard version == formatVersion else {
            throw reader.failure("archive format \(version), this build reads \(formatVersion)")
        }
        let stored = try reader.raw(count: digestLength)
        let contents = UnsafeRawBufferPointer(rebasing: buffer[reader.offset...])
        guard stored.elementsEqual(digest(of: contents)) else { throw reader.failure("the archive is damaged (digest mismatch)") }
        let corpus = Corpus(
            codebook: try reader.codebook(),
            documents: try reader.array { try $0.document() },
            actors: try reader.array { try $0.actor() },
            positions: try reader.array { try $0.position() },
            diagnostics: try reader.array { try $0.diagnostic() })
        guard reader.isAtEnd else { throw reader.failure("unexpected data after the corpus") }
        return corpus
    }
}
