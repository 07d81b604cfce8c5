import PeaceTalksModel

/// The analyst's coding keys: `t` tags the selection or passage to an issue and a side, `s`
/// gives a quote another speaker, `m` writes a memo. Each opens a picker or an editor; what
/// it picks becomes an `AnnotationChange` the backend saves (`requestAnnotation`).
extension Explorer {
    /// `t`: the issue / side picker for the selected sentences or the passage.
    func tagPassage(_ state: inout ExplorerState, layout: Layout) {
        guard let passage = codingPassage(state, layout: layout) else {
            state.message = "Nothing to tag: move to a passage in the reader (v selects sentences)"
            return
        }
        guard !data.sides.isEmpty, !data.corpus.issues.isEmpty else {
            state.message = "Nothing to tag with: the codebook names no issues or sides"
            return
        }
        state.picker = FilterPicker(purpose: .tag(passage))
    }

    /// `s`: the actor picker for the quote under the cursor.
    func reassignSpeaker(_ state: inout ExplorerState, layout: Layout) {
        guard let target = selectedTarget(state, layout: layout), let quote = quote(at: target),
              let index = data.document(target.document)?.quotes.firstIndex(of: quote) else {
            state.message = "No quote here: select a quote (Actors or Quotes pane) to give it another speaker"
            return
        }
        state.picker = FilterPicker(purpose: .speaker(document: target.document, quote: index))
    }

    /// Enter in a tag or speaker picker: the change, saved by the backend.
    func pick(_ state: inout ExplorerState, _ choice: PickerChoice, for purpose: PickerPurpose) {
        switch (purpose, choice) {
        case (.tag(let passage), .tag(let issue, let side)):
            guard let paragraph = data.paragraph(document: passage.document, paragraph: passage.paragraph) else { return }
            let used = Set(annotations(passage.document)?.tags.map(\.id) ?? [])
            let tag = TagAnnotation(id: Self.freshID("tag", used: used), issue: issue, side: side,
                                    anchor: TextAnchoring.selector(for: passage.span, in: paragraph))
            let name = (data.corpus.codebook.issue(issue)?.title ?? issue) + " / " + data.sideName(side)
            state.selection = nil
            requestAnnotation(&state, AnnotationEdit(document: passage.document, change: .addTag(tag), label: "tagged \(passage.label) to \(name)"))
        case (.speaker(let document, let index), .speaker(let actor)):
            guard let quotes = data.document(document)?.quotes, quotes.indices.contains(index),
                  let change = quotes[index].speakerChange(to: actor, in: data.corpus) else { return }
            requestAnnotation(&state, AnnotationEdit(document: document, change: change, label: "speaker set to \(data.sideName(actor))"))
        default:
            break
        }
    }

    /// The annotations the corpus was read with (or last saved) for a document.
    func annotations(_ document: Int) -> DocumentAnnotations? {
        data.corpus.annotations.indices.contains(document) ? data.corpus.annotations[document] : nil
    }

    /// `prefix-N` with the smallest N not in use; the session renumbers it if another editor took it meanwhile.
    static func freshID(_ prefix: String, used: Set<String>) -> String {
        var number = used.count + 1
        while used.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }
}

extension AnnotationEdit {
    /// The coding keys, in the reader.
    static let keys = KeySection(title: "Coding (saved at once to ARTICLE.annotations.yaml)", modes: [.browse], bindings: [
        KeyBinding([.character("y")], .decideSuggestion(.confirmed), "confirm the suggestion (◇) under the cursor"),
        KeyBinding([.character("x")], .decideSuggestion(.rejected), "reject the suggestion under the cursor (hidden)"),
        KeyBinding([.character("v")], .selectSentence, "select the sentence under the cursor; again: one more"),
        KeyBinding(note: [.escape], "clear the selection (without one, keys act on the passage)"),
        KeyBinding([.character("t")], .tagPassage, "tag the selection or passage to an issue and a side"),
        KeyBinding([.character("s")], .reassignSpeaker, "reassign the selected quote's speaker"),
        KeyBinding([.character("m")], .writeMemo, "memo on the passage, issue or actor ($EDITOR or inline)"),
        KeyBinding([.character("u")], .undoAnnotation, "undo the last change"),
        KeyBinding([.character("U"), .control("r")], .redoAnnotation, "redo"),
    ])
}
