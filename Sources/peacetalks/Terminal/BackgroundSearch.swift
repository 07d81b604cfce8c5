import Foundation
import PeaceTalksModel
import PeaceTalksTUI

/// Runs the explorer's searches on a thread of their own, one at a time, newest wins:
/// starting a search cancels the one before it, whose result is never delivered. The event
/// loop starts what the state awaits and collects what has finished; the screen never waits.
final class BackgroundSearch: @unchecked Sendable {
    private let queue = DispatchQueue(label: "peacetalks.search", qos: .userInitiated)
    // Guarded by `lock`: written by the searching thread, read by the event loop.
    private let lock = NSLock()
    private var finished: Action?
    // The event loop's own: which search runs, and how to stop it.
    private var running: SearchRequest?
    private var cancellation: SearchCancellation?

    /// Whether a search has been started and its result not yet collected.
    var isBusy: Bool { running != nil }

    /// Starts `request` unless it is the one already running; cancels any other. With nil,
    /// cancels what runs (the prompt was closed).
    func follow(_ request: SearchRequest?, on explorer: Explorer) {
        guard request != running else { return }
        cancel()
        guard let request else { return }
        running = request
        let token = SearchCancellation()
        cancellation = token
        queue.async { [self] in
            // Queued behind a search that was cancelled meanwhile: superseded before it began.
            guard !token.isCancelled, let action = explorer.runSearch(request, cancellation: token) else { return }
            lock.withLock { if !token.isCancelled { finished = action } }
        }
    }

    /// The finished search's action, once; nil while it runs.
    func takeFinished() -> Action? {
        let action = lock.withLock {
            defer { finished = nil }
            return finished
        }
        if action != nil {
            running = nil
            cancellation = nil
        }
        return action
    }

    /// Stops what runs; its result is never delivered.
    func cancel() {
        cancellation?.cancel()
        cancellation = nil
        running = nil
        lock.withLock { finished = nil }
    }
}
