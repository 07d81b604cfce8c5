import PeaceTalksModel

/// A block of the panel; a fact (`Rule      …`) wraps under its value, `hang` columns in.
struct WhyBlock {
    var block: ReaderBlock
    var hang = 0

    init(_ block: ReaderBlock, hang: Int = 0) {
        self.block = block
        self.hang = hang
    }

    /// The block's lines at a width, continuation lines of a fact under its value.
    func wrapped(width: Int) -> [(block: ReaderBlock, line: WrappedLine)] {
        let width = max(1, width - block.indent)
        let scalars = block.text.unicodeScalars
        guard hang > 0, width > hang + 8, scalars.count > hang else {
            return TextWrapper.wrap(block.text, width: width).map { (block, $0) }
        }
        let value = String(String.UnicodeScalarView(scalars.dropFirst(hang)))
        func index(_ offset: Int) -> String.Index { scalars.index(scalars.startIndex, offsetBy: min(offset, scalars.count)) }
        return TextWrapper.wrap(value, width: width - hang).enumerated().map { number, line in
            let end = hang + value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: line.end)
            let start = number == 0 ? 0 : hang + line.startScalar
            var shown = block
            if number > 0 { shown.indent += hang }
            return (shown, WrappedLine(start: index(start), end: index(end), startScalar: start))
        }
    }
}

/// The words of the "why this speaker" panel: per quote, who spoke, the rule in plain words
/// and each evidence span in its sentence, the deciding words marked, with its ¶ and line.
extension Explorer {
    func whyBlocks(_ refs: [QuoteRef]) -> [WhyBlock] {
        var blocks: [WhyBlock] = []
        for ref in refs {
            guard let document = data.document(ref.document), document.quotes.indices.contains(ref.index) else { continue }
            if !blocks.isEmpty { blocks.append(WhyBlock(.blank)) }
            blocks += whyBlocks(document.quotes[ref.index], in: document)
        }
        if blocks.isEmpty { blocks.append(WhyBlock(ReaderBlock("This quote is no longer in the corpus.", style: theme.dim))) }
        return blocks
    }

    private func whyBlocks(_ quote: Quote, in document: Document) -> [WhyBlock] {
        var blocks: [WhyBlock] = []
        var words = quote.text
        if words.unicodeScalars.count > 240 { words = String(String.UnicodeScalarView(words.unicodeScalars.prefix(240))) + "…" }
        var place = "¶\(quote.paragraph + 1)"
        if let paragraph = data.paragraph(document: quote.document, paragraph: quote.paragraph) { place += " · line \(paragraph.line)" }
        blocks.append(WhyBlock(ReaderBlock("“" + words + "” — " + place, style: theme.text, highlights: Highlights().adding(
            [TextSpan(start: words.unicodeScalars.count + 2, end: words.unicodeScalars.count + 5 + place.unicodeScalars.count)], style: theme.dim))))

        guard let speaker = quote.speaker else {
            blocks.append(fact("Speaker", "none", style: theme.dim))
            blocks.append(fact("Why", noSpeakerReason(quote), style: theme.text))
            return blocks
        }
        var who = data.sideName(speaker)
        if let citer = quote.citedBy { who += " (cited by " + data.sideName(citer) + ")" }
        blocks.append(fact("Speaker", who, style: theme.speaker))
        blocks.append(fact("Rule", ruleWords(quote, in: document, speaker: data.sideName(speaker)), style: theme.text))

        // A pull quote decides nothing itself: the quote it repeats holds the evidence.
        var evidence = quote.evidence
        var evidenceRule = quote.rule
        if quote.rule == .pullQuote, let original = quote.repeatsQuote, document.quotes.indices.contains(original) {
            evidence = document.quotes[original].evidence
            evidenceRule = document.quotes[original].rule
        }
        guard !evidence.isEmpty else {
            if quote.rule != nil { blocks.append(fact("Evidence", "none recorded for this quote", style: theme.dim)) }
            return blocks
        }
        for (number, item) in evidence.enumerated() {
            blocks += evidenceBlocks(item, document: quote.document, role: evidenceRole(number, rule: evidenceRule))
        }
        return blocks
    }

    /// `Speaker  Anna Kovalenko`: a label column, then the value.
    private func fact(_ label: String, _ value: String, style: Style) -> WhyBlock {
        let head = label.padding(toLength: 10, withPad: " ", startingAt: 0)
        let block = ReaderBlock(head + value, style: style, highlights: Highlights().adding([TextSpan(start: 0, end: head.unicodeScalars.count)], style: theme.label))
        return WhyBlock(block, hang: head.unicodeScalars.count)
    }

