import Foundation

/// Byte-wise order of two byte strings, as `memcmp` and `sort` in the C locale give it.
enum ByteOrder {
    static func precedes(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        let common = min(lhs.count, rhs.count)
        let order = lhs.withUnsafeBufferPointer { left in
            rhs.withUnsafeBufferPointer { right in
                common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
            }
        }
        return order != 0 ? order < 0 : lhs.count < rhs.count
    }
}
