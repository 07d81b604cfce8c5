/// Links paragraphs to the codebook's issues, by section and by keyword.
///
/// Keywords match whole words, in any case and with or without accents; a trailing `*`
/// matches any ending, and a keyword of several words matches them as a phrase.
/// A hit inside one of the issue's excluded phrases does not count, and a weak keyword
/// counts only beside a keyword in the same sentence, or in one of the issue's sections.
public struct IssueLinker: Sendable {
    public let codebook: Codebook
    /// One matcher per issue, in codebook order, so each issue's hits never overlap each other:
    /// keywords have payload `strong`, weak keywords `weak`, so the longest term wins either way.
    private let matchers: [TermMatcher]
    /// Per issue, its excluded phrases (empty when it has none).
    private let exclusions: [TermMatcher]
    private static let strong = 0
    private static let weak = 1
    /// Normalised section heading → indexes of the issues it belongs to.
    private let sectionIssues: [String: [Int]]
    /// Every key any issue's terms are filed under → those issues: one look-up per word
    /// tells which issues' matchers can find anything in a text, so the others are skipped.
    private let firstWordIssues: [UInt64: [Int]]
    private let stemIssues: [UInt64: [Int]]
    private let firstWordFilter: KeyFilter
    private let stemFilter: KeyFilter

    public init(codebook: Codebook) {
        self.codebook = codebook
        matchers = codebook.issues.map { issue in
            var matcher = TermMatcher()
            for (terms, payload) in [(issue.keywords, Self.strong), (issue.weakKeywords, Self.weak)] {
                for term in terms {
                    if let pattern = TermPattern(term, caseRule: .insensitive, genitive: false) {
                        matcher.add(pattern, payload: payload)
                    }
                }
            }
            return matcher
        }
        exclusions = codebook.issues.map { issue in
            var matcher = TermMatcher()
            for phrase in issue.excludedPhrases {
                if let pattern = TermPattern(phrase, caseRule: .insensitive, genitive: false) {
                    matcher.add(pattern, payload: Self.strong)
                }
            }
            return matcher
        }
        var sections: [String: [Int]] = [:]
        for (index, issue) in codebook.issues.enumerated() {
            for heading in issue.sections {
                let key = WordTokens.normalisedKey(heading)
                if !(sections[key]?.contains(index) ?? false) { sections[key, default: []].append(index) }
            }
        }
        sectionIssues = sections
        var firstWords: [UInt64: [Int]] = [:]
        var stems: [UInt64: [Int]] = [:]
        for (index, matcher) in matchers.enumerated() {
            for key in matcher.firstWords { firstWords[key, default: []].append(index) }
            for key in matcher.stems { stems[key, default: []].append(index) }
        }
        firstWordIssues = firstWords
        stemIssues = stems
        firstWordFilter = KeyFilter(firstWords.keys)
        stemFilter = KeyFilter(stems.keys)
    }

