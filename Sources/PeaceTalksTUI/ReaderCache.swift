#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the reader shows, as a key: two states with the same key show the same content.
struct ReaderKey: Hashable {
    enum Kind: Hashable {
        case searchPrompt(empty: Bool)
        case article(ArticleTarget)
        case compare(issue: Int, left: Int, right: Int)
        case issue(Int), actor(Int), event(Int)
    }

    var kind: Kind
    var width: Int
    var compareWidth: Int
}

/// Wrapped articles per (document, width): opening another passage of the same document
/// re-wraps nothing.
struct ArticleKey: Hashable {
    var document: Int
    var width: Int
}

/// Memoizes the reader's wrapped content, so a key press on a huge article costs the
/// visible lines, not the whole text. Only a cache: the same state gives the same
/// screen with or without it, which keeps `update` and `render` pure in behaviour.
/// A reference type inside the `Sendable` `Explorer`, so it is guarded by a lock.
final class ReaderCache: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var views = SmallLRU<ReaderKey, ReaderView>(capacity: 8)
    private var articles = SmallLRU<ArticleKey, [[WrappedLine]]>(capacity: 4)

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// The cached view, or `make()`'s, remembered. `make` runs outside the lock.
    func view(_ key: ReaderKey, make: () -> ReaderView) -> ReaderView {
        if let view = locked({ views.value(for: key) }) { return view }
        let view = make()
        locked { views.insert(view, for: key) }
        return view
    }

    func articleLines(_ key: ArticleKey) -> [[WrappedLine]]? {
        locked { articles.value(for: key) }
    }

    func storeArticleLines(_ lines: [[WrappedLine]], for key: ArticleKey) {
        locked { articles.insert(lines, for: key) }
    }
}

/// A handful of entries, most recent first; a linear scan beats hashing at this size.
struct SmallLRU<Key: Hashable, Value> {
    let capacity: Int
    private var entries: [(key: Key, value: Value)] = []

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    mutating func value(for key: Key) -> Value? {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: index)
        entries.insert(entry, at: 0)
        return entry.value
    }

    mutating func insert(_ value: Value, for key: Key) {
        entries.removeAll { $0.key == key }
        entries.insert((key, value), at: 0)
        if entries.count > capacity { entries.removeLast(entries.count - capacity) }
    }
}
