/// A readable report of the corpus in Markdown: issues with positions and passages,
/// actors, timeline and quotes. Built from the JSON export's values, so both agree.
public enum MarkdownExport {
    public static func make(_ corpus: Corpus) -> String {
        let report = JSONExport.report(corpus)
        var out: [String] = []
        out.append("# Peace talks: issues, actors and timeline")
        out.append("")
        for document in report.documents {
            var facts = [code(document.path), "language \(inline(document.language))"]
            if let date = document.date {
                facts.append("published \(inline(date))" + (document.anchorSource == "dateline" ? " (dateline)" : ""))
            }
            facts.append("dates anchored to \(document.anchorYear)")
            out.append("- **\(inline(document.title ?? document.name))** — \(facts.joined(separator: ", "))")
        }
        if let codebook = report.codebook { out.append("- Codebook: \(code(codebook))") }
        let many = report.documents.count > 1
        let place = { (document: Int, line: Int) -> String in
            many && report.documents.indices.contains(document)
                ? "\(inline(report.documents[document].name)):\(line)" : "line \(line)"
        }

        out += ["", "## Issues"]
        if report.issues.isEmpty { out += ["", "_The codebook defines no issues._"] }
        for issue in report.issues {
            out += ["", "### \(inline(issue.title)) (\(inline(issue.label)))", ""]
            if !issue.description.isEmpty { out += [inline(issue.description), ""] }
            out.append("Id \(code(issue.id)) · \(issue.links.count) passage\(issue.links.count == 1 ? "" : "s")")
            if !issue.positions.isEmpty {
                out += ["", "**Positions**", ""]
                for position in issue.positions {
                    let lines = position.anchors.map { place($0.document, $0.line) }
                    let support = lines.isEmpty ? "" : " (\(lines.joined(separator: ", ")))"
                    out.append("- **\(inline(position.actor))**: \(inline(position.summary))\(support)")
                }
            }
            if !issue.links.isEmpty {
                out += ["", "**Passages**", ""]
                for link in issue.links {
                    let text = paragraphText(report, document: link.document, paragraph: link.paragraph)
                    out.append("- \(place(link.document, link.line)), \(inline(link.reasons.joined(separator: "; "))): \(inline(text))")
                }
            }
        }

        out += ["", "## Actors", ""]
        if report.actors.isEmpty {
            out.append("_No actors._")
        } else {
            out.append("| Actor | Kind | Side | Role | Mentions | Quotes |")
            out.append("| --- | --- | --- | --- | ---: | ---: |")
            let names = Dictionary(report.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for actor in report.actors {
                let side = actor.side.map { names[$0] ?? $0 } ?? ""
                let name = actor.discovered ? "\(actor.name) *" : actor.name
                out.append(
                    "| \(cell(name)) | \(cell(actor.kind)) | \(cell(side)) | \(cell(actor.role ?? "")) | \(actor.mentionCount) | \(actor.quoteCount) |")
            }
            if report.actors.contains(where: \.discovered) {
                out += ["", "\\* introduced by the text, not in the codebook."]
            }
        }

        out += ["", "## Timeline", ""]
        if report.events.isEmpty { out.append("_No dated events._") }
        for event in report.events {
            out.append("- **\(inline(event.date))** — \(inline(event.text)) (\(place(event.document, event.line)))")
        }

        out += ["", "## Quotes", ""]
        let quotes = report.quotes.filter { !$0.isRepeat }
        if quotes.isEmpty { out.append("_No quotes._") }
        for quote in quotes {
            var who: String
            switch (quote.kind, quote.speaker) {
            case ("term", _): who = "term"
            case (_, let speaker?): who = speaker
            default: who = "speaker not given"
            }
            if let citedBy = quote.citedBy { who += ", cited by \(citedBy)" }
            let tags = quote.issues.isEmpty ? "" : " · " + quote.issues.map { code("#" + $0) }.joined(separator: " ")
            out.append("- “\(inline(quote.text))” — \(inline(who)) (\(place(quote.document, quote.line)))\(tags)")
        }

        if !report.diagnostics.isEmpty {
            out += ["", "## Warnings", ""]
            for diagnostic in report.diagnostics {
                var where_ = diagnostic.file
                if let line = diagnostic.line { where_ += ":\(line)" }
                if let column = diagnostic.column { where_ += ":\(column)" }
                out.append("- \(code(where_)) \(diagnostic.severity): \(inline(diagnostic.message))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func paragraphText(_ report: ExportReport, document: Int, paragraph: Int) -> String {
        guard report.documents.indices.contains(document) else { return "" }
        let paragraphs = report.documents[document].paragraphs
        return paragraphs.indices.contains(paragraph) ? paragraphs[paragraph].text : ""
    }

    /// Text on one line, with the characters that would start Markdown markup escaped. Line
    /// breaks and tabs are white space in Markdown prose, so they become a space; every other
    /// control character is shown escaped (`TerminalSafeText`), so no raw ESC, NUL or bidi
    /// override reaches the report.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterReturn: continue
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                if TerminalSafeText.isUnsafe(scalar, lineBreaks: .escaped) {
                    out += TerminalSafeText.escape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func cell(_ text: String) -> String { inline(text) }

    /// A code span (file names, ids): on one line with controls, tabs and newlines shown
    /// escaped (`\n`), fenced with more backticks than the text holds in a row, as CommonMark asks.
    static func code(_ text: String) -> String {
        let safe = TerminalSafeText.oneLine(text)
        var longest = 0
        var run = 0
        for character in safe {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = safe.hasPrefix("`") || safe.hasSuffix("`") ? " " : ""
        return fence + pad + safe + pad + fence
    }
}
