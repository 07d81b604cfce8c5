import Foundation

/// Values kept until the process ends, so their memory goes back with the process instead of
/// being freed object by object when a command returns: freeing 10,000 decoded articles was a
/// tenth of a warm `summary` (perf). `exit` runs no Swift deinitialisers.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}
