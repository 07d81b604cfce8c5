/// A matched pair of quote marks: `open` and `close` are the marks' scalar offsets.
struct QuotePair: Hashable, Sendable {
    var open: Int
    var close: Int
    /// Scalars in each mark: 2 for a doubled apostrophe (`''…''`).
    var openLength = 1
    var closeLength = 1

    /// The quoted words, without the marks.
    var content: TextSpan { TextSpan(start: open + openLength, end: close) }
}

/// Pairs the quote marks of Dutch and English news: ‘…’, ‚…’, “…”, „…” (closed by ” or “),
/// "…", '…', «…», »…«, ‹…›.
///
/// Rules:
/// - A mark opens only at the start of the text or after whitespace or punctuation, and
///   only when a non-space follows. It closes only after a non-space, and only when the
///   end, whitespace or punctuation follows. So an apostrophe inside a word
///   (`Macron’s`, `zo’n`, `don't`) neither opens nor closes.
/// - Elisions (`’s avonds`, `'t`, `’n`) and decades (`'90s`) do not open a quote.
/// - Pairing is one scan with a stack. A closing mark looks at most `searchDepth` openers
///   down for its partner; openers above the partner are dropped as unclosed. That keeps
///   the cost linear even on 100,000 unbalanced marks. Openers never closed are dropped.
enum QuoteMarks {
    enum Family: Sendable {
        case single, lowSingle, double, lowDouble, straightDouble, straightSingle
        case guillemet, reversedGuillemet, singleGuillemet, reversedSingleGuillemet
        /// `''…''` or `''…"`: two apostrophes typed for a double quote.
        case doubledApostrophe
    }

