import Foundation

/// One query against one engine: matching, filtering, ranking.
final class SearchRun: Sendable {
    /// A word or phrase to find, folded, with how strictly it compares. A class: the scan reads
    /// it per paragraph, and copying its arrays and text there cost a tenth of the time.
    final class Needle: Sendable {
        let bytes: [UInt8]
        /// Per byte: an uppercase letter's folding starts here.
        let uppercase: [Bool]
        let text: String
        /// Smart case: an uppercase letter in the query makes it case-sensitive.
        let caseSensitive: Bool
        /// An accent in the query makes it match only that accent.
        let accentSensitive: Bool
        let isPhrase: Bool
        let isStrict: Bool

        init(bytes: [UInt8], uppercase: [Bool], text: String, caseSensitive: Bool, accentSensitive: Bool, isPhrase: Bool) {
            self.bytes = bytes
            self.uppercase = uppercase
            self.text = text
            self.caseSensitive = caseSensitive
            self.accentSensitive = accentSensitive
            self.isPhrase = isPhrase
            isStrict = caseSensitive || accentSensitive
        }
    }

    /// A hit before it is turned into a `SearchHit`: its unit and quote (-1 for the paragraph).
    struct Candidate: Sendable {
        var unit: Int32
        var quote: Int32
        var score: Double
    }

    /// A match inside a unit: folded offsets relative to the unit, and its needle.
    struct Occurrence: Sendable {
        var needle: Int
        var start: Int
        var end: Int
        /// 3 whole word, 2 word prefix, 1 inside a word.
        var strength: Int
    }

    /// Occurrences per needle per paragraph kept to highlight a returned hit; ranking needs fewer.
    static let highlightCap = 1_000

    let engine: SearchEngine
    let index: SearchIndex
    let needles: [Needle]
    /// Fetched once per run, and only when a one-letter word can use it.
    let letters: LetterSummary?
    let speakerIDs: Set<String>?
    let issueIDs: Set<String>?
    let isEmpty: Bool
    let query: SearchQuery
    /// Set by whoever no longer wants the result; nil for a search that always finishes.
    let cancellation: SearchCancellation?
    /// Whether the result must count every hit, or may stop once the best are known.
    let countsEveryHit: Bool

    /// Whether plain queries are scored by `UnitScorer` (always, but for tests comparing it
    /// with the general pass it replaces).
    let usesUnitScorer: Bool

    init(
        engine: SearchEngine, query: SearchQuery, cancellation: SearchCancellation? = nil, countsEveryHit: Bool = true,
        usesUnitScorer: Bool = true
    ) {
        self.engine = engine
        self.query = query
        self.cancellation = cancellation
        self.countsEveryHit = countsEveryHit
        self.usesUnitScorer = usesUnitScorer
        self.index = engine.index
        var folder = TextFolder()
        var needles: [Needle] = []
        for (text, isPhrase) in query.terms.map({ ($0, false) }) + query.phrases.map({ ($0, true) }) {
            let (bytes, uppercase) = folder.foldMarkingUppercase(text)
            guard !bytes.isEmpty, !bytes.allSatisfy({ $0 == 0x20 }) else { continue }
            needles.append(Needle(
                bytes: bytes, uppercase: uppercase, text: text, caseSensitive: text.unicodeScalars.contains { $0.properties.isUppercase },
                accentSensitive: text.decomposedStringWithCanonicalMapping.unicodeScalars.contains {
                    $0.properties.generalCategory == .nonspacingMark
                },
                isPhrase: isPhrase))
        }
        // The longest needle is the rarest, most often: it drives the scan.
        self.needles = needles.enumerated().sorted { ($1.element.bytes.count, $0.offset) < ($0.element.bytes.count, $1.offset) }
            .map(\.element)
        letters = needles.contains { $0.bytes.count == 1 } ? engine.index.letters : nil
        speakerIDs = query.speaker.map { engine.speakers(matching: $0) }
        issueIDs = query.issue.map { engine.issues(matching: $0) }
        isEmpty = needles.isEmpty && query.speaker == nil && query.issue == nil
        let words = self.needles.map(\.bytes)
        let wordIndex = engine.wordIndex
        indexedUnitsOnce = OnceValue { wordIndex?.candidateUnits(for: words) }
    }

