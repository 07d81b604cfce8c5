import Foundation

/// Strings of more than 15 bytes that occur in more than one document of an archive (a
/// paragraph a wire story shares with its rewrites, a quote every article repeats): stored
/// once, before the documents, which refer to them by number. Decoded once, they share their
/// storage across documents, as one corpus held in memory does.
///
/// The bytes are checked by blocks of 1 MB, each with its digest in the archive's table, so a
/// reader that decodes a few documents checks only the blocks their strings lie in.
struct SharedStringTable: Sendable {
    static let blockSize = 1 << 20
    /// Where each string starts in the archive, and after the last, where the last ends.
    var bounds: [Int]
    var blockDigests: [[UInt8]]

    var count: Int { bounds.count - 1 }
    var range: Range<Int> { bounds[0]..<bounds[count] }

    func bytes(of number: Int) -> Range<Int> { bounds[number]..<bounds[number + 1] }

    /// The blocks a range of the section lies in.
    func blocks(of bytes: Range<Int>) -> Range<Int> {
        guard !bytes.isEmpty else { return 0..<0 }
        let start = range.lowerBound
        return (bytes.lowerBound - start) / Self.blockSize..<((bytes.upperBound - 1 - start) / Self.blockSize + 1)
    }

    func blockRange(_ block: Int) -> Range<Int> {
        let start = range.lowerBound + block * Self.blockSize
        return start..<min(range.upperBound, start + Self.blockSize)
    }

    func check(_ block: Int, in buffer: UnsafeRawBufferPointer) throws {
        let bytes = blockRange(block)
        guard blockDigests[block].elementsEqual(CorpusArchive.digest(of: UnsafeRawBufferPointer(rebasing: buffer[bytes]))) else {
            throw ArchiveError(offset: bytes.lowerBound, reason: "shared text block \(block) is damaged (digest mismatch)")
        }
    }

    func decode(_ number: Int, in buffer: UnsafeRawBufferPointer) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: buffer[bytes(of: number)]), as: UTF8.self)
    }
}

/// Where an `ArchiveReader` finds the shared string a document refers to by number.
protocol SharedStringSource: Sendable {
    func string(_ number: Int) throws -> String
}

/// Every shared string decoded up front, on every core, once every block is checked: for
/// decoding the whole corpus.
struct DecodedSharedStrings: SharedStringSource {
    let strings: [String]

    init(_ table: SharedStringTable, in buffer: UnsafeRawBufferPointer) throws {
        nonisolated(unsafe) let shared = buffer
        for failure in Array(table.blockDigests.indices).concurrentMap({ block in
            Result { try table.check(block, in: shared) }
        }) { try failure.get() }
        let chunk = 4_096
        strings = Array(stride(from: 0, to: table.count, by: chunk)).concurrentMap { first in
            (first..<min(table.count, first + chunk)).map { table.decode($0, in: shared) }
        }.flatMap { $0 }
    }

    func string(_ number: Int) throws -> String {
        guard strings.indices.contains(number) else {
            throw ArchiveError(offset: 0, reason: "no shared string number \(number)")
        }
        return strings[number]
    }
}

/// Each shared string decoded, and the blocks it lies in checked, when first asked for: for
/// a reader of a few documents (`StoredDocuments`).
final class LazySharedStrings: SharedStringSource, @unchecked Sendable {
    private let table: SharedStringTable
    private let storage: ByteStorage
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var checked: [Bool]
    private var decoded: [String?]

    init(_ table: SharedStringTable, storage: ByteStorage) {
        self.table = table
        self.storage = storage
        checked = Array(repeating: false, count: table.blockDigests.count)
        decoded = Array(repeating: nil, count: table.count)
    }

    func string(_ number: Int) throws -> String {
        guard number >= 0, number < table.count else {
            throw ArchiveError(offset: 0, reason: "no shared string number \(number)")
        }
        return try lock.withLock {
            if let made = decoded[number] { return made }
            for block in table.blocks(of: table.bytes(of: number)) where !checked[block] {
                try table.check(block, in: storage.bytes)
                checked[block] = true
            }
            let made = table.decode(number, in: storage.bytes)
            decoded[number] = made
            return made
        }
    }
}
