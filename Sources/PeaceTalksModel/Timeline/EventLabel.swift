/// A short label for a dated event: the clause of its sentence that holds the date, with the
/// date words (and the preposition that introduces them) taken out, cut at a word to fit.
/// `Op 24 augustus herhaalde Lavrov dat een akkoord neutraliteit moet bevatten` →
/// `Herhaalde Lavrov dat een akkoord neutraliteit moet bevatten`.
public enum EventLabel {
    public static let longest = 72

    /// The label of `event`, whose date lies at `dateSpan` of its paragraph.
    public static func label(of event: Event, in corpus: Corpus) -> String {
        let ref = PassageRef(document: event.document, paragraph: event.paragraph)
        guard let paragraph = corpus.paragraph(ref), paragraph.sentences.indices.contains(event.sentence) else {
            return make(sentence: event.text, date: nil)
        }
        let start = paragraph.sentences[event.sentence].span.start
        let date = TextSpan(start: event.dateSpan.start - start, end: event.dateSpan.end - start)
        return make(sentence: event.text, date: date)
    }

    /// The label of a sentence whose date lies at `date` (scalar offsets in the sentence).
    public static func make(sentence: String, date: TextSpan?) -> String {
        let scalars = Array(sentence.unicodeScalars)
        guard let date, date.start >= 0, date.end <= scalars.count, date.start < date.end else {
            return fit(words(in: scalars[...]))
        }
        let clause = clauseBounds(around: date, in: scalars)
        var before = words(in: scalars[clause.start..<date.start])
        var after = words(in: scalars[date.end..<clause.end])
        // `op`, `in`, `sinds`, `on`, `since`… belong to the date.
        while let last = before.last, datePrepositions.contains(last.lowercased()) { before.removeLast() }
        if let first = after.first, first == "," { after.removeFirst() }
        var kept = before + after
        if kept.count < 3 {
            // The clause was little more than its date (`Op 18 augustus,`): take the next one too.
            let next = clauseBounds(around: TextSpan(start: clause.end, end: clause.end), in: scalars, skippingMark: true)
            if next.end > clause.end { kept += words(in: scalars[clause.end..<next.end]).drop { $0.count == 1 && !$0.first!.isLetter } }
        }
        if kept.count < 3, let previous = previousClause(before: clause.start, in: scalars) {
            // `“…,” he said on Sunday.`: the frame says little; what was said goes first.
            kept = words(in: scalars[previous.start..<previous.end]) + kept
        }
        return fit(kept)
    }

    static let datePrepositions: Set<String> = [
        "op", "in", "sinds", "vanaf", "van", "tot", "tijdens", "rond", "na", "voor", "begin", "eind",
        "anno", "medio", "half", "sedert", "omstreeks", "circa", "het", "de",
        "on", "since", "from", "until", "by", "during", "at", "of", "after", "before", "early", "late", "the",
    ]

    private static let clauseMarks: Set<Unicode.Scalar> = [",", ";", ":", "–", "—", "(", ")", "‘", "’", "“", "”", "\"", "„"]

    /// A clause mark at `index`, but not an apostrophe between letters (`Peskov’s`).
    private static func isClauseMark(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let scalar = scalars[index]
        guard clauseMarks.contains(scalar) else { return false }
        if scalar == "’" || scalar == "'", index > 0, index + 1 < scalars.count,
            scalars[index - 1].properties.isAlphabetic, scalars[index + 1].properties.isAlphabetic
        {
            return false
        }
        return true
    }

    /// The clause around `span`: from the mark before it to the mark after it.
    private static func clauseBounds(around span: TextSpan, in scalars: [Unicode.Scalar], skippingMark: Bool = false) -> TextSpan {
        var start = span.start
        while start > 0, !isClauseMark(scalars, start - 1) { start -= 1 }
        var end = span.end
        if skippingMark { while end < scalars.count, isClauseMark(scalars, end) || scalars[end] == " " { end += 1 } }
        while end < scalars.count, !isClauseMark(scalars, end) { end += 1 }
        return TextSpan(start: start, end: end)
    }

    /// The clause that ends at the clause mark (or marks) just before `start`, if it has words.
    private static func previousClause(before start: Int, in scalars: [Unicode.Scalar]) -> TextSpan? {
        var end = start
        while end > 0, isClauseMark(scalars, end - 1) || scalars[end - 1] == " " { end -= 1 }
        guard end > 0, end < start else { return nil }
        let clause = clauseBounds(around: TextSpan(start: end, end: end), in: scalars)
        return clause.start < end ? TextSpan(start: clause.start, end: end) : nil
    }

    private static func words(in scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        String(scalars: scalars).split(whereSeparator: { $0.isWhitespace }).map(String.init)
            .filter { word in word.contains { $0.isLetter || $0.isNumber } || word == "…" }
    }

    /// Words joined and cut at a word to `longest` characters, the first letter capitalised,
    /// without a closing full stop.
    private static func fit(_ words: [String]) -> String {
        var label = ""
        for word in words {
            let candidate = label.isEmpty ? word : label + " " + word
            if candidate.count > longest {
                label += "…"
                break
            }
            label = candidate
        }
        while let last = label.last, ".,;:".contains(last) || last.isWhitespace { label.removeLast() }
        guard let first = label.first else { return label }
        return first.uppercased() + label.dropFirst()
    }
}
