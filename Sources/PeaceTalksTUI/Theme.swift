/// The explorer's styles. Text keeps the terminal's own colours (`.default`), so it
/// reads on dark and light backgrounds; colour only marks accents.
public struct Theme: Hashable, Sendable {
    public var text = Style.plain
    public var dim = Style(dim: true)
    public var title = Style(bold: true)
    public var titleAccent = Style(foreground: .cyan, bold: true)
    public var border = Style.plain
    public var borderFocused = Style(foreground: .cyan, bold: true)
    public var tab = Style.plain
    public var tabActive = Style(bold: true, reverse: true)
    public var heading = Style(foreground: .cyan, bold: true)
    public var label = Style(bold: true)
    /// The selected row of the focused pane.
    public var selection = Style(bold: true, reverse: true)
    /// The selected row of a pane without focus.
    public var selectionInactive = Style(bold: true, underline: true)
    /// Search and keyword matches: dark text on yellow reads on any background.
    public var match = Style(foreground: .black, background: .yellow, bold: true)
    /// The passage in focus inside the whole article.
    public var context = Style(underline: true)
    public var gutter = Style(foreground: .cyan, bold: true)
    public var marker = Style(foreground: .magenta, bold: true)
    public var pullQuote = Style(dim: true)
    public var speaker = Style(foreground: .magenta)
    public var tag = Style(foreground: .cyan)
    /// A position the tool read and the analyst has not decided on (`◇ suggested`).
    public var suggested = Style(foreground: .yellow)
    /// A suggestion the analyst confirmed (`✓ confirmed`).
    public var confirmed = Style(foreground: .green, bold: true)
    /// Sentences `v` selected in the reader.
    public var selectedSentences = Style(reverse: true)
    /// The analyst's tags and memos under a passage.
    public var annotation = Style(foreground: .green)
    public var status = Style(reverse: true)
    public var statusMessage = Style(bold: true, reverse: true)
    public var scrollThumb = Style(foreground: .cyan, bold: true)
    /// Plain ASCII for drawings such as the histogram: with colour off, the terminal may be plain too.
    public var ascii = false

    public init() {}

    public static let standard = Theme()

    /// Bold, underline, reverse and dim only, for NO_COLOR and `--no-color`.
    public static let monochrome: Theme = {
        var theme = Theme()
        theme.titleAccent = Style(bold: true)
        theme.borderFocused = Style(bold: true)
        theme.heading = Style(bold: true, underline: true)
        theme.match = Style(bold: true, reverse: true)
        theme.gutter = Style(bold: true)
        theme.marker = Style(bold: true)
        theme.speaker = Style(underline: true)
        theme.tag = Style(bold: true)
        theme.suggested = Style(underline: true)
        theme.confirmed = Style(bold: true)
        theme.annotation = Style(underline: true)
        theme.scrollThumb = Style(bold: true)
        theme.ascii = true
        return theme
    }()
}
