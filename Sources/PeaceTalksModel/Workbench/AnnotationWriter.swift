import Foundation

/// Writes a document's annotations as the YAML that `AnnotationLoader` reads back: every
/// string double-quoted with escapes, so no text from an article can break the file's
/// structure, and the file's leading comment kept.
public enum AnnotationWriter {
    public static func yaml(_ annotations: DocumentAnnotations) -> String {
        var out: [String] = annotations.headerComment
        if !out.isEmpty { out.append("") }
        out.append("version: \(AnnotationLoader.version)")
        if !annotations.positions.isEmpty {
            out += ["", "positions:"]
            for position in annotations.positions {
                out.append("  - issue: \(quoted(position.issue))")
                out.append("    actor: \(quoted(position.actor))")
                out.append("    summary: \(quoted(position.summary))")
                out.append("    anchors:")
                for anchor in position.anchors { out += selector(anchor, indent: "      - ", rest: "        ") }
            }
        }
        if !annotations.tags.isEmpty {
            out += ["", "tags:"]
            for tag in annotations.tags {
                out.append("  - id: \(quoted(tag.id))")
                out.append("    issue: \(quoted(tag.issue))")
                out.append("    side: \(quoted(tag.side))")
                out.append("    anchor:")
                out += selector(tag.anchor, indent: "      ", rest: "      ")
            }
        }
        if !annotations.decisions.isEmpty {
            out += ["", "decisions:"]
            for decision in annotations.decisions {
                out.append("  - issue: \(quoted(decision.key.issue))")
                out.append("    side: \(quoted(decision.key.side))")
                out.append("    verdict: \(decision.verdict.rawValue)")
                if !decision.stance.isEmpty { out.append("    stance: \(quoted(decision.stance))") }
                out.append("    anchor:")
                out += selector(decision.key.anchor, indent: "      ", rest: "      ")
            }
        }
        if !annotations.speakers.isEmpty {
            out += ["", "speakers:"]
            for correction in annotations.speakers {
                out.append("  - actor: \(quoted(correction.actor))")
                out.append("    quote:")
                out += selector(correction.quote, indent: "      ", rest: "      ")
            }
        }
        if !annotations.memos.isEmpty {
            out += ["", "memos:"]
            for memo in annotations.memos {
                out.append("  - id: \(quoted(memo.id))")
                out.append("    about: \(memo.target.kind)")
                switch memo.target {
                case .passage(let anchor):
                    out.append("    anchor:")
                    out += selector(anchor, indent: "      ", rest: "      ")
                case .issue(let id): out.append("    issue: \(quoted(id))")
                case .actor(let id): out.append("    actor: \(quoted(id))")
                }
                out.append("    text: \(quoted(memo.text))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The `#` lines (and blank lines among them) at the top of a file.
    static func leadingComment(of text: String) -> [String] {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") {
                lines.append(String(trimmed.unicodeScalars.filter { !TerminalSafeText.isUnsafe($0, lineBreaks: .escaped) }))
            } else if trimmed.isEmpty, !lines.isEmpty {
                lines.append("")
            } else {
                break
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func selector(_ anchor: TextQuoteSelector, indent: String, rest: String) -> [String] {
        var lines = [indent + "exact: " + quoted(anchor.exact)]
        if !anchor.prefix.isEmpty { lines.append(rest + "prefix: " + quoted(anchor.prefix)) }
        if !anchor.suffix.isEmpty { lines.append(rest + "suffix: " + quoted(anchor.suffix)) }
        return lines
    }

    /// A YAML double-quoted scalar. Line breaks, tabs and every other control or invisible
    /// line separator are written as escapes, so the value reads back byte for byte.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || value == 0xFEFF
                {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
