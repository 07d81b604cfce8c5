/// Why an archive could not be read: it is truncated, corrupt or from another format.
public struct ArchiveError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var reason: String

    public var description: String { "byte \(offset): \(reason)" }
}

/// Reads what `ArchiveWriter` wrote. Every read is checked, so a truncated or corrupt file
/// throws an `ArchiveError` instead of crashing.
struct ArchiveReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    private var stringTable: [String] = []
    /// Where a string stored once for every document is found (a negative number).
    var shared: (any SharedStringSource)?

    /// `bytes` must outlive the reader: use it inside `withUnsafeBytes`.
    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    func failure(_ reason: String) -> ArchiveError { ArchiveError(offset: offset, reason: reason) }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw failure("unexpected end of data") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func raw(count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw failure("unexpected end of data") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    mutating func int() throws -> Int {
        // Most integers are one byte (small counts, offsets, zigzagged flags): read it without
        // the loop, a twentieth of decoding a stored corpus (perf).
        if offset < bytes.count, bytes[offset] < 0x80 {
            let value = UInt64(bytes[offset])
            offset += 1
            return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw failure("integer too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        let decoded = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
        guard let result = Int(exactly: decoded) else { throw failure("integer out of range") }
        return result
    }

    /// A count of items that each take at least one byte, so a corrupt count cannot ask
    /// for more memory than the archive could describe.
    mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw failure("impossible count \(count)") }
        return count
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw failure("not a boolean")
        }
    }

    /// A string written in full the first time (0, length, UTF-8), by number after that; a
    /// negative number is a shared string (`SharedStringTable`).
    mutating func string() throws -> String {
        let number = try int()
        if number < 0 {
            guard let shared else { throw failure("a shared string where there are none") }
            do {
                return try shared.string(-number - 1)
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw failure("\(error)")
            }
        }
        if number == 0 {
            let utf8 = try raw(count: try count())
            let string = String(decoding: utf8, as: UTF8.self)
            stringTable.append(string)
            return string
        }
        guard stringTable.indices.contains(number - 1) else { throw failure("no string number \(number - 1)") }
        return stringTable[number - 1]
    }

    mutating func optional<T>(_ read: (inout ArchiveReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }

    mutating func optionalInt() throws -> Int? { try optional { try $0.int() } }
    mutating func optionalString() throws -> String? { try optional { try $0.string() } }

    mutating func array<T>(_ read: (inout ArchiveReader) throws -> T) throws -> [T] {
        let count = try self.count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func strings() throws -> [String] { try array { try $0.string() } }

    /// A value of a `RawRepresentable` enum stored by its raw string.
    mutating func value<T: RawRepresentable>(of type: T.Type) throws -> T where T.RawValue == String {
        let raw = try string()
        guard let value = T(rawValue: raw) else { throw failure("unknown \(T.self) “\(raw)”") }
        return value
    }
}
