/// The search index's folded text: bytes that stay put for as long as the index lives, either
/// mapped from the stored index file or copied once from the folding done in this process.
struct FoldedBytes: @unchecked Sendable {
    // Read-only after init; `storage` keeps the memory alive.
    private let storage: ByteStorage
    private let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The bytes of `storage` in `range`.
    init(storage: ByteStorage, range: Range<Int>) {
        self.storage = storage
        bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[range]).assumingMemoryBound(to: UInt8.self)
    }

    /// A private copy of `array`.
    init(copying array: [UInt8]) {
        let storage = ByteStorage(copying: array)
        self.init(storage: storage, range: 0..<array.count)
    }

    subscript(offset: Int) -> UInt8 { bytes[offset] }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(bytes)
    }
}
