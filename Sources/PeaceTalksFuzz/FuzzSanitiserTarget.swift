import PeaceTalksModel

/// The terminal-safe text sanitiser: whatever the input, what it returns holds no
/// character a terminal acts on, leaves clean text as it was, and is its own fixed point.
enum FuzzSanitiserTarget {
    static func run(_ text: String) {
        for lineBreaks in [TerminalSafeText.LineBreaks.kept, .escaped] {
            let cleaned = TerminalSafeText.clean(text, lineBreaks: lineBreaks)
            let unsafe = text.unicodeScalars.contains { TerminalSafeText.isUnsafe($0, lineBreaks: lineBreaks) }
            // The fast byte scan and the scalar rule must agree: clean text comes back unchanged,
            // any other text changed.
            if unsafe == (cleaned == text) { fatalError("fast path disagrees on \(text.debugDescription)") }
            if let bad = cleaned.unicodeScalars.first(where: { TerminalSafeText.isUnsafe($0, lineBreaks: lineBreaks) }) {
                fatalError("U+\(String(bad.value, radix: 16)) passed the sanitiser in \(text.debugDescription)")
            }
            if TerminalSafeText.clean(cleaned, lineBreaks: lineBreaks) != cleaned {
                fatalError("sanitising twice changed \(text.debugDescription)")
            }
        }
        let diagnostic = Diagnostic.warning(text, file: text, line: 1, column: 1).description
        if diagnostic.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0, lineBreaks: .kept) }) {
            fatalError("a diagnostic passed a control character: \(diagnostic.debugDescription)")
        }
    }

    /// What the Markdown report of any article may hold: newlines between its own lines,
    /// nothing else a terminal acts on (checked by the article target).
    static func checkReport(_ report: String) {
        if let bad = report.unicodeScalars.first(where: { TerminalSafeText.isUnsafe($0, lineBreaks: .kept) || $0 == "\t" }) {
            fatalError("the Markdown report holds U+\(String(bad.value, radix: 16))")
        }
    }
}
