/// Links paragraphs to the codebook's issues, by section and by keyword.
///
/// Keywords match whole words, in any case and with or without accents; a trailing `*`
/// matches any ending, and a keyword of several words matches them as a phrase.
public struct IssueLinker: Sendable {
    public let codebook: Codebook
    /// One matcher per issue, in codebook order, so each issue's hits never overlap each other.
    private let matchers: [TermMatcher]
    /// Normalised section heading → indexes of the issues it belongs to.
    private let sectionIssues: [String: [Int]]
    /// Every key any issue's terms are filed under → those issues: one look-up per word
    /// tells which issues' matchers can find anything in a text, so the others are skipped.
    private let firstWordIssues: [UInt64: [Int]]
    private let stemIssues: [UInt64: [Int]]

    public init(codebook: Codebook) {
        self.codebook = codebook
        matchers = codebook.issues.map { issue in
            var matcher = TermMatcher()
            for keyword in issue.keywords {
                if let pattern = TermPattern(keyword, caseRule: .insensitive, genitive: false) {
                    matcher.add(pattern, payload: 0)
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
    }

    /// For each issue, whether its keywords could match somewhere in `tokens`.
    private func candidateIssues(_ tokens: [WordToken]) -> [Bool] {
        var result = [Bool](repeating: false, count: matchers.count)
        guard !firstWordIssues.isEmpty || !stemIssues.isEmpty else { return result }
        for token in tokens {
            TermMatcher.lookups(
                for: token.lower,
                firstWord: { key in
                    for issue in firstWordIssues[key] ?? [] { result[issue] = true }
                },
                stem: { key in
                    for issue in stemIssues[key] ?? [] { result[issue] = true }
                })
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
        let candidates = tokens.map(candidateIssues)
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
                let hits = candidates[position][issueIndex] ? keywordHits(issue: issueIndex, tokens: tokens[position]) : []
                var seen = Set<String>()
                for hit in hits {
                    let written = Self.slice(scalars[position], hit.span)
                    if seen.insert(WordTokens.normalisedKey(written)).inserted { reasons.append(.keyword(written)) }
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
        let tokens = WordTokens.tokens(in: text)
        let fromSection = sectionTitle(of: paragraph, in: sections).flatMap {
            sectionIssues[WordTokens.normalisedKey($0)]
        } ?? []
        let candidates = candidateIssues(tokens)
        return codebook.issues.indices.compactMap { index in
            fromSection.contains(index)
                || (candidates.indices.contains(index) && candidates[index]
                    && !keywordHits(issue: index, tokens: tokens).isEmpty)
                ? codebook.issues[index].id : nil
        }
    }

    /// `String.scalarSlice` walks from the start each time; hits come many to a paragraph.
    private static func slice(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        return ScalarClass.string(scalars[lower..<upper])
    }

    private func keywordHits(issue index: Int, tokens: [WordToken]) -> [TermMatch] {
        guard matchers.indices.contains(index) else { return [] }
        return matchers[index].matches(in: tokens)
    }

    private func sectionTitle(of paragraph: Paragraph, in sections: [Section]) -> String? {
        guard sections.indices.contains(paragraph.section) else { return nil }
        return sections[paragraph.section].title
    }
}
