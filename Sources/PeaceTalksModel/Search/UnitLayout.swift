/// What the early ranking reads of every unit on each keystroke, packed apart from the unit
/// records: a record is 48 bytes, and walking them for their ends and flags was a third of a
/// keystroke's search at 10,000 seed articles (perf), where a common word is in 200,000 of
/// 400,000 units. Made once per index, on first use.
struct UnitLayout: Sendable {
    /// Per unit, where its folded bytes end in the buffer (`SearchIndex.Unit.end`).
    let ends: [Int]
    /// Per unit, `hasQuotes` and `mayBeDropped` bits.
    let flags: [UInt8]

    static let hasQuotes: UInt8 = 1
    /// Some hit of the unit repeats another paragraph (a pull quote), and drops out when that matched too.
    static let mayBeDropped: UInt8 = 2

    init(units: [SearchIndex.Unit], quotes: [SearchIndex.QuoteRange]) {
        ends = units.map(\.end)
        flags = units.map { unit in
            let quoted = unit.quoteEnd > unit.quoteStart
            let repeats = unit.repeatsUnit >= 0 || (Int(unit.quoteStart)..<Int(unit.quoteEnd)).contains { quotes[$0].repeatsUnit >= 0 }
            return (quoted ? Self.hasQuotes : 0) | (repeats ? Self.mayBeDropped : 0)
        }
    }
}
