/// How much of one text's wording another text contains, tolerant of small edits.
///
/// Words are runs of letters and digits, case-folded, without function words, numbered
/// per article (`WordIDTable`). The score is
/// containment: the share of the probe's distinct words found in the unit. A swapped word
/// or a dropped clause lowers it a little; an unrelated text scores near zero. Each unit is a
/// window of consecutive sentences of the compared text, so a short repeat is measured
/// against the sentences it repeats, not against a whole long paragraph.
enum TokenSimilarity {
    /// The score from which a text counts as a repeat.
    static let threshold = 0.6
    /// Fewer content words than this is too little to call a repeat.
    static let minimumWords = 4

    /// The distinct content words of `span` as ids of `table`, ascending.
    static func wordIDs(_ scalars: [Unicode.Scalar], _ span: TextSpan, _ table: inout WordIDTable) -> [Int32] {
        var result: [Int32] = []
        let end = min(span.end, scalars.count)
        var index = max(0, span.start)
        var wordStart: Int?
        func flush() {
            guard let start = wordStart, start < index else { return }
            wordStart = nil
            if let id = table.contentID(scalars[start..<index]) { result.append(id) }
        }
        while index < end {
            if ScalarClass.isWord(scalars[index]) {
                if wordStart == nil { wordStart = index }
            } else {
                flush()
            }
            index += 1
        }
        flush()
        result.sort()
        return uniqued(result)
    }

    /// Windows of 1…`maxWindow` consecutive sentences of `span`, split finely (inside quotes too).
    static func units(
        _ scalars: [Unicode.Scalar], _ span: TextSpan, maxWindow: Int, _ table: inout WordIDTable
    ) -> [[Int32]] {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        let local = start == 0 && end == scalars.count ? scalars : Array(scalars[start..<end])
        let sentences = SentenceSplitter.split(local, keepingQuotesWhole: false)
        let sets = sentences.map { wordIDs(local, $0, &table) }
        var result: [[Int32]] = []
        for first in sets.indices {
            var union: [Int32] = []
            for size in 0..<max(1, maxWindow) where first + size < sets.count {
                union = merged(union, sets[first + size])
                result.append(union)
            }
        }
        return result
    }

    /// The share of the probe's words found in the unit (both ascending and distinct).
    static func containment(of probe: [Int32], in unit: [Int32]) -> Double {
        guard !probe.isEmpty else { return 0 }
        var found = 0
        var i = 0
        var j = 0
        while i < probe.count && j < unit.count {
            if probe[i] == unit[j] {
                found += 1
                i += 1
                j += 1
            } else if probe[i] < unit[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(found) / Double(probe.count)
    }

    static func best(of probe: [Int32], in units: [[Int32]]) -> Double {
        units.reduce(0) { max($0, containment(of: probe, in: $1)) }
    }

    private static func uniqued(_ sorted: [Int32]) -> [Int32] {
        guard sorted.count > 1 else { return sorted }
        var result: [Int32] = []
        result.reserveCapacity(sorted.count)
        for id in sorted where result.last != id { result.append(id) }
        return result
    }

    /// The union of two ascending, distinct lists.
    private static func merged(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }
}

/// Case-folded words numbered as first seen, so similarity compares sorted integer lists
/// rather than sets of strings. One table serves one article; ids mean nothing across tables.
/// A word that lowercases to ASCII (nearly all) is looked up by a hash of its bytes, without
/// building a string; any other by its lowercased string.
struct WordIDTable {
    /// FNV-1a of the lowercased bytes → ids with that hash (compared byte for byte).
    private var asciiIDs: [UInt64: [Int32]] = [:]
    private var asciiWords: [[UInt8]] = []
    private var otherIDs: [String: Int32] = [:]
    /// Per id: a function word, which carries no content.
    private var isFunction: [Bool] = []
    private var buffer: [UInt8] = []

    /// The id of a content word; nil for a function word.
    mutating func contentID(_ word: ArraySlice<Unicode.Scalar>) -> Int32? {
        buffer.removeAll(keepingCapacity: true)
        for scalar in word {
            guard scalar.isASCII else { return otherID(ScalarClass.lowercasedString(word)) }
            let value = UInt8(truncatingIfNeeded: scalar.value)
            buffer.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        }
        return asciiID()
    }

    private mutating func otherID(_ key: String) -> Int32? {
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            // Lowercasing made it ASCII (the Kelvin sign becomes `k`): the same word as its ASCII spelling.
            buffer = Array(key.utf8)
            return asciiID()
        }
        if let id = otherIDs[key] { return isFunction[Int(id)] ? nil : id }
        let id = newID(function: FunctionWords.contains(key))
        otherIDs[key] = id
        return isFunction[Int(id)] ? nil : id
    }

    private mutating func asciiID() -> Int32? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        if let candidates = asciiIDs[hash] {
            for id in candidates where asciiWords[Int(id)] == buffer {
                return isFunction[Int(id)] ? nil : id
            }
        }
        let id = newID(function: FunctionWords.contains(String(decoding: buffer, as: UTF8.self)))
        asciiIDs[hash, default: []].append(id)
        asciiWords[Int(id)] = buffer
        return isFunction[Int(id)] ? nil : id
    }

    private mutating func newID(function: Bool) -> Int32 {
        let id = Int32(isFunction.count)
        isFunction.append(function)
        asciiWords.append([])
        return id
    }
}
