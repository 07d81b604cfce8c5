/// Writes values as compact bytes for `ArchiveReader`: integers as zigzag LEB128 varints,
/// strings once each in a table that values refer to by number, so a corpus's thousands of
/// repeated actor and issue ids cost a byte or two each and decode to shared storage.
struct ArchiveWriter {
    private var body: [UInt8] = []
    private var stringNumbers: [String: Int] = [:]
    private var stringTable: [String] = []

    init(reservingCapacity capacity: Int = 0) {
        body.reserveCapacity(capacity)
    }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        body.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) {
        body.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        if let number = stringNumbers[value] {
            int(number)
        } else {
            stringNumbers[value] = stringTable.count
            int(stringTable.count)
            stringTable.append(value)
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

    /// The finished archive: `header`, the string table, then the values.
    func bytes(header: [UInt8]) -> [UInt8] {
        var table = ArchiveWriter()
        table.int(stringTable.count)
        for string in stringTable {
            table.int(string.utf8.count)
            table.body.append(contentsOf: string.utf8)
        }
        return header + table.body + body
    }
}
