/// How much of one text's wording another text contains, tolerant of small edits.
///
/// Words are runs of letters and digits, case-folded, without function words. The score is
/// containment: the share of the probe's distinct words found in the unit. A swapped word
/// or a dropped clause lowers it a little; an unrelated text scores near zero. Each unit is a
/// window of consecutive sentences of the compared text, so a short repeat is measured
/// against the sentences it repeats, not against a whole long paragraph.
enum TokenSimilarity {
    /// The score from which a text counts as a repeat.
    static let threshold = 0.6
    /// Fewer content words than this is too little to call a repeat.
    static let minimumWords = 4

    static func words(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> [String] {
        var result: [String] = []
        let end = min(span.end, scalars.count)
        var index = max(0, span.start)
        var wordStart: Int?
        func flush() {
            guard let start = wordStart, start < index else { return }
            let word = ScalarClass.lowercasedString(scalars[start..<index])
            wordStart = nil
            if !FunctionWords.contains(word) { result.append(word) }
        }
        while index < end {
            if ScalarClass.isWord(scalars[index]) {
                if wordStart == nil { wordStart = index }
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return result
    }

    static func wordSet(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Set<String> {
        Set(words(scalars, span))
    }

    /// Windows of 1…`maxWindow` consecutive sentences of `span`, split finely (inside quotes too).
    static func units(_ scalars: [Unicode.Scalar], _ span: TextSpan, maxWindow: Int) -> [Set<String>] {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        let local = Array(scalars[start..<end])
        let sentences = SentenceSplitter.split(local, keepingQuotesWhole: false)
        let sets = sentences.map { wordSet(local, $0) }
        var result: [Set<String>] = []
        for first in sets.indices {
            var union = Set<String>()
            for size in 0..<max(1, maxWindow) where first + size < sets.count {
                union.formUnion(sets[first + size])
                result.append(union)
            }
        }
        return result
    }

    static func containment(of probe: Set<String>, in unit: Set<String>) -> Double {
        guard !probe.isEmpty else { return 0 }
        let found = probe.reduce(0) { $0 + (unit.contains($1) ? 1 : 0) }
        return Double(found) / Double(probe.count)
    }

    static func best(of probe: Set<String>, in units: [Set<String>]) -> Double {
        units.reduce(0) { max($0, containment(of: probe, in: $1)) }
    }
}
