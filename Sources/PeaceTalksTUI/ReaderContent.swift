import PeaceTalksModel

/// A run of text in the reader: a paragraph, a heading, a meta line.
struct ReaderBlock {
    var text: String
    var style: Style
    var highlights = Highlights()
    var indent = 0
    /// The entry (openable passage) the block belongs to.
    var entry: Int?
    /// Part of the passage the article was opened at.
    var isTarget = false
    /// The block is its paragraph's text, starting this many scalars in (a pull quote's mark):
    /// where selected sentences are drawn.
    var paragraphShift: Int?

    init(_ text: String, style: Style, highlights: Highlights = Highlights(), indent: Int = 0, entry: Int? = nil, isTarget: Bool = false) {
        self.text = text
        self.style = style
        self.highlights = highlights
        self.indent = indent
        self.entry = entry
        self.isTarget = isTarget
    }

    static let blank = ReaderBlock("", style: .plain)
}

/// Items of a list whose blocks are made only when they are counted or drawn: an issue's
/// thousands of passages cost nothing until they scroll into view.
struct BlockRun: Sendable {
    var count: Int
    /// Item `i` is entry `firstEntry + i`; nil when the items are not openable.
    var firstEntry: Int?
    /// The blocks of item `i` (each carrying its entry).
    var make: @Sendable (Int) -> [ReaderBlock]
    /// Just the texts and indents of item `i`'s blocks, cheaper to make: what counting needs.
    var texts: (@Sendable (Int) -> [(text: String, indent: Int)])?

    init(count: Int, firstEntry: Int?, texts: (@Sendable (Int) -> [(text: String, indent: Int)])? = nil, make: @escaping @Sendable (Int) -> [ReaderBlock]) {
        self.count = count
        self.firstEntry = firstEntry
        self.texts = texts
        self.make = make
    }
}

/// A piece of the reader's content: blocks given as they are, or a run made on demand.
enum ReaderPart {
    case blocks([ReaderBlock])
    case run(BlockRun)

    var unitCount: Int {
        switch self {
        case .blocks(let blocks): return blocks.count
        case .run(let run): return max(0, run.count)
        }
    }
}

/// The reader's content at one width. Its units are the given blocks one by one and the
/// runs' items; lines are counted and wrapped lazily by its `ReaderGeometry`, so a frame
/// costs the lines on screen, and a total is counted only when something needs it.
struct ReaderContent {
    var title: String
    /// The openable passages, by entry.
    var targets: [ArticleTarget]
    /// The entries that stand for a suggested position, and which.
    var suggestions: [Int: SuggestedPosition] = [:]
    let parts: [ReaderPart]
    /// The first unit of each part.
    private let partStarts: [Int]
    let unitCount: Int
    let geometry: ReaderGeometry
    /// Entries of the given blocks, by the units they span (runs map entries directly).
    private let fixedEntryUnits: [Int: Range<Int>]
    /// Where an article view wants to be scrolled to: a unit (its first block) and a scalar in it.
    private let focus: (unit: Int, scalar: Int)?

    /// `geometry`, when given, must come from content with the same units' texts and indents at this width.
    init(title: String, parts: [ReaderPart], targets: [ArticleTarget] = [], width: Int, focus: (unit: Int, scalar: Int)? = nil,
         geometry: ReaderGeometry? = nil) {
        self.title = title
        self.targets = targets
        let parts = parts.filter { $0.unitCount > 0 }
        self.parts = parts
        var starts: [Int] = []
        starts.reserveCapacity(parts.count)
        var unit = 0
        var entries: [Int: Range<Int>] = [:]
        for part in parts {
            starts.append(unit)
            if case .blocks(let blocks) = part {
                for (offset, block) in blocks.enumerated() {
                    guard let entry = block.entry else { continue }
                    let here = (unit + offset)..<(unit + offset + 1)
                    entries[entry] = entries[entry].map { min($0.lowerBound, here.lowerBound)..<max($0.upperBound, here.upperBound) } ?? here
                }
            }
            unit += part.unitCount
        }
        partStarts = starts
        unitCount = unit
        fixedEntryUnits = entries
        self.geometry = geometry ?? ReaderGeometry(width: width)
        if let focus, focus.unit >= 0, focus.unit < unit {
            self.focus = focus
        } else {
            self.focus = nil
        }
    }

    init(title: String, blocks: [ReaderBlock], targets: [ArticleTarget] = [], width: Int, focus: (block: Int, scalar: Int)? = nil,
         geometry: ReaderGeometry? = nil) {
        self.init(title: title, parts: [.blocks(blocks)], targets: targets, width: width,
                  focus: focus.map { (unit: $0.block, scalar: $0.scalar) }, geometry: geometry)
    }

    // MARK: Units

    /// The blocks of one unit: one given block, or a run's item made now.
    func blocks(ofUnit unit: Int) -> [ReaderBlock] {
        guard let (part, offset) = locate(unit) else { return [] }
        switch parts[part] {
        case .blocks(let blocks): return [blocks[offset]]
        case .run(let run): return run.make(offset)
        }
    }

