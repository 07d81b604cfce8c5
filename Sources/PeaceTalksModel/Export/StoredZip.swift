/// A zip archive whose entries are stored, not compressed: all a `.qdpx` project needs, in a
/// few lines any unzip reads. Names are UTF-8 (flag bit 11); every entry carries the same
/// fixed date, so equal projects give equal bytes.
struct StoredZip {
    private(set) var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// 1980-01-01 00:00 in MS-DOS form: the earliest date zip can hold.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = Self.crc32(data)
        let offset = UInt32(bytes.count)
        var local: [UInt8] = []
        local.le32(0x0403_4B50)
        local.le16(20)  // version needed: 2.0
        local.le16(1 << 11)  // UTF-8 names
        local.le16(0)  // stored
        local.le16(Self.dosTime)
        local.le16(Self.dosDate)
        local.le32(crc)
        local.le32(UInt32(data.count))
        local.le32(UInt32(data.count))
        local.le16(UInt16(nameBytes.count))
        local.le16(0)
        bytes += local + nameBytes + data

        central.le32(0x0201_4B50)
        central.le16(20)  // made by: MS-DOS, 2.0
        central.le16(20)
        central.le16(1 << 11)
        central.le16(0)
        central.le16(Self.dosTime)
        central.le16(Self.dosDate)
        central.le32(crc)
        central.le32(UInt32(data.count))
        central.le32(UInt32(data.count))
        central.le16(UInt16(nameBytes.count))
        central.le16(0)  // extra
        central.le16(0)  // comment
        central.le16(0)  // disk
        central.le16(0)  // internal attributes
        central.le32(0)  // external attributes
        central.le32(offset)
        central += nameBytes
        count += 1
    }

    /// The archive: entries, central directory, end record.
    func finished() -> [UInt8] {
        var end: [UInt8] = []
        end.le32(0x0605_4B50)
        end.le16(0)
        end.le16(0)
        end.le16(UInt16(count))
        end.le16(UInt16(count))
        end.le32(UInt32(central.count))
        end.le32(UInt32(bytes.count))
        end.le16(0)
        return bytes + central + end
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    fileprivate mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