    /// The units the word index says may hold every needle, sorted; nil when it cannot say.
    /// Looked up only when asked: while typing, the last keystroke's positions grown into
    /// this one's make it needless, and it was a tenth of a keystroke at 10,000 articles (perf).
    var indexedUnits: [Int32]? { indexedUnitsOnce.value }
    private let indexedUnitsOnce: OnceValue<[Int32]?>

    /// Units in both sorted lists; either alone when the other is nil.
    static func intersect(_ first: [Int32]?, _ second: [Int32]?) -> [Int32]? {
        guard let first else { return second }
        guard let second else { return first }
        var result: [Int32] = []
        var left = 0
        var right = 0
        while left < first.count, right < second.count {
            if first[left] < second[right] {
                left += 1
            } else if first[left] > second[right] {
                right += 1
            } else {
                result.append(first[left])
                left += 1
                right += 1
            }
        }
        return result
    }

    /// True once the caller gave the search up: every loop over units or positions asks.
    var isCancelled: Bool { cancellation?.isCancelled ?? false }

    /// The result, or nil when cancelled; a cancelled run leaves the narrowing state alone.
    func run(limit: Int) -> SearchResult? {
        if isEmpty || speakerIDs?.isEmpty == true || issueIDs?.isEmpty == true {
            return SearchResult(hits: [], totalCount: 0)
        }
        // Only plain words narrow, and only a letter or two is worth remembering whole.
        let memoizable = speakerIDs == nil && issueIDs == nil && !needles.isEmpty
            && !needles.contains(where: \.isStrict) && needles.reduce(0, { $0 + $1.bytes.count }) <= 2
        if memoizable, let known = index.narrowing.memoized(query, limit: limit), known.totalIsExact || !countsEveryHit {
            return known
        }
        let linked = linkedParagraphs()
        // Only plain words narrow: filters and strict words choose units by more than their bytes.
        let narrows = speakerIDs == nil && issueIDs == nil && !needles.isEmpty && !needles.contains(where: \.isStrict)
        let words = needles.map(\.bytes)
        let remembered = speakerIDs == nil && issueIDs == nil ? index.narrowing.candidates(for: words) : nil
        let plain = speakerIDs == nil && issueIDs == nil
        let narrowing = OnceValue { plain ? Self.intersect(remembered, self.indexedUnits) : nil }
        let positions = plain ? needlePositions(narrowed: { narrowing.value }) : []
        if isCancelled { return nil }
        let complete = positions.compactMap { list in
            list.flatMap { $0.positions.count <= index.narrowing.positionsBudget ? $0 : nil }
        }
        // The needle with the fewest listed starts drives: only the units it occurs in can hold a hit.
        let driver = positions.indices.filter({ positions[$0] != nil })
            .min(by: { (positions[$0]?.positions.count ?? 0) < (positions[$1]?.positions.count ?? 0) })
        if !countsEveryHit, let driver, let early = rankEarly(limit: limit, positions: positions, driver: driver) {
            index.narrowing.rememberPositions(complete)
            index.narrowing.remember(words, units: early.present)
            guard let hits = hits(for: early.kept, linked: linked) else { return nil }
            let result = SearchResult(hits: hits, totalCount: early.total, totalIsExact: early.totalIsExact)
            if memoizable {
                index.narrowing.memoize(query, limit: limit, result: result, needles: words, units: early.present, known: complete)
            }
            return result
        }
        if isCancelled { return nil }
        let narrowed = narrowing.value
        // The units a needle's starts fall in are exactly those the scan would visit for it.
        let driverUnits = driver.flatMap { positions[$0] }.map { Self.intersect(index.units(at: $0.positions), narrowed) ?? [] }
        let collected = collect(linked: linked, among: driverUnits ?? narrowed, positions: positions)
        // What a cancelled pass collected is partial: nothing of it may be remembered.
        if isCancelled { return nil }
        index.narrowing.rememberPositions(complete)
        if narrows {
            index.narrowing.remember(words, units: collected.present)
        } else if remembered == nil {
            index.narrowing.forget()
        }
        let candidates = collected.candidates
        var matched = [Bool](repeating: false, count: index.units.count)
        for candidate in candidates { matched[Int(candidate.unit)] = true }

        // A pull quote never shows words already shown: dropped when what it repeats matched too.
        var kept: [Candidate] = []
        var total = 0
        // Once `limit` candidates are kept, the worst of them bounds the rest: one that does not
        // rank ahead of it can never be among the best, so it is counted and not kept (most are,
        // while typing: equal scores rank in document order, and candidates come in that order).
        var worst: Candidate?
        for var candidate in candidates {
            let unit = index.units[Int(candidate.unit)]
            var repeatsUnit = unit.repeatsUnit
            if candidate.quote >= 0, index.quotes[Int(candidate.quote)].repeatsUnit >= 0 {
                repeatsUnit = index.quotes[Int(candidate.quote)].repeatsUnit
            }
            if repeatsUnit >= 0 {
                if matched[Int(repeatsUnit)] { continue }
                candidate.score -= 0.25
            }
            total += 1
            if let worst, !ranks(candidate, worst) { continue }
            kept.append(candidate)
            if kept.count >= max(4 * limit, 64) {
                kept.sort(by: ranks)
                kept.removeLast(kept.count - limit)
                worst = kept.last
            }
        }
        kept.sort(by: ranks)
        if kept.count > limit { kept.removeLast(kept.count - limit) }
        guard let hits = hits(for: kept, linked: linked) else { return nil }
        let result = SearchResult(hits: hits, totalCount: total)
        if memoizable {
            index.narrowing.memoize(query, limit: limit, result: result, needles: words, units: collected.present, known: complete)
        }
        return result
    }