    /// The texts and indents of one unit's blocks.
    func texts(ofUnit unit: Int) -> [(text: String, indent: Int)] {
        guard let (part, offset) = locate(unit) else { return [] }
        switch parts[part] {
        case .blocks(let blocks): return [(blocks[offset].text, blocks[offset].indent)]
        case .run(let run): return run.texts?(offset) ?? run.make(offset).map { ($0.text, $0.indent) }
        }
    }

    private func locate(_ unit: Int) -> (part: Int, offset: Int)? {
        guard unit >= 0, unit < unitCount, !partStarts.isEmpty else { return nil }
        var low = 0, high = partStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if partStarts[mid] <= unit { low = mid } else { high = mid - 1 }
        }
        return (low, unit - partStarts[low])
    }

    /// Every block, made now: for tests and small content only.
    func allBlocks() -> [ReaderBlock] {
        (0..<unitCount).flatMap { blocks(ofUnit: $0) }
    }

    /// The units an entry's blocks span.
    private func units(ofEntry entry: Int) -> Range<Int>? {
        if let units = fixedEntryUnits[entry] { return units }
        for (index, part) in parts.enumerated() {
            guard case .run(let run) = part, let first = run.firstEntry, entry >= first, entry < first + run.count else { continue }
            let unit = partStarts[index] + entry - first
            return unit..<(unit + 1)
        }
        return nil
    }

    /// The entry of a unit, if it is openable.
    private func entry(ofUnit unit: Int) -> Int? {
        guard let (part, offset) = locate(unit) else { return nil }
        switch parts[part] {
        case .blocks(let blocks): return blocks[offset].entry
        case .run(let run): return run.firstEntry.map { $0 + offset }
        }
    }

    // MARK: Lines

    /// Every line: counts the whole content (once; the geometry keeps it).
    var lineCount: Int { geometry.lineCount(self) }

    /// min(lines, `limit`): what scrolling and the scroll indicator need near the top.
    func lineCount(atMost limit: Int) -> Int { geometry.lineCount(atMost: limit, self) }

    /// Up to `count` lines from `first`, with their blocks: what a frame draws.
    func lines(from first: Int, count: Int) -> [(block: ReaderBlock, line: WrappedLine)] {
        geometry.lines(from: first, count: count, self)
    }

    /// Lines of each entry, in entry order.
    var entryLines: EntryLines { EntryLines(content: self) }

    struct EntryLines: RandomAccessCollection {
        let content: ReaderContent
        var startIndex: Int { 0 }
        var endIndex: Int { content.targets.count }

        subscript(entry: Int) -> Range<Int> {
            guard let units = content.units(ofEntry: entry) else { return 0..<0 }
            let start = content.geometry.start(ofUnit: units.lowerBound, content)
            return start..<content.geometry.start(ofUnit: units.upperBound, content)
        }
    }

    /// The entry a content line belongs to, if any.
    func entry(atLine index: Int) -> Int? {
        guard let unit = geometry.unit(atLine: index, self) else { return nil }
        return entry(ofUnit: unit)
    }

    /// The first entry with a line in `visible`: entries stand in line order.
    func firstEntry(overlapping visible: Range<Int>) -> Int? {
        for line in visible {
            guard let unit = geometry.unit(atLine: line, self) else { return nil }
            if let entry = entry(ofUnit: unit) { return entry }
        }
        return nil
    }

    /// The line an article view wants to be scrolled to.
    var focusLine: Int? {
        guard let focus else { return nil }
        return geometry.line(ofScalar: focus.scalar, inUnit: focus.unit, self)
    }

    /// The first line of the block at `focus`: the passage the article was opened at.
    var focusBlockStart: Int? {
        guard let focus else { return nil }
        return geometry.start(ofUnit: focus.unit, self)
    }
}

/// What the reader shows: one column, or two in compare.
struct ReaderView {
    var title: String
    var columns: [ReaderContent]
    /// Every line of the longest column: counts them all.
    var lineCount: Int { columns.map(\.lineCount).max() ?? 0 }
    var main: ReaderContent? { columns.first }
    var entryCount: Int { columns.count == 1 ? (main?.targets.count ?? 0) : 0 }

    /// min(lines, `limit`), counting no further than needed.
    func lineCount(atMost limit: Int) -> Int {
        columns.map { $0.lineCount(atMost: limit) }.max() ?? 0
    }

    /// `scroll` within 0 and the last full screen, counting only as far as `scroll` reaches.
    func clampedScroll(_ scroll: Int, height: Int) -> Int {
        guard scroll > 0 else { return 0 }
        let reach = scroll > Int.max - max(0, height) ? Int.max : scroll + max(0, height)
        return clamp(scroll, 0, lineCount(atMost: reach) - height)
    }
}
