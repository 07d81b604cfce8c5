import PeaceTalksModel

/// `y`, `e`, `p`: the selected passage leaves the explorer, as a citation on the clipboard
/// or as a file and line for the user's own editor or pager. Update only asks (an `Effect`);
/// the backend does it.
extension Explorer {
    /// The passage the keys act on: the reader's selected passage, or the one an article was opened at.
    func selectedTarget(_ state: ExplorerState, layout: Layout) -> ArticleTarget? {
        guard state.search == nil else { return nil }
        switch state.browse.reader.mode {
        case .article(let target): return target
        case .detail: return state.browse.reader.target(in: readerView(state, layout: layout))
        case .compare, .history: return nil
        }
    }

    /// The quote the target points at, if its highlight is a quote of that paragraph.
    func quote(at target: ArticleTarget) -> Quote? {
        guard let document = data.document(target.document) else { return nil }
        return document.quotes.first { $0.paragraph == target.paragraph && target.spans.contains($0.span) }
    }

    /// The quote (or the whole paragraph) in quotation marks, then where it comes from:
    /// speaker, title, file, date, ¶ and line. Controls in the article are shown as escapes,
    /// so a paste cannot carry them into the user's shell or document.
    func citation(for target: ArticleTarget) -> String? {
        guard let document = data.document(target.document),
              let paragraph = data.paragraph(document: target.document, paragraph: target.paragraph) else { return nil }
        let quote = quote(at: target)
        let words = TerminalSafeText.oneLine(quote?.text ?? paragraph.text)
        var source: [String] = []
        if let speaker = quote?.speaker { source.append(TerminalSafeText.oneLine(data.sideName(speaker))) }
        var origin = "“" + TerminalSafeText.oneLine(document.displayTitle) + "”"
        if document.metadata.title != nil { origin += " (" + TerminalSafeText.oneLine(document.name) + ")" }
        source.append(origin)
        if let date = document.metadata.date ?? document.anchor.published { source.append(date.iso) }
        source.append("¶\(paragraph.index + 1)")
        source.append("line \(paragraph.line)")
        return "“" + words + "”\n— " + source.joined(separator: ", ")
    }

    func copyPassage(_ state: inout ExplorerState, layout: Layout) {
        guard let target = selectedTarget(state, layout: layout), let text = citation(for: target) else {
            state.message = "Nothing to copy: select a passage or quote in the reader"
            return
        }
        state.effects.append(.copyToClipboard(text))
        let what = quote(at: target) == nil ? "passage" : "quote"
        state.message = "Copied the \(what) with its citation (¶\(target.paragraph + 1)) to the clipboard"
    }

    func openExternally(_ state: inout ExplorerState, _ program: ExternalProgram, layout: Layout) {
        guard let target = selectedTarget(state, layout: layout),
              let document = data.document(target.document),
              let paragraph = data.paragraph(document: target.document, paragraph: target.paragraph) else {
            state.message = "Nothing to open: select a passage or quote in the reader"
            return
        }
        state.effects.append(.openExternal(program, path: document.path, line: paragraph.line))
    }
}

extension ReaderState {
    /// The keys that send the selected passage out: the clipboard, the editor, the pager.
    static let passageKeys = KeySection(title: "Copy and open", modes: [.browse], bindings: [
        KeyBinding([.character("Y")], .copyPassage, "copy the passage or quote, with its citation (y too, off a suggestion)"),
        KeyBinding([.character("e")], .openExternally(.editor), "open the article at the line in $EDITOR"),
        KeyBinding([.character("p")], .openExternally(.pager), "open the article at the line in $PAGER"),
    ])
}
