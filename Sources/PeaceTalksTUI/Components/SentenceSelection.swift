import PeaceTalksModel

/// Sentences of one paragraph that `v` selected: the one under the cursor, then one more
/// for each further `v`. Tag and memo act on them instead of the whole passage.
public struct SentenceSelection: Hashable, Sendable {
    public var document: Int
    public var paragraph: Int
    /// First and last selected sentence (indexes into the paragraph's sentences).
    public var first: Int
    public var last: Int

    public init(document: Int, paragraph: Int, first: Int, last: Int) {
        self.document = document
        self.paragraph = paragraph
        self.first = first
        self.last = last
    }
}

/// What a coding key acts on: the selected sentences, or the whole passage under the cursor.
public struct CodingPassage: Hashable, Sendable {
    public var document: Int
    public var paragraph: Int
    public var span: TextSpan
    /// `sentences 2–3` or `passage`: for the status line.
    public var label: String
}

extension Explorer {
    /// `v`: select the sentence under the cursor, or extend the selection by the next sentence.
    func selectSentence(_ state: inout ExplorerState, layout: Layout) {
        guard let target = selectedTarget(state, layout: layout),
              let paragraph = data.paragraph(document: target.document, paragraph: target.paragraph),
              !paragraph.sentences.isEmpty else {
            state.message = "Nothing to select: move to a passage in the reader"
            return
        }
        if var selection = state.selection, selection.document == target.document, selection.paragraph == target.paragraph {
            guard selection.last + 1 < paragraph.sentences.count else {
                state.message = "The selection reaches the end of the paragraph · Esc clears it"
                return
            }
            selection.last += 1
            state.selection = selection
        } else {
            let start = target.spans.map(\.start).min() ?? target.context?.start ?? paragraph.sentences[0].span.start
            let index = paragraph.sentenceIndex(containing: start) ?? 0
            state.selection = SentenceSelection(document: target.document, paragraph: target.paragraph, first: index, last: index)
        }
        if let selection = state.selection {
            state.message = "Selected " + Self.sentencesLabel(selection) + " of ¶\(selection.paragraph + 1) · v one more · t tag · m memo · Esc clear"
        }
    }

    static func sentencesLabel(_ selection: SentenceSelection) -> String {
        selection.first == selection.last ? "sentence \(selection.first + 1)" : "sentences \(selection.first + 1)–\(selection.last + 1)"
    }

    /// The selection's span in its paragraph, when it still names sentences there.
    func selectionSpan(_ selection: SentenceSelection) -> TextSpan? {
        guard let paragraph = data.paragraph(document: selection.document, paragraph: selection.paragraph),
              paragraph.sentences.indices.contains(selection.first), paragraph.sentences.indices.contains(selection.last) else { return nil }
        return TextSpan(start: paragraph.sentences[selection.first].span.start, end: paragraph.sentences[selection.last].span.end)
    }

    /// The selected sentences, else the passage under the cursor.
    func codingPassage(_ state: ExplorerState, layout: Layout) -> CodingPassage? {
        if let selection = state.selection, let span = selectionSpan(selection) {
            return CodingPassage(document: selection.document, paragraph: selection.paragraph, span: span, label: Self.sentencesLabel(selection))
        }
        guard let target = selectedTarget(state, layout: layout),
              let paragraph = data.paragraph(document: target.document, paragraph: target.paragraph) else { return nil }
        return CodingPassage(document: target.document, paragraph: target.paragraph,
                             span: TextSpan(start: 0, end: paragraph.text.unicodeScalars.count), label: "¶\(paragraph.index + 1)")
    }

    /// A selection belongs to the passage under the cursor; moving to another passage drops it.
    func dropStaleSelection(_ state: inout ExplorerState, layout: Layout) {
        guard let selection = state.selection else { return }
        let target = selectedTarget(state, layout: layout)
        if target?.document != selection.document || target?.paragraph != selection.paragraph || selectionSpan(selection) == nil {
            state.selection = nil
        }
    }
}
