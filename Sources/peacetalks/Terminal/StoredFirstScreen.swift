import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeaceTalksModel
import PeaceTalksTUI

/// The explorer's first screen kept in the analysis cache (`AnalysisCache.storedFrame`), so
/// a warm start shows it as soon as the inputs' stamps say it is current, before the stored
/// analysis is decoded and the explorer built (issue 15: that was 25 of a warm start's 30 ms).
/// The real explorer then draws over it; the backend draws only cells that differ, so the
/// same screen costs nothing. Keys typed meanwhile wait in ncurses's queue for the explorer.
final class StoredFirstScreen {
    private let request: CorpusRequest
    private let cache: AnalysisCache
    /// The inputs with this terminal's view: size, colour mode, memo editor.
    let inputs: FrameInputs
    let size: Size
    // Set by `store`, waited for by `finish`.
    private var storing: DispatchSemaphore?

    /// Nil without stamps to go by (no cache, `--verify`).
    init?(request: CorpusRequest, stamps: FrameInputs?, size: Size, options: ExplorerOptions) {
        guard let stamps, let cache = request.cache else { return nil }
        self.request = request
        self.cache = cache
        self.size = size
        let colours = options.monochrome ? "monochrome" : "colour"
        inputs = stamps.viewing("\(size.width)x\(size.height) \(colours) editor=\(options.memoEditor)")
    }

    /// The terminal's size as the kernel reports it, before ncurses starts (which may take
    /// LINES and COLUMNS instead: the caller checks again once it has).
    static func windowSize() -> Size {
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0 else { return Size(width: 0, height: 0) }
        return Size(width: Int(window.ws_col), height: Int(window.ws_row))
    }

    /// The stored screen for these inputs, or nil: none, damaged, foreign, another size.
    func stored() -> Screen? {
        guard let image = cache.storedFrame(for: inputs), let screen = Screen(image: image), screen.size == size else { return nil }
        return screen
    }

    /// Keeps `screen`, the explorer's first, for the next start. The entry's name is found
    /// again from the files (slow on a large corpus), so this runs on its own thread.
    func store(_ screen: Screen) {
        // Inputs changed a moment ago are not trusted to be stored: no need to find the entry.
        guard screen.size == size, inputs.settled, storing == nil else { return }
        let done = DispatchSemaphore(value: 0)
        storing = done
        let thread = Thread { [request, cache, inputs] in
            if let key = request.entryKey() { cache.storeFrame(screen.image, for: inputs, entryKey: key) }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for a store in progress, so no temporary file is left half written at exit.
    func finish() {
        storing?.wait()
    }
}
