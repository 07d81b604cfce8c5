/// A file format the cache tells its own files by: they begin with `magic`.
protocol HeaderedFormat {
    static var magic: [UInt8] { get }
}

extension HeaderedFormat {
    /// Whether `bytes` begin as every file of this format, of any version, does.
    static func hasHeader(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic)
    }
}

/// The frame of the cache's small companion files (`StatManifest`, `StoredFrame`): a magic
/// header the cache tells its own files by, a format version, and a digest of everything
/// after it, so a damaged file is refused whole.
enum SealedFile {
    static func write(magic: [UInt8], version: UInt8, _ body: (inout ArchiveWriter) -> Void) -> [UInt8] {
        var writer = ArchiveWriter()
        writer.raw(magic)
        writer.raw([version])
        let digestOffset = writer.bytes.count
        writer.raw(repeatElement(0, count: CorpusArchive.digestLength))
        body(&writer)
        let start = digestOffset + CorpusArchive.digestLength
        let sum = writer.bytes.withUnsafeBytes { CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: $0[start...])) }
        writer.patch(at: digestOffset, with: sum)
        return writer.bytes
    }

    /// A reader at the first byte after the header, once header, version and digest are
    /// right; `what` names the kind of file in the errors.
    static func open(_ buffer: UnsafeRawBufferPointer, magic: [UInt8], version: UInt8, what: String) throws -> ArchiveReader {
        guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else {
            throw ArchiveError(offset: 0, reason: "not a peacetalks \(what)")
        }
        var reader = ArchiveReader(buffer, from: magic.count)
        guard try reader.byte() == version else { throw reader.failure("\(what) format") }
        let stored = try reader.raw(count: CorpusArchive.digestLength)
        guard stored.elementsEqual(CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: buffer[reader.offset...]))) else {
            throw reader.failure("the \(what) is damaged (digest mismatch)")
        }
        return reader
    }
}

extension ArchiveWriter {
    mutating func stamp(_ stamp: FileStamp) {
        int(Int(stamp.size))
        int(Int(stamp.modified))
        int(Int(truncatingIfNeeded: stamp.inode))
        int(Int(truncatingIfNeeded: stamp.device))
    }
}

extension ArchiveReader {
    mutating func stamp() throws -> FileStamp {
        FileStamp(
            size: Int64(try int()), modified: Int64(try int()),
            inode: UInt64(truncatingIfNeeded: try int()), device: UInt64(truncatingIfNeeded: try int()))
    }
}
