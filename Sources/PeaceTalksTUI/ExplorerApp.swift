import PeaceTalksModel

/// Options the command line passes to the explorer.
public struct ExplorerOptions: Hashable, Sendable {
    /// Monochrome: bold, underline and reverse only (NO_COLOR or --no-color).
    public var monochrome: Bool

    public init(monochrome: Bool = false) {
        self.monochrome = monochrome
    }
}

/// The explorer as the backend sees it: feed it events, ask it for frames.
public struct ExplorerApp: Sendable {
    public private(set) var shouldQuit = false
    let corpus: Corpus
    let options: ExplorerOptions

    public init(corpus: Corpus, options: ExplorerOptions, size: Size) {
        self.corpus = corpus
        self.options = options
    }

    // STUB: map the event to actions and update the state.
    public mutating func send(_ event: InputEvent) {
        if event == .key(.character("q")) { shouldQuit = true }
    }

    // STUB: a pure function of the state and the size.
    public func render(size: Size) -> Screen {
        Screen(size: size)
    }
}
