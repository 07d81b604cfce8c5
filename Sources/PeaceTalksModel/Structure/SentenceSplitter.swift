/// Splits a paragraph into sentences, as trimmed scalar spans.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing marks and brackets right after
/// it) when whitespace follows and the next text starts with an uppercase letter, a digit,
/// an opening mark or a bracket. It does not end:
/// - inside a number (`196.600`, `42.7`), since no whitespace follows the point;
/// - after an abbreviation (`bijv.`, `o.a.`, `Mr.`, `U.S.`, `etc.`) or an initial (`J. Smith`);
/// - inside a quote that goes on after the point (`‘Nee. Dat niet.’` is one sentence).
///   A sentence that ends inside a quote ends after the closing mark
///   (`…gaat verder.’ Het lijkt` splits after `’`).
enum SentenceSplitter {
    /// `keepingQuotesWhole: false` also splits inside quotes, for comparing text finely.
    static func split(_ scalars: [Unicode.Scalar], keepingQuotesWhole: Bool = true) -> [TextSpan] {
        let quotes = keepingQuotesWhole ? QuoteMarks.outermostPairs(in: scalars) : []
        var spans: [TextSpan] = []
        var start = 0
        var quoteIndex = 0
        var index = 0
        let count = scalars.count
        while index < count {
            guard ScalarClass.isTerminal(scalars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, ScalarClass.isTerminal(scalars[end]) || QuoteMarks.isClosingMark(scalars[end])
                || scalars[end] == ")" || scalars[end] == "]" {
                end += 1
            }
            defer { index = end }
            guard end == count || ScalarClass.isSpace(scalars[end]) else { continue }
            while quoteIndex < quotes.count, quotes[quoteIndex].close < index { quoteIndex += 1 }
            if quoteIndex < quotes.count, quotes[quoteIndex].open < index, quotes[quoteIndex].close >= end {
                continue
            }
            if scalars[index] == ".", isAbbreviation(before: index, in: scalars) { continue }
            var next = end
            while next < count, ScalarClass.isSpace(scalars[next]) { next += 1 }
            if next < count, !startsSentence(scalars[next]) { continue }
            appendTrimmed(TextSpan(start: start, end: end), scalars, to: &spans)
            start = end
        }
        appendTrimmed(TextSpan(start: start, end: count), scalars, to: &spans)
        return spans
    }

    private static func appendTrimmed(_ span: TextSpan, _ scalars: [Unicode.Scalar], to spans: inout [TextSpan]) {
        let trimmed = ScalarClass.trimmed(scalars, span)
        if !trimmed.isEmpty { spans.append(trimmed) }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isUpper(scalar) || ScalarClass.isDigit(scalar) || QuoteMarks.isOpeningMark(scalar)
            || scalar == "(" || scalar == "["
    }

    /// Whether the word ending at the point `dot` is an abbreviation or an initial.
    static func isAbbreviation(before dot: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = dot
        while start > 0, ScalarClass.isLetter(scalars[start - 1]) || scalars[start - 1] == "." {
            start -= 1
        }
        guard start < dot else { return false }
        let word = scalars[start..<dot]
        if word.count == 1, let only = word.first, ScalarClass.isUpper(only) { return true }
        let lowered = ScalarClass.lowercasedString(word)
        if abbreviations.contains(lowered) { return true }
        return isDottedLetters(word)
    }

    /// `d.w.z`, `e.g`, `U.S`: single letters joined by points.
    private static func isDottedLetters(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        var expectLetter = true
        for scalar in word {
            if expectLetter {
                guard ScalarClass.isLetter(scalar) else { return false }
                letters += 1
            } else if scalar != "." {
                return false
            }
            expectLetter.toggle()
        }
        return letters >= 2 && !expectLetter
    }

    static let abbreviations: Set<String> = [
        // Dutch
        "bijv", "bv", "o.a", "d.w.z", "dr", "drs", "mr", "prof", "ca", "etc", "enz", "vs", "nr", "blz",
        "resp", "m.a.w", "i.p.v", "t.o.v", "incl", "excl", "ir", "ing", "mevr", "dhr", "mgr", "vgl",
        "zgn", "evt", "o.m", "m.b.t", "n.a.v", "t.a.v", "v.chr", "n.chr", "jl", "a.s", "ong",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
        // English
        "mrs", "ms", "e.g", "i.e", "u.s", "u.k", "u.n", "jr", "sr", "st", "gen", "gov", "sen", "rep",
        "lt", "col", "capt", "sgt", "inc", "ltd", "corp", "fig", "vol", "approx", "dept", "p", "pp",
        "oct",
    ]
}
