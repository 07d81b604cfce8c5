/// Column helpers for plain text output (the command line's tables), measured with
/// the same widths as the explorer's screen.
extension DisplayWidth {
    /// The text cut to at most `width` columns, with `…` where it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width - 1 { break }
            out.append(character)
            used += characterWidth
        }
        return out + "…"
    }

    /// The text padded with spaces to `width` columns, on the left when `right` aligns it right.
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - of(text)))
        return right ? gap + text : text + gap
    }
}
