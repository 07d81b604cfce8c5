import Dispatch

extension Array where Element: Sendable {
    /// `transform` of every element, computed on every core, in the array's order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each iteration writes only its own slot, and `concurrentPerform` returns after
        // every iteration has finished, so no slot is ever shared between threads.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in
            shared[index] = transform(self[index])
        }
        return slots.compactMap { $0 }
    }
}
