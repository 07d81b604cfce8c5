/// Text from an article, a file name or a codebook, made safe to print on a terminal or
/// into a text format (TSV, Markdown, a message on standard error).
///
/// An article can hold `ESC]0;…BEL` (renames the window), `ESC]52;c;…BEL` (writes the
/// clipboard), `ESC[2J` (clears the screen) or a right-to-left override that reverses what
/// follows. None of these may reach a terminal intact, so every character a terminal acts on
/// is shown as a visible escape instead: C0 controls and DEL as `\x1b`, C1 controls and the
/// bidi overrides and isolates as `\u{202E}`. Escaping the ESC alone is enough to defuse a
/// whole sequence: what follows it is plain printable text.
///
/// This is the one place that decides what is unsafe; the explorer's ncurses backend drops
/// the same characters from its cells. JSON does not use it: its own escaping is exact.
public enum TerminalSafeText {
    /// Whether a line break or tab may pass: yes in a message of several lines, no in a TSV
    /// field, a table cell or a snippet, where either would split the record.
    public enum LineBreaks: Sendable {
        /// `\n` and `\t` pass as they are (messages, multi-line reports).
        case kept
        /// `\n`, `\r` and `\t` are shown as `\n`, `\r` and `\t` (one line: fields, cells, file names).
        case escaped
    }

    /// One line: every control, tab and line break shown as an escape.
    public static func oneLine<S: StringProtocol>(_ text: S) -> String {
        clean(text, lineBreaks: .escaped)
    }

    /// Several lines: newlines and tabs kept, every other control shown as an escape.
    public static func lines<S: StringProtocol>(_ text: S) -> String {
        clean(text, lineBreaks: .kept)
    }

    public static func clean<S: StringProtocol>(_ text: S, lineBreaks: LineBreaks) -> String {
        guard needsCleaning(text, lineBreaks: lineBreaks) else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, lineBreaks: lineBreaks) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a terminal or a text format must not receive `scalar` as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar, lineBreaks: LineBreaks) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A: return lineBreaks == .escaped
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return lineBreaks == .escaped
        default: return isBidiControl(value)
        }
    }

    /// The embeddings, overrides and isolates that reorder the text after them
    /// (U+202A–U+202E, U+2066–U+2069): the "Trojan Source" characters.
    public static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The visible form: `\t`, `\n`, `\r`, `\x1b` for other C0 controls and DEL, `\u{9B}` above.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        switch value {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x00...0x1F, 0x7F: return "\\x" + hex(value, digits: 2, uppercase: false)
        default: return "\\u{" + hex(value, digits: 1, uppercase: true) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int, uppercase: Bool) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// A quick look at the UTF-8 bytes, so that clean text (nearly all of it) is returned
    /// without being rebuilt. Only three lead bytes can start an unsafe character: one below
    /// 0x20 or 0x7F, 0xC2 (C1 controls) and 0xE2 (U+2028/9, U+202A–E, U+2066–9).
    static func needsCleaning<S: StringProtocol>(_ text: S, lineBreaks: LineBreaks) -> Bool {
        let escapeBreaks = lineBreaks == .escaped
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F {
                if escapeBreaks || (byte != 0x09 && byte != 0x0A) { return true }
            } else if previous == 0xC2, byte <= 0x9F {
                return true
            } else if beforePrevious == 0xE2 {
                if previous == 0x80, (escapeBreaks ? 0xA8...0xAE : 0xAA...0xAE).contains(byte) { return true }
                if previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