    /// For each issue, the token positions where one of its keywords could start
    /// (ascending): elsewhere its matcher finds nothing to try.
    private func candidateStarts(_ tokens: [WordToken]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: matchers.count)
        guard !firstWordIssues.isEmpty || !stemIssues.isEmpty else { return result }
        for (position, token) in tokens.enumerated() {
            func mark(_ issues: [Int]?) {
                for issue in issues ?? [] where result[issue].last != position { result[issue].append(position) }
            }
            TermMatcher.lookups(
                for: token.lower,
                firstWord: { if firstWordFilter.mayContain($0) { mark(firstWordIssues[$0]) } },
                stem: { if stemFilter.mayContain($0) { mark(stemIssues[$0]) } })
        }
        return result
    }

    /// For each issue (codebook order), one link per paragraph it touches, with every reason.
    /// Headings and pull quotes get no links: a pull quote repeats a paragraph that has its own.
    public func links(paragraphs: [Paragraph], sections: [Section], document: Int) -> [IssueLink] {
        let scalars = paragraphs.map { Array($0.text.unicodeScalars) }
        return links(
            paragraphs: paragraphs, sections: sections, document: document, scalars: scalars,
            tokens: scalars.map { WordTokens.tokens(in: $0) })
    }

    /// The same, with each paragraph's scalars and word tokens already at hand.
    func links(
        paragraphs: [Paragraph], sections: [Section], document: Int, scalars allScalars: [[Unicode.Scalar]],
        tokens allTokens: [[WordToken]]
    ) -> [IssueLink] {
        let kept = paragraphs.indices.filter {
            paragraphs[$0].kind != .heading && paragraphs[$0].kind != .pullquote
                && allScalars.indices.contains($0) && allTokens.indices.contains($0)
        }
        let linkable = kept.map { paragraphs[$0] }
        let scalars = kept.map { allScalars[$0] }
        let tokens = kept.map { allTokens[$0] }
        let candidates = tokens.map(candidateStarts)
        let sectionLinks = linkable.map { paragraph -> (heading: String, issues: [Int])? in
            guard let heading = sectionTitle(of: paragraph, in: sections) else { return nil }
            return (heading, sectionIssues[WordTokens.normalisedKey(heading)] ?? [])
        }
        var links: [IssueLink] = []
        for (issueIndex, issue) in codebook.issues.enumerated() {
            for (position, paragraph) in linkable.enumerated() {
                var reasons: [LinkReason] = []
                if let section = sectionLinks[position], section.issues.contains(issueIndex) {
                    reasons.append(.section(section.heading))
                }
                let hits = keywordHits(
                    issue: issueIndex, tokens: tokens[position], starts: candidates[position][issueIndex],
                    sentences: paragraph.sentences, inSection: !reasons.isEmpty)
                var seen = Set<String>()
                for hit in hits {
                    let written = Self.slice(scalars[position], hit.span)
                    // The hit starts and ends on word boundaries, so its words are the matched tokens.
                    let key = tokens[position][hit.firstToken..<(hit.firstToken + hit.tokenCount)]
                        .map(\.lowerString).joined(separator: " ")
                    if seen.insert(key).inserted { reasons.append(.keyword(written)) }
                }
                guard !reasons.isEmpty else { continue }
                links.append(IssueLink(
                    issue: issue.id, document: document, paragraph: paragraph.index, reasons: reasons,
                    spans: hits.map(\.span)))
            }
        }
        return links
    }

    /// Ids of the issues a piece of text (a quote, a sentence) touches: those whose keywords
    /// it holds, and those of the section the paragraph stands in.
    public func issueIDs(in text: String, paragraph: Paragraph, sections: [Section]) -> [String] {
        let fromSection = sectionTitle(of: paragraph, in: sections).flatMap {
            sectionIssues[WordTokens.normalisedKey($0)]
        } ?? []
        return issueIDs(in: text, sectionIssues: fromSection)
    }

    /// For each section, the indexes of the issues its heading belongs to: looked up once
    /// per document rather than once per quote and sentence.
    func sectionIssueIndexes(_ sections: [Section]) -> [[Int]] {
        sections.map { section in section.title.flatMap { sectionIssues[WordTokens.normalisedKey($0)] } ?? [] }
    }

    /// The same, with the issues of the paragraph's section already looked up.
    func issueIDs(in text: String, sectionIssues fromSection: [Int]) -> [String] {
        let tokens = WordTokens.tokens(in: text)
        let candidates = candidateStarts(tokens)
        return codebook.issues.indices.compactMap { index in
            fromSection.contains(index)
                || (candidates.indices.contains(index)
                    && !keywordHits(issue: index, tokens: tokens, starts: candidates[index], sentences: [], inSection: false)
                        .isEmpty)
                ? codebook.issues[index].id : nil
        }
    }

    /// `String.scalarSlice` walks from the start each time; hits come many to a paragraph.
    private static func slice(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        return ScalarClass.string(scalars[lower..<upper])
    }

    /// The hits that count: none inside an excluded phrase, and weak ones only in a sentence
    /// that also holds a keyword (any sentence, when the paragraph is in one of the issue's
    /// sections). No `sentences` means the text is one sentence.
    private func keywordHits(
        issue index: Int, tokens: [WordToken], starts: [Int], sentences: [Sentence], inSection: Bool
    ) -> [TermMatch] {
        guard matchers.indices.contains(index), !starts.isEmpty else { return [] }
        var hits = matchers[index].matches(in: tokens, startingOnlyAt: starts)
        if !hits.isEmpty, exclusions.indices.contains(index), !exclusions[index].isEmpty {
            let excluded = exclusions[index].matches(in: tokens)
            hits.removeAll { hit in
                excluded.contains {
                    $0.firstToken <= hit.firstToken && hit.firstToken + hit.tokenCount <= $0.firstToken + $0.tokenCount
                }
            }
        }
        guard !inSection, hits.contains(where: { $0.payload == Self.weak }) else { return hits }
        func sentence(of hit: TermMatch) -> Int {
            sentences.firstIndex { $0.span.start <= hit.span.start && hit.span.start < $0.span.end } ?? -1
        }
        let backed = Set(hits.filter { $0.payload == Self.strong }.map(sentence))
        return hits.filter { $0.payload == Self.strong || backed.contains(sentence(of: $0)) }
    }

    private func sectionTitle(of paragraph: Paragraph, in sections: [Section]) -> String? {
        guard sections.indices.contains(paragraph.section) else { return nil }
        return sections[paragraph.section].title
    }
}
