/// The timeline stage of one article: every date in its paragraphs as an event in the sentence
/// that holds it, and, once the article's mentions are known, the actors of that sentence.
enum EventFinder {
    /// An event and the span of its sentence in its paragraph, where its actors are looked for later.
    struct Found: Sendable {
        var event: Event
        var sentence: TextSpan
    }

    /// The events of `paragraphs` (pull quotes repeat the body, so they are left out) in text
    /// order, without actors yet. `scalars[i]` is the text of `paragraphs[i]`; `issues` names the
    /// issues of a sentence in its paragraph.
    static func events(
        in paragraphs: [Paragraph], scalars: [[Unicode.Scalar]], document: Int, language: Language, anchor: DateAnchor,
        stamps: [Dateline.Stamp] = [], issues: (String, Paragraph) -> [String]
    ) -> [Found] {
        var found: [Found] = []
        for (position, paragraph) in paragraphs.enumerated() where paragraph.kind != .pullquote {
            let text = scalars[position]
            // The stamps on this paragraph's lines: those from its first line to the next paragraph's.
            let nextLine = paragraphs.indices.contains(position + 1) ? paragraphs[position + 1].line : Int.max
            let stamped = stamps.filter { $0.line >= paragraph.line && $0.line < nextLine }
            let matches = DateExtractor.extract(
                from: text, language: language, anchor: anchor, sentences: paragraph.sentences.map(\.span))
            var datedSentences: Set<SentenceDate> = []
            for match in matches {
                let sentenceIndex = paragraph.sentenceIndex(containing: match.span.start) ?? 0
                // `MOSCOW, March 3 — Russia on Monday rejected…`: two mentions of one day in one
                // sentence are one event, not two rows on the timeline.
                guard datedSentences.insert(SentenceDate(sentence: sentenceIndex, date: match.date)).inserted else { continue }
                // `Door onze correspondent\n14 februari 2025`: the line that dates the article is no event.
                if stamped.contains(where: { $0.date == match.date }) { continue }
                let sentenceSpan = paragraph.sentences.indices.contains(sentenceIndex)
                    ? paragraph.sentences[sentenceIndex].span
                    : TextSpan(start: 0, end: text.count)
                let sentence = ScalarClass.string(text, sentenceSpan)
                found.append(Found(
                    event: Event(
                        date: match.date, document: document, paragraph: paragraph.index, sentence: sentenceIndex,
                        dateSpan: match.span, text: sentence, actors: [], issues: issues(sentence, paragraph),
                        resolution: match.resolution),
                    sentence: sentenceSpan))
            }
        }
        return found
    }

    private struct SentenceDate: Hashable {
        var sentence: Int
        var date: PartialDate
    }

    /// The events with the actors mentioned in each one's sentence, in date order.
    static func withActors(_ found: [Found], mentions: [Mention]) -> [Event] {
        let mentionsByParagraph = Dictionary(grouping: mentions, by: \.paragraph)
            .mapValues { $0.sorted { $0.span.start < $1.span.start } }
        var events = found.map(\.event)
        for index in events.indices {
            let paragraphMentions = mentionsByParagraph[events[index].paragraph] ?? []
            events[index].actors = unique(actorIDs(in: found[index].sentence, sortedMentions: paragraphMentions))
        }
        events.sort { $0.date < $1.date }
        return events
    }

    /// Actor ids of the mentions inside `span`, found by binary search in mentions sorted by start.
    private static func actorIDs(in span: TextSpan, sortedMentions: [Mention]) -> [String] {
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
}