    /// Per needle, every start of its folded bytes when that is cheap to know: derived from an
    /// earlier query's lists, or, for a fresh query, found by one scan for its longest needle
    /// (a single letter excepted: it occurs everywhere, and the unit-by-unit scan stops early).
    /// A query of one word that the word index or the last query narrowed is scanned in those
    /// units only: they hold every unit it occurs in, so the list is whole all the same.
    func needlePositions(narrowed narrowing: () -> [Int32]?) -> [KnownPositions?] {
        let known = index.narrowing.knownPositions()
        var positions = needles.map { index.derivePositions(of: $0.bytes, from: known, cancellation: cancellation) }
        if positions.allSatisfy({ $0 == nil }), let longest = needles.first, longest.bytes.count >= 2 {
            let narrowed = narrowing()
            let fresh = narrowed.map { $0.count * 2 > index.units.count } ?? true
            if fresh {
                positions[0] = index.allPositions(of: longest.bytes, cancellation: cancellation)
            } else if needles.count == 1, let narrowed {
                positions[0] = index.allPositions(of: longest.bytes, inUnits: narrowed, cancellation: cancellation)
            }
        }
        return positions
    }

    /// Best first: score, then quotes before passages, then document and paragraph order.
    func ranks(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let leftIsQuote = lhs.quote >= 0
        let rightIsQuote = rhs.quote >= 0
        if leftIsQuote != rightIsQuote { return leftIsQuote }
        if lhs.unit != rhs.unit { return lhs.unit < rhs.unit }
        return lhs.quote < rhs.quote
    }

    // MARK: Filters

