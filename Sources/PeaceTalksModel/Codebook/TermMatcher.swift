/// How letter case counts when a term is compared with the text.
enum TermCase: Sendable, Hashable {
    /// Issue keywords: any case matches.
    case insensitive
    /// Actor aliases: a capital in the term needs a capital in the text, a small
    /// letter matches either (so `Macron` skips `macron`, and `het Elysée` finds `Het Elysée`).
    case capitals
}

/// A keyword or alias, parsed: one or more words, the last of which may end in `*`.
struct TermPattern: Hashable, Sendable {
    var words: [[Unicode.Scalar]]
    var lowerWords: [[Unicode.Scalar]]
    /// A trailing `*`: the last word matches any word it begins.
    var prefix: Bool
    /// The last word also matches with a possessive `s`, `’s` or `'s` (`Macrons`, `Macron’s`).
    var genitive: Bool
    var caseRule: TermCase

    /// Nil when the term holds no word at all, or a `*` anywhere but at the end.
    init?(_ text: String, caseRule: TermCase, genitive: Bool) {
        var body = Substring(text).trimmingWhitespace
        prefix = body.hasSuffix("*")
        if prefix { body = body.dropLast() }
        if body.contains("*") { return nil }
        let tokens = WordTokens.tokens(in: String(body))
        guard !tokens.isEmpty else { return nil }
        if prefix, let last = body.unicodeScalars.last, !WordTokens.isWordScalar(last) { return nil }
        words = tokens.map(\.folded)
        lowerWords = tokens.map(\.lower)
        self.genitive = genitive && !prefix
        self.caseRule = caseRule
    }

    /// The key a one-word `*` term is filed under: the start of its stem.
    var bucketKey: UInt64 {
        TermMatcher.key(lowerWords.first ?? [], length: TermMatcher.keyLength)
    }

    func matches(_ token: WordToken, word index: Int) -> Bool {
        guard words.indices.contains(index) else { return false }
        let pattern = words[index]
        let isLast = index == words.count - 1
        let length = pattern.count
        let text = token.folded
        if isLast && prefix {
            return text.count >= length && same(token, word: index, count: length)
        }
        if text.count == length { return same(token, word: index, count: length) }
        if isLast && genitive {
            if text.count == length + 1, token.lower.last == "s" {
                return same(token, word: index, count: length)
            }
            if text.count == length + 2, text[length] == "'", token.lower.last == "s" {
                return same(token, word: index, count: length)
            }
        }
        return false
    }

    private func same(_ token: WordToken, word index: Int, count: Int) -> Bool {
        let pattern = words[index]
        let lowerPattern = lowerWords[index]
        for offset in 0..<count {
            switch caseRule {
            case .insensitive:
                if token.lower[offset] != lowerPattern[offset] { return false }
            case .capitals:
                if ScalarClass.isUpper(pattern[offset]) {
                    if token.folded[offset] != pattern[offset] { return false }
                } else if token.lower[offset] != lowerPattern[offset] {
                    return false
                }
            }
        }
        return true
    }
}

/// One place where a term matched.
struct TermMatch: Hashable, Sendable {
    /// What the caller filed the term under (an actor or issue index).
    var payload: Int
    /// Index of the term in the matcher.
    var term: Int
    var firstToken: Int
    var tokenCount: Int
    var span: TextSpan
}

/// Finds terms in text in one pass: each word looks up only the terms whose first
/// word it is (or whose `*` stem it starts with), so the cost grows with the text,
/// not with text × terms.
struct TermMatcher: Sendable {
    static let keyLength = 3

    private(set) var terms: [TermPattern] = []
    private(set) var payloads: [Int] = []
    /// Terms by a hash of their whole first word (lowercased, without accents). A hash
    /// shared by two words only adds candidates, and every candidate is compared in full.
    private var byFirstWord: [UInt64: [Int]] = [:]
    /// One-word terms ending in `*`, by the start of their stem.
    private var byStem: [UInt64: [Int]] = [:]
    private var wordFilter = KeyFilter()
    private var stemFilter = KeyFilter()

    init() {}

    /// The first `length` scalars as one number; every digit is at least 1, so keys of
    /// different lengths never collide.
    static func key(_ scalars: [Unicode.Scalar], length: Int) -> UInt64 {
        var key: UInt64 = 0
        for scalar in scalars.prefix(length) { key = key &* 0x110001 &+ UInt64(scalar.value) &+ 1 }
        return key
    }

