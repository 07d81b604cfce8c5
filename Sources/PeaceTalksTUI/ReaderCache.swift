import PeaceTalksModel

/// What the reader shows, as a key: two states with the same key show the same content.
struct ReaderKey: Hashable {
    enum Kind: Hashable {
        case searchPrompt(empty: Bool, searching: Bool)
        case article(ArticleTarget)
        case compare(issue: Int, left: Int, right: Int)
        case history(issue: Int, left: Int, right: Int)
        /// A pane's detail of its selected row, by the pane's own key (`PaneDescriptor.detailKey`).
        case detail(Pane, AnyHashable)
    }

    var kind: Kind
    var width: Int
    var compareWidth: Int
}

/// Line geometry of articles per (document, width): opening another passage of the same
/// document re-wraps nothing.
struct ArticleKey: Hashable {
    var document: Int
    var width: Int
}

/// Memoizes the reader's content, so a key press costs the visible lines, not the whole
/// text or list. Only a cache: the same state gives the same screen with or without it,
/// which keeps `update` and `render` pure in behaviour. A reference type inside the
/// `Sendable` `Explorer`, so it is guarded by a lock.
final class ReaderCache: @unchecked Sendable {
    private let lock = Lock()
    /// Views the user browses to; search previews have their own slots, so a query's
    /// previews never push out the view that Esc returns to.
    private var views = SmallLRU<ReaderKey, ReaderView>(capacity: 8)
    private var previews = SmallLRU<ReaderKey, ReaderView>(capacity: 4)
    private var articles = SmallLRU<ArticleKey, ReaderGeometry>(capacity: 4)
    /// By issue index; the codebook's issues are few.
    private var passages: [Int: IssuePassages] = [:]

    /// The cached view, or `make()`'s, remembered. `make` runs outside the lock.
    func view(_ key: ReaderKey, preview: Bool = false, make: () -> ReaderView) -> ReaderView {
        if let view = lock.locked({ preview ? previews.value(for: key) : views.value(for: key) }) { return view }
        let view = make()
        lock.locked {
            if preview { previews.insert(view, for: key) } else { views.insert(view, for: key) }
        }
        return view
    }

    /// An issue's passages, merged and checked once, for every width the issue is shown at.
    func issuePassages(_ issue: Int, make: () -> IssuePassages) -> IssuePassages {
        if let passages = lock.locked({ passages[issue] }) { return passages }
        let made = make()
        lock.locked { passages[issue] = made }
        return made
    }

    /// The geometry of a whole article at a width, shared by every target in it.
    func articleGeometry(_ key: ArticleKey) -> ReaderGeometry {
        lock.locked {
            if let geometry = articles.value(for: key) { return geometry }
            let geometry = ReaderGeometry(width: key.width)
            articles.insert(geometry, for: key)
            return geometry
        }
    }
}

/// The passages an issue view lists: one per paragraph, those whose paragraph exists.
struct IssuePassages: Sendable {
    /// Links merged by paragraph, counted in the heading.
    var merged: Int
    var shown: [IssueLink]
    var targets: [ArticleTarget]
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
