extension Array {
    /// The same elements in storage of exactly their count. An array grown by appending
    /// keeps up to twice the room it needs, and a corpus keeps its documents' arrays for
    /// its whole life: on 10,000 articles that slack is tens of megabytes.
    func compacted() -> [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
