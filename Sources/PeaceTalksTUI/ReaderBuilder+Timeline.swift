import PeaceTalksModel

extension ReaderBuilder {
    /// A timeline row: the happening's label, date, actors and issues, then each report of it
    /// (one per article, or the one paragraph), each openable in its article.
    func cluster(row: Int, filter: TimelineFilter?, width: Int) -> ReaderContent {
        guard let cluster = data.cluster(row: row, filter: filter), let index = data.clusters.firstIndex(of: cluster) else {
            let text = data.timeline.isEmpty ? "No dated events found." : "A heading: ↑↓ move to an event."
            return ReaderContent(title: "Timeline", blocks: [ReaderBlock(text, style: theme.dim)], width: width)
        }
        let members = cluster.members.compactMap { data.event(at: $0) }
        var blocks: [ReaderBlock] = []
        blocks.append(ReaderBlock(data.clusterLabels[index], style: theme.heading))
        var when = cluster.date.iso
        // The heading names the key event; its first report's own words follow the date.
        if cluster.keyEvent != nil, let first = members.first {
            when += " · " + EventLabel.label(of: first, in: data.corpus)
        }
        blocks.append(ReaderBlock(when, style: theme.label))
        var actors: [String] = []
        var issues: [String] = []
        for event in members {
            for actor in event.actors where !actors.contains(actor) { actors.append(actor) }
            for issue in event.issues where !issues.contains(issue) { issues.append(issue) }
        }
        if !actors.isEmpty {
            blocks.append(ReaderBlock("Actors: " + actors.map(data.sideName).joined(separator: ", "), style: theme.speaker))
        }
        if !issues.isEmpty {
            blocks.append(ReaderBlock("Issues: " + issues.map(data.issueTitle).joined(separator: " · "), style: theme.tag))
        }
        blocks.append(.blank)
        var targets: [ArticleTarget] = []
        if members.count > 1 {
            let articles = cluster.documents.count
            let heading = articles > 1 ? "Reported in \(articles) articles — Enter opens one" : "Reported \(members.count) times — Enter opens one"
            blocks.append(ReaderBlock(heading, style: theme.heading))
            for event in members {
                let entry = targets.count
                var place = data.longLabel(document: event.document) ?? data.document(event.document)?.displayTitle ?? ""
                place += (place.isEmpty ? "" : " · ") + "¶\(event.paragraph + 1) · " + event.date.iso
                blocks.append(ReaderBlock(place, style: theme.dim, indent: 2, entry: entry))
                let sentence = sentenceSpan(event)
                targets.append(ArticleTarget(document: event.document, paragraph: event.paragraph, spans: [event.dateSpan], context: sentence))
                var highlights = Highlights()
                if let sentence {
                    highlights = highlights.adding([TextSpan(start: event.dateSpan.start - sentence.start, end: event.dateSpan.end - sentence.start)], style: theme.match)
                }
                blocks.append(ReaderBlock(event.text, style: theme.text, highlights: highlights, indent: 4, entry: entry))
            }
        } else if let event = members.first {
            var facts: [String] = []
            if let label = data.longLabel(document: event.document) {
                facts.append(label)
            } else if let document = data.document(event.document) {
                facts.append(document.displayTitle)
            }
            facts.append("¶\(event.paragraph + 1)")
            blocks.append(ReaderBlock(facts.joined(separator: " · "), style: theme.dim))
            if let paragraph = data.paragraph(document: event.document, paragraph: event.paragraph) {
                let sentence = sentenceSpan(event)
                targets.append(ArticleTarget(document: event.document, paragraph: event.paragraph, spans: [event.dateSpan], context: sentence))
                var highlights = Highlights()
                if let sentence { highlights = highlights.adding([sentence], style: theme.context) }
                highlights = highlights.adding([event.dateSpan], style: theme.match)
                blocks.append(ReaderBlock(paragraph.text, style: theme.text, highlights: highlights, entry: 0))
            } else {
                blocks.append(ReaderBlock(event.text, style: theme.text))
            }
        }
        var title = cluster.date.iso
        if cluster.documents.count > 1 {
            title += " · \(cluster.documents.count) articles"
        } else if let document = members.first.flatMap({ data.label(document: $0.document) }) {
            title += " · " + document
        }
        return ReaderContent(title: title, blocks: blocks, targets: targets, width: width)
    }

    /// One side's column of an issue's history: its dated passages in time order.
    func history(_ sideID: String?, issue index: Int, width: Int) -> ReaderContent {
        guard let sideID, let issue = data.issue(at: index) else {
            return ReaderContent(title: "", blocks: [ReaderBlock("The codebook names no sides.", style: theme.dim)], width: width)
        }
        var blocks = [ReaderBlock(data.sideName(sideID), style: theme.heading)]
        let entries = IssueHistory.entries(issue: issue.id, in: data.corpus, timeline: data.timeline).filter { $0.side == sideID }
        if entries.isEmpty {
            blocks.append(ReaderBlock("No dated passage on this issue.", style: theme.dim))
        }
        for entry in entries {
            guard let event = data.event(at: entry.event) else { continue }
            var date = event.date.iso
            if let document = data.label(document: event.document) { date += " · " + document }
            blocks.append(ReaderBlock(date, style: theme.label))
            var highlights = Highlights()
            if let sentence = sentenceSpan(event) {
                highlights = highlights.adding([TextSpan(start: event.dateSpan.start - sentence.start, end: event.dateSpan.end - sentence.start)], style: theme.match)
            }
            blocks.append(ReaderBlock(event.text, style: theme.text, highlights: highlights))
            blocks.append(.blank)
        }
        return ReaderContent(title: data.sideName(sideID), blocks: blocks, width: width)
    }

    private func sentenceSpan(_ event: Event) -> TextSpan? {
        guard let paragraph = data.paragraph(document: event.document, paragraph: event.paragraph),
              paragraph.sentences.indices.contains(event.sentence) else { return nil }
        let span = paragraph.sentences[event.sentence].span
        return span.start <= event.dateSpan.start && event.dateSpan.end <= span.end ? span : nil
    }
}