    /// The rule that found the speaker, as a reader would say it.
    func ruleWords(_ quote: Quote, in document: Document, speaker: String) -> String {
        let cue = quote.evidence.first.flatMap { evidenceText($0, document: quote.document) }.map { " (“" + $0 + "”)" } ?? ""
        switch quote.rule {
        case .speechVerbAfter?:
            return "named next to the quote with a speech verb (zegt X, X said)"
        case .speakerBeforeColon?:
            return "named before the colon that opens the quote (X zei: ‘…’)"
        case .continuation?:
            return "continues the quote just before it in the paragraph: the same speaker"
        case .previousSentence?:
            return "named in the sentence just before the quote"
        case .quoteOfQuote?:
            return "a quote of a quote: the one quoted speaks, the one who quotes cites"
        case .pullQuote?:
            let original = quote.repeatsQuote.flatMap { document.quotes.indices.contains($0) ? document.quotes[$0] : nil }
            return "a pull quote: the speaker of the quote it repeats" + (original.map { " in ¶\($0.paragraph + 1)" } ?? "")
        case .pronoun?:
            return "a pronoun" + cue + " → the most recent person named: " + speaker
        case .roleDescription?:
            return "a description" + cue + " → the one person the document introduced so: " + speaker
        case .partialQuote?:
            return "a fragment inside reported speech, in the words of the one reported: " + speaker
        case nil:
            return "none recorded: the speaker was set by hand (a correction in the annotations file)"
        }
    }

    /// Why a quote has no speaker.
    func noSpeakerReason(_ quote: Quote) -> String {
        switch quote.kind {
        case .term:
            return "read as a term or scare quote: no speech verb, colon or speaker frames it, so no one is said to speak"
        case .speech:
            return "no cue found that names one person: no speech verb with a name, no colon after a speaker, "
                + "no speaker in the sentence before; a pronoun or a description that fits no one without doubt stays unresolved"
        }
    }

    /// What an evidence span is to the attribution: the cue, then whom it stands for.
    private func evidenceRole(_ number: Int, rule: AttributionRule?) -> String {
        guard number > 0 else { return rule == .continuation ? "the cue of the quote it continues" : "the cue" }
        switch rule {
        case .pronoun?: return "the person it stands for"
        case .roleDescription?: return "where the document introduced them"
        default: return "where the full name was introduced"
        }
    }

    /// The evidence's own words, on one line.
    private func evidenceText(_ evidence: AttributionEvidence, document: Int) -> String? {
        guard let paragraph = data.paragraph(document: document, paragraph: evidence.paragraph) else { return nil }
        let cut = snippet(paragraph.text, around: evidence.span, before: 0, after: 0)
        let text = TerminalSafeText.oneLine(cut.text)
        return text.isEmpty ? nil : text
    }

    /// `¶3 · line 12 — the cue`, then the sentence(s) it stands in with its words marked.
    private func evidenceBlocks(_ evidence: AttributionEvidence, document: Int, role: String) -> [WhyBlock] {
        guard let paragraph = data.paragraph(document: document, paragraph: evidence.paragraph) else {
            return [fact("Evidence", "¶\(evidence.paragraph + 1) is not in the document", style: theme.dim)]
        }
        let header = fact("Evidence", "¶\(paragraph.index + 1) · line \(paragraph.line) — " + role, style: theme.dim)
        // The sentences the span touches; the whole paragraph when it has none.
        let touched = paragraph.sentences.map(\.span).filter { $0.overlaps(evidence.span) || $0.contains(evidence.span) }
        let scalars = paragraph.text.unicodeScalars.count
        var context = TextSpan(start: touched.map(\.start).min() ?? 0, end: touched.map(\.end).max() ?? scalars)
        context.start = min(context.start, evidence.span.start)
        context.end = max(context.end, evidence.span.end)
        // A very long sentence shows a window around the words.
        let before = min(evidence.span.start - context.start, 160)
        let after = min(context.end - evidence.span.end, 160)
        let cut = snippet(paragraph.text, around: evidence.span, before: max(0, before), after: max(0, after))
        let prefix = cut.offset > context.start ? "…" : ""
        let suffix = cut.offset + cut.text.unicodeScalars.count < context.end ? "…" : ""
        let shift = prefix.unicodeScalars.count - cut.offset
        let marked = TextSpan(start: evidence.span.start + shift, end: evidence.span.end + shift)
        let sentence = ReaderBlock(prefix + cut.text + suffix, style: theme.text, highlights: Highlights().adding([marked], style: theme.match), indent: 2)
        return [header, WhyBlock(sentence)]
    }
}
