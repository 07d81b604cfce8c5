import Testing
import PeaceTalksModel
@testable import PeaceTalksTUI

@Suite struct DisplayWidthTests {
    @Test func widthsFromUnicodeProperties() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("ï" as Character) == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("‘" as Character) == 1)
        #expect(DisplayWidth.of("–" as Character) == 1)
        #expect(DisplayWidth.of("中" as Character) == 2)
        #expect(DisplayWidth.of("한" as Character) == 2)
        #expect(DisplayWidth.of("Ａ" as Character) == 2)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("❤️" as Character) == 2)
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0)
        #expect(DisplayWidth.of("\u{7}" as Character) == 0)
        #expect(DisplayWidth.of("Oekraïne 中国 😀") == 16)
    }
}

@Suite struct WrapTests {
    @Test func wrapsAtWordBoundariesByDisplayWidth() {
        #expect(TextWrapper.lines("Rusland eiste dat Oekraïne grondgebied", width: 16) == ["Rusland eiste", "dat Oekraïne", "grondgebied"])
        #expect(TextWrapper.lines("中国中国中国 ab", width: 8) == ["中国中国", "中国 ab"])
    }

    @Test func longWordBreaksBetweenGraphemes() {
        #expect(TextWrapper.lines("staakt-het-vuren", width: 6) == ["staakt", "-het-v", "uren"])
        #expect(TextWrapper.lines("e\u{301}e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}e\u{301}"])
    }

    @Test func newlinesBreakAndEmptyTextIsOneLine() {
        #expect(TextWrapper.lines("een\ntwee", width: 20) == ["een", "twee"])
        #expect(TextWrapper.lines("", width: 20) == [""])
    }

    @Test func scalarOffsetsMapToWrappedCells() {
        let text = "Dat Oekraïne grondgebied zou opgeven"
        let lines = TextWrapper.wrap(text, width: 14)
        // "grondgebied" starts at scalar 13 and lands at the start of line 1.
        let location = TextWrapper.location(ofScalar: 13, in: lines, text: text)
        #expect(location.line == 1)
        #expect(location.column == 0)
        // With a combining accent, scalars and columns part ways: "ï" written as i + ¨.
        let combining = "Oekrai\u{308}ne en"
        let loc = TextWrapper.location(ofScalar: 10, in: TextWrapper.wrap(combining, width: 40), text: combining)
        #expect(loc.column == 9)
    }

    @Test func aHugeParagraphWrapsInOnePass() {
        let word = "Oekraïne中 "
        let text = String(repeating: word, count: 100_000)
        let lines = TextWrapper.wrap(text, width: 80)
        // Seven words of width 10 and their spaces fill 76 of 80 columns.
        #expect(lines.count == (100_000 + 6) / 7)
    }
}

@Suite struct ScreenTests {
    @Test func wideGraphemeAtTheRightEdgeBecomesASpace() {
        var screen = Screen(size: Size(width: 5, height: 1))
        screen.put("abcd中", row: 0, column: 0)
        #expect(screen.lines == ["abcd "])
    }

    @Test func overwritingHalfAWideGraphemeKeepsTheRowWidth() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("中国中", row: 0, column: 0)
        screen.put("x", row: 0, column: 3)
        #expect(screen.lines == ["中 x中"])
        #expect(screen.row(0).reduce(0) { $0 + $1.width } == 6)
    }

    @Test func truncationEndsInAnEllipsis() {
        var screen = Screen(size: Size(width: 10, height: 1))
        screen.putTruncated("Vredesgesprekken", row: 0, column: 0, width: 8)
        #expect(screen.lines == ["Vredesg…  "])
    }
}
