/// One bit per slot of a 64-bit key: a clear bit rules a key out without the dictionary
/// look-up, which hashes the key. Nearly every word of a text starts no term, so most
/// look-ups end here.
struct KeyFilter: Sendable {
    private static let slotBits: UInt64 = 16
    private var bits = [UInt64](repeating: 0, count: 1 << (Int(slotBits) - 6))

    init() {}

    init<Keys: Sequence<UInt64>>(_ keys: Keys) {
        for key in keys { insert(key) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing spreads keys whose low bits are alike.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - slotBits))
    }

    mutating func insert(_ key: UInt64) {
        let slot = Self.slot(key)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let slot = Self.slot(key)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