    private static let searchDepth = 4

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        opens(scalar) != nil || !closes(scalar).isEmpty
    }

    static func opens(_ scalar: Unicode.Scalar) -> Family? {
        switch scalar {
        case "\u{2018}": .single
        case "\u{201A}": .lowSingle
        case "\u{201C}": .double
        case "\u{201E}": .lowDouble
        case "\"": .straightDouble
        case "'": .straightSingle
        case "\u{AB}": .guillemet
        case "\u{BB}": .reversedGuillemet
        case "\u{2039}": .singleGuillemet
        case "\u{203A}": .reversedSingleGuillemet
        default: nil
        }
    }

    static func closes(_ scalar: Unicode.Scalar) -> [Family] {
        switch scalar {
        case "\u{2019}": [.single, .lowSingle]
        case "\u{2018}": [.lowSingle]
        case "\u{201D}": [.double, .lowDouble, .doubledApostrophe]
        case "\u{201C}": [.lowDouble]
        case "\"": [.straightDouble, .doubledApostrophe]
        case "'": [.straightSingle]
        case "\u{BB}": [.guillemet]
        case "\u{AB}": [.reversedGuillemet]
        case "\u{203A}": [.singleGuillemet]
        case "\u{2039}": [.reversedSingleGuillemet]
        default: []
        }
    }

    /// Marks that can close a quote, for absorbing them into a sentence's end.
    static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool { !closes(scalar).isEmpty }

    /// Marks that can open a quote, for recognising a sentence that starts with one.
    static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        opens(scalar) != nil || scalar == "\u{2019}"
    }

    /// Every matched pair, ordered by opening mark. Pairs nest; they never cross.
    static func pairs(in scalars: [Unicode.Scalar]) -> [QuotePair] {
        var stack: [(family: Family, position: Int)] = []
        var result: [QuotePair] = []
        let count = scalars.count
        var index = -1
        while index + 1 < count {
            index += 1
            let scalar = scalars[index]
            if scalar == "'", index + 1 < count, scalars[index + 1] == "'" {
                doubledApostrophe(at: index, in: scalars, stack: &stack, result: &result)
                index += 1
                continue
            }
            let opening = opens(scalar)
            let closing = closes(scalar)
            if opening == nil && closing.isEmpty { continue }
            let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
            let next: Unicode.Scalar? = index + 1 < count ? scalars[index + 1] : nil

            // `"Dit is verraad. " Dat is …`, `"Wij gaan door ", zei X`: a stray space before a
            // straight closing mark, after the quote's last punctuation or before a comma.
            let strayClose = scalar == "\"" && previous.map(ScalarClass.isSpace) ?? false && index >= 2
                && ([".", ",", "!", "?"].contains(scalars[index - 2]) || next.map { $0 == "," || $0 == "." } ?? false)
                && next.map { !ScalarClass.isWord($0) } ?? true
            let canClose = (previous.map { !ScalarClass.isSpace($0) } ?? false || strayClose)
                && next.map { !ScalarClass.isWord($0) } ?? true
            if canClose && !closing.isEmpty, let depth = partner(of: closing, in: stack) {
                let opener = stack[depth]
                stack.removeSubrange(depth...)
                result.append(QuotePair(
                    open: opener.position, close: index, openLength: opener.family == .doubledApostrophe ? 2 : 1))
                continue
            }

            guard let family = opening else { continue }
            let canOpen = previous.map { !ScalarClass.isWord($0) } ?? true
                && next.map { !ScalarClass.isSpace($0) } ?? false
            if canOpen && !isElision(family, at: index, in: scalars) {
                stack.append((family, index))
            }
        }
        return result.sorted { $0.open < $1.open }
    }

    /// Two apostrophes at `index`: they close a double quote when they can, else open one.
    private static func doubledApostrophe(
        at index: Int, in scalars: [Unicode.Scalar], stack: inout [(family: Family, position: Int)],
        result: inout [QuotePair]
    ) {
        let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
        let next: Unicode.Scalar? = index + 2 < scalars.count ? scalars[index + 2] : nil
        let canClose = previous.map { !ScalarClass.isSpace($0) } ?? false && next.map { !ScalarClass.isWord($0) } ?? true
        if canClose, let depth = partner(of: [.doubledApostrophe, .straightDouble, .double], in: stack) {
            let opener = stack[depth]
            stack.removeSubrange(depth...)
            result.append(QuotePair(
                open: opener.position, close: index, openLength: opener.family == .doubledApostrophe ? 2 : 1,
                closeLength: 2))
            return
        }
        let canOpen = previous.map { !ScalarClass.isWord($0) } ?? true && next.map { !ScalarClass.isSpace($0) } ?? false
        if canOpen { stack.append((.doubledApostrophe, index)) }
    }

    /// A double or curly opening mark after the last pair that nothing closes: a quote that
    /// runs on into the next paragraph. Apostrophe-like marks (`'`, `’`) never count.
    static func unclosedOpener(in scalars: [Unicode.Scalar], after lastClose: Int) -> (position: Int, length: Int, family: Family)? {
        var index = max(0, lastClose + 1)
        while index < scalars.count {
            let scalar = scalars[index]
            let doubled = scalar == "'" && index + 1 < scalars.count && scalars[index + 1] == "'"
            let family = doubled ? .doubledApostrophe : opens(scalar)
            if let family, family != .straightSingle {
                let length = doubled ? 2 : 1
                let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
                let next: Unicode.Scalar? = index + length < scalars.count ? scalars[index + length] : nil
                if previous.map({ !ScalarClass.isWord($0) }) ?? true, let next, !ScalarClass.isSpace(next),
                   !isElision(family, at: index, in: scalars) {
                    return (index, length, family)
                }
            }
            index += doubled ? 2 : 1
        }
        return nil
    }

    /// The first mark before `limit` that closes `family` with nothing open: the end of a quote
    /// that began in the paragraph before.
    static func orphanCloser(of family: Family, in scalars: [Unicode.Scalar], before limit: Int) -> (position: Int, length: Int)? {
        var index = 0
        while index < min(limit, scalars.count) {
            let scalar = scalars[index]
            let doubled = scalar == "'" && index + 1 < scalars.count && scalars[index + 1] == "'"
            let length = doubled ? 2 : 1
            let families = doubled ? [Family.doubledApostrophe, .straightDouble, .double] : closes(scalar)
            if families.contains(family), index > 0, !ScalarClass.isSpace(scalars[index - 1]),
               index + length >= scalars.count || !ScalarClass.isWord(scalars[index + length]) {
                return (index, length)
            }
            if opens(scalar) != nil && families.isEmpty { return nil }
            index += length
        }
        return nil
    }

    /// The pairs not inside another pair, in text order.
    static func outermost(_ pairs: [QuotePair]) -> [QuotePair] {
        var result: [QuotePair] = []
        var lastClose = -1
        for pair in pairs where pair.open > lastClose {
            result.append(pair)
            lastClose = pair.close
        }
        return result
    }

    static func outermostPairs(in scalars: [Unicode.Scalar]) -> [QuotePair] {
        outermost(pairs(in: scalars))
    }

    private static func partner(
        of families: [Family], in stack: [(family: Family, position: Int)]
    ) -> Int? {
        var depth = stack.count - 1
        let floor = max(0, stack.count - searchDepth)
        while depth >= floor {
            if families.contains(stack[depth].family) { return depth }
            depth -= 1
        }
        return nil
    }

    /// `’s avonds`, `'t Hooft`, `’n`, `'90s`: an apostrophe standing for dropped letters.
    private static func isElision(_ family: Family, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch family {
        case .single, .lowSingle, .straightSingle: break
        default: return false
        }
        guard index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        if family == .straightSingle && ScalarClass.isDigit(next) { return true }
        guard next == "s" || next == "t" || next == "n" else { return false }
        guard index + 2 < scalars.count else { return true }
        return !ScalarClass.isWord(scalars[index + 2])
    }
}
