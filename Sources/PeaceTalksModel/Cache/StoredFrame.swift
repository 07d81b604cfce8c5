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
struct StoredFrame: Sendable, Equatable, HeaderedFormat {
    var inputs: FrameInputs
    /// The entry of the analysis the screen shows: without it, no screen is shown.
    var entryKey: String
    var payload: [UInt8]

    static let magic = Array("peacetalks-frame".utf8)
    static let formatVersion: UInt8 = 1


    func encode() -> [UInt8] {
        SealedFile.write(magic: Self.magic, version: Self.formatVersion) { writer in
            writer.string(inputs.identity)
            writer.string(entryKey)
            writer.array(inputs.files) { writer, file in
                writer.string(file.path)
                writer.stamp(file.stamp)
            }
            writer.int(payload.count)
            writer.raw(payload)
        }
    }

    static func decode(_ buffer: UnsafeRawBufferPointer) throws -> StoredFrame {
        var reader = try SealedFile.open(buffer, magic: magic, version: formatVersion, what: "frame")
        let identity = try reader.string()
        let entryKey = try reader.string()
        let files = try reader.array { reader in FrameInputs.File(path: try reader.string(), stamp: try reader.stamp()) }
        let payload = Array(try reader.raw(count: try reader.count()))
        guard reader.isAtEnd else { throw reader.failure("unexpected data after the frame") }
        var inputs = FrameInputs(identity: identity, files: files, takenAt: 0)
        inputs.settled = true
        return StoredFrame(inputs: inputs, entryKey: entryKey, payload: payload)
    }
}
