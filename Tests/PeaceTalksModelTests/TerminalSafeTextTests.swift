import Testing
@testable import PeaceTalksModel

/// The sequences a hostile article or file name carries: OSC 0 (window title), OSC 52
/// (clipboard), CSI 2J (clear screen), BEL and a right-to-left override.
enum Hostile {
    static let osc0 = "\u{1B}]0;pwned\u{07}"
    static let osc52 = "\u{1B}]52;c;aGk=\u{07}"
    static let clear = "\u{1B}[2J"
    static let bell = "\u{07}"
    static let rightToLeft = "\u{202E}"
    static let all = [osc0, osc52, clear, bell, rightToLeft].joined(separator: " ")

    /// Any raw ESC, BEL or bidi override left in `text`.
    static func rawControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" || $0 == "\u{9B}" }
    }
}

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test func hostileSequencesBecomeVisibleEscapes() {
        let shown = TerminalSafeText.oneLine("a " + Hostile.all + " b")
        #expect(shown == #"a \x1b]0;pwned\x07 \x1b]52;c;aGk=\x07 \x1b[2J \x07 \u{202E} b"#)
        #expect(Hostile.rawControls(in: shown).isEmpty)
        #expect(Hostile.rawControls(in: TerminalSafeText.lines(Hostile.all)).isEmpty)
    }

    @Test func oneLineEscapesTabsAndLineBreaks() {
        #expect(TerminalSafeText.oneLine("a\tb\nc\r\nd") == #"a\tb\nc\r\nd"#)
        #expect(TerminalSafeText.oneLine("x\u{2028}y\u{2029}z") == #"x\u{2028}y\u{2029}z"#)
    }

    @Test func linesKeepNewlinesAndTabsButNotCarriageReturns() {
        #expect(TerminalSafeText.lines("a\tb\nc") == "a\tb\nc")
        // A carriage return would let the text overwrite what came before it on the line.
        #expect(TerminalSafeText.lines("safe\rfake") == #"safe\rfake"#)
    }

    @Test func otherControlsUseHexOrScalarEscapes() {
        #expect(TerminalSafeText.oneLine("\u{0}") == #"\x00"#)
        #expect(TerminalSafeText.oneLine("\u{7F}") == #"\x7f"#)
        #expect(TerminalSafeText.oneLine("\u{1F}") == #"\x1f"#)
        // C1: U+009B is a one-character CSI on some terminals.
        #expect(TerminalSafeText.oneLine("\u{9B}2J") == #"\u{9B}2J"#)
        #expect(TerminalSafeText.lines("\u{85}") == #"\u{85}"#)
    }

    @Test func everyBidiOverrideAndIsolateIsEscaped() {
        let values: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        for value in values {
            let text = String(Character(Unicode.Scalar(value)!))
            #expect(TerminalSafeText.lines(text) == "\\u{\(String(value, radix: 16, uppercase: true))}")
        }
    }

    @Test func ordinaryTextIsLeftAlone() {
        // Curly quotes, dashes, the ellipsis and the narrow no-break space share UTF-8 lead
        // byte 0xE2 with the bidi controls; accents, Cyrillic, CJK and emoji must pass too.
        let text = "‘Geen deal’ — “zegt” Zelensky… 1\u{202F}000 Oekraïne Київ 和平 🕊️ café\u{301} \\x1b"
        #expect(TerminalSafeText.oneLine(text) == text)
        #expect(TerminalSafeText.lines(text) == text)
    }

    /// The fast path's byte scan agrees with the scalar rule for every scalar up to U+3000
    /// and for the C1 and bidi neighbours, alone and between other text.
    @Test func fastScanAgreesWithTheScalarRule() {
        for lineBreaks in [TerminalSafeText.LineBreaks.kept, .escaped] {
            for value in UInt32(0)...0x3000 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(Character(scalar)) + "b"
                let unsafe = TerminalSafeText.isUnsafe(scalar, lineBreaks: lineBreaks)
                #expect(
                    TerminalSafeText.needsCleaning(text, lineBreaks: lineBreaks) == unsafe,
                    "U+\(String(value, radix: 16)) \(lineBreaks)")
                let cleaned = TerminalSafeText.clean(text, lineBreaks: lineBreaks)
                #expect((cleaned != text) == unsafe, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func diagnosticsEscapeTheFileNameAndTheMessage() {
        let diagnostic = Diagnostic.warning(
            "unknown key ‘\(Hostile.osc52)’\nsecond line", file: "dir/a\(Hostile.osc0)\nb.txt", line: 2, column: 1)
        let text = diagnostic.description
        #expect(text == #"dir/a\x1b]0;pwned\x07\nb.txt:2:1: warning: unknown key ‘\x1b]52;c;aGk=\x07’"# + "\nsecond line")
        #expect(Hostile.rawControls(in: text).isEmpty)
        // The fields stay exact, for JSON.
        #expect(diagnostic.file.contains(Hostile.osc0))
    }
}

@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    @Test func inlineTextShowsControlsEscaped() {
        let text = MarkdownExport.inline("zegt " + Hostile.all + "\u{0} en\tdan\r\nverder")
        #expect(Hostile.rawControls(in: text).isEmpty)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
        #expect(text.contains(#"\x1b\]0;pwned\x07"#))
        #expect(text.hasSuffix(#"\x00 en dan verder"#))
    }

    @Test func codeSpansKeepFileNamesOnOneLine() {
        #expect(MarkdownExport.code("a\nb\tc.txt") == #"`a\nb\tc.txt`"#)
        // A backtick in the name needs a longer fence, and a space when it starts or ends the name.
        #expect(MarkdownExport.code("it`s.txt") == "``it`s.txt``")
        #expect(MarkdownExport.code("`x``") == "``` `x`` ```")
    }

    @Test func aReportOfAHostileArticleHasNoRawControls() {
        let path = "dir/a\(Hostile.osc0)\n\t.txt"
        let text = "Rusland en Oekraïne praten. ‘Geen deal \(Hostile.all) \u{0}’, zegt Jan Jansen, onderzoeker."
            + "\n\nOp 20 mei 2024 \(Hostile.osc52) eiste Moskou\tde regio’s op."
        let corpus = CorpusBuilder.build(
            articles: [Article(path: path, text: text)],
            codebook: Codebook(path: "", issues: [], actors: [], sides: []))
        let report = MarkdownExport.make(corpus)
        #expect(Hostile.rawControls(in: report).isEmpty)
        // Tabs and NULs never go raw into the report; newlines only between its own lines.
        #expect(!report.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(report.contains(#"`dir/a\x1b]0;pwned\x07\n\t.txt`"#))
        #expect(report.contains(#"Geen deal \x1b\]0;pwned\x07"#))
        for line in report.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("- ") {
            #expect(!line.contains("\u{1B}"))
        }
    }
}
