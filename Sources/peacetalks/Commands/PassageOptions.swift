import ArgumentParser
import PeaceTalksModel

/// How `tag` and `memo` name a passage: by its words, or by the source line of its paragraph,
/// narrowed to one sentence.
struct PassageOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The passage's exact words, as in the article.", valueName: "text")) var passage: String?
    @Option(help: ArgumentHelp("The source line where the passage's paragraph starts.", valueName: "n")) var line: Int?
    @Option(help: ArgumentHelp("One sentence of that paragraph, counted from 1.", valueName: "k")) var sentence: Int?

    /// True when a passage is named (--passage or --line).
    var isGiven: Bool { passage != nil || line != nil }

    /// The passage's anchor in the article; a clear error when the words or line are not there.
    func selector(in article: SingleArticle) throws -> TextQuoteSelector {
        try article.selector(passage: passage, line: line, sentence: sentence)
    }
}
