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

/// Blocks wrapped at one width. Lines stay ranges of the blocks' text, so a huge
/// paragraph is wrapped once per frame and only its visible lines are drawn.
struct ReaderContent {
    var title: String
    var blocks: [ReaderBlock]
    var wrapped: [[WrappedLine]]
    /// First line of each block.
    var blockStart: [Int]
    var lineCount: Int
    /// Lines of each entry, in entry order.
    var entryLines: [Range<Int>]
    /// The openable passages, by entry.
    var targets: [ArticleTarget]
    /// Where an article view wants to be scrolled to.
    var focusLine: Int?

    /// `wrapped`, when given for the same blocks' texts at this width, is used instead of wrapping.
    init(title: String, blocks: [ReaderBlock], targets: [ArticleTarget] = [], width: Int, focus: (block: Int, scalar: Int)? = nil,
         wrapped given: [[WrappedLine]]? = nil) {
        self.title = title
        self.blocks = blocks
        self.targets = targets
        wrapped = []
        wrapped.reserveCapacity(blocks.count)
        blockStart = []
        blockStart.reserveCapacity(blocks.count)
        var line = 0
        var entries: [Range<Int>] = Array(repeating: 0..<0, count: targets.count)
        let reuse = given?.count == blocks.count ? given : nil
        for (index, block) in blocks.enumerated() {
            let lines = reuse?[index] ?? TextWrapper.wrap(block.text, width: max(1, width - block.indent))
            blockStart.append(line)
            if let entry = block.entry, entries.indices.contains(entry) {
                let range = line..<(line + lines.count)
                entries[entry] = entries[entry].isEmpty ? range : min(entries[entry].lowerBound, range.lowerBound)..<max(entries[entry].upperBound, range.upperBound)
            }
            wrapped.append(lines)
            line += lines.count
        }
        lineCount = line
        entryLines = entries
        if let focus, blocks.indices.contains(focus.block) {
            let location = TextWrapper.location(ofScalar: focus.scalar, in: wrapped[focus.block], text: blocks[focus.block].text)
            focusLine = blockStart[focus.block] + location.line
        }
    }

    /// The block and its wrapped line at a line of the whole content.
    func line(_ index: Int) -> (block: Int, line: WrappedLine)? {
        guard index >= 0, index < lineCount, !blockStart.isEmpty else { return nil }
        var low = 0, high = blockStart.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blockStart[mid] <= index { low = mid } else { high = mid - 1 }
        }
        let lines = wrapped[low]
        let offset = index - blockStart[low]
        guard lines.indices.contains(offset) else { return nil }
        return (low, lines[offset])
    }

    /// The entry a content line belongs to, if any.
    func entry(atLine index: Int) -> Int? {
        guard let (block, _) = line(index) else { return nil }
        return blocks[block].entry
    }
}

/// What the reader shows: one column, or two in compare.
struct ReaderView {
    var title: String
    var columns: [ReaderContent]
    var lineCount: Int { columns.map(\.lineCount).max() ?? 0 }
    var main: ReaderContent? { columns.first }
    var entryCount: Int { columns.count == 1 ? (main?.targets.count ?? 0) : 0 }
}
