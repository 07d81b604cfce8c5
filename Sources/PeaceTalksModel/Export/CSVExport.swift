import Foundation

/// One row per coded segment: document, line, issue, side, actor, kind, text, memo
/// (RFC 4180 quoting). Text from an article or a memo has every control character shown as an
/// escape, so a row never breaks and nothing reaches a terminal or spreadsheet raw.
public enum CSVExport {
    public static let header = ["document", "line", "issue", "side", "actor", "kind", "text", "memo"]

    public static func make(_ corpus: Corpus) -> String {
        var rows = [header]
        for segment in CodedSegments.collect(corpus) {
            guard let paragraph = corpus.paragraph(PassageRef(document: segment.document, paragraph: segment.paragraph)) else {
                continue
            }
            rows.append([
                corpus.documents[segment.document].name, String(paragraph.line), segment.issue, segment.side,
                corpus.actor(segment.actor)?.name ?? segment.actor, segment.kind.rawValue,
                paragraph.text.scalarSlice(segment.span), segment.memos.map(\.text).joined(separator: " | "),
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let clean = TerminalSafeText.oneLine(text)
        guard clean.contains(where: { $0 == "," || $0 == "\"" }) || clean.hasPrefix(" ") || clean.hasSuffix(" ") else {
            return clean
        }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
