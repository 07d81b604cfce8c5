/// Finds quoted fragments in paragraphs with quote marks, dashes and runs of
/// whitespace made alike, so an annotation typed with straight quotes still finds the
/// article's curly ones. A TextQuoteSelector is found as its prefix, exact text and suffix
/// in a row, and its span is the exact text's.
///
/// All fragments are looked for in one pass over each paragraph (Rabin–Karp over a
/// fixed-length prefix, then a hash of the whole fragment's window from prefix sums, and
/// only then a comparison), so the cost grows with the text and not with text × fragments
/// (a codebook's anchors are checked against thousands of articles on every load), and a
/// repetitive text (`aaaa…ab`) cannot force a full comparison at every position.
struct FragmentSearch {
    private struct Prepared {
        var scalars: [Unicode.Scalar]
        var prefixHash: UInt64
        var fullHash: UInt64
        /// base^count, to cut a window's hash out of the text's prefix sums.
        var power: UInt64
        /// The part of `scalars` whose span is reported: the selector's exact text.
        var core: Range<Int>
    }

    /// Length of the prefix that is hashed; shorter fragments use their own length.
    private static let window = 12
    private let fragments: [Prepared]
    /// Distinct prefix lengths in use (one for real codebooks, whose fragments are long).
    private let prefixLengths: [Int]
    private let byHash: [Int: [UInt64: [Int]]]
    /// Per prefix length, one bit per low `filterBits` bits of a prefix hash: a clear bit
    /// rules a position out without a dictionary look-up, which costs a hash per scalar.
    private let filters: [Int: [UInt64]]
    private static let filterBits: UInt64 = 16

    init(_ fragments: [String]) {
        self.init(selectors: fragments.map { TextQuoteSelector(exact: $0) })
    }

    init(selectors: [TextQuoteSelector]) {
        let prepared = selectors.map { selector -> Prepared in
            let (loose, origins) = Self.normalise(Array((selector.prefix + selector.exact + selector.suffix).unicodeScalars))
            let exactStart = selector.prefix.unicodeScalars.count
            let exactEnd = exactStart + selector.exact.unicodeScalars.count
            let inExact = loose.indices.filter { origins[$0] >= exactStart && origins[$0] < exactEnd && loose[$0] != " " }
            let core = (inExact.first ?? 0)..<((inExact.last ?? -1) + 1)
            let length = min(Self.window, loose.count)
            var power: UInt64 = 1
            for _ in 0..<loose.count { power = power &* Self.base }
            return Prepared(
                scalars: loose, prefixHash: Self.hash(loose[0..<length]), fullHash: Self.hash(loose[...]), power: power,
                core: core)
        }
        self.fragments = prepared
        var byHash: [Int: [UInt64: [Int]]] = [:]
        for (index, fragment) in prepared.enumerated() where !fragment.core.isEmpty {
            byHash[min(Self.window, fragment.scalars.count), default: [:]][fragment.prefixHash, default: []].append(index)
        }
        self.byHash = byHash
        filters = byHash.mapValues { table in
            var bits = [UInt64](repeating: 0, count: Int(1 << Self.filterBits) / 64)
            for key in table.keys {
                let slot = Int(key & ((1 << Self.filterBits) - 1))
                bits[slot >> 6] |= 1 << UInt64(slot & 63)
            }
            return bits
        }
        prefixLengths = byHash.keys.sorted()
    }

    /// For each fragment, its first span in `text` (nil where it does not occur).
    func find(in text: String) -> [TextSpan?] {
        find(inScalars: Array(text.unicodeScalars))
    }

    var count: Int { fragments.count }

    /// The same, on a text's scalars.
    func find(inScalars text: [Unicode.Scalar]) -> [TextSpan?] {
        var found = [TextSpan?](repeating: nil, count: fragments.count)
        guard !fragments.isEmpty else { return found }
        let target = Self.normalise(text)
        let haystack = target.scalars
        // prefixes[i] is the hash of haystack[0..<i]; a window's hash is then O(1).
        var prefixes = [UInt64](repeating: 0, count: haystack.count + 1)
        for (index, scalar) in haystack.enumerated() {
            prefixes[index + 1] = prefixes[index] &* Self.base &+ UInt64(scalar.value)
        }
        for length in prefixLengths {
            guard let table = byHash[length], let filter = filters[length], haystack.count >= length else { continue }
            var power: UInt64 = 1
            for _ in 1..<max(1, length) { power = power &* Self.base }
            var rolling = Self.hash(haystack[0..<length])
            var start = 0
            while true {
                let slot = Int(rolling & ((1 << Self.filterBits) - 1))
                if filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0, let candidates = table[rolling] {
                    for index in candidates where found[index] == nil {
                        let fragment = fragments[index]
                        let needle = fragment.scalars
                        let stop = start + needle.count
                        if stop <= haystack.count,
                            prefixes[stop] &- prefixes[start] &* fragment.power == fragment.fullHash,
                            haystack[start..<stop].elementsEqual(needle)
                        {
                            found[index] = TextSpan(
                                start: target.origins[start + fragment.core.lowerBound],
                                end: target.origins[start + fragment.core.upperBound - 1] + 1)
                        }
                    }
                }
                let next = start + length
                guard next < haystack.count else { break }
                rolling = (rolling &- UInt64(haystack[start].value) &* power) &* Self.base &+ UInt64(haystack[next].value)
                start += 1
            }
        }
        return found
    }

    /// The first span of one fragment in one text.
    static func find(_ fragment: String, in text: String) -> TextSpan? {
        FragmentSearch([fragment]).find(in: text)[0]
    }

    private static let base: UInt64 = 1_000_003

    private static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        scalars.reduce(0) { $0 &* base &+ UInt64($1.value) }
    }

    /// The text with look-alike marks unified, whitespace collapsed and trimmed;
    /// `origins[i]` is the offset in the original of the scalar at `i`.
    static func normalise(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origins: [Int]) {
        var result: [Unicode.Scalar] = []
        var origins: [Int] = []
        result.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        var pendingSpace = false
        for (offset, scalar) in scalars.enumerated() {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                origins.append(offset - 1)
                pendingSpace = false
            }
            result.append(unify(scalar))
            origins.append(offset)
        }
        return (result, origins)
    }

    /// ASCII whitespace is decided without a Unicode property look-up, which dominated loading.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static func unify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{02BC}", "`": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        default: return scalar
        }
    }
}
