/// A matched pair of quote marks: `open` and `close` are the marks' scalar offsets.
struct QuotePair: Hashable, Sendable {
    var open: Int
    var close: Int

    /// The quoted words, without the marks.
    var content: TextSpan { TextSpan(start: open + 1, end: close) }
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
        case "\u{201D}": [.double, .lowDouble]
        case "\u{201C}": [.lowDouble]
        case "\"": [.straightDouble]
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
        for index in 0..<count {
            let scalar = scalars[index]
            let opening = opens(scalar)
            let closing = closes(scalar)
            if opening == nil && closing.isEmpty { continue }
            let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
            let next: Unicode.Scalar? = index + 1 < count ? scalars[index + 1] : nil

            let canClose = previous.map { !ScalarClass.isSpace($0) } ?? false
                && next.map { !ScalarClass.isWord($0) } ?? true
            if canClose && !closing.isEmpty, let depth = partner(of: closing, in: stack) {
                let opener = stack[depth]
                stack.removeSubrange(depth...)
                result.append(QuotePair(open: opener.position, close: index))
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
