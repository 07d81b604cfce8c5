import Foundation

/// Runs every extractor over the articles and links the results into a `Corpus`.
public enum CorpusBuilder {
    /// `progress` is called after each article with (done, total).
    public static func build(
        articles: [Article], codebook: Codebook, progress: ((Int, Int) -> Void)? = nil
    ) -> Corpus {
        var directory = ActorDirectory(codebook: codebook)
        let linker = IssueLinker(codebook: codebook)
        var documents: [Document] = []
        documents.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            documents.append(analyse(article, id: index, directory: &directory, linker: linker))
            progress?(index + 1, articles.count)
        }
        let (positions, warnings) = PositionResolver.resolve(codebook: codebook, documents: documents)
        return Corpus(
            codebook: codebook, documents: documents, actors: directory.actors,
            positions: positions, diagnostics: warnings)
    }

    static func analyse(
        _ article: Article, id: Int, directory: inout ActorDirectory, linker: IssueLinker
    ) -> Document {
        let language = article.metadata.language ?? LanguageDetector.detect(article.text)
        let structure = Segmenter.segment(article.text, language: language)
        let paragraphs = structure.paragraphs
        let rawQuotes = QuoteExtractor.extract(from: paragraphs, language: language)
        directory.discover(in: paragraphs, quotes: rawQuotes, language: language)

        let mentions = paragraphs.flatMap { paragraph in
            directory.mentions(in: paragraph.text).map {
                Mention(actor: $0.actor, document: id, paragraph: paragraph.index, span: $0.span)
            }
        }
        let links = linker.links(paragraphs: paragraphs, sections: structure.sections, document: id)
        let quotes = rawQuotes.map { raw in
            Quote(
                document: id, paragraph: raw.paragraph, span: raw.span, text: raw.text, kind: raw.kind,
                speaker: raw.speakerName.flatMap { directory.resolve(name: $0) },
                citedBy: raw.citedByName.flatMap { directory.resolve(name: $0) },
                rule: raw.rule, repeatsQuote: raw.repeatsQuote,
                issues: linker.issueIDs(in: raw.text, paragraph: paragraphs[raw.paragraph], sections: structure.sections))
        }
        let anchor = DateAnchor.choose(for: article)
        let mentionsByParagraph = Dictionary(grouping: mentions, by: \.paragraph)
            .mapValues { $0.sorted { $0.span.start < $1.span.start } }
        var events: [Event] = []
        for paragraph in paragraphs where paragraph.kind != .pullquote {
            let matches = DateExtractor.extract(from: paragraph.text, language: language, anchor: anchor)
            guard !matches.isEmpty else { continue }
            let scalars = Array(paragraph.text.unicodeScalars)
            let paragraphMentions = mentionsByParagraph[paragraph.index] ?? []
            for match in matches {
                let sentenceIndex = paragraph.sentenceIndex(containing: match.span.start) ?? 0
                let sentenceSpan = paragraph.sentences.indices.contains(sentenceIndex)
                    ? paragraph.sentences[sentenceIndex].span
                    : TextSpan(start: 0, end: scalars.count)
                let lower = max(0, min(sentenceSpan.start, scalars.count))
                let upper = max(lower, min(sentenceSpan.end, scalars.count))
                var sentence = ""
                sentence.unicodeScalars.append(contentsOf: scalars[lower..<upper])
                let actorsInSentence = actorIDs(in: sentenceSpan, sortedMentions: paragraphMentions)
                events.append(Event(
                    date: match.date, document: id, paragraph: paragraph.index, sentence: sentenceIndex,
                    dateSpan: match.span, text: sentence, actors: unique(actorsInSentence),
                    issues: linker.issueIDs(in: sentence, paragraph: paragraph, sections: structure.sections)))
            }
        }
        events.sort { $0.date < $1.date }
        return Document(
            id: id, path: article.path, metadata: article.metadata, language: language, anchor: anchor,
            paragraphs: paragraphs, sections: structure.sections, quotes: quotes, events: events,
            mentions: mentions, issueLinks: links)
    }
}

/// Actor ids of the mentions inside `span`, found by binary search in mentions sorted by start.
private func actorIDs(in span: TextSpan, sortedMentions: [Mention]) -> [String] {
    var low = 0
    var high = sortedMentions.count
    while low < high {
        let middle = (low + high) / 2
        if sortedMentions[middle].span.start < span.start { low = middle + 1 } else { high = middle }
    }
    var actors: [String] = []
    while low < sortedMentions.count, sortedMentions[low].span.start < span.end {
        if span.contains(sortedMentions[low].span) { actors.append(sortedMentions[low].actor) }
        low += 1
    }
    return actors
}

/// The elements in first-seen order, each once.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
