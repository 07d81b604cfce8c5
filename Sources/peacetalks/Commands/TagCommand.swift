import ArgumentParser
import PeaceTalksModel

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Code a passage of an article to an issue and a side, in its annotation file.",
        discussion: """
            The passage is named by its words (--passage) or by the source line of its paragraph, narrowed \
            to one sentence with --sentence. The tag is written to ARTICLE.annotations.yaml beside the \
            article (docs/annotations.md) before the command returns; --remove takes one away by its id.

            Examples:
              peacetalks tag article.txt --issue territory --side russia --passage "demands the withdrawal"
              peacetalks tag article.txt --issue neutrality --side ukraine --line 12 --sentence 2
              peacetalks tag article.txt --remove tag-3
            """)

    @OptionGroup var input: InputOptions
    @Option(help: ArgumentHelp("Issue id (peacetalks issues).", valueName: "id")) var issue: String?
    @Option(help: ArgumentHelp("Actor id of the side (peacetalks codebook).", valueName: "id")) var side: String?
    @OptionGroup var passage: PassageOptions
    @Option(help: ArgumentHelp("Remove the tag with this id instead.", valueName: "id")) var remove: String?

    func validate() throws {
        if remove == nil, issue == nil || side == nil {
            throw ValidationError("name the --issue and the --side (or --remove ID).")
        }
    }

    func run() throws {
        let article = try SingleArticle(input)
        var session = try article.session()
        if let remove {
            try session.apply(.removeTag(id: remove))
            print("removed \(TerminalSafeText.oneLine(remove)) from \(TerminalSafeText.oneLine(session.sidecarPath))")
            return
        }
        let anchor = try passage.selector(in: article)
        let id = session.newTagID()
        try session.apply(.addTag(TagAnnotation(id: id, issue: issue ?? "", side: side ?? "", anchor: anchor)))
        let written = session.annotations.tags.last?.id ?? id
        print("\(written): \(TerminalSafeText.oneLine(issue ?? "")) / \(TerminalSafeText.oneLine(side ?? "")) in \(TerminalSafeText.oneLine(session.sidecarPath))")
    }
}