    /// Per unit: linked to one of the issues asked for (nil when there is no issue filter).
    func linkedParagraphs() -> [Bool]? {
        guard let issueIDs else { return nil }
        var linked = [Bool](repeating: false, count: index.units.count)
        for (number, document) in engine.corpus.documents.enumerated() where number < index.unitByParagraph.count {
            let map = index.unitByParagraph[number]
            for link in document.issueLinks where issueIDs.contains(link.issue) {
                if map.indices.contains(link.paragraph), map[link.paragraph] >= 0 {
                    linked[Int(map[link.paragraph])] = true
                }
            }
        }
        return linked
    }

    func quoteAllowed(_ range: SearchIndex.QuoteRange, unit: Int, linked: [Bool]?) -> Bool {
        guard let quote = self.quote(range, unit: unit) else { return false }
        if let speakerIDs {
            guard let speaker = quote.speaker, speakerIDs.contains(speaker) else { return false }
        }
        if let issueIDs, let linked {
            return linked[unit] || quote.issues.contains(where: issueIDs.contains)
        }
        return true
    }

    func quote(_ range: SearchIndex.QuoteRange, unit: Int) -> Quote? {
        let document = Int(index.units[unit].document)
        let quotes = engine.corpus.documents[document].quotes
        return quotes.indices.contains(Int(range.index)) ? quotes[Int(range.index)] : nil
    }

    /// Units that may hold a hit, each once, in order: where the driving needle occurs, or
    /// every unit the filters allow when there is no needle or the filters are narrow.
    func forEachCandidateUnit(linked: [Bool]?, _ body: (Int) -> Void) {
        let filtered = speakerIDs != nil || issueIDs != nil
        if filtered {
            var allowed: [Int] = []
            for unit in index.units.indices {
                let record = index.units[unit]
                let quoteAllowed = (Int(record.quoteStart)..<Int(record.quoteEnd)).contains {
                    self.quoteAllowed(index.quotes[$0], unit: unit, linked: linked)
                }
                let paragraphAllowed = speakerIDs == nil && (linked?[unit] ?? true)
                if quoteAllowed || paragraphAllowed { allowed.append(unit) }
            }
            if needles.isEmpty || allowed.count * 8 < index.units.count {
                allowed.forEach(body)
                return
            }
            // A filter and the word index together: the units both allow, in order.
            if let indexed = indexedUnits {
                Self.intersect(allowed.map(Int32.init), indexed)?.forEach { body(Int($0)) }
                return
            }
        }
        forEachDriverUnit(in: 0..<index.units.count, body)
    }

    // MARK: Matching one paragraph

    /// The hits one unit holds, each with the occurrences it highlights. Linear in the
    /// occurrences and quotes: the occurrences are sorted once, and each quote reads only
    /// those that start inside it (a huge paragraph holds thousands of quotes).
    func evaluate(unit: Int, linked: [Bool]?, cap: Int = 8) -> [(candidate: Candidate, occurrences: [Occurrence])] {
        let record = index.units[unit]
        // Quotes need every occurrence to tell which lie inside them; a bare paragraph ranks on a few.
        let cap = record.quoteEnd > record.quoteStart ? max(cap, Self.highlightCap) : cap
        var occurrences: [Occurrence] = []
        guard collectOccurrences(in: record, cap: cap, into: &occurrences) else { return [] }
        // Scores and highlights do not depend on the occurrences' order.
        occurrences.sort { ($0.start, $0.needle) < ($1.start, $1.needle) }
        let filtered = speakerIDs != nil || issueIDs != nil
        var found: [(candidate: Candidate, occurrences: [Occurrence])] = []
        var quoteRanges: [Range<Int>] = []
        var seen = [Bool](repeating: false, count: needles.count)
        for quoteNumber in Int(record.quoteStart)..<Int(record.quoteEnd) {
            let range = index.quotes[quoteNumber]
            // Unfiltered, every quote the index holds is allowed: no need to copy the quote to ask.
            if filtered { guard quoteAllowed(range, unit: unit, linked: linked) else { continue } }
            let inside = Self.inside(occurrences, Int(range.start)..<Int(range.end))
            for number in seen.indices { seen[number] = false }
            for occurrence in inside { seen[occurrence.needle] = true }
            guard !seen.contains(false) else { continue }
            found.append((Candidate(unit: Int32(unit), quote: Int32(quoteNumber), score: score(inside)), inside))
            quoteRanges.append(Int(range.start)..<Int(range.end))
        }
        // The passage shows only the words its quote hits do not already show, and ranks by them.
        let paragraphAllowed = speakerIDs == nil && (linked?[unit] ?? true)
        let outside = Self.outside(occurrences, quoteRanges)
        if paragraphAllowed, needles.isEmpty || !outside.isEmpty {
            found.append((Candidate(unit: Int32(unit), quote: -1, score: score(outside)), outside))
        }
        return found
    }

