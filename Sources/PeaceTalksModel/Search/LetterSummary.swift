/// Per paragraph and letter a-z, one byte: how often the letter occurs (up to 8), its best
/// strength among those first 8, and its best strength anywhere, in the folded bytes. A bare
/// paragraph (no quotes) ranks on the first two for a one-letter word, so a query such as
/// `word r` scores most paragraphs without reading their text; the third bounds what any of
/// the paragraph's hits can score (`UnitScorer.boundKey`). 26 bytes per paragraph.
struct LetterSummary: Sendable {
    /// `units × 26` bytes: the count in the low 4 bits, the strength (1–3) among the first 8
    /// in the next two, the best strength of all in the top two.
    let table: [UInt8]

    static let letters = 26

    /// Units are summarised on every core, a stretch of them per task.
    init(buffer: FoldedBytes, units: [SearchIndex.Unit]) {
        let stretch = 4_096
        let starts = Array(stride(from: 0, to: units.count, by: stretch))
        let parts = starts.concurrentMap { start in
            Self.summarise(buffer, units[start..<min(units.count, start + stretch)])
        }
        table = Array(parts.joined())
    }

    private static func summarise(_ buffer: FoldedBytes, _ units: ArraySlice<SearchIndex.Unit>) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: units.count * letters)
        buffer.withUnsafeBufferPointer { bytes in
            table.withUnsafeMutableBufferPointer { out in
                for (number, unit) in units.enumerated() {
                    let base = number * letters
                    for offset in unit.start..<unit.end {
                        let byte = bytes[offset]
                        guard let column = Self.column(ofLetter: byte) else { continue }
                        let slot = base + column
                        let entry = out[slot]
                        let count = entry & 0x0F
                        let startsWord = offset == unit.start || !SearchIndex.isWordByte(bytes[offset - 1])
                        let endsWord = offset + 1 >= unit.end || !SearchIndex.isWordByte(bytes[offset + 1])
                        let strength: UInt8 = startsWord && endsWord ? 3 : (startsWord ? 2 : 1)
                        let bestOfAll = max(entry >> 6, strength) << 6
                        if count < 8 {
                            out[slot] = (count + 1) | (max((entry >> 4) & 0x03, strength) << 4) | bestOfAll
                        } else {
                            out[slot] = (entry & 0x3F) | bestOfAll
                        }
                    }
                }
            }
        }
        return table
    }

    /// The column of a one-letter word in the table, or nil when it is no single letter a-z.
    static func column(of word: [UInt8]) -> Int? {
        word.count == 1 ? column(ofLetter: word[0]) : nil
    }

    /// The column of letter `byte`, or nil when it is no letter a-z.
    static func column(ofLetter byte: UInt8) -> Int? {
        byte >= 0x61 && byte <= 0x7A ? Int(byte - 0x61) : nil
    }

    /// Count (up to 8) and best strength of `letter` in `unit`, or nil when it is no letter a-z.
    func summary(unit: Int, byte: UInt8) -> (count: Int, strength: Int)? {
        guard let column = Self.column(ofLetter: byte) else { return nil }
        let slot = unit * Self.letters + column
        guard table.indices.contains(slot) else { return nil }
        let entry = table[slot]
        return (Int(entry & 0x0F), Int((entry >> 4) & 0x03))
    }
}