    mutating func add(_ term: TermPattern, payload: Int) {
        if term.prefix && term.words.count == 1 {
            byStem[term.bucketKey, default: []].append(terms.count)
            stemFilter.insert(term.bucketKey)
        } else {
            let key = Self.wordKey((term.lowerWords.first ?? [])[...])
            byFirstWord[key, default: []].append(terms.count)
            wordFilter.insert(key)
        }
        terms.append(term)
        payloads.append(payload)
    }

    var isEmpty: Bool { terms.isEmpty }

    /// The whole first words terms are filed under.
    var firstWords: Dictionary<UInt64, [Int]>.Keys { byFirstWord.keys }
    /// The stem keys one-word `*` terms are filed under.
    var stems: Dictionary<UInt64, [Int]>.Keys { byStem.keys }

    /// Every first-word key and stem key `bestMatch` looks a token up by: a term filed
    /// under none of them cannot start at the token.
    @inline(__always)
    static func lookups(for lower: [Unicode.Scalar], firstWord: (UInt64) -> Void, stem: (UInt64) -> Void) {
        guard !lower.isEmpty else { return }
        firstWord(wordKey(lower[...]))
        // A possessive (`Macrons`, `Macron's`) is filed under the word without it.
        if lower.count > 1, lower.last == "s" {
            firstWord(wordKey(lower.dropLast()))
            if lower.count > 2, lower[lower.count - 2] == "'" { firstWord(wordKey(lower.dropLast(2))) }
        }
        for length in 1...min(keyLength, lower.count) { stem(key(lower, length: length)) }
    }

    /// FNV-1a over the scalars: cheaper to file and look up than the scalar array itself.
    @inline(__always)
    static func wordKey(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Longest match first at each word, left to right, never overlapping.
    func matches(in tokens: [WordToken]) -> [TermMatch] {
        guard !terms.isEmpty else { return [] }
        var result: [TermMatch] = []
        var position = 0
        while position < tokens.count {
            if let best = bestMatch(at: position, in: tokens) {
                result.append(best)
                position += max(1, best.tokenCount)
            } else {
                position += 1
            }
        }
        return result
    }

    /// The same, trying only the positions in `starts` (ascending): the others must be
    /// positions where no term is filed under any of the token's look-up keys.
    func matches(in tokens: [WordToken], startingOnlyAt starts: [Int]) -> [TermMatch] {
        guard !terms.isEmpty else { return [] }
        var result: [TermMatch] = []
        var position = 0
        for start in starts where start >= position && start < tokens.count {
            if let best = bestMatch(at: start, in: tokens) {
                result.append(best)
                position = start + max(1, best.tokenCount)
            }
        }
        return result
    }

    func matches(in text: String) -> [TermMatch] {
        matches(in: WordTokens.tokens(in: text))
    }

    private func bestMatch(at position: Int, in tokens: [WordToken]) -> TermMatch? {
        let token = tokens[position]
        var best: TermMatch?
        let lower = token.lower
        guard !lower.isEmpty else { return nil }
        // Candidates are judged by a total order (tokens, then length, then term index),
        // so the order the lists are visited in does not change the result.
        func consider(_ candidates: [Int]) {
            for index in candidates {
                let term = terms[index]
                guard let count = matchLength(term, at: position, in: tokens) else { continue }
                let last = tokens[position + count - 1]
                let candidate = TermMatch(
                    payload: payloads[index], term: index, firstToken: position, tokenCount: count,
                    span: TextSpan(start: token.start, end: last.end))
                if let current = best {
                    let better = candidate.tokenCount > current.tokenCount
                        || (candidate.tokenCount == current.tokenCount
                            && (candidate.span.length > current.span.length
                                || (candidate.span.length == current.span.length && index < current.term)))
                    if better { best = candidate }
                } else {
                    best = candidate
                }
            }
        }
        let checkWords = !byFirstWord.isEmpty
        let checkStems = !byStem.isEmpty
        Self.lookups(
            for: lower,
            firstWord: { key in
                if checkWords, wordFilter.mayContain(key), let list = byFirstWord[key] { consider(list) }
            },
            stem: { key in
                if checkStems, stemFilter.mayContain(key), let list = byStem[key] { consider(list) }
            })
        return best
    }

    private func matchLength(_ term: TermPattern, at position: Int, in tokens: [WordToken]) -> Int? {
        let count = term.words.count
        guard position + count <= tokens.count else { return nil }
        for offset in 0..<count {
            if offset > 0 && !tokens[position + offset - 1].joinsNext { return nil }
            if !term.matches(tokens[position + offset], word: offset) { return nil }
        }
        return count
    }
}

extension Substring {
    var trimmingWhitespace: Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