    /// Of `sorted` (by start), those lying wholly inside `range`: found by halving, read in order.
    static func inside(_ sorted: [Occurrence], _ range: Range<Int>) -> [Occurrence] {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var inside: [Occurrence] = []
        while low < sorted.count, sorted[low].start < range.upperBound {
            if sorted[low].end <= range.upperBound { inside.append(sorted[low]) }
            low += 1
        }
        return inside
    }

    /// Of `sorted` (by start), those inside none of `ranges`: one sweep, the ranges by start.
    static func outside(_ sorted: [Occurrence], _ ranges: [Range<Int>]) -> [Occurrence] {
        guard !ranges.isEmpty else { return sorted }
        let ordered = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        // The furthest end of the ranges starting at or before the occurrence: it lies in
        // one of them exactly when it ends by then.
        var reach = Int.min
        var outside: [Occurrence] = []
        for occurrence in sorted {
            while next < ordered.count, ordered[next].lowerBound <= occurrence.start {
                reach = max(reach, ordered[next].upperBound)
                next += 1
            }
            if occurrence.end > reach { outside.append(occurrence) }
        }
        return outside
    }

    /// Appends the occurrences of every needle in `record` (at most `cap` per needle) that pass
    /// the smart-case and accent checks; false as soon as some needle has none. The ranking
    /// pass and the highlighting pass both use it, so they cannot disagree on what matches.
    func collectOccurrences(in record: SearchIndex.Unit, cap: Int, into occurrences: inout [Occurrence]) -> Bool {
        collectOccurrences(in: record, cap: cap, into: &occurrences) { number, found in
            index.occurrences(of: needles[number].bytes, in: record.start..<record.end) { found($0, 0) }
        }
    }

    /// The same, with the folded matches of needle `number` listed by `starts` (in order, until
    /// its callback returns false), each with its strength when known (else 0): a scan of the
    /// unit, or a list of positions known beforehand.
    func collectOccurrences(
        in record: SearchIndex.Unit, cap: Int, into occurrences: inout [Occurrence],
        starts: (Int, (Int, Int) -> Bool) -> Void
    ) -> Bool {
        var original: [Unicode.Scalar]?
        for (number, needle) in needles.enumerated() {
            var count = 0
            starts(number) { absolute, known in
                let start = absolute - record.start
                let end = start + needle.bytes.count
                if needle.caseSensitive && !needle.accentSensitive {
                    guard needle.uppercase.indices.allSatisfy({ needle.uppercase[$0] == index.isUppercase(at: absolute + $0) })
                    else { return true }
                } else if needle.isStrict {
                    if original == nil { original = scalars(of: record) }
                    guard verify(needle, unit: record, start: start, end: end, original: original ?? []) else { return true }
                }
                let strength = known > 0 ? known : strength(record, start, end)
                occurrences.append(Occurrence(needle: number, start: start, end: end, strength: strength))
                count += 1
                return count < cap
            }
            if count == 0 { return false }
        }
        return true
    }

