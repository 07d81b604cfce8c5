import Synchronization

/// The exit statuses that say more than success or failure.
enum ExitStatus {
    /// The command completed, but some inputs in a folder were skipped (each named in a warning).
    static let skippedInput: Int32 = 3

    private static let skipped = Atomic<Bool>(false)

    /// Called from whichever thread loaded the articles.
    static func recordSkippedInput() { skipped.store(true, ordering: .relaxed) }

    /// 3 when an input was skipped, else 0.
    static var success: Int32 { skipped.load(ordering: .relaxed) ? skippedInput : 0 }
}
