import ArgumentParser
import Foundation
import PeaceTalksModel

struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo", abstract: "Write a memo on a passage, an issue or an actor of an article, in its annotation file.",
        discussion: """
            The memo's text is --note TEXT, or standard input with --note -. --id MEMO replaces that memo's \
            text; --remove MEMO takes it away. Written to ARTICLE.annotations.yaml (docs/annotations.md) \
            before the command returns.

            Examples:
              peacetalks memo article.txt --issue territory --note "Both sides restate 2024 demands."
              peacetalks memo article.txt --actor zelensky --note - < memo.txt
              peacetalks memo article.txt --passage "freeze the front line" --note "Compare the June offer."
              peacetalks memo article.txt --remove memo-2
            """)

    @OptionGroup var input: InputOptions
    @Option(help: ArgumentHelp("A memo on this issue.", valueName: "id")) var issue: String?
    @Option(help: ArgumentHelp("A memo on this actor.", valueName: "id")) var actor: String?
    @OptionGroup var passage: PassageOptions
    @Option(help: ArgumentHelp("The memo's text; - reads it from standard input.", valueName: "text")) var note: String?
    @Option(help: ArgumentHelp("Replace the memo with this id.", valueName: "id")) var id: String?
    @Option(help: ArgumentHelp("Remove the memo with this id instead.", valueName: "id")) var remove: String?

    func validate() throws {
        guard remove == nil else { return }
        let targets = [issue != nil, actor != nil, passage.isGiven].filter { $0 }.count
        guard targets == 1 else { throw ValidationError("name one of --issue, --actor, or --passage/--line.") }
        guard note != nil else { throw ValidationError("give the memo's text with --note TEXT (or --note - for standard input).") }
    }

    func run() throws {
        let article = try SingleArticle(input)
        var session = try article.session()
        if let remove {
            guard session.annotations.memos.contains(where: { $0.id == remove }) else {
                throw Failure.input("no memo “\(TerminalSafeText.oneLine(remove))” in \(TerminalSafeText.oneLine(session.sidecarPath))")
            }
            try session.apply(.setMemo(id: remove, nil))
            print("removed \(TerminalSafeText.oneLine(remove)) from \(TerminalSafeText.oneLine(session.sidecarPath))")
            return
        }
        var text = note ?? ""
        if text == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
        }
        let target: MemoTarget
        if let issue {
            target = .issue(issue)
        } else if let actor {
            target = .actor(actor)
        } else {
            target = .passage(try passage.selector(in: article))
        }
        let memoID = id ?? session.newMemoID()
        try session.apply(.setMemo(id: memoID, MemoAnnotation(id: memoID, target: target, text: text)))
        print("\(TerminalSafeText.oneLine(memoID)) on \(target.kind) in \(TerminalSafeText.oneLine(session.sidecarPath))")
    }
}