    /// Per needle its best strength, summed; a little more for repeated matches.
    func score(_ occurrences: [Occurrence]) -> Double {
        guard !needles.isEmpty else { return 0 }
        var best = [Int](repeating: 0, count: needles.count)
        for occurrence in occurrences {
            best[occurrence.needle] = max(best[occurrence.needle], occurrence.strength + (needles[occurrence.needle].isPhrase ? 1 : 0))
        }
        let extra = min(max(occurrences.count - needles.count, 0), 5)
        return Double(best.reduce(0, +)) + 0.1 * Double(extra)
    }

    func strength(_ unit: SearchIndex.Unit, _ start: Int, _ end: Int) -> Int {
        let buffer = index.buffer
        let startsWord = start == 0 || !SearchIndex.isWordByte(buffer[unit.start + start - 1])
        let endsWord = unit.start + end >= unit.end || !SearchIndex.isWordByte(buffer[unit.start + end])
        if startsWord && endsWord { return 3 }
        return startsWord ? 2 : 1
    }

    func scalars(of unit: SearchIndex.Unit) -> [Unicode.Scalar] {
        let document = engine.corpus.documents[Int(unit.document)]
        let paragraph = Int(unit.paragraph)
        guard document.paragraphs.indices.contains(paragraph) else { return [] }
        return Array(document.paragraphs[paragraph].text.unicodeScalars)
    }

    /// For a case- or accent-sensitive needle: does the original text agree where the folded text matched?
    func verify(_ needle: Needle, unit: SearchIndex.Unit, start: Int, end: Int, original: [Unicode.Scalar]) -> Bool {
        let span = index.originalSpan(unit: unit, start: start, end: end)
        guard span.start >= 0, span.end <= original.count, span.start <= span.end else { return false }
        let written = String(String.UnicodeScalarView(original[span.start..<span.end]))
        return Self.comparable(written, needle) == Self.comparable(needle.text, needle)
    }

    /// Letters and digits only (the folded match already checked the rest), with case and accents kept as the needle asks.
    static func comparable(_ text: String, _ needle: Needle) -> [Unicode.Scalar] {
        var form = text.precomposedStringWithCanonicalMapping
        if !needle.accentSensitive { form = form.folding(options: .diacriticInsensitive, locale: nil) }
        if !needle.caseSensitive { form = form.lowercased() }
        return form.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    // MARK: Results

    /// The returned hits with their highlights, in the order given. Each unit is evaluated
    /// once, however many of its quotes are among the hits; nil when cancelled meanwhile.
    func hits(for kept: [Candidate], linked: [Bool]?) -> [SearchHit]? {
        var evaluated: [Int32: [Int32: [Occurrence]]] = [:]
        var hits: [SearchHit] = []
        hits.reserveCapacity(kept.count)
        for candidate in kept {
            if isCancelled { return nil }
            let unit = Int(candidate.unit)
            let record = index.units[unit]
            if evaluated[candidate.unit] == nil {
                var byQuote: [Int32: [Occurrence]] = [:]
                // The first of a quote's entries wins, as a search for the first did before.
                for found in evaluate(unit: unit, linked: linked, cap: Self.highlightCap) where byQuote[found.candidate.quote] == nil {
                    byQuote[found.candidate.quote] = found.occurrences
                }
                evaluated[candidate.unit] = byQuote
            }
            let selected = evaluated[candidate.unit]?[candidate.quote] ?? []
            let target = candidate.quote >= 0
                ? SearchHit.Target.quote(Int(index.quotes[Int(candidate.quote)].index)) : .paragraph
            let spans = merge(selected.map { index.originalSpan(unit: record, start: $0.start, end: $0.end) })
            hits.append(SearchHit(
                document: Int(record.document), paragraph: Int(record.paragraph), target: target,
                score: candidate.score, spans: spans))
        }
        return hits
    }

    /// Sorted, overlapping spans joined, so a highlight never paints twice.
    func merge(_ spans: [TextSpan]) -> [TextSpan] {
        var merged: [TextSpan] = []
        for span in spans.sorted() {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
