/// The reader's own state: what it shows, the selected entry of a detail and the first
/// visible line, with the moves over them. The content (`ReaderView`) comes from the caller,
/// built for this state and the screen's width.
public struct ReaderState: Hashable, Sendable {
    public var mode: ReaderMode = .detail
    /// The selected entry (passage) of a detail; kept while an article or compare is open, for the way back.
    public var entry = 0
    /// The first visible line.
    public var scroll = 0

    public init(mode: ReaderMode = .detail, entry: Int = 0, scroll: Int = 0) {
        self.mode = mode
        self.entry = entry
        self.scroll = scroll
    }

    /// A move in `view`, `height` lines shown: in a detail it selects passages, elsewhere it scrolls.
    mutating func move(_ move: ListMove, view: ReaderView, height: Int) {
        guard case .detail = mode, let main = view.main, view.entryCount > 0 else {
            scroll = Viewport(scroll: scroll).moved(move, height: height, lineCount: view.lineCount).scroll
            return
        }
        let current = clamp(entry, 0, view.entryCount - 1)
        switch move {
        case .up, .down:
            switch EntryStep(move, lines: main.entryLines[current], index: current, count: view.entryCount, scroll: scroll, height: height) {
            case .scroll(let lines):
                scroll += lines
            case .select(let next):
                entry = next
                scrollToEntry(view: view, height: height, upward: move == .up)
            case .end:
                scroll += move.direction
            }
        case .pageUp, .pageDown:
            let paged = Viewport(scroll: scroll).moved(move, height: height, lineCount: view.lineCount)
            scroll = view.clampedScroll(paged.scroll, height: height)
            entry = Self.entryInView(main, scroll: scroll, height: height, current: current)
        case .top:
            scroll = 0
            entry = 0
        case .bottom:
            scroll = max(0, view.lineCount - height)
            entry = view.entryCount - 1
        }
    }

    /// The current entry if it is still in view, else the first one that is.
    static func entryInView(_ content: ReaderContent, scroll: Int, height: Int, current: Int) -> Int {
        let visible = scroll..<(scroll + height)
        if content.entryLines.indices.contains(current), content.entryLines[current].overlaps(visible) { return current }
        return content.firstEntry(overlapping: visible) ?? current
    }

    /// Scrolls so the selected entry shows whole if it fits, else its top (moving down) or its
    /// bottom (moving up). The first entry also shows what is above it.
    mutating func scrollToEntry(view: ReaderView, height: Int, upward: Bool) {
        guard let main = view.main, main.entryLines.indices.contains(entry) else { return }
        let lines = main.entryLines[entry]
        if lines.count <= height {
            scroll = min(max(scroll, lines.upperBound - height), lines.lowerBound)
            if entry == 0, lines.upperBound <= height { scroll = 0 }
        } else {
            scroll = upward ? lines.upperBound - height : lines.lowerBound
        }
    }

    /// An article scrolled so its passage stands near the top: the paragraph's start when the
    /// match shows with it, else the match with a little context.
    mutating func scrollToFocus(view: ReaderView, height: Int) {
        guard let main = view.main, let focus = main.focusLine else {
            scroll = 0
            return
        }
        let start = main.focusBlockStart ?? focus
        scroll = focus - start < height - 2 ? max(0, start - 1) : max(0, focus - 2)
    }

    /// A click on the `offset`-th line shown selects the entry there, in a detail.
    mutating func click(offset: Int, view: ReaderView) {
        guard case .detail = mode, let entry = view.main?.entry(atLine: scroll + offset) else { return }
        self.entry = entry
    }

    /// The wheel scrolls; in a detail the selection follows into view.
    mutating func wheel(lines: Int, view: ReaderView, height: Int) {
        scroll = view.clampedScroll(scroll + lines, height: height)
        if case .detail = mode, let main = view.main {
            entry = Self.entryInView(main, scroll: scroll, height: height, current: entry)
        }
    }

    /// The passage a detail has selected, or the one an article was opened at.
    func target(in view: ReaderView) -> ArticleTarget? {
        switch mode {
        case .article(let target):
            return target
        case .detail:
            guard let main = view.main, main.targets.indices.contains(entry) else { return nil }
            return main.targets[entry]
        case .compare, .history:
            return nil
        }
    }
}

/// ↑ or ↓ over entries, as the reader and compare take them: an entry taller than the window
/// scrolls line by line before the next one is selected.
enum EntryStep: Equatable {
    case scroll(Int)
    case select(Int)
    /// No entry further that way.
    case end

    init(_ move: ListMove, lines: Range<Int>, index: Int, count: Int, scroll: Int, height: Int) {
        if move == .down {
            if lines.upperBound > scroll + height { self = .scroll(1) } else { self = index + 1 < count ? .select(index + 1) : .end }
        } else {
            if lines.lowerBound < scroll { self = .scroll(-1) } else { self = index > 0 ? .select(index - 1) : .end }
        }
    }
}
