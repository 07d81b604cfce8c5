import Testing
@testable import PeaceTalksModel

/// The digest that names cache entries and detects a damaged one: any changed byte, anywhere
/// in a long buffer (inside the four-lane blocks or in the tail), must change it.
struct ContentHashTests {
    static func digest(_ bytes: [UInt8]) -> String {
        var hash = ContentHash()
        hash.combine(bytes)
        return hash.hex
    }

    @Test func everyFlippedBitChangesTheDigest() {
        let bytes = (0..<301).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        let original = Self.digest(bytes)
        var seen: Set<String> = [original]
        for position in bytes.indices {
            for bit in [0, 3, 7] {
                var changed = bytes
                changed[position] ^= 1 << bit
                seen.insert(Self.digest(changed))
            }
        }
        #expect(seen.count == 1 + bytes.count * 3)
    }

    @Test func lengthAndSplitMatter() {
        #expect(Self.digest([]) != Self.digest([0]))
        #expect(Self.digest(Array(repeating: 0, count: 32)) != Self.digest(Array(repeating: 0, count: 64)))
        var ab = ContentHash()
        ab.combine(Array("ab".utf8))
        ab.combine(Array("c".utf8))
        var a = ContentHash()
        a.combine(Array("a".utf8))
        a.combine(Array("bc".utf8))
        #expect(ab.hex != a.hex)
        #expect(Self.digest(Array(repeating: 1, count: 40)) == Self.digest(Array(repeating: 1, count: 40)))
    }
}
