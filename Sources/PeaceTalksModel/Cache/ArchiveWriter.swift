/// Writes values as compact bytes for `ArchiveReader`: integers as zigzag LEB128 varints,
/// and each distinct string once, where it first occurs; later occurrences refer to it by
/// number, so a corpus's thousands of repeated actor and issue ids cost a byte or two each
/// and decode to shared storage. Everything goes into one buffer, so a large corpus is never
/// copied while it is written.
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []
    private var stringNumbers: [UTF8Key: Int] = [:]
    /// Strings stored once for every document (`SharedStringTable`), by number.
    var sharedNumbers: [UTF8Key: Int] = [:]
    /// When collecting: every string longer than 15 bytes written, each once, in order.
    private(set) var collected: [String]?
    private var collectedSet: Set<UTF8Key> = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Records each string longer than 15 bytes (shorter ones are stored inside a `String`,
    /// sharing saves nothing), once, in order: what `collected` gives.
    mutating func startCollecting() {
        collected = []
    }

    /// Numbers strings afresh from here on: what follows reads without what came before.
    mutating func forgetStrings() {
        stringNumbers.removeAll(keepingCapacity: true)
    }

    mutating func raw(_ values: some Sequence<UInt8>) {
        bytes.append(contentsOf: values)
    }

    /// Overwrites bytes already written (a header field known only at the end).
    mutating func patch(at offset: Int, with values: [UInt8]) {
        bytes.replaceSubrange(offset..<offset + values.count, with: values)
    }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// 0, its length and its UTF-8 the first time; its number plus one after that; a shared
    /// string, minus its number minus one.
    mutating func string(_ value: String) {
        let key = UTF8Key(value)
        if collected != nil, value.utf8.count > 15, collectedSet.insert(key).inserted { collected?.append(value) }
        if let shared = sharedNumbers[key] {
            int(-(shared + 1))
        } else if let number = stringNumbers[key] {
            int(number + 1)
        } else {
            stringNumbers[key] = stringNumbers.count
            int(0)
            int(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }
    }

    /// A presence byte, then the value when there is one.
    mutating func optional<T>(_ value: T?, _ write: (inout ArchiveWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func optionalInt(_ value: Int?) { optional(value) { $0.int($1) } }
    mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }

    mutating func array<T>(_ values: [T], _ write: (inout ArchiveWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }
}
