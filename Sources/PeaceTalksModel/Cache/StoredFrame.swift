import Foundation

/// What the explorer's first screen depends on, known without reading any article: the
/// program, the request and the view (`identity`), and the stamps of every file the analysis
/// and the annotations laid over it are read from (articles, their metadata, codebook and
/// annotation files, the user's and the folders' codebooks), present or not, so a file that
/// appears counts as a change too. Taken before loading reads those files: a file changed
/// after its stamp was taken changes the stamp the next run sees, so a stored screen is never
/// shown for inputs it was not drawn from.
public struct FrameInputs: Sendable, Equatable {
    struct File: Sendable, Equatable {
        var path: String
        var stamp: FileStamp
    }

    /// The program, the request, and whatever the caller adds with `viewing(_:)`.
    public private(set) var identity: String
    var files: [File]
    /// False when a file changed in the last two seconds: a rewrite of the same size within
    /// its stamp's resolution would not show (git's "racily clean"), so no screen is stored.
    public internal(set) var settled: Bool

    init(identity: String, files: [File], takenAt now: Int64) {
        self.identity = identity
        self.files = files
        settled = files.allSatisfy { $0.stamp.modified <= now - 2_000_000_000 }
    }

    /// The same inputs for one view of them: the terminal's size, the colour mode and the
    /// options the screen is drawn with. A screen is only ever shown for the same view.
    public func viewing(_ view: String) -> FrameInputs {
        var inputs = self
        inputs.identity += "\u{0}view\u{0}" + view
        return inputs
    }

    /// The stored screen's file name: a digest of the identity (the identity itself is
    /// inside the file and compared whole).
    var name: String {
        var hash = ContentHash()
        hash.combine(identity)
        return "frame-" + hash.hex
    }
}

/// A first screen the explorer drew, kept in the cache (`*.frame`) beside the analysis it was
/// drawn from, with the inputs it was drawn from. The screen itself (`payload`) is the
/// explorer's business; the cache only keeps it and says whether it is still current.
struct StoredFrame: Sendable, Equatable {
    var inputs: FrameInputs
    /// The entry of the analysis the screen shows: without it, no screen is shown.
    var entryKey: String
    var payload: [UInt8]

    static let magic = Array("peacetalks-frame".utf8)
    static let formatVersion: UInt8 = 1

    static func hasHeader(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic)
    }

    func encode() -> [UInt8] {
        var writer = ArchiveWriter()
        writer.raw(Self.magic)
        writer.raw([Self.formatVersion])
        let digestOffset = writer.bytes.count
        writer.raw(repeatElement(0, count: CorpusArchive.digestLength))
        writer.string(inputs.identity)
        writer.string(entryKey)
        writer.array(inputs.files) { writer, file in
            writer.string(file.path)
            writer.int(Int(file.stamp.size))
            writer.int(Int(file.stamp.modified))
            writer.int(Int(truncatingIfNeeded: file.stamp.inode))
            writer.int(Int(truncatingIfNeeded: file.stamp.device))
        }
        writer.int(payload.count)
        writer.raw(payload)
        let start = digestOffset + CorpusArchive.digestLength
        let sum = writer.bytes.withUnsafeBytes { CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: $0[start...])) }
        writer.patch(at: digestOffset, with: sum)
        return writer.bytes
    }

    static func decode(_ buffer: UnsafeRawBufferPointer) throws -> StoredFrame {
        guard hasHeader(buffer) else { throw ArchiveError(offset: 0, reason: "not a peacetalks frame") }
        var reader = ArchiveReader(buffer, from: magic.count)
        guard try reader.byte() == formatVersion else { throw reader.failure("frame format") }
        let stored = try reader.raw(count: CorpusArchive.digestLength)
        guard stored.elementsEqual(CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: buffer[reader.offset...]))) else {
            throw reader.failure("the frame is damaged (digest mismatch)")
        }
        let identity = try reader.string()
        let entryKey = try reader.string()
        let files = try reader.array { reader -> FrameInputs.File in
            let path = try reader.string()
            let stamp = FileStamp(
                size: Int64(try reader.int()), modified: Int64(try reader.int()),
                inode: UInt64(truncatingIfNeeded: try reader.int()), device: UInt64(truncatingIfNeeded: try reader.int()))
            return FrameInputs.File(path: path, stamp: stamp)
        }
        let payload = Array(try reader.raw(count: try reader.count()))
        guard reader.isAtEnd else { throw reader.failure("unexpected data after the frame") }
        var inputs = FrameInputs(identity: identity, files: files, takenAt: 0)
        inputs.settled = true
        return StoredFrame(inputs: inputs, entryKey: entryKey, payload: payload)
    }
}
