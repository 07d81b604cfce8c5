/// Where a corpus's documents can be read one at a time, decoded on first use: an analysis
/// stored by the cache (`StoredDocuments`). A search that shows fifty hits then decodes the
/// documents it shows, not ten thousand.
protocol DocumentSource: AnyObject, Sendable {
    var count: Int { get }
    /// What is known of every document without decoding it.
    var paths: [String] { get }
    var paragraphCounts: [Int] { get }
    func document(_ index: Int) -> Document
    /// Whether a document read so far failed its digest (and read as an empty one).
    var isDamaged: Bool { get }
    /// Every document, decoded on every core.
    func all() -> [Document]
}

/// A corpus's documents, in order: an array, or a stored analysis whose documents are decoded
/// the first time each is read (see `DocumentSource`). Either way it is a collection of values:
/// a document changed through it (the analyst's annotations laid over) is kept in the list, and
/// the stored analysis is never changed.
public struct DocumentList: Sendable {
    private var array: [Document]
    private var source: (any DocumentSource)?
    /// Documents of `source` that were set through the list.
    private var replaced: [Int: Document] = [:]

    public init(_ documents: [Document]) {
        array = documents
    }

    init(source: any DocumentSource) {
        array = []
        self.source = source
    }

    /// Every document's path, without decoding any.
    public var paths: [String] {
        source?.paths ?? array.map(\.path)
    }

    /// How many paragraphs each document has, without decoding any.
    public var paragraphCounts: [Int] {
        source?.paragraphCounts ?? array.map(\.paragraphs.count)
    }

    /// Whether a document decoded on first use was found damaged, and read as empty: what
    /// was computed from the list is then wrong, and the caller loads again (the damaged
    /// stored analysis is gone by then).
    public var isDamaged: Bool { source?.isDamaged ?? false }

    /// The documents as an array, decoding (on every core) those not yet decoded.
    public var asArray: [Document] {
        guard let source else { return array }
        var documents = source.all()
        for (index, document) in replaced { documents[index] = document }
        return documents
    }
}

extension DocumentList: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { source?.count ?? array.count }

    // `_read` and `_modify` lend the array's element in place: a plain `get` copied the whole
    // document (a retain per field) on every `documents[i].quotes`, which made each keystroke
    // of search as you type a third slower (bench).
    public subscript(position: Int) -> Document {
        _read {
            if let source {
                precondition(position >= 0 && position < source.count, "document index out of range")
                yield replaced[position] ?? source.document(position)
            } else {
                yield array[position]
            }
        }
        _modify {
            if let source {
                precondition(position >= 0 && position < source.count, "document index out of range")
                var document = replaced[position] ?? source.document(position)
                yield &document
                replaced[position] = document
            } else {
                yield &array[position]
            }
        }
    }
}

extension DocumentList: RangeReplaceableCollection {
    public init() {
        array = []
    }

    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Document {
        if source != nil {
            array = asArray
            source = nil
            replaced = [:]
        }
        array.replaceSubrange(subrange, with: newElements)
    }
}

extension DocumentList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Document...) {
        array = elements
    }
}

extension DocumentList: Equatable {
    public static func == (lhs: DocumentList, rhs: DocumentList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
