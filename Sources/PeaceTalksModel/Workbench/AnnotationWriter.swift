import Foundation

/// Writes a document's annotations as the YAML that `AnnotationLoader` reads back: every
/// string double-quoted with escapes, so no text from an article can break the file's
/// structure, and the file's leading comment kept.
public enum AnnotationWriter {
    public static func yaml(_ annotations: DocumentAnnotations) -> String {
        var out: [String] = annotations.headerComment
        if !out.isEmpty { out.append("") }
        out.append("version: \(AnnotationLoader.version)")
        out += section("positions", annotations.positions) { position in
            ["issue: \(quoted(position.issue))", "actor: \(quoted(position.actor))", "summary: \(quoted(position.summary))", "anchors:"]
                + position.anchors.flatMap { selector($0, indent: "  - ", rest: "    ") }
        }
        out += section("tags", annotations.tags) { tag in
            ["id: \(quoted(tag.id))", "issue: \(quoted(tag.issue))", "side: \(quoted(tag.side))", "anchor:"]
                + selector(tag.anchor, indent: "  ", rest: "  ")
        }
        out += section("decisions", annotations.decisions) { decision in
            ["issue: \(quoted(decision.key.issue))", "side: \(quoted(decision.key.side))", "verdict: \(decision.verdict.rawValue)"]
                + (decision.stance.isEmpty ? [] : ["stance: \(quoted(decision.stance))"])
                + ["anchor:"] + selector(decision.key.anchor, indent: "  ", rest: "  ")
        }
        out += section("speakers", annotations.speakers) { correction in
            ["actor: \(quoted(correction.actor))", "quote:"] + selector(correction.quote, indent: "  ", rest: "  ")
        }
        out += section("memos", annotations.memos) { memo in
            var lines = ["id: \(quoted(memo.id))", "about: \(memo.target.kind)"]
            switch memo.target {
            case .passage(let anchor): lines += ["anchor:"] + selector(anchor, indent: "  ", rest: "  ")
            case .issue(let id): lines.append("issue: \(quoted(id))")
            case .actor(let id): lines.append("actor: \(quoted(id))")
            }
            return lines + ["text: \(quoted(memo.text))"]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A top-level list: nothing when empty, else a blank line, `name:`, and each item's lines
    /// as a YAML sequence entry (the first after `  - `, the others indented to match).
    private static func section<Item>(_ name: String, _ items: [Item], _ lines: (Item) -> [String]) -> [String] {
        guard !items.isEmpty else { return [] }
        var out = ["", name + ":"]
        for item in items {
            for (index, line) in lines(item).enumerated() { out.append((index == 0 ? "  - " : "    ") + line) }
        }
        return out
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
