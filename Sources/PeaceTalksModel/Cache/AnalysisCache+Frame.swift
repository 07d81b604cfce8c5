import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The explorer's first screen, kept beside the analysis (`*.frame`), so a warm start can
/// show it before the stored analysis is decoded. A screen is given back only when it was
/// drawn for the same program, request and view, every input file's stamp is unchanged, and
/// the entry of the analysis it shows is still in the cache; anything else (a missing, damaged
/// or foreign file, another size, another input) gives nothing and the explorer starts as it
/// would without one.
extension AnalysisCache {
    /// How many stored screens are kept, newest first (a few sizes of a few requests).
    static var maxFrames: Int { 64 }

    /// The screen stored for `inputs`, or nil.
    public func storedFrame(for inputs: FrameInputs) -> [UInt8]? {
        guard folder.prepare() else { return nil }
        let path = folder.framePath(inputs.name)
        guard let storage = folder.map(path) else { return nil }
        guard let frame = try? StoredFrame.decode(storage.bytes) else {
            // Ours but damaged: the next store writes it anew. Someone else's: left alone.
            return nil
        }
        guard frame.inputs.identity == inputs.identity, frame.inputs.files == inputs.files else { return nil }
        guard folder.isEntry(entryPath(frame.entryKey)) else {
            // The analysis it shows was evicted: the screen goes with it.
            folder.remove(path)
            return nil
        }
        return frame.payload
    }

    /// Stores `payload`, the screen drawn from the analysis `entryKey` for `inputs`, replacing
    /// the one stored for the same inputs (temporary file, fsync, rename, 0600). Not stored
    /// when an input changed too recently for its stamp to be trusted, or when a file of
    /// someone else's has the frame's name.
    public func storeFrame(_ payload: [UInt8], for inputs: FrameInputs, entryKey: String) {
        guard inputs.settled, folder.prepare(), folder.isEntry(entryPath(entryKey)) else { return }
        let path = folder.framePath(inputs.name)
        var existing = stat()
        if lstat(path, &existing) == 0, !folder.isEntry(path) { return }
        let frame = StoredFrame(inputs: inputs, entryKey: entryKey, payload: payload)
        do {
            try AtomicFile.write(frame.encode(), to: URL(fileURLWithPath: path), permissions: 0o600)
        } catch {
            return
        }
        evictFrames(keeping: path)
    }

    /// Screens whose analysis is gone go with it; beyond `maxFrames`, the oldest go. Only
    /// files the cache wrote are looked at (`CacheFolder.files`) and removed.
    func evictFrames(keeping kept: String) {
        let frames = folder.files(endingWith: CacheFolder.frameSuffix).sorted { $0.date > $1.date }
        for (number, frame) in frames.enumerated() where frame.path != kept {
            if number >= Self.maxFrames {
                folder.remove(frame.path)
                continue
            }
            guard let storage = folder.map(frame.path), let stored = try? StoredFrame.decode(storage.bytes) else { continue }
            if !folder.isEntry(entryPath(stored.entryKey)) { folder.remove(frame.path) }
        }
    }
}
