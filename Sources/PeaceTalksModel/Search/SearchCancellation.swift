import Foundation

/// A flag a caller sets to stop a search that nobody waits for any more (a newer keystroke
/// superseded it). The engine reads it between units and inside long scans, and a cancelled
/// run returns nil without remembering anything for the next query: what it found is partial.
public final class SearchCancellation: @unchecked Sendable {
    // Guarded by `lock`: set by the caller's thread, read by the searching one.
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public func cancel() {
        lock.withLock { cancelled = true }
    }

    public var isCancelled: Bool {
        lock.withLock { cancelled }
    }
}
