/// Finds pull quotes: short paragraphs that repeat a sentence or quote of a paragraph nearby.
///
/// A candidate is a body paragraph of one or two sentences and at most `maxWords` words,
/// with at least `TokenSimilarity.minimumWords` content words. It repeats the longer
/// paragraph within ±`reach` (not a heading, not itself a pull quote) whose best window
/// of sentences contains at least `TokenSimilarity.threshold` of its words; the highest
/// score wins, then the nearest. The lede is never a pull quote. Cost: a fixed number of
/// neighbours per paragraph, each read once per candidate, so linear in the text.
enum PullQuoteDetector {
    static let reach = 3
    static let maxWords = 60

    /// Paragraph index → index of the paragraph it repeats.
    static func detect(_ paragraphs: [Paragraph]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        // A long paragraph is compared with each of its short neighbours: split it once. Only
        // the paragraphs within reach keep their scalars and units: a long article's would
        // take several times its text.
        var unitsCache: [Int: [[Int32]]] = [:]
        var scalars = RecentScalars(paragraphs)
        var table = WordIDTable()
        for index in paragraphs.indices where index > 0 && paragraphs[index].kind == .body {
            let paragraph = paragraphs[index]
            guard (1...2).contains(paragraph.sentences.count) else { continue }
            scalars.forget(before: index - reach)
            for key in unitsCache.keys where key / 4 < index - reach { unitsCache[key] = nil }
            let text = scalars[index]
            let all = TextSpan(start: 0, end: text.count)
            guard wordCount(text) <= maxWords else { continue }
            let probe = TokenSimilarity.wordIDs(text, all, &table)
            guard probe.count >= TokenSimilarity.minimumWords else { continue }
            let probeSentences = SentenceSplitter.split(text, keepingQuotesWhole: false).count
            var best: (score: Double, distance: Int, target: Int)?
            for target in max(0, index - reach)...min(paragraphs.count - 1, index + reach) where target != index {
                guard paragraphs[target].kind != .heading, result[target] == nil,
                      scalars[target].count > text.count else { continue }
                let other = scalars[target]
                let maxWindow = min(3, probeSentences + 1)
                let cacheKey = target * 4 + maxWindow
                let units = unitsCache[cacheKey] ?? TokenSimilarity.units(
                    other, TextSpan(start: 0, end: other.count), maxWindow: maxWindow, &table)
                unitsCache[cacheKey] = units
                let score = TokenSimilarity.best(of: probe, in: units)
                guard score >= TokenSimilarity.threshold else { continue }
                let distance = abs(target - index)
                if let current = best, current.score > score || (current.score == score && current.distance <= distance) {
                    continue
                }
                best = (score, distance, target)
            }
            if let best { result[index] = best.target }
        }
        return result
    }

    /// Paragraphs' scalars, made when first asked for and kept until forgotten.
    private struct RecentScalars {
        let paragraphs: [Paragraph]
        private var made: [Int: [Unicode.Scalar]] = [:]

        init(_ paragraphs: [Paragraph]) { self.paragraphs = paragraphs }

        subscript(index: Int) -> [Unicode.Scalar] {
            mutating get {
                if let known = made[index] { return known }
                let text = Array(paragraphs[index].text.unicodeScalars)
                made[index] = text
                return text
            }
        }

        mutating func forget(before index: Int) {
            for key in made.keys where key < index { made[key] = nil }
        }
    }

    private static func wordCount(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            let space = ScalarClass.isSpace(scalar)
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
