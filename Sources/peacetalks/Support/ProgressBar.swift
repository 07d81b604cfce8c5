#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress bar on standard error while a large corpus loads, drawn only when
/// standard error is a terminal (never in pipes or logs) and only for a load that lasts:
/// nothing shows for the seed, which loads in milliseconds.
final class ProgressBar {
    private let label: String
    private let enabled: Bool
    private let started = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    init(label: String) {
        self.label = label
        enabled = isatty(2) == 1
    }

    /// Called after each step; redraws at most every 100 ms, starting after 300 ms.
    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        guard now - started > .milliseconds(300) else { return }
        if let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
        lastDraw = now
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = done * 100 / total
        StandardError.writeControl("\r\(label) \(bar) \(done)/\(total) (\(percent)%)\u{1B}[K")
        drawn = true
    }

    /// Clears the bar so the command's own output starts on a clean line.
    func finish() {
        guard drawn else { return }
        StandardError.writeControl("\r\u{1B}[K")
        drawn = false
    }
}
