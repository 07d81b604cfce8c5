/// Where each unit of a reader's content starts, at one width, counted only as far as
/// anyone has asked: showing an issue with thousands of passages counts the first
/// screenfuls, `End` counts the rest once. Lines are counted without being made
/// (`TextWrapper.fastLineCount`); only the units drawn are wrapped, and kept.
///
/// Only a cache: every answer is the one a full wrap would give, whenever it is asked.
/// Shared by every state that shows the same content, so it is guarded by a lock.
final class ReaderGeometry: @unchecked Sendable {
    let width: Int
    private let lock = Lock()
    /// `starts[u]` is the first line of unit `u`; one more entry than the units counted.
    private var starts: [Int] = [0]
    /// Wrapped lines of the units drawn (or that only a full wrap could count), by unit.
    private var wrapped: [Int: [[WrappedLine]]] = [:]
    /// Wrapped units kept; past this the map starts again (a long scroll through thousands of passages).
    static let wrappedLimit = 4096

    init(width: Int) {
        self.width = width
    }

    /// How many units have been counted so far.
    var countedUnits: Int { lock.locked { starts.count - 1 } }

    /// min(total lines, `limit`), counting no further than needed.
    func lineCount(atMost limit: Int, _ content: ReaderContent) -> Int {
        lock.locked {
            extend(toLine: limit - 1, content)
            return min(starts[starts.count - 1], max(0, limit))
        }
    }

    /// Every line: counts every unit once.
    func lineCount(_ content: ReaderContent) -> Int {
        lineCount(atMost: Int.max, content)
    }

    /// The first line of `unit` (the total for `unit == unitCount`).
    func start(ofUnit unit: Int, _ content: ReaderContent) -> Int {
        lock.locked {
            let unit = max(0, min(unit, content.unitCount))
            while starts.count <= unit { countNext(content) }
            return starts[unit]
        }
    }

    /// The unit that holds `line`, if the content is that long.
    func unit(atLine line: Int, _ content: ReaderContent) -> Int? {
        lock.locked {
            guard line >= 0 else { return nil }
            extend(toLine: line, content)
            return unitContaining(line)
        }
    }

    /// Up to `count` lines from `first`, each with its block.
    func lines(from first: Int, count: Int, _ content: ReaderContent) -> [(block: ReaderBlock, line: WrappedLine)] {
        lock.locked {
            guard first >= 0, count > 0 else { return [] }
            extend(toLine: first + count - 1, content)
            guard var unit = unitContaining(first) else { return [] }
            var skip = first - starts[unit]
            var result: [(block: ReaderBlock, line: WrappedLine)] = []
            result.reserveCapacity(count)
            while result.count < count, unit < starts.count - 1 {
                let blocks = content.blocks(ofUnit: unit)
                let lines = wrappedUnit(unit, blocks)
                for (block, blockLines) in zip(blocks, lines) {
                    // Straight to the first line wanted: a 5 MB paragraph has tens of thousands.
                    if skip >= blockLines.count {
                        skip -= blockLines.count
                        continue
                    }
                    var index = skip
                    skip = 0
                    while index < blockLines.count, result.count < count {
                        result.append((block, blockLines[index]))
                        index += 1
                    }
                    if result.count == count { break }
                }
                unit += 1
            }
            return result
        }
    }

    /// The line of scalar `scalar` in the first block of `unit`.
    func line(ofScalar scalar: Int, inUnit unit: Int, _ content: ReaderContent) -> Int? {
        let blocks = content.blocks(ofUnit: unit)
        guard let block = blocks.first else { return nil }
        let start = start(ofUnit: unit, content)
        let lines = lock.locked { wrappedUnit(unit, blocks) }
        guard let first = lines.first else { return nil }
        return start + TextWrapper.location(ofScalar: scalar, in: first, text: block.text).line
    }

    // MARK: Inside the lock

    private func lineWidth(_ block: ReaderBlock) -> Int {
        max(1, width - block.indent)
    }

    /// Counts units until the one holding `line` is counted, or all are.
    private func extend(toLine line: Int, _ content: ReaderContent) {
        while starts.count <= content.unitCount, starts[starts.count - 1] <= line {
            countNext(content)
        }
    }

    private func countNext(_ content: ReaderContent) {
        let unit = starts.count - 1
        guard unit < content.unitCount else {
            // Past the end: the total stands for every later unit.
            starts.append(starts[unit])
            return
        }
        starts.append(starts[unit] + countLines(unit, content))
    }

    private func countLines(_ unit: Int, _ content: ReaderContent) -> Int {
        if let lines = wrapped[unit] { return lines.reduce(0) { $0 + $1.count } }
        var total = 0
        for (text, indent) in content.texts(ofUnit: unit) {
            guard let count = TextWrapper.fastLineCount(text, width: max(1, width - indent)) else {
                // Only the full wrap is exact here: keep it for drawing.
                return wrappedUnit(unit, content.blocks(ofUnit: unit)).reduce(0) { $0 + $1.count }
            }
            total += count
        }
        return total
    }

    private func wrappedUnit(_ unit: Int, _ blocks: [ReaderBlock]) -> [[WrappedLine]] {
        if let lines = wrapped[unit] { return lines }
        let lines = blocks.map { TextWrapper.wrap($0.text, width: lineWidth($0)) }
        if wrapped.count >= Self.wrappedLimit { wrapped.removeAll(keepingCapacity: true) }
        wrapped[unit] = lines
        return lines
    }

    /// The counted unit whose lines hold `line`.
    private func unitContaining(_ line: Int) -> Int? {
        let counted = starts.count - 1
        guard counted > 0, line >= 0, line < starts[counted] else { return nil }
        var low = 0, high = counted - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= line { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
