/// How many terminal columns a grapheme takes: the one place widths are measured.
///
/// Computed from Unicode properties rather than libc `wcwidth`, so the pure renderer
/// needs no locale and agrees with itself on every machine.
public enum DisplayWidth {
    /// 0 for controls and marks standing alone, 2 for East Asian wide and emoji, else 1.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let properties = first.properties
        switch properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if properties.isEmojiPresentation { return 2 }
        if properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// The width of a whole string, grapheme by grapheme.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// What to draw for a grapheme and how wide: a tab is drawn as one space,
    /// so wrapping and drawing agree.
    static func glyph(_ character: Character) -> (grapheme: String, width: Int) {
        if character == "\t" { return (" ", 1) }
        return (String(character), of(character))
    }

    /// The width `glyph` would give, without building a string.
    static func glyphWidth(_ character: Character) -> Int {
        character == "\t" ? 1 : of(character)
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), the ones a terminal draws in two cells.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
