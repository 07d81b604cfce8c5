import Foundation
import PeaceTalksModel

/// A corpus loading on its own thread while the explorer's screen shows its progress.
/// Cancelling does not stop the thread: the process ends once the terminal is restored,
/// which is the promptest way out of a long load.
final class BackgroundLoad: @unchecked Sendable {
    struct Progress: Equatable {
        var stage: CorpusRequest.Stage
        var done: Int
        var total: Int
    }

    // Guarded by `lock`: written by the loading thread, read by the drawing loop.
    private let lock = NSLock()
    private var progress = Progress(stage: .reading, done: 0, total: 0)
    private var outcome: Result<CorpusRequest.Loaded, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ request: CorpusRequest) {
        let thread = Thread { [self] in
            let result = Result { try request.loadAnalysisReporting { stage, done, total in self.report(stage, done, total) } }
            lock.withLock { outcome = result }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func report(_ stage: CorpusRequest.Stage, _ done: Int, _ total: Int) {
        lock.withLock { progress = Progress(stage: stage, done: done, total: total) }
    }

    /// Waits up to `seconds` for the load to finish, so a quick load (one article) goes
    /// straight to the explorer without a flash of the progress screen.
    func wait(upTo seconds: Double) {
        if done.wait(timeout: .now() + seconds) == .success { done.signal() }
    }

    var current: Progress { lock.withLock { progress } }

    /// The corpus (or the error) once loading has finished; nil while it runs.
    var finished: Result<CorpusRequest.Loaded, Error>? { lock.withLock { outcome } }
}
